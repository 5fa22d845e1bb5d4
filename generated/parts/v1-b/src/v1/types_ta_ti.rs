//! Types of `microsoft.graph` by the first letters of their names (`ta_ti`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.targetAgentIdentitySponsorsOrOwners`, complex type, derived from `microsoft.graph.subjectSet`.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct TargetAgentIdentitySponsorsOrOwners {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for TargetAgentIdentitySponsorsOrOwners {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for TargetAgentIdentitySponsorsOrOwners {
    const TYPE_NAME: &'static str = "microsoft.graph.targetAgentIdentitySponsorsOrOwners";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.targetAgentIdentitySponsorsOrOwners\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for TargetAgentIdentitySponsorsOrOwners {
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
rt::impl_object!(TargetAgentIdentitySponsorsOrOwners);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetAgentIdentitySponsorsOrOwners);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.targetDeviceGroup`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TargetDeviceGroup {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TargetDeviceGroup {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TargetDeviceGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.targetDeviceGroup";
    const KEYS: &'static [&'static str] = &["id", "displayName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.targetDeviceGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TargetDeviceGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
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
rt::impl_object!(TargetDeviceGroup);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TargetDeviceGroup { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetDeviceGroup);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.targetManager`, complex type, derived from `microsoft.graph.subjectSet`.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct TargetManager {
    /// CSDL: property `managerLevel`: `Edm.Int32`, nullable.
    pub manager_level: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for TargetManager {
    #[inline]
    fn default() -> Self {
        Self {
            manager_level: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for TargetManager {
    const TYPE_NAME: &'static str = "microsoft.graph.targetManager";
    const KEYS: &'static [&'static str] = &["managerLevel"];
    const KEYS_JSON: &'static [&'static str] = &[",\"managerLevel\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.targetManager\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "manager_level", &self.manager_level);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for TargetManager {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.manager_level.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.manager_level);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(TargetManager);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(TargetManager { with_manager_level manager_level : i32; });
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetManager);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// CSDL: `microsoft.graph.targetResource`, complex type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone)]
pub struct TargetResource {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `groupType`: `microsoft.graph.groupType`, nullable.
    pub group_type: rt::Field<crate::v1::GroupType>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedProperties`: `Collection(microsoft.graph.modifiedProperty)`, nullable.
    pub modified_properties: rt::Field<::std::vec::Vec<crate::v1::ModifiedProperty>>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl ::std::default::Default for TargetResource {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            group_type: rt::Field::Absent,
            id: rt::Field::Absent,
            modified_properties: rt::Field::Absent,
            type_: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::Object for TargetResource {
    const TYPE_NAME: &'static str = "microsoft.graph.targetResource";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "groupType",
        "id",
        "modifiedProperties",
        "type",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"groupType\":                    ",
        ",\"id\":                           ",
        ",\"modifiedProperties\":           ",
        ",\"type\":                         ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.targetResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "group_type", &self.group_type);
        v.field(2usize, "id", &self.id);
        v.field(3usize, "modified_properties", &self.modified_properties);
        v.field(4usize, "type_", &self.type_);
        v.field(5usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::object::Members for TargetResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.group_type.read_from(r),
            2usize => self.id.read_from(r),
            3usize => self.modified_properties.read_from(r),
            4usize => self.type_.read_from(r),
            5usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.group_type);
        w.field(2usize, &self.id);
        w.field(3usize, &self.modified_properties);
        w.field(4usize, &self.type_);
        w.field(5usize, &self.user_principal_name);
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
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_object!(TargetResource);
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_setters!(
    TargetResource { with_display_name display_name : ::std::string::String;
    with_group_type group_type : crate ::v1::GroupType; with_id id :
    ::std::string::String; with_modified_properties modified_properties : ::std::vec::Vec
    < crate ::v1::ModifiedProperty >; with_type type_ : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetResource);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.targetUserSponsors`, complex type, derived from `microsoft.graph.subjectSet`.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct TargetUserSponsors {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for TargetUserSponsors {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for TargetUserSponsors {
    const TYPE_NAME: &'static str = "microsoft.graph.targetUserSponsors";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.targetUserSponsors\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for TargetUserSponsors {
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
rt::impl_object!(TargetUserSponsors);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetUserSponsors);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Configuration used to deliver a set of custom settings as-is to all users in the targeted security group
///
/// CSDL: `microsoft.graph.targetedManagedAppConfiguration`, entity type, derived from `microsoft.graph.managedAppConfiguration`, key `id`.
///
/// Request builders: [`TargetedManagedAppConfigurationPath`](requests/trait.TargetedManagedAppConfigurationPath.html), what a path to one (`EntityPath<TargetedManagedAppConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TargetedManagedAppConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the policy was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The policy's description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Policy display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last time the policy was modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// A set of string key and string value pairs to be sent to apps for users to whom the configuration is scoped, unalterned by this service
    ///
    /// CSDL: property `customSettings`: `Collection(microsoft.graph.keyValuePair)`, not nullable.
    pub custom_settings: rt::Field<::std::vec::Vec<crate::v1::KeyValuePair>>,
    /// Count of apps to which the current policy is deployed.
    ///
    /// CSDL: property `deployedAppCount`: `Edm.Int32`, not nullable.
    pub deployed_app_count: rt::Field<i32>,
    /// Indicates if the policy is deployed to any inclusion groups or not.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// List of apps to which the policy is deployed.
    ///
    /// CSDL: containment navigation property `apps`: `Collection(microsoft.graph.managedMobileApp)`, not nullable.
    pub apps: rt::Field<::std::vec::Vec<crate::v1::ManagedMobileApp>>,
    /// Navigation property to list of inclusion and exclusion groups to which the policy is deployed.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::TargetedManagedAppPolicyAssignment>,
    >,
    /// Navigation property to deployment summary of the configuration.
    ///
    /// CSDL: containment navigation property `deploymentSummary`: `microsoft.graph.managedAppPolicyDeploymentSummary`, nullable.
    pub deployment_summary: rt::Field<crate::v1::ManagedAppPolicyDeploymentSummary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for TargetedManagedAppConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            custom_settings: rt::Field::Absent,
            deployed_app_count: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            apps: rt::Field::Absent,
            assignments: rt::Field::Absent,
            deployment_summary: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for TargetedManagedAppConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.targetedManagedAppConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "customSettings",
        "deployedAppCount",
        "isAssigned",
        "apps",
        "assignments",
        "deploymentSummary",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"customSettings\":               ",
        ",\"deployedAppCount\":             ",
        ",\"isAssigned\":                   ",
        ",\"apps\":                         ",
        ",\"assignments\":                  ",
        ",\"deploymentSummary\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.targetedManagedAppConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(6usize, "custom_settings", &self.custom_settings);
        v.field(7usize, "deployed_app_count", &self.deployed_app_count);
        v.field(8usize, "is_assigned", &self.is_assigned);
        v.field(9usize, "apps", &self.apps);
        v.field(10usize, "assignments", &self.assignments);
        v.field(11usize, "deployment_summary", &self.deployment_summary);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for TargetedManagedAppConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.custom_settings.read_from(r),
            7usize => self.deployed_app_count.read_from(r),
            8usize => self.is_assigned.read_from(r),
            9usize => self.apps.read_from(r),
            10usize => self.assignments.read_from(r),
            11usize => self.deployment_summary.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.version);
        w.field(6usize, &self.custom_settings);
        w.field(7usize, &self.deployed_app_count);
        w.field(8usize, &self.is_assigned);
        w.field(9usize, &self.apps);
        w.field(10usize, &self.assignments);
        w.field(11usize, &self.deployment_summary);
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
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(TargetedManagedAppConfiguration);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    TargetedManagedAppConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : ::std::string::String;
    with_custom_settings custom_settings : ::std::vec::Vec < crate ::v1::KeyValuePair >;
    with_deployed_app_count deployed_app_count : i32; with_is_assigned is_assigned :
    bool; with_apps apps : ::std::vec::Vec < crate ::v1::ManagedMobileApp >;
    with_assignments assignments : ::std::vec::Vec < crate
    ::v1::TargetedManagedAppPolicyAssignment >; with_deployment_summary
    deployment_summary : crate ::v1::ManagedAppPolicyDeploymentSummary; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetedManagedAppConfiguration);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// The type for deployment of groups or apps.
///
/// CSDL: `microsoft.graph.targetedManagedAppPolicyAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TargetedManagedAppPolicyAssignmentPath`](requests/trait.TargetedManagedAppPolicyAssignmentPath.html), what a path to one (`EntityPath<TargetedManagedAppPolicyAssignment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TargetedManagedAppPolicyAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Identifier for deployment to a group or app
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::v1::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for TargetedManagedAppPolicyAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for TargetedManagedAppPolicyAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.targetedManagedAppPolicyAssignment";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.targetedManagedAppPolicyAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for TargetedManagedAppPolicyAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.target);
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
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(TargetedManagedAppPolicyAssignment);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    TargetedManagedAppPolicyAssignment { with_id id : ::std::string::String; with_target
    target : crate ::v1::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetedManagedAppPolicyAssignment);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Policy used to configure detailed management settings targeted to specific security groups
///
/// CSDL: `microsoft.graph.targetedManagedAppProtection`, entity type, derived from `microsoft.graph.managedAppProtection`, abstract, key `id`.
///
/// Request builders: [`TargetedManagedAppProtectionPath`](requests/trait.TargetedManagedAppProtectionPath.html), what a path to one (`EntityPath<AnyTargetedManagedAppProtection, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TargetedManagedAppProtection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the policy was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The policy's description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Policy display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last time the policy was modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Data storage locations where a user may store managed data.
    ///
    /// CSDL: property `allowedDataStorageLocations`: `Collection(microsoft.graph.managedAppDataStorageLocation)`, not nullable.
    pub allowed_data_storage_locations: rt::Field<
        ::std::vec::Vec<crate::v1::ManagedAppDataStorageLocation>,
    >,
    /// Sources from which data is allowed to be transferred.
    ///
    /// CSDL: property `allowedInboundDataTransferSources`: `microsoft.graph.managedAppDataTransferLevel`, not nullable.
    pub allowed_inbound_data_transfer_sources: rt::Field<
        crate::v1::ManagedAppDataTransferLevel,
    >,
    /// The level to which the clipboard may be shared between apps on the managed device.
    ///
    /// CSDL: property `allowedOutboundClipboardSharingLevel`: `microsoft.graph.managedAppClipboardSharingLevel`, not nullable.
    pub allowed_outbound_clipboard_sharing_level: rt::Field<
        crate::v1::ManagedAppClipboardSharingLevel,
    >,
    /// Destinations to which data is allowed to be transferred.
    ///
    /// CSDL: property `allowedOutboundDataTransferDestinations`: `microsoft.graph.managedAppDataTransferLevel`, not nullable.
    pub allowed_outbound_data_transfer_destinations: rt::Field<
        crate::v1::ManagedAppDataTransferLevel,
    >,
    /// Indicates whether contacts can be synced to the user's device.
    ///
    /// CSDL: property `contactSyncBlocked`: `Edm.Boolean`, not nullable.
    pub contact_sync_blocked: rt::Field<bool>,
    /// Indicates whether the backup of a managed app's data is blocked.
    ///
    /// CSDL: property `dataBackupBlocked`: `Edm.Boolean`, not nullable.
    pub data_backup_blocked: rt::Field<bool>,
    /// Indicates whether device compliance is required.
    ///
    /// CSDL: property `deviceComplianceRequired`: `Edm.Boolean`, not nullable.
    pub device_compliance_required: rt::Field<bool>,
    /// Indicates whether use of the app pin is required if the device pin is set.
    ///
    /// CSDL: property `disableAppPinIfDevicePinIsSet`: `Edm.Boolean`, not nullable.
    pub disable_app_pin_if_device_pin_is_set: rt::Field<bool>,
    /// Indicates whether use of the fingerprint reader is allowed in place of a pin if PinRequired is set to True.
    ///
    /// CSDL: property `fingerprintBlocked`: `Edm.Boolean`, not nullable.
    pub fingerprint_blocked: rt::Field<bool>,
    /// Indicates in which managed browser(s) that internet links should be opened. When this property is configured, ManagedBrowserToOpenLinksRequired should be true.
    ///
    /// CSDL: property `managedBrowser`: `microsoft.graph.managedBrowserType`, not nullable.
    pub managed_browser: rt::Field<rt::Flags<crate::v1::ManagedBrowserType>>,
    /// Indicates whether internet links should be opened in the managed browser app, or any custom browser specified by CustomBrowserProtocol (for iOS) or CustomBrowserPackageId/CustomBrowserDisplayName (for Android)
    ///
    /// CSDL: property `managedBrowserToOpenLinksRequired`: `Edm.Boolean`, not nullable.
    pub managed_browser_to_open_links_required: rt::Field<bool>,
    /// Maximum number of incorrect pin retry attempts before the managed app is either blocked or wiped. Valid values 1 to 65535
    ///
    /// CSDL: property `maximumPinRetries`: `Edm.Int32`, not nullable.
    pub maximum_pin_retries: rt::Field<i32>,
    /// Minimum pin length required for an app-level pin if PinRequired is set to True
    ///
    /// CSDL: property `minimumPinLength`: `Edm.Int32`, not nullable.
    pub minimum_pin_length: rt::Field<i32>,
    /// Versions less than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `minimumRequiredAppVersion`: `Edm.String`, nullable.
    pub minimum_required_app_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `minimumRequiredOsVersion`: `Edm.String`, nullable.
    pub minimum_required_os_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will result in warning message on the managed app.
    ///
    /// CSDL: property `minimumWarningAppVersion`: `Edm.String`, nullable.
    pub minimum_warning_app_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will result in warning message on the managed app from accessing company data.
    ///
    /// CSDL: property `minimumWarningOsVersion`: `Edm.String`, nullable.
    pub minimum_warning_os_version: rt::Field<::std::string::String>,
    /// Indicates whether organizational credentials are required for app use.
    ///
    /// CSDL: property `organizationalCredentialsRequired`: `Edm.Boolean`, not nullable.
    pub organizational_credentials_required: rt::Field<bool>,
    /// TimePeriod before the all-level pin must be reset if PinRequired is set to True.
    ///
    /// CSDL: property `periodBeforePinReset`: `Edm.Duration`, not nullable.
    pub period_before_pin_reset: rt::Field<rt::edm::Duration>,
    /// The period after which access is checked when the device is not connected to the internet.
    ///
    /// CSDL: property `periodOfflineBeforeAccessCheck`: `Edm.Duration`, not nullable.
    pub period_offline_before_access_check: rt::Field<rt::edm::Duration>,
    /// The amount of time an app is allowed to remain disconnected from the internet before all managed data it is wiped.
    ///
    /// CSDL: property `periodOfflineBeforeWipeIsEnforced`: `Edm.Duration`, not nullable.
    pub period_offline_before_wipe_is_enforced: rt::Field<rt::edm::Duration>,
    /// The period after which access is checked when the device is connected to the internet.
    ///
    /// CSDL: property `periodOnlineBeforeAccessCheck`: `Edm.Duration`, not nullable.
    pub period_online_before_access_check: rt::Field<rt::edm::Duration>,
    /// Character set which may be used for an app-level pin if PinRequired is set to True.
    ///
    /// CSDL: property `pinCharacterSet`: `microsoft.graph.managedAppPinCharacterSet`, not nullable.
    pub pin_character_set: rt::Field<crate::v1::ManagedAppPinCharacterSet>,
    /// Indicates whether an app-level pin is required.
    ///
    /// CSDL: property `pinRequired`: `Edm.Boolean`, not nullable.
    pub pin_required: rt::Field<bool>,
    /// Indicates whether printing is allowed from managed apps.
    ///
    /// CSDL: property `printBlocked`: `Edm.Boolean`, not nullable.
    pub print_blocked: rt::Field<bool>,
    /// Indicates whether users may use the "Save As" menu item to save a copy of protected files.
    ///
    /// CSDL: property `saveAsBlocked`: `Edm.Boolean`, not nullable.
    pub save_as_blocked: rt::Field<bool>,
    /// Indicates whether simplePin is blocked.
    ///
    /// CSDL: property `simplePinBlocked`: `Edm.Boolean`, not nullable.
    pub simple_pin_blocked: rt::Field<bool>,
    /// Indicates if the policy is deployed to any inclusion groups or not.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// Navigation property to list of inclusion and exclusion groups to which the policy is deployed.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::TargetedManagedAppPolicyAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for TargetedManagedAppProtection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            version: rt::Field::Absent,
            allowed_data_storage_locations: rt::Field::Absent,
            allowed_inbound_data_transfer_sources: rt::Field::Absent,
            allowed_outbound_clipboard_sharing_level: rt::Field::Absent,
            allowed_outbound_data_transfer_destinations: rt::Field::Absent,
            contact_sync_blocked: rt::Field::Absent,
            data_backup_blocked: rt::Field::Absent,
            device_compliance_required: rt::Field::Absent,
            disable_app_pin_if_device_pin_is_set: rt::Field::Absent,
            fingerprint_blocked: rt::Field::Absent,
            managed_browser: rt::Field::Absent,
            managed_browser_to_open_links_required: rt::Field::Absent,
            maximum_pin_retries: rt::Field::Absent,
            minimum_pin_length: rt::Field::Absent,
            minimum_required_app_version: rt::Field::Absent,
            minimum_required_os_version: rt::Field::Absent,
            minimum_warning_app_version: rt::Field::Absent,
            minimum_warning_os_version: rt::Field::Absent,
            organizational_credentials_required: rt::Field::Absent,
            period_before_pin_reset: rt::Field::Absent,
            period_offline_before_access_check: rt::Field::Absent,
            period_offline_before_wipe_is_enforced: rt::Field::Absent,
            period_online_before_access_check: rt::Field::Absent,
            pin_character_set: rt::Field::Absent,
            pin_required: rt::Field::Absent,
            print_blocked: rt::Field::Absent,
            save_as_blocked: rt::Field::Absent,
            simple_pin_blocked: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for TargetedManagedAppProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.targetedManagedAppProtection";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "version",
        "allowedDataStorageLocations",
        "allowedInboundDataTransferSources",
        "allowedOutboundClipboardSharingLevel",
        "allowedOutboundDataTransferDestinations",
        "contactSyncBlocked",
        "dataBackupBlocked",
        "deviceComplianceRequired",
        "disableAppPinIfDevicePinIsSet",
        "fingerprintBlocked",
        "managedBrowser",
        "managedBrowserToOpenLinksRequired",
        "maximumPinRetries",
        "minimumPinLength",
        "minimumRequiredAppVersion",
        "minimumRequiredOsVersion",
        "minimumWarningAppVersion",
        "minimumWarningOsVersion",
        "organizationalCredentialsRequired",
        "periodBeforePinReset",
        "periodOfflineBeforeAccessCheck",
        "periodOfflineBeforeWipeIsEnforced",
        "periodOnlineBeforeAccessCheck",
        "pinCharacterSet",
        "pinRequired",
        "printBlocked",
        "saveAsBlocked",
        "simplePinBlocked",
        "isAssigned",
        "assignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"version\":                      ",
        ",\"allowedDataStorageLocations\":  ",
        ",\"allowedInboundDataTransferSources\":",
        ",\"allowedOutboundClipboardSharingLevel\":",
        ",\"allowedOutboundDataTransferDestinations\":",
        ",\"contactSyncBlocked\":           ",
        ",\"dataBackupBlocked\":            ",
        ",\"deviceComplianceRequired\":     ",
        ",\"disableAppPinIfDevicePinIsSet\":",
        ",\"fingerprintBlocked\":           ",
        ",\"managedBrowser\":               ",
        ",\"managedBrowserToOpenLinksRequired\":",
        ",\"maximumPinRetries\":            ",
        ",\"minimumPinLength\":             ",
        ",\"minimumRequiredAppVersion\":    ",
        ",\"minimumRequiredOsVersion\":     ",
        ",\"minimumWarningAppVersion\":     ",
        ",\"minimumWarningOsVersion\":      ",
        ",\"organizationalCredentialsRequired\":",
        ",\"periodBeforePinReset\":         ",
        ",\"periodOfflineBeforeAccessCheck\":",
        ",\"periodOfflineBeforeWipeIsEnforced\":",
        ",\"periodOnlineBeforeAccessCheck\":",
        ",\"pinCharacterSet\":              ",
        ",\"pinRequired\":                  ",
        ",\"printBlocked\":                 ",
        ",\"saveAsBlocked\":                ",
        ",\"simplePinBlocked\":             ",
        ",\"isAssigned\":                   ",
        ",\"assignments\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.targetedManagedAppProtection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "version", &self.version);
        v.field(
            6usize,
            "allowed_data_storage_locations",
            &self.allowed_data_storage_locations,
        );
        v.field(
            7usize,
            "allowed_inbound_data_transfer_sources",
            &self.allowed_inbound_data_transfer_sources,
        );
        v.field(
            8usize,
            "allowed_outbound_clipboard_sharing_level",
            &self.allowed_outbound_clipboard_sharing_level,
        );
        v.field(
            9usize,
            "allowed_outbound_data_transfer_destinations",
            &self.allowed_outbound_data_transfer_destinations,
        );
        v.field(10usize, "contact_sync_blocked", &self.contact_sync_blocked);
        v.field(11usize, "data_backup_blocked", &self.data_backup_blocked);
        v.field(12usize, "device_compliance_required", &self.device_compliance_required);
        v.field(
            13usize,
            "disable_app_pin_if_device_pin_is_set",
            &self.disable_app_pin_if_device_pin_is_set,
        );
        v.field(14usize, "fingerprint_blocked", &self.fingerprint_blocked);
        v.field(15usize, "managed_browser", &self.managed_browser);
        v.field(
            16usize,
            "managed_browser_to_open_links_required",
            &self.managed_browser_to_open_links_required,
        );
        v.field(17usize, "maximum_pin_retries", &self.maximum_pin_retries);
        v.field(18usize, "minimum_pin_length", &self.minimum_pin_length);
        v.field(
            19usize,
            "minimum_required_app_version",
            &self.minimum_required_app_version,
        );
        v.field(
            20usize,
            "minimum_required_os_version",
            &self.minimum_required_os_version,
        );
        v.field(
            21usize,
            "minimum_warning_app_version",
            &self.minimum_warning_app_version,
        );
        v.field(22usize, "minimum_warning_os_version", &self.minimum_warning_os_version);
        v.field(
            23usize,
            "organizational_credentials_required",
            &self.organizational_credentials_required,
        );
        v.field(24usize, "period_before_pin_reset", &self.period_before_pin_reset);
        v.field(
            25usize,
            "period_offline_before_access_check",
            &self.period_offline_before_access_check,
        );
        v.field(
            26usize,
            "period_offline_before_wipe_is_enforced",
            &self.period_offline_before_wipe_is_enforced,
        );
        v.field(
            27usize,
            "period_online_before_access_check",
            &self.period_online_before_access_check,
        );
        v.field(28usize, "pin_character_set", &self.pin_character_set);
        v.field(29usize, "pin_required", &self.pin_required);
        v.field(30usize, "print_blocked", &self.print_blocked);
        v.field(31usize, "save_as_blocked", &self.save_as_blocked);
        v.field(32usize, "simple_pin_blocked", &self.simple_pin_blocked);
        v.field(33usize, "is_assigned", &self.is_assigned);
        v.field(34usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for TargetedManagedAppProtection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.version.read_from(r),
            6usize => self.allowed_data_storage_locations.read_from(r),
            7usize => self.allowed_inbound_data_transfer_sources.read_from(r),
            8usize => self.allowed_outbound_clipboard_sharing_level.read_from(r),
            9usize => self.allowed_outbound_data_transfer_destinations.read_from(r),
            10usize => self.contact_sync_blocked.read_from(r),
            11usize => self.data_backup_blocked.read_from(r),
            12usize => self.device_compliance_required.read_from(r),
            13usize => self.disable_app_pin_if_device_pin_is_set.read_from(r),
            14usize => self.fingerprint_blocked.read_from(r),
            15usize => self.managed_browser.read_from(r),
            16usize => self.managed_browser_to_open_links_required.read_from(r),
            17usize => self.maximum_pin_retries.read_from(r),
            18usize => self.minimum_pin_length.read_from(r),
            19usize => self.minimum_required_app_version.read_from(r),
            20usize => self.minimum_required_os_version.read_from(r),
            21usize => self.minimum_warning_app_version.read_from(r),
            22usize => self.minimum_warning_os_version.read_from(r),
            23usize => self.organizational_credentials_required.read_from(r),
            24usize => self.period_before_pin_reset.read_from(r),
            25usize => self.period_offline_before_access_check.read_from(r),
            26usize => self.period_offline_before_wipe_is_enforced.read_from(r),
            27usize => self.period_online_before_access_check.read_from(r),
            28usize => self.pin_character_set.read_from(r),
            29usize => self.pin_required.read_from(r),
            30usize => self.print_blocked.read_from(r),
            31usize => self.save_as_blocked.read_from(r),
            32usize => self.simple_pin_blocked.read_from(r),
            33usize => self.is_assigned.read_from(r),
            34usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.version);
        w.field(6usize, &self.allowed_data_storage_locations);
        w.field(7usize, &self.allowed_inbound_data_transfer_sources);
        w.field(8usize, &self.allowed_outbound_clipboard_sharing_level);
        w.field(9usize, &self.allowed_outbound_data_transfer_destinations);
        w.field(10usize, &self.contact_sync_blocked);
        w.field(11usize, &self.data_backup_blocked);
        w.field(12usize, &self.device_compliance_required);
        w.field(13usize, &self.disable_app_pin_if_device_pin_is_set);
        w.field(14usize, &self.fingerprint_blocked);
        w.field(15usize, &self.managed_browser);
        w.field(16usize, &self.managed_browser_to_open_links_required);
        w.field(17usize, &self.maximum_pin_retries);
        w.field(18usize, &self.minimum_pin_length);
        w.field(19usize, &self.minimum_required_app_version);
        w.field(20usize, &self.minimum_required_os_version);
        w.field(21usize, &self.minimum_warning_app_version);
        w.field(22usize, &self.minimum_warning_os_version);
        w.field(23usize, &self.organizational_credentials_required);
        w.field(24usize, &self.period_before_pin_reset);
        w.field(25usize, &self.period_offline_before_access_check);
        w.field(26usize, &self.period_offline_before_wipe_is_enforced);
        w.field(27usize, &self.period_online_before_access_check);
        w.field(28usize, &self.pin_character_set);
        w.field(29usize, &self.pin_required);
        w.field(30usize, &self.print_blocked);
        w.field(31usize, &self.save_as_blocked);
        w.field(32usize, &self.simple_pin_blocked);
        w.field(33usize, &self.is_assigned);
        w.field(34usize, &self.assignments);
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
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_object!(TargetedManagedAppProtection);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    TargetedManagedAppProtection { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_version version : ::std::string::String;
    with_allowed_data_storage_locations allowed_data_storage_locations : ::std::vec::Vec
    < crate ::v1::ManagedAppDataStorageLocation >;
    with_allowed_inbound_data_transfer_sources allowed_inbound_data_transfer_sources :
    crate ::v1::ManagedAppDataTransferLevel;
    with_allowed_outbound_clipboard_sharing_level
    allowed_outbound_clipboard_sharing_level : crate
    ::v1::ManagedAppClipboardSharingLevel;
    with_allowed_outbound_data_transfer_destinations
    allowed_outbound_data_transfer_destinations : crate
    ::v1::ManagedAppDataTransferLevel; with_contact_sync_blocked contact_sync_blocked :
    bool; with_data_backup_blocked data_backup_blocked : bool;
    with_device_compliance_required device_compliance_required : bool;
    with_disable_app_pin_if_device_pin_is_set disable_app_pin_if_device_pin_is_set :
    bool; with_fingerprint_blocked fingerprint_blocked : bool; with_managed_browser
    managed_browser : rt::Flags < crate ::v1::ManagedBrowserType >;
    with_managed_browser_to_open_links_required managed_browser_to_open_links_required :
    bool; with_maximum_pin_retries maximum_pin_retries : i32; with_minimum_pin_length
    minimum_pin_length : i32; with_minimum_required_app_version
    minimum_required_app_version : ::std::string::String;
    with_minimum_required_os_version minimum_required_os_version : ::std::string::String;
    with_minimum_warning_app_version minimum_warning_app_version : ::std::string::String;
    with_minimum_warning_os_version minimum_warning_os_version : ::std::string::String;
    with_organizational_credentials_required organizational_credentials_required : bool;
    with_period_before_pin_reset period_before_pin_reset : rt::edm::Duration;
    with_period_offline_before_access_check period_offline_before_access_check :
    rt::edm::Duration; with_period_offline_before_wipe_is_enforced
    period_offline_before_wipe_is_enforced : rt::edm::Duration;
    with_period_online_before_access_check period_online_before_access_check :
    rt::edm::Duration; with_pin_character_set pin_character_set : crate
    ::v1::ManagedAppPinCharacterSet; with_pin_required pin_required : bool;
    with_print_blocked print_blocked : bool; with_save_as_blocked save_as_blocked : bool;
    with_simple_pin_blocked simple_pin_blocked : bool; with_is_assigned is_assigned :
    bool; with_assignments assignments : ::std::vec::Vec < crate
    ::v1::TargetedManagedAppPolicyAssignment >; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetedManagedAppProtection);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// `microsoft.graph.targetedManagedAppProtection` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyTargetedManagedAppProtection {
    TargetedManagedAppProtection(
        ::std::boxed::Box<crate::v1::TargetedManagedAppProtection>,
    ),
    AndroidManagedAppProtection(
        ::std::boxed::Box<crate::v1::AndroidManagedAppProtection>,
    ),
    IosManagedAppProtection(::std::boxed::Box<crate::v1::IosManagedAppProtection>),
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for AnyTargetedManagedAppProtection {
    #[inline]
    fn default() -> Self {
        Self::TargetedManagedAppProtection(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TargetedManagedAppProtection>
for AnyTargetedManagedAppProtection {
    #[inline]
    fn from(v: crate::v1::TargetedManagedAppProtection) -> Self {
        Self::TargetedManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidManagedAppProtection>
for AnyTargetedManagedAppProtection {
    #[inline]
    fn from(v: crate::v1::AndroidManagedAppProtection) -> Self {
        Self::AndroidManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosManagedAppProtection>
for AnyTargetedManagedAppProtection {
    #[inline]
    fn from(v: crate::v1::IosManagedAppProtection) -> Self {
        Self::IosManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
unsafe impl ::std::marker::Send for AnyTargetedManagedAppProtection {}
#[cfg(msgraph_v1_core_or_device_app_management)]
unsafe impl ::std::marker::Sync for AnyTargetedManagedAppProtection {}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::marker::Unpin for AnyTargetedManagedAppProtection {}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::panic::UnwindSafe for AnyTargetedManagedAppProtection {}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::panic::RefUnwindSafe for AnyTargetedManagedAppProtection {}
#[cfg(msgraph_v1_core_or_device_app_management)]
const _: () = {
    rt::object::auto_traits::<crate::v1::TargetedManagedAppProtection>();
    rt::object::auto_traits::<crate::v1::AndroidManagedAppProtection>();
    rt::object::auto_traits::<crate::v1::IosManagedAppProtection>();
};
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Poly for AnyTargetedManagedAppProtection {
    const BASE_NAME: &'static str = "microsoft.graph.targetedManagedAppProtection";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedAppProtection",
            ) => Self::AndroidManagedAppProtection(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.iosManagedAppProtection") => {
                Self::IosManagedAppProtection(rt::object::new_boxed())
            }
            _ => Self::TargetedManagedAppProtection(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::TargetedManagedAppProtection(v) => &**v,
            Self::AndroidManagedAppProtection(v) => &**v,
            Self::IosManagedAppProtection(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut **v,
            Self::AndroidManagedAppProtection(v) => &mut **v,
            Self::IosManagedAppProtection(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl AnyTargetedManagedAppProtection {
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
            Self::TargetedManagedAppProtection(v) => &v.id,
            Self::AndroidManagedAppProtection(v) => &v.id,
            Self::IosManagedAppProtection(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.id,
            Self::AndroidManagedAppProtection(v) => &mut v.id,
            Self::IosManagedAppProtection(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.created_date_time,
            Self::AndroidManagedAppProtection(v) => &v.created_date_time,
            Self::IosManagedAppProtection(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.created_date_time,
            Self::AndroidManagedAppProtection(v) => &mut v.created_date_time,
            Self::IosManagedAppProtection(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.description,
            Self::AndroidManagedAppProtection(v) => &v.description,
            Self::IosManagedAppProtection(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.description,
            Self::AndroidManagedAppProtection(v) => &mut v.description,
            Self::IosManagedAppProtection(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.display_name,
            Self::AndroidManagedAppProtection(v) => &v.display_name,
            Self::IosManagedAppProtection(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.display_name,
            Self::AndroidManagedAppProtection(v) => &mut v.display_name,
            Self::IosManagedAppProtection(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.last_modified_date_time,
            Self::AndroidManagedAppProtection(v) => &v.last_modified_date_time,
            Self::IosManagedAppProtection(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.last_modified_date_time,
            Self::AndroidManagedAppProtection(v) => &mut v.last_modified_date_time,
            Self::IosManagedAppProtection(v) => &mut v.last_modified_date_time,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.version,
            Self::AndroidManagedAppProtection(v) => &v.version,
            Self::IosManagedAppProtection(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.version,
            Self::AndroidManagedAppProtection(v) => &mut v.version,
            Self::IosManagedAppProtection(v) => &mut v.version,
        }
    }
    /// `allowedDataStorageLocations` of any variant.
    #[inline]
    pub fn allowed_data_storage_locations(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::ManagedAppDataStorageLocation>> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.allowed_data_storage_locations,
            Self::AndroidManagedAppProtection(v) => &v.allowed_data_storage_locations,
            Self::IosManagedAppProtection(v) => &v.allowed_data_storage_locations,
        }
    }
    /// `allowedDataStorageLocations` of any variant.
    #[inline]
    pub fn allowed_data_storage_locations_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ManagedAppDataStorageLocation>> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.allowed_data_storage_locations
            }
            Self::AndroidManagedAppProtection(v) => &mut v.allowed_data_storage_locations,
            Self::IosManagedAppProtection(v) => &mut v.allowed_data_storage_locations,
        }
    }
    /// `allowedInboundDataTransferSources` of any variant.
    #[inline]
    pub fn allowed_inbound_data_transfer_sources(
        &self,
    ) -> &rt::Field<crate::v1::ManagedAppDataTransferLevel> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.allowed_inbound_data_transfer_sources
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.allowed_inbound_data_transfer_sources
            }
            Self::IosManagedAppProtection(v) => &v.allowed_inbound_data_transfer_sources,
        }
    }
    /// `allowedInboundDataTransferSources` of any variant.
    #[inline]
    pub fn allowed_inbound_data_transfer_sources_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ManagedAppDataTransferLevel> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.allowed_inbound_data_transfer_sources
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.allowed_inbound_data_transfer_sources
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.allowed_inbound_data_transfer_sources
            }
        }
    }
    /// `allowedOutboundClipboardSharingLevel` of any variant.
    #[inline]
    pub fn allowed_outbound_clipboard_sharing_level(
        &self,
    ) -> &rt::Field<crate::v1::ManagedAppClipboardSharingLevel> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.allowed_outbound_clipboard_sharing_level
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.allowed_outbound_clipboard_sharing_level
            }
            Self::IosManagedAppProtection(v) => {
                &v.allowed_outbound_clipboard_sharing_level
            }
        }
    }
    /// `allowedOutboundClipboardSharingLevel` of any variant.
    #[inline]
    pub fn allowed_outbound_clipboard_sharing_level_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ManagedAppClipboardSharingLevel> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_level
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_level
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_level
            }
        }
    }
    /// `allowedOutboundDataTransferDestinations` of any variant.
    #[inline]
    pub fn allowed_outbound_data_transfer_destinations(
        &self,
    ) -> &rt::Field<crate::v1::ManagedAppDataTransferLevel> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.allowed_outbound_data_transfer_destinations
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.allowed_outbound_data_transfer_destinations
            }
            Self::IosManagedAppProtection(v) => {
                &v.allowed_outbound_data_transfer_destinations
            }
        }
    }
    /// `allowedOutboundDataTransferDestinations` of any variant.
    #[inline]
    pub fn allowed_outbound_data_transfer_destinations_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ManagedAppDataTransferLevel> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.allowed_outbound_data_transfer_destinations
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.allowed_outbound_data_transfer_destinations
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.allowed_outbound_data_transfer_destinations
            }
        }
    }
    /// `contactSyncBlocked` of any variant.
    #[inline]
    pub fn contact_sync_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.contact_sync_blocked,
            Self::AndroidManagedAppProtection(v) => &v.contact_sync_blocked,
            Self::IosManagedAppProtection(v) => &v.contact_sync_blocked,
        }
    }
    /// `contactSyncBlocked` of any variant.
    #[inline]
    pub fn contact_sync_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.contact_sync_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.contact_sync_blocked,
            Self::IosManagedAppProtection(v) => &mut v.contact_sync_blocked,
        }
    }
    /// `dataBackupBlocked` of any variant.
    #[inline]
    pub fn data_backup_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.data_backup_blocked,
            Self::AndroidManagedAppProtection(v) => &v.data_backup_blocked,
            Self::IosManagedAppProtection(v) => &v.data_backup_blocked,
        }
    }
    /// `dataBackupBlocked` of any variant.
    #[inline]
    pub fn data_backup_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.data_backup_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.data_backup_blocked,
            Self::IosManagedAppProtection(v) => &mut v.data_backup_blocked,
        }
    }
    /// `deviceComplianceRequired` of any variant.
    #[inline]
    pub fn device_compliance_required(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.device_compliance_required,
            Self::AndroidManagedAppProtection(v) => &v.device_compliance_required,
            Self::IosManagedAppProtection(v) => &v.device_compliance_required,
        }
    }
    /// `deviceComplianceRequired` of any variant.
    #[inline]
    pub fn device_compliance_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.device_compliance_required,
            Self::AndroidManagedAppProtection(v) => &mut v.device_compliance_required,
            Self::IosManagedAppProtection(v) => &mut v.device_compliance_required,
        }
    }
    /// `disableAppPinIfDevicePinIsSet` of any variant.
    #[inline]
    pub fn disable_app_pin_if_device_pin_is_set(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.disable_app_pin_if_device_pin_is_set
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.disable_app_pin_if_device_pin_is_set
            }
            Self::IosManagedAppProtection(v) => &v.disable_app_pin_if_device_pin_is_set,
        }
    }
    /// `disableAppPinIfDevicePinIsSet` of any variant.
    #[inline]
    pub fn disable_app_pin_if_device_pin_is_set_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.disable_app_pin_if_device_pin_is_set
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.disable_app_pin_if_device_pin_is_set
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.disable_app_pin_if_device_pin_is_set
            }
        }
    }
    /// `fingerprintBlocked` of any variant.
    #[inline]
    pub fn fingerprint_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.fingerprint_blocked,
            Self::AndroidManagedAppProtection(v) => &v.fingerprint_blocked,
            Self::IosManagedAppProtection(v) => &v.fingerprint_blocked,
        }
    }
    /// `fingerprintBlocked` of any variant.
    #[inline]
    pub fn fingerprint_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.fingerprint_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.fingerprint_blocked,
            Self::IosManagedAppProtection(v) => &mut v.fingerprint_blocked,
        }
    }
    /// `managedBrowser` of any variant.
    #[inline]
    pub fn managed_browser(
        &self,
    ) -> &rt::Field<rt::Flags<crate::v1::ManagedBrowserType>> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.managed_browser,
            Self::AndroidManagedAppProtection(v) => &v.managed_browser,
            Self::IosManagedAppProtection(v) => &v.managed_browser,
        }
    }
    /// `managedBrowser` of any variant.
    #[inline]
    pub fn managed_browser_mut(
        &mut self,
    ) -> &mut rt::Field<rt::Flags<crate::v1::ManagedBrowserType>> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.managed_browser,
            Self::AndroidManagedAppProtection(v) => &mut v.managed_browser,
            Self::IosManagedAppProtection(v) => &mut v.managed_browser,
        }
    }
    /// `managedBrowserToOpenLinksRequired` of any variant.
    #[inline]
    pub fn managed_browser_to_open_links_required(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.managed_browser_to_open_links_required
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.managed_browser_to_open_links_required
            }
            Self::IosManagedAppProtection(v) => &v.managed_browser_to_open_links_required,
        }
    }
    /// `managedBrowserToOpenLinksRequired` of any variant.
    #[inline]
    pub fn managed_browser_to_open_links_required_mut(
        &mut self,
    ) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.managed_browser_to_open_links_required
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.managed_browser_to_open_links_required
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.managed_browser_to_open_links_required
            }
        }
    }
    /// `maximumPinRetries` of any variant.
    #[inline]
    pub fn maximum_pin_retries(&self) -> &rt::Field<i32> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.maximum_pin_retries,
            Self::AndroidManagedAppProtection(v) => &v.maximum_pin_retries,
            Self::IosManagedAppProtection(v) => &v.maximum_pin_retries,
        }
    }
    /// `maximumPinRetries` of any variant.
    #[inline]
    pub fn maximum_pin_retries_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.maximum_pin_retries,
            Self::AndroidManagedAppProtection(v) => &mut v.maximum_pin_retries,
            Self::IosManagedAppProtection(v) => &mut v.maximum_pin_retries,
        }
    }
    /// `minimumPinLength` of any variant.
    #[inline]
    pub fn minimum_pin_length(&self) -> &rt::Field<i32> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.minimum_pin_length,
            Self::AndroidManagedAppProtection(v) => &v.minimum_pin_length,
            Self::IosManagedAppProtection(v) => &v.minimum_pin_length,
        }
    }
    /// `minimumPinLength` of any variant.
    #[inline]
    pub fn minimum_pin_length_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_pin_length,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_pin_length,
            Self::IosManagedAppProtection(v) => &mut v.minimum_pin_length,
        }
    }
    /// `minimumRequiredAppVersion` of any variant.
    #[inline]
    pub fn minimum_required_app_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.minimum_required_app_version,
            Self::AndroidManagedAppProtection(v) => &v.minimum_required_app_version,
            Self::IosManagedAppProtection(v) => &v.minimum_required_app_version,
        }
    }
    /// `minimumRequiredAppVersion` of any variant.
    #[inline]
    pub fn minimum_required_app_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_required_app_version,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_required_app_version,
            Self::IosManagedAppProtection(v) => &mut v.minimum_required_app_version,
        }
    }
    /// `minimumRequiredOsVersion` of any variant.
    #[inline]
    pub fn minimum_required_os_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.minimum_required_os_version,
            Self::AndroidManagedAppProtection(v) => &v.minimum_required_os_version,
            Self::IosManagedAppProtection(v) => &v.minimum_required_os_version,
        }
    }
    /// `minimumRequiredOsVersion` of any variant.
    #[inline]
    pub fn minimum_required_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_required_os_version,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_required_os_version,
            Self::IosManagedAppProtection(v) => &mut v.minimum_required_os_version,
        }
    }
    /// `minimumWarningAppVersion` of any variant.
    #[inline]
    pub fn minimum_warning_app_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.minimum_warning_app_version,
            Self::AndroidManagedAppProtection(v) => &v.minimum_warning_app_version,
            Self::IosManagedAppProtection(v) => &v.minimum_warning_app_version,
        }
    }
    /// `minimumWarningAppVersion` of any variant.
    #[inline]
    pub fn minimum_warning_app_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_warning_app_version,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_warning_app_version,
            Self::IosManagedAppProtection(v) => &mut v.minimum_warning_app_version,
        }
    }
    /// `minimumWarningOsVersion` of any variant.
    #[inline]
    pub fn minimum_warning_os_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.minimum_warning_os_version,
            Self::AndroidManagedAppProtection(v) => &v.minimum_warning_os_version,
            Self::IosManagedAppProtection(v) => &v.minimum_warning_os_version,
        }
    }
    /// `minimumWarningOsVersion` of any variant.
    #[inline]
    pub fn minimum_warning_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_warning_os_version,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_warning_os_version,
            Self::IosManagedAppProtection(v) => &mut v.minimum_warning_os_version,
        }
    }
    /// `organizationalCredentialsRequired` of any variant.
    #[inline]
    pub fn organizational_credentials_required(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.organizational_credentials_required
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.organizational_credentials_required
            }
            Self::IosManagedAppProtection(v) => &v.organizational_credentials_required,
        }
    }
    /// `organizationalCredentialsRequired` of any variant.
    #[inline]
    pub fn organizational_credentials_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.organizational_credentials_required
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.organizational_credentials_required
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.organizational_credentials_required
            }
        }
    }
    /// `periodBeforePinReset` of any variant.
    #[inline]
    pub fn period_before_pin_reset(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.period_before_pin_reset,
            Self::AndroidManagedAppProtection(v) => &v.period_before_pin_reset,
            Self::IosManagedAppProtection(v) => &v.period_before_pin_reset,
        }
    }
    /// `periodBeforePinReset` of any variant.
    #[inline]
    pub fn period_before_pin_reset_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.period_before_pin_reset,
            Self::AndroidManagedAppProtection(v) => &mut v.period_before_pin_reset,
            Self::IosManagedAppProtection(v) => &mut v.period_before_pin_reset,
        }
    }
    /// `periodOfflineBeforeAccessCheck` of any variant.
    #[inline]
    pub fn period_offline_before_access_check(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.period_offline_before_access_check
            }
            Self::AndroidManagedAppProtection(v) => &v.period_offline_before_access_check,
            Self::IosManagedAppProtection(v) => &v.period_offline_before_access_check,
        }
    }
    /// `periodOfflineBeforeAccessCheck` of any variant.
    #[inline]
    pub fn period_offline_before_access_check_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.period_offline_before_access_check
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.period_offline_before_access_check
            }
            Self::IosManagedAppProtection(v) => &mut v.period_offline_before_access_check,
        }
    }
    /// `periodOfflineBeforeWipeIsEnforced` of any variant.
    #[inline]
    pub fn period_offline_before_wipe_is_enforced(
        &self,
    ) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.period_offline_before_wipe_is_enforced
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.period_offline_before_wipe_is_enforced
            }
            Self::IosManagedAppProtection(v) => &v.period_offline_before_wipe_is_enforced,
        }
    }
    /// `periodOfflineBeforeWipeIsEnforced` of any variant.
    #[inline]
    pub fn period_offline_before_wipe_is_enforced_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.period_offline_before_wipe_is_enforced
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.period_offline_before_wipe_is_enforced
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.period_offline_before_wipe_is_enforced
            }
        }
    }
    /// `periodOnlineBeforeAccessCheck` of any variant.
    #[inline]
    pub fn period_online_before_access_check(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.period_online_before_access_check,
            Self::AndroidManagedAppProtection(v) => &v.period_online_before_access_check,
            Self::IosManagedAppProtection(v) => &v.period_online_before_access_check,
        }
    }
    /// `periodOnlineBeforeAccessCheck` of any variant.
    #[inline]
    pub fn period_online_before_access_check_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.period_online_before_access_check
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.period_online_before_access_check
            }
            Self::IosManagedAppProtection(v) => &mut v.period_online_before_access_check,
        }
    }
    /// `pinCharacterSet` of any variant.
    #[inline]
    pub fn pin_character_set(&self) -> &rt::Field<crate::v1::ManagedAppPinCharacterSet> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.pin_character_set,
            Self::AndroidManagedAppProtection(v) => &v.pin_character_set,
            Self::IosManagedAppProtection(v) => &v.pin_character_set,
        }
    }
    /// `pinCharacterSet` of any variant.
    #[inline]
    pub fn pin_character_set_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ManagedAppPinCharacterSet> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.pin_character_set,
            Self::AndroidManagedAppProtection(v) => &mut v.pin_character_set,
            Self::IosManagedAppProtection(v) => &mut v.pin_character_set,
        }
    }
    /// `pinRequired` of any variant.
    #[inline]
    pub fn pin_required(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.pin_required,
            Self::AndroidManagedAppProtection(v) => &v.pin_required,
            Self::IosManagedAppProtection(v) => &v.pin_required,
        }
    }
    /// `pinRequired` of any variant.
    #[inline]
    pub fn pin_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.pin_required,
            Self::AndroidManagedAppProtection(v) => &mut v.pin_required,
            Self::IosManagedAppProtection(v) => &mut v.pin_required,
        }
    }
    /// `printBlocked` of any variant.
    #[inline]
    pub fn print_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.print_blocked,
            Self::AndroidManagedAppProtection(v) => &v.print_blocked,
            Self::IosManagedAppProtection(v) => &v.print_blocked,
        }
    }
    /// `printBlocked` of any variant.
    #[inline]
    pub fn print_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.print_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.print_blocked,
            Self::IosManagedAppProtection(v) => &mut v.print_blocked,
        }
    }
    /// `saveAsBlocked` of any variant.
    #[inline]
    pub fn save_as_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.save_as_blocked,
            Self::AndroidManagedAppProtection(v) => &v.save_as_blocked,
            Self::IosManagedAppProtection(v) => &v.save_as_blocked,
        }
    }
    /// `saveAsBlocked` of any variant.
    #[inline]
    pub fn save_as_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.save_as_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.save_as_blocked,
            Self::IosManagedAppProtection(v) => &mut v.save_as_blocked,
        }
    }
    /// `simplePinBlocked` of any variant.
    #[inline]
    pub fn simple_pin_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.simple_pin_blocked,
            Self::AndroidManagedAppProtection(v) => &v.simple_pin_blocked,
            Self::IosManagedAppProtection(v) => &v.simple_pin_blocked,
        }
    }
    /// `simplePinBlocked` of any variant.
    #[inline]
    pub fn simple_pin_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.simple_pin_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.simple_pin_blocked,
            Self::IosManagedAppProtection(v) => &mut v.simple_pin_blocked,
        }
    }
    /// `isAssigned` of any variant.
    #[inline]
    pub fn is_assigned(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.is_assigned,
            Self::AndroidManagedAppProtection(v) => &v.is_assigned,
            Self::IosManagedAppProtection(v) => &v.is_assigned,
        }
    }
    /// `isAssigned` of any variant.
    #[inline]
    pub fn is_assigned_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.is_assigned,
            Self::AndroidManagedAppProtection(v) => &mut v.is_assigned,
            Self::IosManagedAppProtection(v) => &mut v.is_assigned,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::TargetedManagedAppPolicyAssignment>> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.assignments,
            Self::AndroidManagedAppProtection(v) => &v.assignments,
            Self::IosManagedAppProtection(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::TargetedManagedAppPolicyAssignment>> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.assignments,
            Self::AndroidManagedAppProtection(v) => &mut v.assignments,
            Self::IosManagedAppProtection(v) => &mut v.assignments,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_poly!(AnyTargetedManagedAppProtection);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyTargetedManagedAppProtection);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.targettedUserType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TargettedUserType {
    /// `unknown` (value 0).
    Unknown,
    /// `clicked` (value 1).
    Clicked,
    /// `compromised` (value 2).
    Compromised,
    /// `allUsers` (value 3).
    AllUsers,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for TargettedUserType {
    const TYPE_NAME: &'static str = "microsoft.graph.targettedUserType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "clicked",
        "compromised",
        "allUsers",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "clicked" => Self::Clicked,
                "compromised" => Self::Compromised,
                "allUsers" => Self::AllUsers,
                "unknownFutureValue" => Self::UnknownFutureValue,
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
            Self::Unknown => "unknown",
            Self::Clicked => "clicked",
            Self::Compromised => "compromised",
            Self::AllUsers => "allUsers",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(TargettedUserType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargettedUserType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.taskFileAttachment`, entity type, derived from `microsoft.graph.attachmentBase`, key `id`.
///
/// Request builders: [`AttachmentBasePath`](requests/trait.AttachmentBasePath.html), what a path to one (`EntityPath<TaskFileAttachment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TaskFileAttachment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `contentType`: `Edm.String`, nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Int32`, not nullable.
    pub size: rt::Field<i32>,
    /// CSDL: property `contentBytes`: `Edm.Binary`, not nullable.
    pub content_bytes: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TaskFileAttachment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content_type: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            size: rt::Field::Absent,
            content_bytes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TaskFileAttachment {
    const TYPE_NAME: &'static str = "microsoft.graph.taskFileAttachment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "contentType",
        "lastModifiedDateTime",
        "name",
        "size",
        "contentBytes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"contentType\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"size\":                         ",
        ",\"contentBytes\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.taskFileAttachment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content_type", &self.content_type);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "size", &self.size);
        v.field(5usize, "content_bytes", &self.content_bytes);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TaskFileAttachment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content_type.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.size.read_from(r),
            5usize => self.content_bytes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content_type);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.name);
        w.field(4usize, &self.size);
        w.field(5usize, &self.content_bytes);
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
rt::impl_object!(TaskFileAttachment);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TaskFileAttachment { with_id id : ::std::string::String; with_content_type
    content_type : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_name name :
    ::std::string::String; with_size size : i32; with_content_bytes content_bytes :
    rt::edm::Binary; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TaskFileAttachment);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.taskStatus`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TaskStatus {
    /// `notStarted` (value 0).
    NotStarted,
    /// `inProgress` (value 1).
    InProgress,
    /// `completed` (value 2).
    Completed,
    /// `waitingOnOthers` (value 3).
    WaitingOnOthers,
    /// `deferred` (value 4).
    Deferred,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for TaskStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.taskStatus";
    const MEMBERS: &'static [&'static str] = &[
        "notStarted",
        "inProgress",
        "completed",
        "waitingOnOthers",
        "deferred",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notStarted" => Self::NotStarted,
                "inProgress" => Self::InProgress,
                "completed" => Self::Completed,
                "waitingOnOthers" => Self::WaitingOnOthers,
                "deferred" => Self::Deferred,
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
            Self::NotStarted => "notStarted",
            Self::InProgress => "inProgress",
            Self::Completed => "completed",
            Self::WaitingOnOthers => "waitingOnOthers",
            Self::Deferred => "deferred",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(TaskStatus);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TaskStatus);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.teamGuestSettings`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamGuestSettings {
    /// CSDL: property `allowCreateUpdateChannels`: `Edm.Boolean`, nullable.
    pub allow_create_update_channels: rt::Field<bool>,
    /// CSDL: property `allowDeleteChannels`: `Edm.Boolean`, nullable.
    pub allow_delete_channels: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TeamGuestSettings {
    #[inline]
    fn default() -> Self {
        Self {
            allow_create_update_channels: rt::Field::Absent,
            allow_delete_channels: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TeamGuestSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.teamGuestSettings";
    const KEYS: &'static [&'static str] = &[
        "allowCreateUpdateChannels",
        "allowDeleteChannels",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowCreateUpdateChannels\":    ",
        ",\"allowDeleteChannels\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamGuestSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "allow_create_update_channels",
            &self.allow_create_update_channels,
        );
        v.field(1usize, "allow_delete_channels", &self.allow_delete_channels);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TeamGuestSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_create_update_channels.read_from(r),
            1usize => self.allow_delete_channels.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_create_update_channels);
        w.field(1usize, &self.allow_delete_channels);
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
rt::impl_object!(TeamGuestSettings);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TeamGuestSettings { with_allow_create_update_channels allow_create_update_channels :
    bool; with_allow_delete_channels allow_delete_channels : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamGuestSettings);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.teamVisibilityType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamVisibilityType {
    /// `private` (value 0).
    Private,
    /// `public` (value 1).
    Public,
    /// `hiddenMembership` (value 2).
    HiddenMembership,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for TeamVisibilityType {
    const TYPE_NAME: &'static str = "microsoft.graph.teamVisibilityType";
    const MEMBERS: &'static [&'static str] = &[
        "private",
        "public",
        "hiddenMembership",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "private" => Self::Private,
                "public" => Self::Public,
                "hiddenMembership" => Self::HiddenMembership,
                "unknownFutureValue" => Self::UnknownFutureValue,
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
            Self::Private => "private",
            Self::Public => "public",
            Self::HiddenMembership => "hiddenMembership",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(TeamVisibilityType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamVisibilityType);
#[cfg(msgraph_v1_app_catalogs_or_search)]
/// CSDL: `microsoft.graph.teamsApp`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TeamsAppPath`](requests/trait.TeamsAppPath.html), what a path to one (`EntityPath<TeamsApp, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-app-catalogs`, `v1-search`.
#[derive(Clone)]
pub struct TeamsApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `distributionMethod`: `microsoft.graph.teamsAppDistributionMethod`, nullable.
    pub distribution_method: rt::Field<crate::v1::TeamsAppDistributionMethod>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `appDefinitions`: `Collection(microsoft.graph.teamsAppDefinition)`, not nullable.
    pub app_definitions: rt::Field<::std::vec::Vec<crate::v1::TeamsAppDefinition>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
impl ::std::default::Default for TeamsApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            distribution_method: rt::Field::Absent,
            external_id: rt::Field::Absent,
            app_definitions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
impl rt::Object for TeamsApp {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "distributionMethod",
        "externalId",
        "appDefinitions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"distributionMethod\":           ",
        ",\"externalId\":                   ",
        ",\"appDefinitions\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "distribution_method", &self.distribution_method);
        v.field(3usize, "external_id", &self.external_id);
        v.field(4usize, "app_definitions", &self.app_definitions);
    }
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
impl rt::object::Members for TeamsApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.distribution_method.read_from(r),
            3usize => self.external_id.read_from(r),
            4usize => self.app_definitions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.distribution_method);
        w.field(3usize, &self.external_id);
        w.field(4usize, &self.app_definitions);
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
#[cfg(msgraph_v1_app_catalogs_or_search)]
rt::impl_object!(TeamsApp);
#[cfg(msgraph_v1_app_catalogs_or_search)]
rt::impl_setters!(
    TeamsApp { with_id id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_distribution_method distribution_method : crate
    ::v1::TeamsAppDistributionMethod; with_external_id external_id :
    ::std::string::String; with_app_definitions app_definitions : ::std::vec::Vec < crate
    ::v1::TeamsAppDefinition >; }
);
#[cfg(msgraph_v1_app_catalogs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsApp);
#[cfg(msgraph_v1_app_catalogs_or_search)]
/// CSDL: `microsoft.graph.teamsAppAuthorization`, complex type.
///
/// Features: `v1`, or one of `v1-app-catalogs`, `v1-search`.
#[derive(Clone)]
pub struct TeamsAppAuthorization {
    /// CSDL: property `clientAppId`: `Edm.String`, nullable.
    pub client_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `requiredPermissionSet`: `microsoft.graph.teamsAppPermissionSet`, nullable.
    pub required_permission_set: rt::Field<crate::v1::TeamsAppPermissionSet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
impl ::std::default::Default for TeamsAppAuthorization {
    #[inline]
    fn default() -> Self {
        Self {
            client_app_id: rt::Field::Absent,
            required_permission_set: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
impl rt::Object for TeamsAppAuthorization {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAppAuthorization";
    const KEYS: &'static [&'static str] = &["clientAppId", "requiredPermissionSet"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"clientAppId\":                  ",
        ",\"requiredPermissionSet\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsAppAuthorization\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "client_app_id", &self.client_app_id);
        v.field(1usize, "required_permission_set", &self.required_permission_set);
    }
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
impl rt::object::Members for TeamsAppAuthorization {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.client_app_id.read_from(r),
            1usize => self.required_permission_set.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.client_app_id);
        w.field(1usize, &self.required_permission_set);
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
#[cfg(msgraph_v1_app_catalogs_or_search)]
rt::impl_object!(TeamsAppAuthorization);
#[cfg(msgraph_v1_app_catalogs_or_search)]
rt::impl_setters!(
    TeamsAppAuthorization { with_client_app_id client_app_id : ::std::string::String;
    with_required_permission_set required_permission_set : crate
    ::v1::TeamsAppPermissionSet; }
);
#[cfg(msgraph_v1_app_catalogs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppAuthorization);
#[cfg(msgraph_v1_app_catalogs_or_search)]
/// CSDL: `microsoft.graph.teamsAppDefinition`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TeamsAppDefinitionPath`](requests/trait.TeamsAppDefinitionPath.html), what a path to one (`EntityPath<TeamsAppDefinition, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-app-catalogs`, `v1-search`.
#[derive(Clone)]
pub struct TeamsAppDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authorization`: `microsoft.graph.teamsAppAuthorization`, nullable.
    pub authorization: rt::Field<crate::v1::TeamsAppAuthorization>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `publishingState`: `microsoft.graph.teamsAppPublishingState`, nullable.
    pub publishing_state: rt::Field<crate::v1::TeamsAppPublishingState>,
    /// CSDL: property `shortDescription`: `Edm.String`, nullable.
    pub short_description: rt::Field<::std::string::String>,
    /// CSDL: property `teamsAppId`: `Edm.String`, nullable.
    pub teams_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `bot`: `microsoft.graph.teamworkBot`, nullable.
    pub bot: rt::Field<crate::v1::TeamworkBot>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
impl ::std::default::Default for TeamsAppDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authorization: rt::Field::Absent,
            created_by: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            short_description: rt::Field::Absent,
            teams_app_id: rt::Field::Absent,
            version: rt::Field::Absent,
            bot: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
impl rt::Object for TeamsAppDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAppDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authorization",
        "createdBy",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "publishingState",
        "shortDescription",
        "teamsAppId",
        "version",
        "bot",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authorization\":                ",
        ",\"createdBy\":                    ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"publishingState\":              ",
        ",\"shortDescription\":             ",
        ",\"teamsAppId\":                   ",
        ",\"version\":                      ",
        ",\"bot\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsAppDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "authorization", &self.authorization);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(6usize, "publishing_state", &self.publishing_state);
        v.field(7usize, "short_description", &self.short_description);
        v.field(8usize, "teams_app_id", &self.teams_app_id);
        v.field(9usize, "version", &self.version);
        v.field(10usize, "bot", &self.bot);
    }
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
impl rt::object::Members for TeamsAppDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authorization.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.last_modified_date_time.read_from(r),
            6usize => self.publishing_state.read_from(r),
            7usize => self.short_description.read_from(r),
            8usize => self.teams_app_id.read_from(r),
            9usize => self.version.read_from(r),
            10usize => self.bot.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authorization);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.last_modified_date_time);
        w.field(6usize, &self.publishing_state);
        w.field(7usize, &self.short_description);
        w.field(8usize, &self.teams_app_id);
        w.field(9usize, &self.version);
        w.field(10usize, &self.bot);
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
#[cfg(msgraph_v1_app_catalogs_or_search)]
rt::impl_object!(TeamsAppDefinition);
#[cfg(msgraph_v1_app_catalogs_or_search)]
rt::impl_setters!(
    TeamsAppDefinition { with_id id : ::std::string::String; with_authorization
    authorization : crate ::v1::TeamsAppAuthorization; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_publishing_state
    publishing_state : crate ::v1::TeamsAppPublishingState; with_short_description
    short_description : ::std::string::String; with_teams_app_id teams_app_id :
    ::std::string::String; with_version version : ::std::string::String; with_bot bot :
    crate ::v1::TeamworkBot; }
);
#[cfg(msgraph_v1_app_catalogs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppDefinition);
#[cfg(msgraph_v1_app_catalogs_or_search)]
/// CSDL: `microsoft.graph.teamsAppDistributionMethod`, enum type.
///
/// Features: `v1`, or one of `v1-app-catalogs`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamsAppDistributionMethod {
    /// `store` (value 0).
    Store,
    /// `organization` (value 1).
    Organization,
    /// `sideloaded` (value 2).
    Sideloaded,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
impl rt::StrEnum for TeamsAppDistributionMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAppDistributionMethod";
    const MEMBERS: &'static [&'static str] = &[
        "store",
        "organization",
        "sideloaded",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "store" => Self::Store,
                "organization" => Self::Organization,
                "sideloaded" => Self::Sideloaded,
                "unknownFutureValue" => Self::UnknownFutureValue,
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
            Self::Store => "store",
            Self::Organization => "organization",
            Self::Sideloaded => "sideloaded",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
rt::impl_enum!(TeamsAppDistributionMethod);
#[cfg(msgraph_v1_app_catalogs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppDistributionMethod);
#[cfg(msgraph_v1_core_or_app_catalogs)]
/// CSDL: `microsoft.graph.teamsAppPermissionSet`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-app-catalogs`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamsAppPermissionSet {
    /// CSDL: property `resourceSpecificPermissions`: `Collection(microsoft.graph.teamsAppResourceSpecificPermission)`, nullable.
    pub resource_specific_permissions: rt::Field<
        ::std::vec::Vec<crate::v1::TeamsAppResourceSpecificPermission>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_app_catalogs)]
impl ::std::default::Default for TeamsAppPermissionSet {
    #[inline]
    fn default() -> Self {
        Self {
            resource_specific_permissions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_app_catalogs)]
impl rt::Object for TeamsAppPermissionSet {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAppPermissionSet";
    const KEYS: &'static [&'static str] = &["resourceSpecificPermissions"];
    const KEYS_JSON: &'static [&'static str] = &[",\"resourceSpecificPermissions\":  "];
    const TAG: &'static str = "\"#microsoft.graph.teamsAppPermissionSet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "resource_specific_permissions",
            &self.resource_specific_permissions,
        );
    }
}
#[cfg(msgraph_v1_core_or_app_catalogs)]
impl rt::object::Members for TeamsAppPermissionSet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.resource_specific_permissions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.resource_specific_permissions);
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
#[cfg(msgraph_v1_core_or_app_catalogs)]
rt::impl_object!(TeamsAppPermissionSet);
#[cfg(msgraph_v1_core_or_app_catalogs)]
rt::impl_setters!(
    TeamsAppPermissionSet { with_resource_specific_permissions
    resource_specific_permissions : ::std::vec::Vec < crate
    ::v1::TeamsAppResourceSpecificPermission >; }
);
#[cfg(msgraph_v1_core_or_app_catalogs)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppPermissionSet);
#[cfg(msgraph_v1_app_catalogs_or_search)]
/// CSDL: `microsoft.graph.teamsAppPublishingState`, enum type.
///
/// Features: `v1`, or one of `v1-app-catalogs`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamsAppPublishingState {
    /// `submitted` (value 0).
    Submitted,
    /// `rejected` (value 1).
    Rejected,
    /// `published` (value 2).
    Published,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
impl rt::StrEnum for TeamsAppPublishingState {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAppPublishingState";
    const MEMBERS: &'static [&'static str] = &[
        "submitted",
        "rejected",
        "published",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "submitted" => Self::Submitted,
                "rejected" => Self::Rejected,
                "published" => Self::Published,
                "unknownFutureValue" => Self::UnknownFutureValue,
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
            Self::Submitted => "submitted",
            Self::Rejected => "rejected",
            Self::Published => "published",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
rt::impl_enum!(TeamsAppPublishingState);
#[cfg(msgraph_v1_app_catalogs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppPublishingState);
#[cfg(msgraph_v1_core_or_app_catalogs)]
/// CSDL: `microsoft.graph.teamsAppResourceSpecificPermission`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-app-catalogs`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamsAppResourceSpecificPermission {
    /// CSDL: property `permissionType`: `microsoft.graph.teamsAppResourceSpecificPermissionType`, nullable.
    pub permission_type: rt::Field<crate::v1::TeamsAppResourceSpecificPermissionType>,
    /// CSDL: property `permissionValue`: `Edm.String`, nullable.
    pub permission_value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_app_catalogs)]
impl ::std::default::Default for TeamsAppResourceSpecificPermission {
    #[inline]
    fn default() -> Self {
        Self {
            permission_type: rt::Field::Absent,
            permission_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_app_catalogs)]
impl rt::Object for TeamsAppResourceSpecificPermission {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAppResourceSpecificPermission";
    const KEYS: &'static [&'static str] = &["permissionType", "permissionValue"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"permissionType\":               ",
        ",\"permissionValue\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsAppResourceSpecificPermission\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "permission_type", &self.permission_type);
        v.field(1usize, "permission_value", &self.permission_value);
    }
}
#[cfg(msgraph_v1_core_or_app_catalogs)]
impl rt::object::Members for TeamsAppResourceSpecificPermission {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.permission_type.read_from(r),
            1usize => self.permission_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.permission_type);
        w.field(1usize, &self.permission_value);
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
#[cfg(msgraph_v1_core_or_app_catalogs)]
rt::impl_object!(TeamsAppResourceSpecificPermission);
#[cfg(msgraph_v1_core_or_app_catalogs)]
rt::impl_setters!(
    TeamsAppResourceSpecificPermission { with_permission_type permission_type : crate
    ::v1::TeamsAppResourceSpecificPermissionType; with_permission_value permission_value
    : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_app_catalogs)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppResourceSpecificPermission);
#[cfg(msgraph_v1_core_or_app_catalogs)]
/// CSDL: `microsoft.graph.teamsAppResourceSpecificPermissionType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-app-catalogs`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamsAppResourceSpecificPermissionType {
    /// `delegated` (value 0).
    Delegated,
    /// `application` (value 1).
    Application,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_app_catalogs)]
impl rt::StrEnum for TeamsAppResourceSpecificPermissionType {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAppResourceSpecificPermissionType";
    const MEMBERS: &'static [&'static str] = &[
        "delegated",
        "application",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "delegated" => Self::Delegated,
                "application" => Self::Application,
                "unknownFutureValue" => Self::UnknownFutureValue,
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
            Self::Delegated => "delegated",
            Self::Application => "application",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_app_catalogs)]
rt::impl_enum!(TeamsAppResourceSpecificPermissionType);
#[cfg(msgraph_v1_core_or_app_catalogs)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppResourceSpecificPermissionType);
#[cfg(msgraph_v1_search_or_teamwork)]
/// CSDL: `microsoft.graph.teamsAppSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-teamwork`.
#[derive(Clone)]
pub struct TeamsAppSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowUserRequestsForAppAccess`: `Edm.Boolean`, nullable.
    pub allow_user_requests_for_app_access: rt::Field<bool>,
    /// CSDL: property `isUserPersonalScopeResourceSpecificConsentEnabled`: `Edm.Boolean`, nullable.
    pub is_user_personal_scope_resource_specific_consent_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl ::std::default::Default for TeamsAppSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allow_user_requests_for_app_access: rt::Field::Absent,
            is_user_personal_scope_resource_specific_consent_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl rt::Object for TeamsAppSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAppSettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowUserRequestsForAppAccess",
        "isUserPersonalScopeResourceSpecificConsentEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowUserRequestsForAppAccess\":",
        ",\"isUserPersonalScopeResourceSpecificConsentEnabled\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsAppSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "allow_user_requests_for_app_access",
            &self.allow_user_requests_for_app_access,
        );
        v.field(
            2usize,
            "is_user_personal_scope_resource_specific_consent_enabled",
            &self.is_user_personal_scope_resource_specific_consent_enabled,
        );
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl rt::object::Members for TeamsAppSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allow_user_requests_for_app_access.read_from(r),
            2usize => {
                self.is_user_personal_scope_resource_specific_consent_enabled
                    .read_from(r)
            }
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allow_user_requests_for_app_access);
        w.field(2usize, &self.is_user_personal_scope_resource_specific_consent_enabled);
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
rt::impl_object!(TeamsAppSettings);
#[cfg(msgraph_v1_search_or_teamwork)]
rt::impl_setters!(
    TeamsAppSettings { with_id id : ::std::string::String;
    with_allow_user_requests_for_app_access allow_user_requests_for_app_access : bool;
    with_is_user_personal_scope_resource_specific_consent_enabled
    is_user_personal_scope_resource_specific_consent_enabled : bool; }
);
#[cfg(msgraph_v1_search_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppSettings);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.teamsLicensingDetails`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamsLicensingDetails {
    /// CSDL: property `hasTeamsLicense`: `Edm.Boolean`, nullable.
    pub has_teams_license: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TeamsLicensingDetails {
    #[inline]
    fn default() -> Self {
        Self {
            has_teams_license: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TeamsLicensingDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsLicensingDetails";
    const KEYS: &'static [&'static str] = &["hasTeamsLicense"];
    const KEYS_JSON: &'static [&'static str] = &[",\"hasTeamsLicense\":              "];
    const TAG: &'static str = "\"#microsoft.graph.teamsLicensingDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "has_teams_license", &self.has_teams_license);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TeamsLicensingDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.has_teams_license.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.has_teams_license);
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
rt::impl_object!(TeamsLicensingDetails);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TeamsLicensingDetails { with_has_teams_license has_teams_license : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsLicensingDetails);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.teamsTab`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TeamsTabPath`](requests/trait.TeamsTabPath.html), what a path to one (`EntityPath<TeamsTab, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamsTab {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `configuration`: `microsoft.graph.teamsTabConfiguration`, nullable.
    pub configuration: rt::Field<crate::v1::TeamsTabConfiguration>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: navigation property `teamsApp`: `microsoft.graph.teamsApp`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    pub teams_app: rt::Field<crate::v1::TeamsApp>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for TeamsTab {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration: rt::Field::Absent,
            display_name: rt::Field::Absent,
            web_url: rt::Field::Absent,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            teams_app: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for TeamsTab {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsTab";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configuration",
        "displayName",
        "webUrl",
        "teamsApp",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configuration\":                ",
        ",\"displayName\":                  ",
        ",\"webUrl\":                       ",
        ",\"teamsApp\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsTab\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration", &self.configuration);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "web_url", &self.web_url);
        #[cfg(msgraph_v1_app_catalogs_or_search)]
        v.field(4usize, "teams_app", &self.teams_app);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for TeamsTab {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.web_url.read_from(r),
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            4usize => self.teams_app.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.web_url);
        #[cfg(msgraph_v1_app_catalogs_or_search)] w.field(4usize, &self.teams_app);
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
rt::impl_object!(TeamsTab);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    TeamsTab { with_id id : ::std::string::String; with_configuration configuration :
    crate ::v1::TeamsTabConfiguration; with_display_name display_name :
    ::std::string::String; with_web_url web_url : ::std::string::String;
    #[cfg(msgraph_v1_app_catalogs_or_search)] with_teams_app teams_app : crate
    ::v1::TeamsApp; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsTab);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.teamsTabConfiguration`, complex type, open.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamsTabConfiguration {
    /// CSDL: property `contentUrl`: `Edm.String`, nullable.
    pub content_url: rt::Field<::std::string::String>,
    /// CSDL: property `entityId`: `Edm.String`, nullable.
    pub entity_id: rt::Field<::std::string::String>,
    /// CSDL: property `removeUrl`: `Edm.String`, nullable.
    pub remove_url: rt::Field<::std::string::String>,
    /// CSDL: property `websiteUrl`: `Edm.String`, nullable.
    pub website_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for TeamsTabConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            content_url: rt::Field::Absent,
            entity_id: rt::Field::Absent,
            remove_url: rt::Field::Absent,
            website_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for TeamsTabConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsTabConfiguration";
    const KEYS: &'static [&'static str] = &[
        "contentUrl",
        "entityId",
        "removeUrl",
        "websiteUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"contentUrl\":                   ",
        ",\"entityId\":                     ",
        ",\"removeUrl\":                    ",
        ",\"websiteUrl\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsTabConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content_url", &self.content_url);
        v.field(1usize, "entity_id", &self.entity_id);
        v.field(2usize, "remove_url", &self.remove_url);
        v.field(3usize, "website_url", &self.website_url);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for TeamsTabConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content_url.read_from(r),
            1usize => self.entity_id.read_from(r),
            2usize => self.remove_url.read_from(r),
            3usize => self.website_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content_url);
        w.field(1usize, &self.entity_id);
        w.field(2usize, &self.remove_url);
        w.field(3usize, &self.website_url);
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
rt::impl_object!(TeamsTabConfiguration);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    TeamsTabConfiguration { with_content_url content_url : ::std::string::String;
    with_entity_id entity_id : ::std::string::String; with_remove_url remove_url :
    ::std::string::String; with_website_url website_url : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsTabConfiguration);
#[cfg(msgraph_v1_app_catalogs_or_search)]
/// CSDL: `microsoft.graph.teamworkBot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-app-catalogs`, `v1-search`.
#[derive(Clone)]
pub struct TeamworkBot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
impl ::std::default::Default for TeamworkBot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
impl rt::Object for TeamworkBot {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkBot";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.teamworkBot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
impl rt::object::Members for TeamworkBot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
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
#[cfg(msgraph_v1_app_catalogs_or_search)]
rt::impl_object!(TeamworkBot);
#[cfg(msgraph_v1_app_catalogs_or_search)]
rt::impl_setters!(TeamworkBot { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_app_catalogs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkBot);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.teamworkHostedContent`, entity type, derived from `microsoft.graph.entity`, media entity, key `id`.
///
/// Request builders: [`TeamworkHostedContentPath`](requests/trait.TeamworkHostedContentPath.html), what a path to one (`EntityPath<AnyTeamworkHostedContent, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamworkHostedContent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `contentBytes`: `Edm.Binary`, nullable.
    pub content_bytes: rt::Field<rt::edm::Binary>,
    /// CSDL: property `contentType`: `Edm.String`, nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for TeamworkHostedContent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content_bytes: rt::Field::Absent,
            content_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for TeamworkHostedContent {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkHostedContent";
    const KEYS: &'static [&'static str] = &["id", "contentBytes", "contentType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"contentBytes\":                 ",
        ",\"contentType\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamworkHostedContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content_bytes", &self.content_bytes);
        v.field(2usize, "content_type", &self.content_type);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for TeamworkHostedContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content_bytes.read_from(r),
            2usize => self.content_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content_bytes);
        w.field(2usize, &self.content_type);
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
rt::impl_object!(TeamworkHostedContent);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    TeamworkHostedContent { with_id id : ::std::string::String; with_content_bytes
    content_bytes : rt::edm::Binary; with_content_type content_type :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkHostedContent);
#[cfg(msgraph_v1_core_or_teamwork)]
/// `microsoft.graph.teamworkHostedContent` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyTeamworkHostedContent {
    TeamworkHostedContent(::std::boxed::Box<crate::v1::TeamworkHostedContent>),
    ChatMessageHostedContent(::std::boxed::Box<crate::v1::ChatMessageHostedContent>),
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for AnyTeamworkHostedContent {
    #[inline]
    fn default() -> Self {
        Self::TeamworkHostedContent(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamworkHostedContent>
for AnyTeamworkHostedContent {
    #[inline]
    fn from(v: crate::v1::TeamworkHostedContent) -> Self {
        Self::TeamworkHostedContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ChatMessageHostedContent>
for AnyTeamworkHostedContent {
    #[inline]
    fn from(v: crate::v1::ChatMessageHostedContent) -> Self {
        Self::ChatMessageHostedContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
unsafe impl ::std::marker::Send for AnyTeamworkHostedContent {}
#[cfg(msgraph_v1_core_or_teamwork)]
unsafe impl ::std::marker::Sync for AnyTeamworkHostedContent {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::marker::Unpin for AnyTeamworkHostedContent {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::panic::UnwindSafe for AnyTeamworkHostedContent {}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::panic::RefUnwindSafe for AnyTeamworkHostedContent {}
#[cfg(msgraph_v1_core_or_teamwork)]
const _: () = {
    rt::object::auto_traits::<crate::v1::TeamworkHostedContent>();
    rt::object::auto_traits::<crate::v1::ChatMessageHostedContent>();
};
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Poly for AnyTeamworkHostedContent {
    const BASE_NAME: &'static str = "microsoft.graph.teamworkHostedContent";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.chatMessageHostedContent") => {
                Self::ChatMessageHostedContent(rt::object::new_boxed())
            }
            _ => Self::TeamworkHostedContent(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::TeamworkHostedContent(v) => &**v,
            Self::ChatMessageHostedContent(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::TeamworkHostedContent(v) => &mut **v,
            Self::ChatMessageHostedContent(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl AnyTeamworkHostedContent {
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
            Self::TeamworkHostedContent(v) => &v.id,
            Self::ChatMessageHostedContent(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TeamworkHostedContent(v) => &mut v.id,
            Self::ChatMessageHostedContent(v) => &mut v.id,
        }
    }
    /// `contentBytes` of any variant.
    #[inline]
    pub fn content_bytes(&self) -> &rt::Field<rt::edm::Binary> {
        match self {
            Self::TeamworkHostedContent(v) => &v.content_bytes,
            Self::ChatMessageHostedContent(v) => &v.content_bytes,
        }
    }
    /// `contentBytes` of any variant.
    #[inline]
    pub fn content_bytes_mut(&mut self) -> &mut rt::Field<rt::edm::Binary> {
        match self {
            Self::TeamworkHostedContent(v) => &mut v.content_bytes,
            Self::ChatMessageHostedContent(v) => &mut v.content_bytes,
        }
    }
    /// `contentType` of any variant.
    #[inline]
    pub fn content_type(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TeamworkHostedContent(v) => &v.content_type,
            Self::ChatMessageHostedContent(v) => &v.content_type,
        }
    }
    /// `contentType` of any variant.
    #[inline]
    pub fn content_type_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TeamworkHostedContent(v) => &mut v.content_type,
            Self::ChatMessageHostedContent(v) => &mut v.content_type,
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_poly!(AnyTeamworkHostedContent);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyTeamworkHostedContent);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.teleconferenceDeviceAudioQuality`, complex type, derived from `microsoft.graph.teleconferenceDeviceMediaQuality`, open.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct TeleconferenceDeviceAudioQuality {
    /// CSDL: property `averageInboundJitter`: `Edm.Duration`, nullable.
    pub average_inbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageInboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub average_inbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `averageInboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub average_inbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageOutboundJitter`: `Edm.Duration`, nullable.
    pub average_outbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageOutboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub average_outbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `averageOutboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub average_outbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `channelIndex`: `Edm.Int32`, not nullable.
    pub channel_index: rt::Field<i32>,
    /// CSDL: property `inboundPackets`: `Edm.Int64`, nullable.
    pub inbound_packets: rt::Field<i64>,
    /// CSDL: property `localIPAddress`: `Edm.String`, nullable.
    pub local_ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `localPort`: `Edm.Int32`, nullable.
    pub local_port: rt::Field<i32>,
    /// CSDL: property `maximumInboundJitter`: `Edm.Duration`, nullable.
    pub maximum_inbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumInboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub maximum_inbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `maximumInboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub maximum_inbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumOutboundJitter`: `Edm.Duration`, nullable.
    pub maximum_outbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumOutboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub maximum_outbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `maximumOutboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub maximum_outbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `mediaDuration`: `Edm.Duration`, nullable.
    pub media_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `networkLinkSpeedInBytes`: `Edm.Int64`, nullable.
    pub network_link_speed_in_bytes: rt::Field<i64>,
    /// CSDL: property `outboundPackets`: `Edm.Int64`, nullable.
    pub outbound_packets: rt::Field<i64>,
    /// CSDL: property `remoteIPAddress`: `Edm.String`, nullable.
    pub remote_ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `remotePort`: `Edm.Int32`, nullable.
    pub remote_port: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for TeleconferenceDeviceAudioQuality {
    #[inline]
    fn default() -> Self {
        Self {
            average_inbound_jitter: rt::Field::Absent,
            average_inbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            average_inbound_round_trip_delay: rt::Field::Absent,
            average_outbound_jitter: rt::Field::Absent,
            average_outbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            average_outbound_round_trip_delay: rt::Field::Absent,
            channel_index: rt::Field::Absent,
            inbound_packets: rt::Field::Absent,
            local_ip_address: rt::Field::Absent,
            local_port: rt::Field::Absent,
            maximum_inbound_jitter: rt::Field::Absent,
            maximum_inbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            maximum_inbound_round_trip_delay: rt::Field::Absent,
            maximum_outbound_jitter: rt::Field::Absent,
            maximum_outbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            maximum_outbound_round_trip_delay: rt::Field::Absent,
            media_duration: rt::Field::Absent,
            network_link_speed_in_bytes: rt::Field::Absent,
            outbound_packets: rt::Field::Absent,
            remote_ip_address: rt::Field::Absent,
            remote_port: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for TeleconferenceDeviceAudioQuality {
    const TYPE_NAME: &'static str = "microsoft.graph.teleconferenceDeviceAudioQuality";
    const KEYS: &'static [&'static str] = &[
        "averageInboundJitter",
        "averageInboundPacketLossRateInPercentage",
        "averageInboundRoundTripDelay",
        "averageOutboundJitter",
        "averageOutboundPacketLossRateInPercentage",
        "averageOutboundRoundTripDelay",
        "channelIndex",
        "inboundPackets",
        "localIPAddress",
        "localPort",
        "maximumInboundJitter",
        "maximumInboundPacketLossRateInPercentage",
        "maximumInboundRoundTripDelay",
        "maximumOutboundJitter",
        "maximumOutboundPacketLossRateInPercentage",
        "maximumOutboundRoundTripDelay",
        "mediaDuration",
        "networkLinkSpeedInBytes",
        "outboundPackets",
        "remoteIPAddress",
        "remotePort",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"averageInboundJitter\":         ",
        ",\"averageInboundPacketLossRateInPercentage\":",
        ",\"averageInboundRoundTripDelay\": ",
        ",\"averageOutboundJitter\":        ",
        ",\"averageOutboundPacketLossRateInPercentage\":",
        ",\"averageOutboundRoundTripDelay\":",
        ",\"channelIndex\":                 ",
        ",\"inboundPackets\":               ",
        ",\"localIPAddress\":               ",
        ",\"localPort\":                    ",
        ",\"maximumInboundJitter\":         ",
        ",\"maximumInboundPacketLossRateInPercentage\":",
        ",\"maximumInboundRoundTripDelay\": ",
        ",\"maximumOutboundJitter\":        ",
        ",\"maximumOutboundPacketLossRateInPercentage\":",
        ",\"maximumOutboundRoundTripDelay\":",
        ",\"mediaDuration\":                ",
        ",\"networkLinkSpeedInBytes\":      ",
        ",\"outboundPackets\":              ",
        ",\"remoteIPAddress\":              ",
        ",\"remotePort\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teleconferenceDeviceAudioQuality\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "average_inbound_jitter", &self.average_inbound_jitter);
        v.field(
            1usize,
            "average_inbound_packet_loss_rate_in_percentage",
            &self.average_inbound_packet_loss_rate_in_percentage,
        );
        v.field(
            2usize,
            "average_inbound_round_trip_delay",
            &self.average_inbound_round_trip_delay,
        );
        v.field(3usize, "average_outbound_jitter", &self.average_outbound_jitter);
        v.field(
            4usize,
            "average_outbound_packet_loss_rate_in_percentage",
            &self.average_outbound_packet_loss_rate_in_percentage,
        );
        v.field(
            5usize,
            "average_outbound_round_trip_delay",
            &self.average_outbound_round_trip_delay,
        );
        v.field(6usize, "channel_index", &self.channel_index);
        v.field(7usize, "inbound_packets", &self.inbound_packets);
        v.field(8usize, "local_ip_address", &self.local_ip_address);
        v.field(9usize, "local_port", &self.local_port);
        v.field(10usize, "maximum_inbound_jitter", &self.maximum_inbound_jitter);
        v.field(
            11usize,
            "maximum_inbound_packet_loss_rate_in_percentage",
            &self.maximum_inbound_packet_loss_rate_in_percentage,
        );
        v.field(
            12usize,
            "maximum_inbound_round_trip_delay",
            &self.maximum_inbound_round_trip_delay,
        );
        v.field(13usize, "maximum_outbound_jitter", &self.maximum_outbound_jitter);
        v.field(
            14usize,
            "maximum_outbound_packet_loss_rate_in_percentage",
            &self.maximum_outbound_packet_loss_rate_in_percentage,
        );
        v.field(
            15usize,
            "maximum_outbound_round_trip_delay",
            &self.maximum_outbound_round_trip_delay,
        );
        v.field(16usize, "media_duration", &self.media_duration);
        v.field(
            17usize,
            "network_link_speed_in_bytes",
            &self.network_link_speed_in_bytes,
        );
        v.field(18usize, "outbound_packets", &self.outbound_packets);
        v.field(19usize, "remote_ip_address", &self.remote_ip_address);
        v.field(20usize, "remote_port", &self.remote_port);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for TeleconferenceDeviceAudioQuality {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.average_inbound_jitter.read_from(r),
            1usize => self.average_inbound_packet_loss_rate_in_percentage.read_from(r),
            2usize => self.average_inbound_round_trip_delay.read_from(r),
            3usize => self.average_outbound_jitter.read_from(r),
            4usize => self.average_outbound_packet_loss_rate_in_percentage.read_from(r),
            5usize => self.average_outbound_round_trip_delay.read_from(r),
            6usize => self.channel_index.read_from(r),
            7usize => self.inbound_packets.read_from(r),
            8usize => self.local_ip_address.read_from(r),
            9usize => self.local_port.read_from(r),
            10usize => self.maximum_inbound_jitter.read_from(r),
            11usize => self.maximum_inbound_packet_loss_rate_in_percentage.read_from(r),
            12usize => self.maximum_inbound_round_trip_delay.read_from(r),
            13usize => self.maximum_outbound_jitter.read_from(r),
            14usize => self.maximum_outbound_packet_loss_rate_in_percentage.read_from(r),
            15usize => self.maximum_outbound_round_trip_delay.read_from(r),
            16usize => self.media_duration.read_from(r),
            17usize => self.network_link_speed_in_bytes.read_from(r),
            18usize => self.outbound_packets.read_from(r),
            19usize => self.remote_ip_address.read_from(r),
            20usize => self.remote_port.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.average_inbound_jitter);
        w.field(1usize, &self.average_inbound_packet_loss_rate_in_percentage);
        w.field(2usize, &self.average_inbound_round_trip_delay);
        w.field(3usize, &self.average_outbound_jitter);
        w.field(4usize, &self.average_outbound_packet_loss_rate_in_percentage);
        w.field(5usize, &self.average_outbound_round_trip_delay);
        w.field(6usize, &self.channel_index);
        w.field(7usize, &self.inbound_packets);
        w.field(8usize, &self.local_ip_address);
        w.field(9usize, &self.local_port);
        w.field(10usize, &self.maximum_inbound_jitter);
        w.field(11usize, &self.maximum_inbound_packet_loss_rate_in_percentage);
        w.field(12usize, &self.maximum_inbound_round_trip_delay);
        w.field(13usize, &self.maximum_outbound_jitter);
        w.field(14usize, &self.maximum_outbound_packet_loss_rate_in_percentage);
        w.field(15usize, &self.maximum_outbound_round_trip_delay);
        w.field(16usize, &self.media_duration);
        w.field(17usize, &self.network_link_speed_in_bytes);
        w.field(18usize, &self.outbound_packets);
        w.field(19usize, &self.remote_ip_address);
        w.field(20usize, &self.remote_port);
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(TeleconferenceDeviceAudioQuality);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    TeleconferenceDeviceAudioQuality { with_average_inbound_jitter average_inbound_jitter
    : rt::edm::Duration; with_average_inbound_packet_loss_rate_in_percentage
    average_inbound_packet_loss_rate_in_percentage : f64;
    with_average_inbound_round_trip_delay average_inbound_round_trip_delay :
    rt::edm::Duration; with_average_outbound_jitter average_outbound_jitter :
    rt::edm::Duration; with_average_outbound_packet_loss_rate_in_percentage
    average_outbound_packet_loss_rate_in_percentage : f64;
    with_average_outbound_round_trip_delay average_outbound_round_trip_delay :
    rt::edm::Duration; with_channel_index channel_index : i32; with_inbound_packets
    inbound_packets : i64; with_local_ip_address local_ip_address :
    ::std::string::String; with_local_port local_port : i32; with_maximum_inbound_jitter
    maximum_inbound_jitter : rt::edm::Duration;
    with_maximum_inbound_packet_loss_rate_in_percentage
    maximum_inbound_packet_loss_rate_in_percentage : f64;
    with_maximum_inbound_round_trip_delay maximum_inbound_round_trip_delay :
    rt::edm::Duration; with_maximum_outbound_jitter maximum_outbound_jitter :
    rt::edm::Duration; with_maximum_outbound_packet_loss_rate_in_percentage
    maximum_outbound_packet_loss_rate_in_percentage : f64;
    with_maximum_outbound_round_trip_delay maximum_outbound_round_trip_delay :
    rt::edm::Duration; with_media_duration media_duration : rt::edm::Duration;
    with_network_link_speed_in_bytes network_link_speed_in_bytes : i64;
    with_outbound_packets outbound_packets : i64; with_remote_ip_address
    remote_ip_address : ::std::string::String; with_remote_port remote_port : i32; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeleconferenceDeviceAudioQuality);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.teleconferenceDeviceMediaQuality`, complex type, abstract, open.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct TeleconferenceDeviceMediaQuality {
    /// CSDL: property `averageInboundJitter`: `Edm.Duration`, nullable.
    pub average_inbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageInboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub average_inbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `averageInboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub average_inbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageOutboundJitter`: `Edm.Duration`, nullable.
    pub average_outbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageOutboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub average_outbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `averageOutboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub average_outbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `channelIndex`: `Edm.Int32`, not nullable.
    pub channel_index: rt::Field<i32>,
    /// CSDL: property `inboundPackets`: `Edm.Int64`, nullable.
    pub inbound_packets: rt::Field<i64>,
    /// CSDL: property `localIPAddress`: `Edm.String`, nullable.
    pub local_ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `localPort`: `Edm.Int32`, nullable.
    pub local_port: rt::Field<i32>,
    /// CSDL: property `maximumInboundJitter`: `Edm.Duration`, nullable.
    pub maximum_inbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumInboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub maximum_inbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `maximumInboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub maximum_inbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumOutboundJitter`: `Edm.Duration`, nullable.
    pub maximum_outbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumOutboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub maximum_outbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `maximumOutboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub maximum_outbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `mediaDuration`: `Edm.Duration`, nullable.
    pub media_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `networkLinkSpeedInBytes`: `Edm.Int64`, nullable.
    pub network_link_speed_in_bytes: rt::Field<i64>,
    /// CSDL: property `outboundPackets`: `Edm.Int64`, nullable.
    pub outbound_packets: rt::Field<i64>,
    /// CSDL: property `remoteIPAddress`: `Edm.String`, nullable.
    pub remote_ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `remotePort`: `Edm.Int32`, nullable.
    pub remote_port: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for TeleconferenceDeviceMediaQuality {
    #[inline]
    fn default() -> Self {
        Self {
            average_inbound_jitter: rt::Field::Absent,
            average_inbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            average_inbound_round_trip_delay: rt::Field::Absent,
            average_outbound_jitter: rt::Field::Absent,
            average_outbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            average_outbound_round_trip_delay: rt::Field::Absent,
            channel_index: rt::Field::Absent,
            inbound_packets: rt::Field::Absent,
            local_ip_address: rt::Field::Absent,
            local_port: rt::Field::Absent,
            maximum_inbound_jitter: rt::Field::Absent,
            maximum_inbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            maximum_inbound_round_trip_delay: rt::Field::Absent,
            maximum_outbound_jitter: rt::Field::Absent,
            maximum_outbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            maximum_outbound_round_trip_delay: rt::Field::Absent,
            media_duration: rt::Field::Absent,
            network_link_speed_in_bytes: rt::Field::Absent,
            outbound_packets: rt::Field::Absent,
            remote_ip_address: rt::Field::Absent,
            remote_port: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for TeleconferenceDeviceMediaQuality {
    const TYPE_NAME: &'static str = "microsoft.graph.teleconferenceDeviceMediaQuality";
    const KEYS: &'static [&'static str] = &[
        "averageInboundJitter",
        "averageInboundPacketLossRateInPercentage",
        "averageInboundRoundTripDelay",
        "averageOutboundJitter",
        "averageOutboundPacketLossRateInPercentage",
        "averageOutboundRoundTripDelay",
        "channelIndex",
        "inboundPackets",
        "localIPAddress",
        "localPort",
        "maximumInboundJitter",
        "maximumInboundPacketLossRateInPercentage",
        "maximumInboundRoundTripDelay",
        "maximumOutboundJitter",
        "maximumOutboundPacketLossRateInPercentage",
        "maximumOutboundRoundTripDelay",
        "mediaDuration",
        "networkLinkSpeedInBytes",
        "outboundPackets",
        "remoteIPAddress",
        "remotePort",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"averageInboundJitter\":         ",
        ",\"averageInboundPacketLossRateInPercentage\":",
        ",\"averageInboundRoundTripDelay\": ",
        ",\"averageOutboundJitter\":        ",
        ",\"averageOutboundPacketLossRateInPercentage\":",
        ",\"averageOutboundRoundTripDelay\":",
        ",\"channelIndex\":                 ",
        ",\"inboundPackets\":               ",
        ",\"localIPAddress\":               ",
        ",\"localPort\":                    ",
        ",\"maximumInboundJitter\":         ",
        ",\"maximumInboundPacketLossRateInPercentage\":",
        ",\"maximumInboundRoundTripDelay\": ",
        ",\"maximumOutboundJitter\":        ",
        ",\"maximumOutboundPacketLossRateInPercentage\":",
        ",\"maximumOutboundRoundTripDelay\":",
        ",\"mediaDuration\":                ",
        ",\"networkLinkSpeedInBytes\":      ",
        ",\"outboundPackets\":              ",
        ",\"remoteIPAddress\":              ",
        ",\"remotePort\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teleconferenceDeviceMediaQuality\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "average_inbound_jitter", &self.average_inbound_jitter);
        v.field(
            1usize,
            "average_inbound_packet_loss_rate_in_percentage",
            &self.average_inbound_packet_loss_rate_in_percentage,
        );
        v.field(
            2usize,
            "average_inbound_round_trip_delay",
            &self.average_inbound_round_trip_delay,
        );
        v.field(3usize, "average_outbound_jitter", &self.average_outbound_jitter);
        v.field(
            4usize,
            "average_outbound_packet_loss_rate_in_percentage",
            &self.average_outbound_packet_loss_rate_in_percentage,
        );
        v.field(
            5usize,
            "average_outbound_round_trip_delay",
            &self.average_outbound_round_trip_delay,
        );
        v.field(6usize, "channel_index", &self.channel_index);
        v.field(7usize, "inbound_packets", &self.inbound_packets);
        v.field(8usize, "local_ip_address", &self.local_ip_address);
        v.field(9usize, "local_port", &self.local_port);
        v.field(10usize, "maximum_inbound_jitter", &self.maximum_inbound_jitter);
        v.field(
            11usize,
            "maximum_inbound_packet_loss_rate_in_percentage",
            &self.maximum_inbound_packet_loss_rate_in_percentage,
        );
        v.field(
            12usize,
            "maximum_inbound_round_trip_delay",
            &self.maximum_inbound_round_trip_delay,
        );
        v.field(13usize, "maximum_outbound_jitter", &self.maximum_outbound_jitter);
        v.field(
            14usize,
            "maximum_outbound_packet_loss_rate_in_percentage",
            &self.maximum_outbound_packet_loss_rate_in_percentage,
        );
        v.field(
            15usize,
            "maximum_outbound_round_trip_delay",
            &self.maximum_outbound_round_trip_delay,
        );
        v.field(16usize, "media_duration", &self.media_duration);
        v.field(
            17usize,
            "network_link_speed_in_bytes",
            &self.network_link_speed_in_bytes,
        );
        v.field(18usize, "outbound_packets", &self.outbound_packets);
        v.field(19usize, "remote_ip_address", &self.remote_ip_address);
        v.field(20usize, "remote_port", &self.remote_port);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for TeleconferenceDeviceMediaQuality {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.average_inbound_jitter.read_from(r),
            1usize => self.average_inbound_packet_loss_rate_in_percentage.read_from(r),
            2usize => self.average_inbound_round_trip_delay.read_from(r),
            3usize => self.average_outbound_jitter.read_from(r),
            4usize => self.average_outbound_packet_loss_rate_in_percentage.read_from(r),
            5usize => self.average_outbound_round_trip_delay.read_from(r),
            6usize => self.channel_index.read_from(r),
            7usize => self.inbound_packets.read_from(r),
            8usize => self.local_ip_address.read_from(r),
            9usize => self.local_port.read_from(r),
            10usize => self.maximum_inbound_jitter.read_from(r),
            11usize => self.maximum_inbound_packet_loss_rate_in_percentage.read_from(r),
            12usize => self.maximum_inbound_round_trip_delay.read_from(r),
            13usize => self.maximum_outbound_jitter.read_from(r),
            14usize => self.maximum_outbound_packet_loss_rate_in_percentage.read_from(r),
            15usize => self.maximum_outbound_round_trip_delay.read_from(r),
            16usize => self.media_duration.read_from(r),
            17usize => self.network_link_speed_in_bytes.read_from(r),
            18usize => self.outbound_packets.read_from(r),
            19usize => self.remote_ip_address.read_from(r),
            20usize => self.remote_port.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.average_inbound_jitter);
        w.field(1usize, &self.average_inbound_packet_loss_rate_in_percentage);
        w.field(2usize, &self.average_inbound_round_trip_delay);
        w.field(3usize, &self.average_outbound_jitter);
        w.field(4usize, &self.average_outbound_packet_loss_rate_in_percentage);
        w.field(5usize, &self.average_outbound_round_trip_delay);
        w.field(6usize, &self.channel_index);
        w.field(7usize, &self.inbound_packets);
        w.field(8usize, &self.local_ip_address);
        w.field(9usize, &self.local_port);
        w.field(10usize, &self.maximum_inbound_jitter);
        w.field(11usize, &self.maximum_inbound_packet_loss_rate_in_percentage);
        w.field(12usize, &self.maximum_inbound_round_trip_delay);
        w.field(13usize, &self.maximum_outbound_jitter);
        w.field(14usize, &self.maximum_outbound_packet_loss_rate_in_percentage);
        w.field(15usize, &self.maximum_outbound_round_trip_delay);
        w.field(16usize, &self.media_duration);
        w.field(17usize, &self.network_link_speed_in_bytes);
        w.field(18usize, &self.outbound_packets);
        w.field(19usize, &self.remote_ip_address);
        w.field(20usize, &self.remote_port);
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(TeleconferenceDeviceMediaQuality);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    TeleconferenceDeviceMediaQuality { with_average_inbound_jitter average_inbound_jitter
    : rt::edm::Duration; with_average_inbound_packet_loss_rate_in_percentage
    average_inbound_packet_loss_rate_in_percentage : f64;
    with_average_inbound_round_trip_delay average_inbound_round_trip_delay :
    rt::edm::Duration; with_average_outbound_jitter average_outbound_jitter :
    rt::edm::Duration; with_average_outbound_packet_loss_rate_in_percentage
    average_outbound_packet_loss_rate_in_percentage : f64;
    with_average_outbound_round_trip_delay average_outbound_round_trip_delay :
    rt::edm::Duration; with_channel_index channel_index : i32; with_inbound_packets
    inbound_packets : i64; with_local_ip_address local_ip_address :
    ::std::string::String; with_local_port local_port : i32; with_maximum_inbound_jitter
    maximum_inbound_jitter : rt::edm::Duration;
    with_maximum_inbound_packet_loss_rate_in_percentage
    maximum_inbound_packet_loss_rate_in_percentage : f64;
    with_maximum_inbound_round_trip_delay maximum_inbound_round_trip_delay :
    rt::edm::Duration; with_maximum_outbound_jitter maximum_outbound_jitter :
    rt::edm::Duration; with_maximum_outbound_packet_loss_rate_in_percentage
    maximum_outbound_packet_loss_rate_in_percentage : f64;
    with_maximum_outbound_round_trip_delay maximum_outbound_round_trip_delay :
    rt::edm::Duration; with_media_duration media_duration : rt::edm::Duration;
    with_network_link_speed_in_bytes network_link_speed_in_bytes : i64;
    with_outbound_packets outbound_packets : i64; with_remote_ip_address
    remote_ip_address : ::std::string::String; with_remote_port remote_port : i32; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeleconferenceDeviceMediaQuality);
#[cfg(msgraph_v1_communications_or_search)]
/// `microsoft.graph.teleconferenceDeviceMediaQuality` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyTeleconferenceDeviceMediaQuality {
    TeleconferenceDeviceMediaQuality(
        ::std::boxed::Box<crate::v1::TeleconferenceDeviceMediaQuality>,
    ),
    TeleconferenceDeviceAudioQuality(
        ::std::boxed::Box<crate::v1::TeleconferenceDeviceAudioQuality>,
    ),
    TeleconferenceDeviceScreenSharingQuality(
        ::std::boxed::Box<crate::v1::TeleconferenceDeviceScreenSharingQuality>,
    ),
    TeleconferenceDeviceVideoQuality(
        ::std::boxed::Box<crate::v1::TeleconferenceDeviceVideoQuality>,
    ),
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for AnyTeleconferenceDeviceMediaQuality {
    #[inline]
    fn default() -> Self {
        Self::TeleconferenceDeviceMediaQuality(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeleconferenceDeviceMediaQuality>
for AnyTeleconferenceDeviceMediaQuality {
    #[inline]
    fn from(v: crate::v1::TeleconferenceDeviceMediaQuality) -> Self {
        Self::TeleconferenceDeviceMediaQuality(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeleconferenceDeviceAudioQuality>
for AnyTeleconferenceDeviceMediaQuality {
    #[inline]
    fn from(v: crate::v1::TeleconferenceDeviceAudioQuality) -> Self {
        Self::TeleconferenceDeviceAudioQuality(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeleconferenceDeviceScreenSharingQuality>
for AnyTeleconferenceDeviceMediaQuality {
    #[inline]
    fn from(v: crate::v1::TeleconferenceDeviceScreenSharingQuality) -> Self {
        Self::TeleconferenceDeviceScreenSharingQuality(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeleconferenceDeviceVideoQuality>
for AnyTeleconferenceDeviceMediaQuality {
    #[inline]
    fn from(v: crate::v1::TeleconferenceDeviceVideoQuality) -> Self {
        Self::TeleconferenceDeviceVideoQuality(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
unsafe impl ::std::marker::Send for AnyTeleconferenceDeviceMediaQuality {}
#[cfg(msgraph_v1_communications_or_search)]
unsafe impl ::std::marker::Sync for AnyTeleconferenceDeviceMediaQuality {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::marker::Unpin for AnyTeleconferenceDeviceMediaQuality {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::panic::UnwindSafe for AnyTeleconferenceDeviceMediaQuality {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::panic::RefUnwindSafe for AnyTeleconferenceDeviceMediaQuality {}
#[cfg(msgraph_v1_communications_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::TeleconferenceDeviceMediaQuality>();
    rt::object::auto_traits::<crate::v1::TeleconferenceDeviceAudioQuality>();
    rt::object::auto_traits::<crate::v1::TeleconferenceDeviceScreenSharingQuality>();
    rt::object::auto_traits::<crate::v1::TeleconferenceDeviceVideoQuality>();
};
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Poly for AnyTeleconferenceDeviceMediaQuality {
    const BASE_NAME: &'static str = "microsoft.graph.teleconferenceDeviceMediaQuality";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.teleconferenceDeviceAudioQuality",
            ) => Self::TeleconferenceDeviceAudioQuality(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.teleconferenceDeviceScreenSharingQuality",
            ) => Self::TeleconferenceDeviceScreenSharingQuality(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.teleconferenceDeviceVideoQuality",
            ) => Self::TeleconferenceDeviceVideoQuality(rt::object::new_boxed()),
            _ => Self::TeleconferenceDeviceMediaQuality(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &**v,
            Self::TeleconferenceDeviceAudioQuality(v) => &**v,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &**v,
            Self::TeleconferenceDeviceVideoQuality(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut **v,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut **v,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut **v,
            Self::TeleconferenceDeviceVideoQuality(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl AnyTeleconferenceDeviceMediaQuality {
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
    /// `averageInboundJitter` of any variant.
    #[inline]
    pub fn average_inbound_jitter(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.average_inbound_jitter,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.average_inbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_inbound_jitter
            }
            Self::TeleconferenceDeviceVideoQuality(v) => &v.average_inbound_jitter,
        }
    }
    /// `averageInboundJitter` of any variant.
    #[inline]
    pub fn average_inbound_jitter_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.average_inbound_jitter,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.average_inbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_inbound_jitter
            }
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.average_inbound_jitter,
        }
    }
    /// `averageInboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn average_inbound_packet_loss_rate_in_percentage(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &v.average_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &v.average_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.average_inbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `averageInboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn average_inbound_packet_loss_rate_in_percentage_mut(
        &mut self,
    ) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &mut v.average_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &mut v.average_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.average_inbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `averageInboundRoundTripDelay` of any variant.
    #[inline]
    pub fn average_inbound_round_trip_delay(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &v.average_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &v.average_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.average_inbound_round_trip_delay
            }
        }
    }
    /// `averageInboundRoundTripDelay` of any variant.
    #[inline]
    pub fn average_inbound_round_trip_delay_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &mut v.average_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &mut v.average_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.average_inbound_round_trip_delay
            }
        }
    }
    /// `averageOutboundJitter` of any variant.
    #[inline]
    pub fn average_outbound_jitter(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.average_outbound_jitter,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.average_outbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_outbound_jitter
            }
            Self::TeleconferenceDeviceVideoQuality(v) => &v.average_outbound_jitter,
        }
    }
    /// `averageOutboundJitter` of any variant.
    #[inline]
    pub fn average_outbound_jitter_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.average_outbound_jitter,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.average_outbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_outbound_jitter
            }
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.average_outbound_jitter,
        }
    }
    /// `averageOutboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn average_outbound_packet_loss_rate_in_percentage(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &v.average_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &v.average_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.average_outbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `averageOutboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn average_outbound_packet_loss_rate_in_percentage_mut(
        &mut self,
    ) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &mut v.average_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &mut v.average_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.average_outbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `averageOutboundRoundTripDelay` of any variant.
    #[inline]
    pub fn average_outbound_round_trip_delay(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &v.average_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &v.average_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.average_outbound_round_trip_delay
            }
        }
    }
    /// `averageOutboundRoundTripDelay` of any variant.
    #[inline]
    pub fn average_outbound_round_trip_delay_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &mut v.average_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &mut v.average_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.average_outbound_round_trip_delay
            }
        }
    }
    /// `channelIndex` of any variant.
    #[inline]
    pub fn channel_index(&self) -> &rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.channel_index,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.channel_index,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.channel_index,
            Self::TeleconferenceDeviceVideoQuality(v) => &v.channel_index,
        }
    }
    /// `channelIndex` of any variant.
    #[inline]
    pub fn channel_index_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.channel_index,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.channel_index,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.channel_index,
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.channel_index,
        }
    }
    /// `inboundPackets` of any variant.
    #[inline]
    pub fn inbound_packets(&self) -> &rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.inbound_packets,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.inbound_packets,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.inbound_packets,
            Self::TeleconferenceDeviceVideoQuality(v) => &v.inbound_packets,
        }
    }
    /// `inboundPackets` of any variant.
    #[inline]
    pub fn inbound_packets_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.inbound_packets,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.inbound_packets,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.inbound_packets,
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.inbound_packets,
        }
    }
    /// `localIPAddress` of any variant.
    #[inline]
    pub fn local_ip_address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.local_ip_address,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.local_ip_address,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.local_ip_address,
            Self::TeleconferenceDeviceVideoQuality(v) => &v.local_ip_address,
        }
    }
    /// `localIPAddress` of any variant.
    #[inline]
    pub fn local_ip_address_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.local_ip_address,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.local_ip_address,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.local_ip_address,
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.local_ip_address,
        }
    }
    /// `localPort` of any variant.
    #[inline]
    pub fn local_port(&self) -> &rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.local_port,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.local_port,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.local_port,
            Self::TeleconferenceDeviceVideoQuality(v) => &v.local_port,
        }
    }
    /// `localPort` of any variant.
    #[inline]
    pub fn local_port_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.local_port,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.local_port,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.local_port,
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.local_port,
        }
    }
    /// `maximumInboundJitter` of any variant.
    #[inline]
    pub fn maximum_inbound_jitter(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.maximum_inbound_jitter,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.maximum_inbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_inbound_jitter
            }
            Self::TeleconferenceDeviceVideoQuality(v) => &v.maximum_inbound_jitter,
        }
    }
    /// `maximumInboundJitter` of any variant.
    #[inline]
    pub fn maximum_inbound_jitter_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.maximum_inbound_jitter,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.maximum_inbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_inbound_jitter
            }
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.maximum_inbound_jitter,
        }
    }
    /// `maximumInboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn maximum_inbound_packet_loss_rate_in_percentage(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &v.maximum_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &v.maximum_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.maximum_inbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `maximumInboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn maximum_inbound_packet_loss_rate_in_percentage_mut(
        &mut self,
    ) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &mut v.maximum_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &mut v.maximum_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.maximum_inbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `maximumInboundRoundTripDelay` of any variant.
    #[inline]
    pub fn maximum_inbound_round_trip_delay(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &v.maximum_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &v.maximum_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.maximum_inbound_round_trip_delay
            }
        }
    }
    /// `maximumInboundRoundTripDelay` of any variant.
    #[inline]
    pub fn maximum_inbound_round_trip_delay_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &mut v.maximum_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &mut v.maximum_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.maximum_inbound_round_trip_delay
            }
        }
    }
    /// `maximumOutboundJitter` of any variant.
    #[inline]
    pub fn maximum_outbound_jitter(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.maximum_outbound_jitter,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.maximum_outbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_outbound_jitter
            }
            Self::TeleconferenceDeviceVideoQuality(v) => &v.maximum_outbound_jitter,
        }
    }
    /// `maximumOutboundJitter` of any variant.
    #[inline]
    pub fn maximum_outbound_jitter_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.maximum_outbound_jitter,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.maximum_outbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_outbound_jitter
            }
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.maximum_outbound_jitter,
        }
    }
    /// `maximumOutboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn maximum_outbound_packet_loss_rate_in_percentage(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &v.maximum_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &v.maximum_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.maximum_outbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `maximumOutboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn maximum_outbound_packet_loss_rate_in_percentage_mut(
        &mut self,
    ) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &mut v.maximum_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &mut v.maximum_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.maximum_outbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `maximumOutboundRoundTripDelay` of any variant.
    #[inline]
    pub fn maximum_outbound_round_trip_delay(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &v.maximum_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &v.maximum_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.maximum_outbound_round_trip_delay
            }
        }
    }
    /// `maximumOutboundRoundTripDelay` of any variant.
    #[inline]
    pub fn maximum_outbound_round_trip_delay_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &mut v.maximum_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &mut v.maximum_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.maximum_outbound_round_trip_delay
            }
        }
    }
    /// `mediaDuration` of any variant.
    #[inline]
    pub fn media_duration(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.media_duration,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.media_duration,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.media_duration,
            Self::TeleconferenceDeviceVideoQuality(v) => &v.media_duration,
        }
    }
    /// `mediaDuration` of any variant.
    #[inline]
    pub fn media_duration_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.media_duration,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.media_duration,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.media_duration,
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.media_duration,
        }
    }
    /// `networkLinkSpeedInBytes` of any variant.
    #[inline]
    pub fn network_link_speed_in_bytes(&self) -> &rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.network_link_speed_in_bytes,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.network_link_speed_in_bytes,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.network_link_speed_in_bytes
            }
            Self::TeleconferenceDeviceVideoQuality(v) => &v.network_link_speed_in_bytes,
        }
    }
    /// `networkLinkSpeedInBytes` of any variant.
    #[inline]
    pub fn network_link_speed_in_bytes_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => {
                &mut v.network_link_speed_in_bytes
            }
            Self::TeleconferenceDeviceAudioQuality(v) => {
                &mut v.network_link_speed_in_bytes
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.network_link_speed_in_bytes
            }
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.network_link_speed_in_bytes
            }
        }
    }
    /// `outboundPackets` of any variant.
    #[inline]
    pub fn outbound_packets(&self) -> &rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.outbound_packets,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.outbound_packets,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.outbound_packets,
            Self::TeleconferenceDeviceVideoQuality(v) => &v.outbound_packets,
        }
    }
    /// `outboundPackets` of any variant.
    #[inline]
    pub fn outbound_packets_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.outbound_packets,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.outbound_packets,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.outbound_packets,
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.outbound_packets,
        }
    }
    /// `remoteIPAddress` of any variant.
    #[inline]
    pub fn remote_ip_address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.remote_ip_address,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.remote_ip_address,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.remote_ip_address,
            Self::TeleconferenceDeviceVideoQuality(v) => &v.remote_ip_address,
        }
    }
    /// `remoteIPAddress` of any variant.
    #[inline]
    pub fn remote_ip_address_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.remote_ip_address,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.remote_ip_address,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.remote_ip_address,
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.remote_ip_address,
        }
    }
    /// `remotePort` of any variant.
    #[inline]
    pub fn remote_port(&self) -> &rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &v.remote_port,
            Self::TeleconferenceDeviceAudioQuality(v) => &v.remote_port,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.remote_port,
            Self::TeleconferenceDeviceVideoQuality(v) => &v.remote_port,
        }
    }
    /// `remotePort` of any variant.
    #[inline]
    pub fn remote_port_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceMediaQuality(v) => &mut v.remote_port,
            Self::TeleconferenceDeviceAudioQuality(v) => &mut v.remote_port,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.remote_port,
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.remote_port,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_poly!(AnyTeleconferenceDeviceMediaQuality);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyTeleconferenceDeviceMediaQuality);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.teleconferenceDeviceQuality`, complex type, open.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct TeleconferenceDeviceQuality {
    /// CSDL: property `callChainId`: `Edm.Guid`, not nullable.
    pub call_chain_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `cloudServiceDeploymentEnvironment`: `Edm.String`, nullable.
    pub cloud_service_deployment_environment: rt::Field<::std::string::String>,
    /// CSDL: property `cloudServiceDeploymentId`: `Edm.String`, nullable.
    pub cloud_service_deployment_id: rt::Field<::std::string::String>,
    /// CSDL: property `cloudServiceInstanceName`: `Edm.String`, nullable.
    pub cloud_service_instance_name: rt::Field<::std::string::String>,
    /// CSDL: property `cloudServiceName`: `Edm.String`, nullable.
    pub cloud_service_name: rt::Field<::std::string::String>,
    /// CSDL: property `deviceDescription`: `Edm.String`, not nullable.
    pub device_description: rt::Field<::std::string::String>,
    /// CSDL: property `deviceName`: `Edm.String`, not nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// CSDL: property `mediaLegId`: `Edm.Guid`, not nullable.
    pub media_leg_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `mediaQualityList`: `Collection(microsoft.graph.teleconferenceDeviceMediaQuality)`, not nullable.
    pub media_quality_list: rt::Field<
        ::std::vec::Vec<crate::v1::AnyTeleconferenceDeviceMediaQuality>,
    >,
    /// CSDL: property `participantId`: `Edm.Guid`, not nullable.
    pub participant_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for TeleconferenceDeviceQuality {
    #[inline]
    fn default() -> Self {
        Self {
            call_chain_id: rt::Field::Absent,
            cloud_service_deployment_environment: rt::Field::Absent,
            cloud_service_deployment_id: rt::Field::Absent,
            cloud_service_instance_name: rt::Field::Absent,
            cloud_service_name: rt::Field::Absent,
            device_description: rt::Field::Absent,
            device_name: rt::Field::Absent,
            media_leg_id: rt::Field::Absent,
            media_quality_list: rt::Field::Absent,
            participant_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for TeleconferenceDeviceQuality {
    const TYPE_NAME: &'static str = "microsoft.graph.teleconferenceDeviceQuality";
    const KEYS: &'static [&'static str] = &[
        "callChainId",
        "cloudServiceDeploymentEnvironment",
        "cloudServiceDeploymentId",
        "cloudServiceInstanceName",
        "cloudServiceName",
        "deviceDescription",
        "deviceName",
        "mediaLegId",
        "mediaQualityList",
        "participantId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"callChainId\":                  ",
        ",\"cloudServiceDeploymentEnvironment\":",
        ",\"cloudServiceDeploymentId\":     ",
        ",\"cloudServiceInstanceName\":     ",
        ",\"cloudServiceName\":             ",
        ",\"deviceDescription\":            ",
        ",\"deviceName\":                   ",
        ",\"mediaLegId\":                   ",
        ",\"mediaQualityList\":             ",
        ",\"participantId\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teleconferenceDeviceQuality\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "call_chain_id", &self.call_chain_id);
        v.field(
            1usize,
            "cloud_service_deployment_environment",
            &self.cloud_service_deployment_environment,
        );
        v.field(
            2usize,
            "cloud_service_deployment_id",
            &self.cloud_service_deployment_id,
        );
        v.field(
            3usize,
            "cloud_service_instance_name",
            &self.cloud_service_instance_name,
        );
        v.field(4usize, "cloud_service_name", &self.cloud_service_name);
        v.field(5usize, "device_description", &self.device_description);
        v.field(6usize, "device_name", &self.device_name);
        v.field(7usize, "media_leg_id", &self.media_leg_id);
        v.field(8usize, "media_quality_list", &self.media_quality_list);
        v.field(9usize, "participant_id", &self.participant_id);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for TeleconferenceDeviceQuality {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.call_chain_id.read_from(r),
            1usize => self.cloud_service_deployment_environment.read_from(r),
            2usize => self.cloud_service_deployment_id.read_from(r),
            3usize => self.cloud_service_instance_name.read_from(r),
            4usize => self.cloud_service_name.read_from(r),
            5usize => self.device_description.read_from(r),
            6usize => self.device_name.read_from(r),
            7usize => self.media_leg_id.read_from(r),
            8usize => self.media_quality_list.read_from(r),
            9usize => self.participant_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.call_chain_id);
        w.field(1usize, &self.cloud_service_deployment_environment);
        w.field(2usize, &self.cloud_service_deployment_id);
        w.field(3usize, &self.cloud_service_instance_name);
        w.field(4usize, &self.cloud_service_name);
        w.field(5usize, &self.device_description);
        w.field(6usize, &self.device_name);
        w.field(7usize, &self.media_leg_id);
        w.field(8usize, &self.media_quality_list);
        w.field(9usize, &self.participant_id);
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(TeleconferenceDeviceQuality);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    TeleconferenceDeviceQuality { with_call_chain_id call_chain_id : rt::edm::Guid;
    with_cloud_service_deployment_environment cloud_service_deployment_environment :
    ::std::string::String; with_cloud_service_deployment_id cloud_service_deployment_id :
    ::std::string::String; with_cloud_service_instance_name cloud_service_instance_name :
    ::std::string::String; with_cloud_service_name cloud_service_name :
    ::std::string::String; with_device_description device_description :
    ::std::string::String; with_device_name device_name : ::std::string::String;
    with_media_leg_id media_leg_id : rt::edm::Guid; with_media_quality_list
    media_quality_list : ::std::vec::Vec < crate
    ::v1::AnyTeleconferenceDeviceMediaQuality >; with_participant_id participant_id :
    rt::edm::Guid; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeleconferenceDeviceQuality);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.teleconferenceDeviceScreenSharingQuality`, complex type, derived from `microsoft.graph.teleconferenceDeviceVideoQuality`, open.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct TeleconferenceDeviceScreenSharingQuality {
    /// CSDL: property `averageInboundJitter`: `Edm.Duration`, nullable.
    pub average_inbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageInboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub average_inbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `averageInboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub average_inbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageOutboundJitter`: `Edm.Duration`, nullable.
    pub average_outbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageOutboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub average_outbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `averageOutboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub average_outbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `channelIndex`: `Edm.Int32`, not nullable.
    pub channel_index: rt::Field<i32>,
    /// CSDL: property `inboundPackets`: `Edm.Int64`, nullable.
    pub inbound_packets: rt::Field<i64>,
    /// CSDL: property `localIPAddress`: `Edm.String`, nullable.
    pub local_ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `localPort`: `Edm.Int32`, nullable.
    pub local_port: rt::Field<i32>,
    /// CSDL: property `maximumInboundJitter`: `Edm.Duration`, nullable.
    pub maximum_inbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumInboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub maximum_inbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `maximumInboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub maximum_inbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumOutboundJitter`: `Edm.Duration`, nullable.
    pub maximum_outbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumOutboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub maximum_outbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `maximumOutboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub maximum_outbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `mediaDuration`: `Edm.Duration`, nullable.
    pub media_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `networkLinkSpeedInBytes`: `Edm.Int64`, nullable.
    pub network_link_speed_in_bytes: rt::Field<i64>,
    /// CSDL: property `outboundPackets`: `Edm.Int64`, nullable.
    pub outbound_packets: rt::Field<i64>,
    /// CSDL: property `remoteIPAddress`: `Edm.String`, nullable.
    pub remote_ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `remotePort`: `Edm.Int32`, nullable.
    pub remote_port: rt::Field<i32>,
    /// CSDL: property `averageInboundBitRate`: `Edm.Double`, nullable.
    pub average_inbound_bit_rate: rt::Field<f64>,
    /// CSDL: property `averageInboundFrameRate`: `Edm.Double`, nullable.
    pub average_inbound_frame_rate: rt::Field<f64>,
    /// CSDL: property `averageOutboundBitRate`: `Edm.Double`, nullable.
    pub average_outbound_bit_rate: rt::Field<f64>,
    /// CSDL: property `averageOutboundFrameRate`: `Edm.Double`, nullable.
    pub average_outbound_frame_rate: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for TeleconferenceDeviceScreenSharingQuality {
    #[inline]
    fn default() -> Self {
        Self {
            average_inbound_jitter: rt::Field::Absent,
            average_inbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            average_inbound_round_trip_delay: rt::Field::Absent,
            average_outbound_jitter: rt::Field::Absent,
            average_outbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            average_outbound_round_trip_delay: rt::Field::Absent,
            channel_index: rt::Field::Absent,
            inbound_packets: rt::Field::Absent,
            local_ip_address: rt::Field::Absent,
            local_port: rt::Field::Absent,
            maximum_inbound_jitter: rt::Field::Absent,
            maximum_inbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            maximum_inbound_round_trip_delay: rt::Field::Absent,
            maximum_outbound_jitter: rt::Field::Absent,
            maximum_outbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            maximum_outbound_round_trip_delay: rt::Field::Absent,
            media_duration: rt::Field::Absent,
            network_link_speed_in_bytes: rt::Field::Absent,
            outbound_packets: rt::Field::Absent,
            remote_ip_address: rt::Field::Absent,
            remote_port: rt::Field::Absent,
            average_inbound_bit_rate: rt::Field::Absent,
            average_inbound_frame_rate: rt::Field::Absent,
            average_outbound_bit_rate: rt::Field::Absent,
            average_outbound_frame_rate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for TeleconferenceDeviceScreenSharingQuality {
    const TYPE_NAME: &'static str = "microsoft.graph.teleconferenceDeviceScreenSharingQuality";
    const KEYS: &'static [&'static str] = &[
        "averageInboundJitter",
        "averageInboundPacketLossRateInPercentage",
        "averageInboundRoundTripDelay",
        "averageOutboundJitter",
        "averageOutboundPacketLossRateInPercentage",
        "averageOutboundRoundTripDelay",
        "channelIndex",
        "inboundPackets",
        "localIPAddress",
        "localPort",
        "maximumInboundJitter",
        "maximumInboundPacketLossRateInPercentage",
        "maximumInboundRoundTripDelay",
        "maximumOutboundJitter",
        "maximumOutboundPacketLossRateInPercentage",
        "maximumOutboundRoundTripDelay",
        "mediaDuration",
        "networkLinkSpeedInBytes",
        "outboundPackets",
        "remoteIPAddress",
        "remotePort",
        "averageInboundBitRate",
        "averageInboundFrameRate",
        "averageOutboundBitRate",
        "averageOutboundFrameRate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"averageInboundJitter\":         ",
        ",\"averageInboundPacketLossRateInPercentage\":",
        ",\"averageInboundRoundTripDelay\": ",
        ",\"averageOutboundJitter\":        ",
        ",\"averageOutboundPacketLossRateInPercentage\":",
        ",\"averageOutboundRoundTripDelay\":",
        ",\"channelIndex\":                 ",
        ",\"inboundPackets\":               ",
        ",\"localIPAddress\":               ",
        ",\"localPort\":                    ",
        ",\"maximumInboundJitter\":         ",
        ",\"maximumInboundPacketLossRateInPercentage\":",
        ",\"maximumInboundRoundTripDelay\": ",
        ",\"maximumOutboundJitter\":        ",
        ",\"maximumOutboundPacketLossRateInPercentage\":",
        ",\"maximumOutboundRoundTripDelay\":",
        ",\"mediaDuration\":                ",
        ",\"networkLinkSpeedInBytes\":      ",
        ",\"outboundPackets\":              ",
        ",\"remoteIPAddress\":              ",
        ",\"remotePort\":                   ",
        ",\"averageInboundBitRate\":        ",
        ",\"averageInboundFrameRate\":      ",
        ",\"averageOutboundBitRate\":       ",
        ",\"averageOutboundFrameRate\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teleconferenceDeviceScreenSharingQuality\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "average_inbound_jitter", &self.average_inbound_jitter);
        v.field(
            1usize,
            "average_inbound_packet_loss_rate_in_percentage",
            &self.average_inbound_packet_loss_rate_in_percentage,
        );
        v.field(
            2usize,
            "average_inbound_round_trip_delay",
            &self.average_inbound_round_trip_delay,
        );
        v.field(3usize, "average_outbound_jitter", &self.average_outbound_jitter);
        v.field(
            4usize,
            "average_outbound_packet_loss_rate_in_percentage",
            &self.average_outbound_packet_loss_rate_in_percentage,
        );
        v.field(
            5usize,
            "average_outbound_round_trip_delay",
            &self.average_outbound_round_trip_delay,
        );
        v.field(6usize, "channel_index", &self.channel_index);
        v.field(7usize, "inbound_packets", &self.inbound_packets);
        v.field(8usize, "local_ip_address", &self.local_ip_address);
        v.field(9usize, "local_port", &self.local_port);
        v.field(10usize, "maximum_inbound_jitter", &self.maximum_inbound_jitter);
        v.field(
            11usize,
            "maximum_inbound_packet_loss_rate_in_percentage",
            &self.maximum_inbound_packet_loss_rate_in_percentage,
        );
        v.field(
            12usize,
            "maximum_inbound_round_trip_delay",
            &self.maximum_inbound_round_trip_delay,
        );
        v.field(13usize, "maximum_outbound_jitter", &self.maximum_outbound_jitter);
        v.field(
            14usize,
            "maximum_outbound_packet_loss_rate_in_percentage",
            &self.maximum_outbound_packet_loss_rate_in_percentage,
        );
        v.field(
            15usize,
            "maximum_outbound_round_trip_delay",
            &self.maximum_outbound_round_trip_delay,
        );
        v.field(16usize, "media_duration", &self.media_duration);
        v.field(
            17usize,
            "network_link_speed_in_bytes",
            &self.network_link_speed_in_bytes,
        );
        v.field(18usize, "outbound_packets", &self.outbound_packets);
        v.field(19usize, "remote_ip_address", &self.remote_ip_address);
        v.field(20usize, "remote_port", &self.remote_port);
        v.field(21usize, "average_inbound_bit_rate", &self.average_inbound_bit_rate);
        v.field(22usize, "average_inbound_frame_rate", &self.average_inbound_frame_rate);
        v.field(23usize, "average_outbound_bit_rate", &self.average_outbound_bit_rate);
        v.field(
            24usize,
            "average_outbound_frame_rate",
            &self.average_outbound_frame_rate,
        );
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for TeleconferenceDeviceScreenSharingQuality {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.average_inbound_jitter.read_from(r),
            1usize => self.average_inbound_packet_loss_rate_in_percentage.read_from(r),
            2usize => self.average_inbound_round_trip_delay.read_from(r),
            3usize => self.average_outbound_jitter.read_from(r),
            4usize => self.average_outbound_packet_loss_rate_in_percentage.read_from(r),
            5usize => self.average_outbound_round_trip_delay.read_from(r),
            6usize => self.channel_index.read_from(r),
            7usize => self.inbound_packets.read_from(r),
            8usize => self.local_ip_address.read_from(r),
            9usize => self.local_port.read_from(r),
            10usize => self.maximum_inbound_jitter.read_from(r),
            11usize => self.maximum_inbound_packet_loss_rate_in_percentage.read_from(r),
            12usize => self.maximum_inbound_round_trip_delay.read_from(r),
            13usize => self.maximum_outbound_jitter.read_from(r),
            14usize => self.maximum_outbound_packet_loss_rate_in_percentage.read_from(r),
            15usize => self.maximum_outbound_round_trip_delay.read_from(r),
            16usize => self.media_duration.read_from(r),
            17usize => self.network_link_speed_in_bytes.read_from(r),
            18usize => self.outbound_packets.read_from(r),
            19usize => self.remote_ip_address.read_from(r),
            20usize => self.remote_port.read_from(r),
            21usize => self.average_inbound_bit_rate.read_from(r),
            22usize => self.average_inbound_frame_rate.read_from(r),
            23usize => self.average_outbound_bit_rate.read_from(r),
            24usize => self.average_outbound_frame_rate.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.average_inbound_jitter);
        w.field(1usize, &self.average_inbound_packet_loss_rate_in_percentage);
        w.field(2usize, &self.average_inbound_round_trip_delay);
        w.field(3usize, &self.average_outbound_jitter);
        w.field(4usize, &self.average_outbound_packet_loss_rate_in_percentage);
        w.field(5usize, &self.average_outbound_round_trip_delay);
        w.field(6usize, &self.channel_index);
        w.field(7usize, &self.inbound_packets);
        w.field(8usize, &self.local_ip_address);
        w.field(9usize, &self.local_port);
        w.field(10usize, &self.maximum_inbound_jitter);
        w.field(11usize, &self.maximum_inbound_packet_loss_rate_in_percentage);
        w.field(12usize, &self.maximum_inbound_round_trip_delay);
        w.field(13usize, &self.maximum_outbound_jitter);
        w.field(14usize, &self.maximum_outbound_packet_loss_rate_in_percentage);
        w.field(15usize, &self.maximum_outbound_round_trip_delay);
        w.field(16usize, &self.media_duration);
        w.field(17usize, &self.network_link_speed_in_bytes);
        w.field(18usize, &self.outbound_packets);
        w.field(19usize, &self.remote_ip_address);
        w.field(20usize, &self.remote_port);
        w.field(21usize, &self.average_inbound_bit_rate);
        w.field(22usize, &self.average_inbound_frame_rate);
        w.field(23usize, &self.average_outbound_bit_rate);
        w.field(24usize, &self.average_outbound_frame_rate);
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(TeleconferenceDeviceScreenSharingQuality);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    TeleconferenceDeviceScreenSharingQuality { with_average_inbound_jitter
    average_inbound_jitter : rt::edm::Duration;
    with_average_inbound_packet_loss_rate_in_percentage
    average_inbound_packet_loss_rate_in_percentage : f64;
    with_average_inbound_round_trip_delay average_inbound_round_trip_delay :
    rt::edm::Duration; with_average_outbound_jitter average_outbound_jitter :
    rt::edm::Duration; with_average_outbound_packet_loss_rate_in_percentage
    average_outbound_packet_loss_rate_in_percentage : f64;
    with_average_outbound_round_trip_delay average_outbound_round_trip_delay :
    rt::edm::Duration; with_channel_index channel_index : i32; with_inbound_packets
    inbound_packets : i64; with_local_ip_address local_ip_address :
    ::std::string::String; with_local_port local_port : i32; with_maximum_inbound_jitter
    maximum_inbound_jitter : rt::edm::Duration;
    with_maximum_inbound_packet_loss_rate_in_percentage
    maximum_inbound_packet_loss_rate_in_percentage : f64;
    with_maximum_inbound_round_trip_delay maximum_inbound_round_trip_delay :
    rt::edm::Duration; with_maximum_outbound_jitter maximum_outbound_jitter :
    rt::edm::Duration; with_maximum_outbound_packet_loss_rate_in_percentage
    maximum_outbound_packet_loss_rate_in_percentage : f64;
    with_maximum_outbound_round_trip_delay maximum_outbound_round_trip_delay :
    rt::edm::Duration; with_media_duration media_duration : rt::edm::Duration;
    with_network_link_speed_in_bytes network_link_speed_in_bytes : i64;
    with_outbound_packets outbound_packets : i64; with_remote_ip_address
    remote_ip_address : ::std::string::String; with_remote_port remote_port : i32;
    with_average_inbound_bit_rate average_inbound_bit_rate : f64;
    with_average_inbound_frame_rate average_inbound_frame_rate : f64;
    with_average_outbound_bit_rate average_outbound_bit_rate : f64;
    with_average_outbound_frame_rate average_outbound_frame_rate : f64; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeleconferenceDeviceScreenSharingQuality);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.teleconferenceDeviceVideoQuality`, complex type, derived from `microsoft.graph.teleconferenceDeviceMediaQuality`, open.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct TeleconferenceDeviceVideoQuality {
    /// CSDL: property `averageInboundJitter`: `Edm.Duration`, nullable.
    pub average_inbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageInboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub average_inbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `averageInboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub average_inbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageOutboundJitter`: `Edm.Duration`, nullable.
    pub average_outbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `averageOutboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub average_outbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `averageOutboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub average_outbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `channelIndex`: `Edm.Int32`, not nullable.
    pub channel_index: rt::Field<i32>,
    /// CSDL: property `inboundPackets`: `Edm.Int64`, nullable.
    pub inbound_packets: rt::Field<i64>,
    /// CSDL: property `localIPAddress`: `Edm.String`, nullable.
    pub local_ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `localPort`: `Edm.Int32`, nullable.
    pub local_port: rt::Field<i32>,
    /// CSDL: property `maximumInboundJitter`: `Edm.Duration`, nullable.
    pub maximum_inbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumInboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub maximum_inbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `maximumInboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub maximum_inbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumOutboundJitter`: `Edm.Duration`, nullable.
    pub maximum_outbound_jitter: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maximumOutboundPacketLossRateInPercentage`: `Edm.Double`, nullable.
    pub maximum_outbound_packet_loss_rate_in_percentage: rt::Field<f64>,
    /// CSDL: property `maximumOutboundRoundTripDelay`: `Edm.Duration`, nullable.
    pub maximum_outbound_round_trip_delay: rt::Field<rt::edm::Duration>,
    /// CSDL: property `mediaDuration`: `Edm.Duration`, nullable.
    pub media_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `networkLinkSpeedInBytes`: `Edm.Int64`, nullable.
    pub network_link_speed_in_bytes: rt::Field<i64>,
    /// CSDL: property `outboundPackets`: `Edm.Int64`, nullable.
    pub outbound_packets: rt::Field<i64>,
    /// CSDL: property `remoteIPAddress`: `Edm.String`, nullable.
    pub remote_ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `remotePort`: `Edm.Int32`, nullable.
    pub remote_port: rt::Field<i32>,
    /// CSDL: property `averageInboundBitRate`: `Edm.Double`, nullable.
    pub average_inbound_bit_rate: rt::Field<f64>,
    /// CSDL: property `averageInboundFrameRate`: `Edm.Double`, nullable.
    pub average_inbound_frame_rate: rt::Field<f64>,
    /// CSDL: property `averageOutboundBitRate`: `Edm.Double`, nullable.
    pub average_outbound_bit_rate: rt::Field<f64>,
    /// CSDL: property `averageOutboundFrameRate`: `Edm.Double`, nullable.
    pub average_outbound_frame_rate: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for TeleconferenceDeviceVideoQuality {
    #[inline]
    fn default() -> Self {
        Self {
            average_inbound_jitter: rt::Field::Absent,
            average_inbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            average_inbound_round_trip_delay: rt::Field::Absent,
            average_outbound_jitter: rt::Field::Absent,
            average_outbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            average_outbound_round_trip_delay: rt::Field::Absent,
            channel_index: rt::Field::Absent,
            inbound_packets: rt::Field::Absent,
            local_ip_address: rt::Field::Absent,
            local_port: rt::Field::Absent,
            maximum_inbound_jitter: rt::Field::Absent,
            maximum_inbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            maximum_inbound_round_trip_delay: rt::Field::Absent,
            maximum_outbound_jitter: rt::Field::Absent,
            maximum_outbound_packet_loss_rate_in_percentage: rt::Field::Absent,
            maximum_outbound_round_trip_delay: rt::Field::Absent,
            media_duration: rt::Field::Absent,
            network_link_speed_in_bytes: rt::Field::Absent,
            outbound_packets: rt::Field::Absent,
            remote_ip_address: rt::Field::Absent,
            remote_port: rt::Field::Absent,
            average_inbound_bit_rate: rt::Field::Absent,
            average_inbound_frame_rate: rt::Field::Absent,
            average_outbound_bit_rate: rt::Field::Absent,
            average_outbound_frame_rate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for TeleconferenceDeviceVideoQuality {
    const TYPE_NAME: &'static str = "microsoft.graph.teleconferenceDeviceVideoQuality";
    const KEYS: &'static [&'static str] = &[
        "averageInboundJitter",
        "averageInboundPacketLossRateInPercentage",
        "averageInboundRoundTripDelay",
        "averageOutboundJitter",
        "averageOutboundPacketLossRateInPercentage",
        "averageOutboundRoundTripDelay",
        "channelIndex",
        "inboundPackets",
        "localIPAddress",
        "localPort",
        "maximumInboundJitter",
        "maximumInboundPacketLossRateInPercentage",
        "maximumInboundRoundTripDelay",
        "maximumOutboundJitter",
        "maximumOutboundPacketLossRateInPercentage",
        "maximumOutboundRoundTripDelay",
        "mediaDuration",
        "networkLinkSpeedInBytes",
        "outboundPackets",
        "remoteIPAddress",
        "remotePort",
        "averageInboundBitRate",
        "averageInboundFrameRate",
        "averageOutboundBitRate",
        "averageOutboundFrameRate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"averageInboundJitter\":         ",
        ",\"averageInboundPacketLossRateInPercentage\":",
        ",\"averageInboundRoundTripDelay\": ",
        ",\"averageOutboundJitter\":        ",
        ",\"averageOutboundPacketLossRateInPercentage\":",
        ",\"averageOutboundRoundTripDelay\":",
        ",\"channelIndex\":                 ",
        ",\"inboundPackets\":               ",
        ",\"localIPAddress\":               ",
        ",\"localPort\":                    ",
        ",\"maximumInboundJitter\":         ",
        ",\"maximumInboundPacketLossRateInPercentage\":",
        ",\"maximumInboundRoundTripDelay\": ",
        ",\"maximumOutboundJitter\":        ",
        ",\"maximumOutboundPacketLossRateInPercentage\":",
        ",\"maximumOutboundRoundTripDelay\":",
        ",\"mediaDuration\":                ",
        ",\"networkLinkSpeedInBytes\":      ",
        ",\"outboundPackets\":              ",
        ",\"remoteIPAddress\":              ",
        ",\"remotePort\":                   ",
        ",\"averageInboundBitRate\":        ",
        ",\"averageInboundFrameRate\":      ",
        ",\"averageOutboundBitRate\":       ",
        ",\"averageOutboundFrameRate\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teleconferenceDeviceVideoQuality\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "average_inbound_jitter", &self.average_inbound_jitter);
        v.field(
            1usize,
            "average_inbound_packet_loss_rate_in_percentage",
            &self.average_inbound_packet_loss_rate_in_percentage,
        );
        v.field(
            2usize,
            "average_inbound_round_trip_delay",
            &self.average_inbound_round_trip_delay,
        );
        v.field(3usize, "average_outbound_jitter", &self.average_outbound_jitter);
        v.field(
            4usize,
            "average_outbound_packet_loss_rate_in_percentage",
            &self.average_outbound_packet_loss_rate_in_percentage,
        );
        v.field(
            5usize,
            "average_outbound_round_trip_delay",
            &self.average_outbound_round_trip_delay,
        );
        v.field(6usize, "channel_index", &self.channel_index);
        v.field(7usize, "inbound_packets", &self.inbound_packets);
        v.field(8usize, "local_ip_address", &self.local_ip_address);
        v.field(9usize, "local_port", &self.local_port);
        v.field(10usize, "maximum_inbound_jitter", &self.maximum_inbound_jitter);
        v.field(
            11usize,
            "maximum_inbound_packet_loss_rate_in_percentage",
            &self.maximum_inbound_packet_loss_rate_in_percentage,
        );
        v.field(
            12usize,
            "maximum_inbound_round_trip_delay",
            &self.maximum_inbound_round_trip_delay,
        );
        v.field(13usize, "maximum_outbound_jitter", &self.maximum_outbound_jitter);
        v.field(
            14usize,
            "maximum_outbound_packet_loss_rate_in_percentage",
            &self.maximum_outbound_packet_loss_rate_in_percentage,
        );
        v.field(
            15usize,
            "maximum_outbound_round_trip_delay",
            &self.maximum_outbound_round_trip_delay,
        );
        v.field(16usize, "media_duration", &self.media_duration);
        v.field(
            17usize,
            "network_link_speed_in_bytes",
            &self.network_link_speed_in_bytes,
        );
        v.field(18usize, "outbound_packets", &self.outbound_packets);
        v.field(19usize, "remote_ip_address", &self.remote_ip_address);
        v.field(20usize, "remote_port", &self.remote_port);
        v.field(21usize, "average_inbound_bit_rate", &self.average_inbound_bit_rate);
        v.field(22usize, "average_inbound_frame_rate", &self.average_inbound_frame_rate);
        v.field(23usize, "average_outbound_bit_rate", &self.average_outbound_bit_rate);
        v.field(
            24usize,
            "average_outbound_frame_rate",
            &self.average_outbound_frame_rate,
        );
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for TeleconferenceDeviceVideoQuality {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.average_inbound_jitter.read_from(r),
            1usize => self.average_inbound_packet_loss_rate_in_percentage.read_from(r),
            2usize => self.average_inbound_round_trip_delay.read_from(r),
            3usize => self.average_outbound_jitter.read_from(r),
            4usize => self.average_outbound_packet_loss_rate_in_percentage.read_from(r),
            5usize => self.average_outbound_round_trip_delay.read_from(r),
            6usize => self.channel_index.read_from(r),
            7usize => self.inbound_packets.read_from(r),
            8usize => self.local_ip_address.read_from(r),
            9usize => self.local_port.read_from(r),
            10usize => self.maximum_inbound_jitter.read_from(r),
            11usize => self.maximum_inbound_packet_loss_rate_in_percentage.read_from(r),
            12usize => self.maximum_inbound_round_trip_delay.read_from(r),
            13usize => self.maximum_outbound_jitter.read_from(r),
            14usize => self.maximum_outbound_packet_loss_rate_in_percentage.read_from(r),
            15usize => self.maximum_outbound_round_trip_delay.read_from(r),
            16usize => self.media_duration.read_from(r),
            17usize => self.network_link_speed_in_bytes.read_from(r),
            18usize => self.outbound_packets.read_from(r),
            19usize => self.remote_ip_address.read_from(r),
            20usize => self.remote_port.read_from(r),
            21usize => self.average_inbound_bit_rate.read_from(r),
            22usize => self.average_inbound_frame_rate.read_from(r),
            23usize => self.average_outbound_bit_rate.read_from(r),
            24usize => self.average_outbound_frame_rate.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.average_inbound_jitter);
        w.field(1usize, &self.average_inbound_packet_loss_rate_in_percentage);
        w.field(2usize, &self.average_inbound_round_trip_delay);
        w.field(3usize, &self.average_outbound_jitter);
        w.field(4usize, &self.average_outbound_packet_loss_rate_in_percentage);
        w.field(5usize, &self.average_outbound_round_trip_delay);
        w.field(6usize, &self.channel_index);
        w.field(7usize, &self.inbound_packets);
        w.field(8usize, &self.local_ip_address);
        w.field(9usize, &self.local_port);
        w.field(10usize, &self.maximum_inbound_jitter);
        w.field(11usize, &self.maximum_inbound_packet_loss_rate_in_percentage);
        w.field(12usize, &self.maximum_inbound_round_trip_delay);
        w.field(13usize, &self.maximum_outbound_jitter);
        w.field(14usize, &self.maximum_outbound_packet_loss_rate_in_percentage);
        w.field(15usize, &self.maximum_outbound_round_trip_delay);
        w.field(16usize, &self.media_duration);
        w.field(17usize, &self.network_link_speed_in_bytes);
        w.field(18usize, &self.outbound_packets);
        w.field(19usize, &self.remote_ip_address);
        w.field(20usize, &self.remote_port);
        w.field(21usize, &self.average_inbound_bit_rate);
        w.field(22usize, &self.average_inbound_frame_rate);
        w.field(23usize, &self.average_outbound_bit_rate);
        w.field(24usize, &self.average_outbound_frame_rate);
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(TeleconferenceDeviceVideoQuality);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    TeleconferenceDeviceVideoQuality { with_average_inbound_jitter average_inbound_jitter
    : rt::edm::Duration; with_average_inbound_packet_loss_rate_in_percentage
    average_inbound_packet_loss_rate_in_percentage : f64;
    with_average_inbound_round_trip_delay average_inbound_round_trip_delay :
    rt::edm::Duration; with_average_outbound_jitter average_outbound_jitter :
    rt::edm::Duration; with_average_outbound_packet_loss_rate_in_percentage
    average_outbound_packet_loss_rate_in_percentage : f64;
    with_average_outbound_round_trip_delay average_outbound_round_trip_delay :
    rt::edm::Duration; with_channel_index channel_index : i32; with_inbound_packets
    inbound_packets : i64; with_local_ip_address local_ip_address :
    ::std::string::String; with_local_port local_port : i32; with_maximum_inbound_jitter
    maximum_inbound_jitter : rt::edm::Duration;
    with_maximum_inbound_packet_loss_rate_in_percentage
    maximum_inbound_packet_loss_rate_in_percentage : f64;
    with_maximum_inbound_round_trip_delay maximum_inbound_round_trip_delay :
    rt::edm::Duration; with_maximum_outbound_jitter maximum_outbound_jitter :
    rt::edm::Duration; with_maximum_outbound_packet_loss_rate_in_percentage
    maximum_outbound_packet_loss_rate_in_percentage : f64;
    with_maximum_outbound_round_trip_delay maximum_outbound_round_trip_delay :
    rt::edm::Duration; with_media_duration media_duration : rt::edm::Duration;
    with_network_link_speed_in_bytes network_link_speed_in_bytes : i64;
    with_outbound_packets outbound_packets : i64; with_remote_ip_address
    remote_ip_address : ::std::string::String; with_remote_port remote_port : i32;
    with_average_inbound_bit_rate average_inbound_bit_rate : f64;
    with_average_inbound_frame_rate average_inbound_frame_rate : f64;
    with_average_outbound_bit_rate average_outbound_bit_rate : f64;
    with_average_outbound_frame_rate average_outbound_frame_rate : f64; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeleconferenceDeviceVideoQuality);
#[cfg(msgraph_v1_communications_or_search)]
/// `microsoft.graph.teleconferenceDeviceVideoQuality` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyTeleconferenceDeviceVideoQuality {
    TeleconferenceDeviceVideoQuality(
        ::std::boxed::Box<crate::v1::TeleconferenceDeviceVideoQuality>,
    ),
    TeleconferenceDeviceScreenSharingQuality(
        ::std::boxed::Box<crate::v1::TeleconferenceDeviceScreenSharingQuality>,
    ),
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for AnyTeleconferenceDeviceVideoQuality {
    #[inline]
    fn default() -> Self {
        Self::TeleconferenceDeviceVideoQuality(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeleconferenceDeviceVideoQuality>
for AnyTeleconferenceDeviceVideoQuality {
    #[inline]
    fn from(v: crate::v1::TeleconferenceDeviceVideoQuality) -> Self {
        Self::TeleconferenceDeviceVideoQuality(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeleconferenceDeviceScreenSharingQuality>
for AnyTeleconferenceDeviceVideoQuality {
    #[inline]
    fn from(v: crate::v1::TeleconferenceDeviceScreenSharingQuality) -> Self {
        Self::TeleconferenceDeviceScreenSharingQuality(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
unsafe impl ::std::marker::Send for AnyTeleconferenceDeviceVideoQuality {}
#[cfg(msgraph_v1_communications_or_search)]
unsafe impl ::std::marker::Sync for AnyTeleconferenceDeviceVideoQuality {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::marker::Unpin for AnyTeleconferenceDeviceVideoQuality {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::panic::UnwindSafe for AnyTeleconferenceDeviceVideoQuality {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::panic::RefUnwindSafe for AnyTeleconferenceDeviceVideoQuality {}
#[cfg(msgraph_v1_communications_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::TeleconferenceDeviceVideoQuality>();
    rt::object::auto_traits::<crate::v1::TeleconferenceDeviceScreenSharingQuality>();
};
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Poly for AnyTeleconferenceDeviceVideoQuality {
    const BASE_NAME: &'static str = "microsoft.graph.teleconferenceDeviceVideoQuality";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.teleconferenceDeviceScreenSharingQuality",
            ) => Self::TeleconferenceDeviceScreenSharingQuality(rt::object::new_boxed()),
            _ => Self::TeleconferenceDeviceVideoQuality(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &**v,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut **v,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl AnyTeleconferenceDeviceVideoQuality {
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
    /// `averageInboundJitter` of any variant.
    #[inline]
    pub fn average_inbound_jitter(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.average_inbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_inbound_jitter
            }
        }
    }
    /// `averageInboundJitter` of any variant.
    #[inline]
    pub fn average_inbound_jitter_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.average_inbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_inbound_jitter
            }
        }
    }
    /// `averageInboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn average_inbound_packet_loss_rate_in_percentage(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.average_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_inbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `averageInboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn average_inbound_packet_loss_rate_in_percentage_mut(
        &mut self,
    ) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.average_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_inbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `averageInboundRoundTripDelay` of any variant.
    #[inline]
    pub fn average_inbound_round_trip_delay(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.average_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_inbound_round_trip_delay
            }
        }
    }
    /// `averageInboundRoundTripDelay` of any variant.
    #[inline]
    pub fn average_inbound_round_trip_delay_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.average_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_inbound_round_trip_delay
            }
        }
    }
    /// `averageOutboundJitter` of any variant.
    #[inline]
    pub fn average_outbound_jitter(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.average_outbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_outbound_jitter
            }
        }
    }
    /// `averageOutboundJitter` of any variant.
    #[inline]
    pub fn average_outbound_jitter_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.average_outbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_outbound_jitter
            }
        }
    }
    /// `averageOutboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn average_outbound_packet_loss_rate_in_percentage(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.average_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_outbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `averageOutboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn average_outbound_packet_loss_rate_in_percentage_mut(
        &mut self,
    ) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.average_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_outbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `averageOutboundRoundTripDelay` of any variant.
    #[inline]
    pub fn average_outbound_round_trip_delay(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.average_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_outbound_round_trip_delay
            }
        }
    }
    /// `averageOutboundRoundTripDelay` of any variant.
    #[inline]
    pub fn average_outbound_round_trip_delay_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.average_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_outbound_round_trip_delay
            }
        }
    }
    /// `channelIndex` of any variant.
    #[inline]
    pub fn channel_index(&self) -> &rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.channel_index,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.channel_index,
        }
    }
    /// `channelIndex` of any variant.
    #[inline]
    pub fn channel_index_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.channel_index,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.channel_index,
        }
    }
    /// `inboundPackets` of any variant.
    #[inline]
    pub fn inbound_packets(&self) -> &rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.inbound_packets,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.inbound_packets,
        }
    }
    /// `inboundPackets` of any variant.
    #[inline]
    pub fn inbound_packets_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.inbound_packets,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.inbound_packets,
        }
    }
    /// `localIPAddress` of any variant.
    #[inline]
    pub fn local_ip_address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.local_ip_address,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.local_ip_address,
        }
    }
    /// `localIPAddress` of any variant.
    #[inline]
    pub fn local_ip_address_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.local_ip_address,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.local_ip_address,
        }
    }
    /// `localPort` of any variant.
    #[inline]
    pub fn local_port(&self) -> &rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.local_port,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.local_port,
        }
    }
    /// `localPort` of any variant.
    #[inline]
    pub fn local_port_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.local_port,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.local_port,
        }
    }
    /// `maximumInboundJitter` of any variant.
    #[inline]
    pub fn maximum_inbound_jitter(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.maximum_inbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_inbound_jitter
            }
        }
    }
    /// `maximumInboundJitter` of any variant.
    #[inline]
    pub fn maximum_inbound_jitter_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.maximum_inbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_inbound_jitter
            }
        }
    }
    /// `maximumInboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn maximum_inbound_packet_loss_rate_in_percentage(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.maximum_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_inbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `maximumInboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn maximum_inbound_packet_loss_rate_in_percentage_mut(
        &mut self,
    ) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.maximum_inbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_inbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `maximumInboundRoundTripDelay` of any variant.
    #[inline]
    pub fn maximum_inbound_round_trip_delay(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.maximum_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_inbound_round_trip_delay
            }
        }
    }
    /// `maximumInboundRoundTripDelay` of any variant.
    #[inline]
    pub fn maximum_inbound_round_trip_delay_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.maximum_inbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_inbound_round_trip_delay
            }
        }
    }
    /// `maximumOutboundJitter` of any variant.
    #[inline]
    pub fn maximum_outbound_jitter(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.maximum_outbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_outbound_jitter
            }
        }
    }
    /// `maximumOutboundJitter` of any variant.
    #[inline]
    pub fn maximum_outbound_jitter_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.maximum_outbound_jitter,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_outbound_jitter
            }
        }
    }
    /// `maximumOutboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn maximum_outbound_packet_loss_rate_in_percentage(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.maximum_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_outbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `maximumOutboundPacketLossRateInPercentage` of any variant.
    #[inline]
    pub fn maximum_outbound_packet_loss_rate_in_percentage_mut(
        &mut self,
    ) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.maximum_outbound_packet_loss_rate_in_percentage
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_outbound_packet_loss_rate_in_percentage
            }
        }
    }
    /// `maximumOutboundRoundTripDelay` of any variant.
    #[inline]
    pub fn maximum_outbound_round_trip_delay(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &v.maximum_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.maximum_outbound_round_trip_delay
            }
        }
    }
    /// `maximumOutboundRoundTripDelay` of any variant.
    #[inline]
    pub fn maximum_outbound_round_trip_delay_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.maximum_outbound_round_trip_delay
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.maximum_outbound_round_trip_delay
            }
        }
    }
    /// `mediaDuration` of any variant.
    #[inline]
    pub fn media_duration(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.media_duration,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.media_duration,
        }
    }
    /// `mediaDuration` of any variant.
    #[inline]
    pub fn media_duration_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.media_duration,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.media_duration,
        }
    }
    /// `networkLinkSpeedInBytes` of any variant.
    #[inline]
    pub fn network_link_speed_in_bytes(&self) -> &rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.network_link_speed_in_bytes,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.network_link_speed_in_bytes
            }
        }
    }
    /// `networkLinkSpeedInBytes` of any variant.
    #[inline]
    pub fn network_link_speed_in_bytes_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.network_link_speed_in_bytes
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.network_link_speed_in_bytes
            }
        }
    }
    /// `outboundPackets` of any variant.
    #[inline]
    pub fn outbound_packets(&self) -> &rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.outbound_packets,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.outbound_packets,
        }
    }
    /// `outboundPackets` of any variant.
    #[inline]
    pub fn outbound_packets_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.outbound_packets,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.outbound_packets,
        }
    }
    /// `remoteIPAddress` of any variant.
    #[inline]
    pub fn remote_ip_address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.remote_ip_address,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.remote_ip_address,
        }
    }
    /// `remoteIPAddress` of any variant.
    #[inline]
    pub fn remote_ip_address_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.remote_ip_address,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.remote_ip_address,
        }
    }
    /// `remotePort` of any variant.
    #[inline]
    pub fn remote_port(&self) -> &rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.remote_port,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &v.remote_port,
        }
    }
    /// `remotePort` of any variant.
    #[inline]
    pub fn remote_port_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.remote_port,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => &mut v.remote_port,
        }
    }
    /// `averageInboundBitRate` of any variant.
    #[inline]
    pub fn average_inbound_bit_rate(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.average_inbound_bit_rate,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_inbound_bit_rate
            }
        }
    }
    /// `averageInboundBitRate` of any variant.
    #[inline]
    pub fn average_inbound_bit_rate_mut(&mut self) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.average_inbound_bit_rate,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_inbound_bit_rate
            }
        }
    }
    /// `averageInboundFrameRate` of any variant.
    #[inline]
    pub fn average_inbound_frame_rate(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.average_inbound_frame_rate,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_inbound_frame_rate
            }
        }
    }
    /// `averageInboundFrameRate` of any variant.
    #[inline]
    pub fn average_inbound_frame_rate_mut(&mut self) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.average_inbound_frame_rate
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_inbound_frame_rate
            }
        }
    }
    /// `averageOutboundBitRate` of any variant.
    #[inline]
    pub fn average_outbound_bit_rate(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.average_outbound_bit_rate,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_outbound_bit_rate
            }
        }
    }
    /// `averageOutboundBitRate` of any variant.
    #[inline]
    pub fn average_outbound_bit_rate_mut(&mut self) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &mut v.average_outbound_bit_rate,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_outbound_bit_rate
            }
        }
    }
    /// `averageOutboundFrameRate` of any variant.
    #[inline]
    pub fn average_outbound_frame_rate(&self) -> &rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => &v.average_outbound_frame_rate,
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &v.average_outbound_frame_rate
            }
        }
    }
    /// `averageOutboundFrameRate` of any variant.
    #[inline]
    pub fn average_outbound_frame_rate_mut(&mut self) -> &mut rt::Field<f64> {
        match self {
            Self::TeleconferenceDeviceVideoQuality(v) => {
                &mut v.average_outbound_frame_rate
            }
            Self::TeleconferenceDeviceScreenSharingQuality(v) => {
                &mut v.average_outbound_frame_rate
            }
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_poly!(AnyTeleconferenceDeviceVideoQuality);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyTeleconferenceDeviceVideoQuality);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.templateApplicationLevel`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TemplateApplicationLevel {
    /// `none` (value 0).
    None,
    /// `newPartners` (value 1).
    NewPartners,
    /// `existingPartners` (value 2).
    ExistingPartners,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for TemplateApplicationLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.templateApplicationLevel";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "newPartners",
        "existingPartners",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "newPartners" => Self::NewPartners,
                "existingPartners" => Self::ExistingPartners,
                "unknownFutureValue" => Self::UnknownFutureValue,
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
            Self::None => "none",
            Self::NewPartners => "newPartners",
            Self::ExistingPartners => "existingPartners",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(TemplateApplicationLevel);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TemplateApplicationLevel);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.templateScenarios`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TemplateScenarios {
    /// `new` (value 0).
    New,
    /// `secureFoundation` (value 1).
    SecureFoundation,
    /// `zeroTrust` (value 2).
    ZeroTrust,
    /// `remoteWork` (value 4).
    RemoteWork,
    /// `protectAdmins` (value 8).
    ProtectAdmins,
    /// `emergingThreats` (value 16).
    EmergingThreats,
    /// `unknownFutureValue` (value 32).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::StrEnum for TemplateScenarios {
    const TYPE_NAME: &'static str = "microsoft.graph.templateScenarios";
    const MEMBERS: &'static [&'static str] = &[
        "new",
        "secureFoundation",
        "zeroTrust",
        "remoteWork",
        "protectAdmins",
        "emergingThreats",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "new" => Self::New,
                "secureFoundation" => Self::SecureFoundation,
                "zeroTrust" => Self::ZeroTrust,
                "remoteWork" => Self::RemoteWork,
                "protectAdmins" => Self::ProtectAdmins,
                "emergingThreats" => Self::EmergingThreats,
                "unknownFutureValue" => Self::UnknownFutureValue,
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
            Self::New => "new",
            Self::SecureFoundation => "secureFoundation",
            Self::ZeroTrust => "zeroTrust",
            Self::RemoteWork => "remoteWork",
            Self::ProtectAdmins => "protectAdmins",
            Self::EmergingThreats => "emergingThreats",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_enum!(TemplateScenarios);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TemplateScenarios);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.tenantAppManagementPolicy`, entity type, derived from `microsoft.graph.policyBase`, key `id`.
///
/// Request builders: [`TenantAppManagementPolicyPath`](requests/trait.TenantAppManagementPolicyPath.html), what a path to one (`EntityPath<TenantAppManagementPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TenantAppManagementPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `applicationRestrictions`: `microsoft.graph.appManagementApplicationConfiguration`, nullable.
    pub application_restrictions: rt::Field<
        crate::v1::AppManagementApplicationConfiguration,
    >,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `servicePrincipalRestrictions`: `microsoft.graph.appManagementServicePrincipalConfiguration`, nullable.
    pub service_principal_restrictions: rt::Field<
        crate::v1::AppManagementServicePrincipalConfiguration,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TenantAppManagementPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            application_restrictions: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            service_principal_restrictions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TenantAppManagementPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.tenantAppManagementPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "applicationRestrictions",
        "isEnabled",
        "servicePrincipalRestrictions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"applicationRestrictions\":      ",
        ",\"isEnabled\":                    ",
        ",\"servicePrincipalRestrictions\": ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.tenantAppManagementPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "application_restrictions", &self.application_restrictions);
        v.field(5usize, "is_enabled", &self.is_enabled);
        v.field(
            6usize,
            "service_principal_restrictions",
            &self.service_principal_restrictions,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TenantAppManagementPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.application_restrictions.read_from(r),
            5usize => self.is_enabled.read_from(r),
            6usize => self.service_principal_restrictions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.application_restrictions);
        w.field(5usize, &self.is_enabled);
        w.field(6usize, &self.service_principal_restrictions);
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
rt::impl_object!(TenantAppManagementPolicy);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TenantAppManagementPolicy { with_id id : ::std::string::String;
    with_deleted_date_time deleted_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_application_restrictions application_restrictions : crate
    ::v1::AppManagementApplicationConfiguration; with_is_enabled is_enabled : bool;
    with_service_principal_restrictions service_principal_restrictions : crate
    ::v1::AppManagementServicePrincipalConfiguration; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TenantAppManagementPolicy);
#[cfg(msgraph_v1_tenant_relationships)]
/// CSDL: `microsoft.graph.tenantInformation`, complex type.
///
/// Features: `v1` or `v1-tenant-relationships`.
#[derive(Clone)]
pub struct TenantInformation {
    /// CSDL: property `defaultDomainName`: `Edm.String`, nullable.
    pub default_domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `federationBrandName`: `Edm.String`, nullable.
    pub federation_brand_name: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, not nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_tenant_relationships)]
impl ::std::default::Default for TenantInformation {
    #[inline]
    fn default() -> Self {
        Self {
            default_domain_name: rt::Field::Absent,
            display_name: rt::Field::Absent,
            federation_brand_name: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_tenant_relationships)]
impl rt::Object for TenantInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.tenantInformation";
    const KEYS: &'static [&'static str] = &[
        "defaultDomainName",
        "displayName",
        "federationBrandName",
        "tenantId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"defaultDomainName\":            ",
        ",\"displayName\":                  ",
        ",\"federationBrandName\":          ",
        ",\"tenantId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.tenantInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "default_domain_name", &self.default_domain_name);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "federation_brand_name", &self.federation_brand_name);
        v.field(3usize, "tenant_id", &self.tenant_id);
    }
}
#[cfg(msgraph_v1_tenant_relationships)]
impl rt::object::Members for TenantInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.default_domain_name.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.federation_brand_name.read_from(r),
            3usize => self.tenant_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.default_domain_name);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.federation_brand_name);
        w.field(3usize, &self.tenant_id);
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
#[cfg(msgraph_v1_tenant_relationships)]
rt::impl_object!(TenantInformation);
#[cfg(msgraph_v1_tenant_relationships)]
rt::impl_setters!(
    TenantInformation { with_default_domain_name default_domain_name :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_federation_brand_name federation_brand_name : ::std::string::String;
    with_tenant_id tenant_id : ::std::string::String; }
);
#[cfg(msgraph_v1_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(TenantInformation);
#[cfg(msgraph_v1_tenant_relationships)]
/// CSDL: `microsoft.graph.tenantRelationship`, entity type.
///
/// Request builders: [`TenantRelationshipPath`](requests/trait.TenantRelationshipPath.html), what a path to one (`EntityPath<TenantRelationship, C>`) dereferences to.
///
/// Features: `v1` or `v1-tenant-relationships`.
#[derive(Clone)]
pub struct TenantRelationship {
    /// CSDL: containment navigation property `delegatedAdminCustomers`: `Collection(microsoft.graph.delegatedAdminCustomer)`, not nullable.
    pub delegated_admin_customers: rt::Field<
        ::std::vec::Vec<crate::v1::DelegatedAdminCustomer>,
    >,
    /// CSDL: containment navigation property `delegatedAdminRelationships`: `Collection(microsoft.graph.delegatedAdminRelationship)`, not nullable.
    pub delegated_admin_relationships: rt::Field<
        ::std::vec::Vec<crate::v1::AnyDelegatedAdminRelationship>,
    >,
    /// CSDL: containment navigation property `multiTenantOrganization`: `microsoft.graph.multiTenantOrganization`, nullable.
    pub multi_tenant_organization: rt::Field<crate::v1::MultiTenantOrganization>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_tenant_relationships)]
impl ::std::default::Default for TenantRelationship {
    #[inline]
    fn default() -> Self {
        Self {
            delegated_admin_customers: rt::Field::Absent,
            delegated_admin_relationships: rt::Field::Absent,
            multi_tenant_organization: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_tenant_relationships)]
impl rt::Object for TenantRelationship {
    const TYPE_NAME: &'static str = "microsoft.graph.tenantRelationship";
    const KEYS: &'static [&'static str] = &[
        "delegatedAdminCustomers",
        "delegatedAdminRelationships",
        "multiTenantOrganization",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"delegatedAdminCustomers\":      ",
        ",\"delegatedAdminRelationships\":  ",
        ",\"multiTenantOrganization\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.tenantRelationship\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "delegated_admin_customers", &self.delegated_admin_customers);
        v.field(
            1usize,
            "delegated_admin_relationships",
            &self.delegated_admin_relationships,
        );
        v.field(2usize, "multi_tenant_organization", &self.multi_tenant_organization);
    }
}
#[cfg(msgraph_v1_tenant_relationships)]
impl rt::object::Members for TenantRelationship {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.delegated_admin_customers.read_from(r),
            1usize => self.delegated_admin_relationships.read_from(r),
            2usize => self.multi_tenant_organization.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.delegated_admin_customers);
        w.field(1usize, &self.delegated_admin_relationships);
        w.field(2usize, &self.multi_tenant_organization);
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
#[cfg(msgraph_v1_tenant_relationships)]
rt::impl_object!(TenantRelationship);
#[cfg(msgraph_v1_tenant_relationships)]
rt::impl_setters!(
    TenantRelationship { with_delegated_admin_customers delegated_admin_customers :
    ::std::vec::Vec < crate ::v1::DelegatedAdminCustomer >;
    with_delegated_admin_relationships delegated_admin_relationships : ::std::vec::Vec <
    crate ::v1::AnyDelegatedAdminRelationship >; with_multi_tenant_organization
    multi_tenant_organization : crate ::v1::MultiTenantOrganization; }
);
#[cfg(msgraph_v1_tenant_relationships)]
#[cfg(feature = "serde")]
rt::impl_serde!(TenantRelationship);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.termsExpiration`, complex type.
///
/// Features: `v1`, or one of `v1-agreements`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct TermsExpiration {
    /// CSDL: property `frequency`: `Edm.Duration`, nullable.
    pub frequency: rt::Field<rt::edm::Duration>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
impl ::std::default::Default for TermsExpiration {
    #[inline]
    fn default() -> Self {
        Self {
            frequency: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
impl rt::Object for TermsExpiration {
    const TYPE_NAME: &'static str = "microsoft.graph.termsExpiration";
    const KEYS: &'static [&'static str] = &["frequency", "startDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"frequency\":                    ",
        ",\"startDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.termsExpiration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "frequency", &self.frequency);
        v.field(1usize, "start_date_time", &self.start_date_time);
    }
}
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
impl rt::object::Members for TermsExpiration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.frequency.read_from(r),
            1usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.frequency);
        w.field(1usize, &self.start_date_time);
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
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
rt::impl_object!(TermsExpiration);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
rt::impl_setters!(
    TermsExpiration { with_frequency frequency : rt::edm::Duration; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TermsExpiration);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.termsOfUseContainer`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TermsOfUseContainerPath`](requests/trait.TermsOfUseContainerPath.html), what a path to one (`EntityPath<TermsOfUseContainer, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct TermsOfUseContainer {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `agreementAcceptances`: `Collection(microsoft.graph.agreementAcceptance)`, not nullable.
    pub agreement_acceptances: rt::Field<
        ::std::vec::Vec<crate::v1::AgreementAcceptance>,
    >,
    /// CSDL: containment navigation property `agreements`: `Collection(microsoft.graph.agreement)`, not nullable.
    pub agreements: rt::Field<::std::vec::Vec<crate::v1::Agreement>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for TermsOfUseContainer {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            agreement_acceptances: rt::Field::Absent,
            agreements: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for TermsOfUseContainer {
    const TYPE_NAME: &'static str = "microsoft.graph.termsOfUseContainer";
    const KEYS: &'static [&'static str] = &["id", "agreementAcceptances", "agreements"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"agreementAcceptances\":         ",
        ",\"agreements\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.termsOfUseContainer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "agreement_acceptances", &self.agreement_acceptances);
        v.field(2usize, "agreements", &self.agreements);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for TermsOfUseContainer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.agreement_acceptances.read_from(r),
            2usize => self.agreements.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.agreement_acceptances);
        w.field(2usize, &self.agreements);
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
rt::impl_object!(TermsOfUseContainer);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    TermsOfUseContainer { with_id id : ::std::string::String; with_agreement_acceptances
    agreement_acceptances : ::std::vec::Vec < crate ::v1::AgreementAcceptance >;
    with_agreements agreements : ::std::vec::Vec < crate ::v1::Agreement >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TermsOfUseContainer);
#[cfg(msgraph_v1_information_protection_or_search)]
/// CSDL: `microsoft.graph.threatAssessmentContentType`, enum type.
///
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ThreatAssessmentContentType {
    /// `mail` (value 1).
    Mail,
    /// `url` (value 2).
    Url,
    /// `file` (value 3).
    File,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::StrEnum for ThreatAssessmentContentType {
    const TYPE_NAME: &'static str = "microsoft.graph.threatAssessmentContentType";
    const MEMBERS: &'static [&'static str] = &["mail", "url", "file"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "mail" => Self::Mail,
                "url" => Self::Url,
                "file" => Self::File,
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
            Self::Mail => "mail",
            Self::Url => "url",
            Self::File => "file",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_enum!(ThreatAssessmentContentType);
#[cfg(msgraph_v1_information_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatAssessmentContentType);
#[cfg(msgraph_v1_information_protection_or_search)]
/// CSDL: `microsoft.graph.threatAssessmentRequest`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`ThreatAssessmentRequestPath`](requests/trait.ThreatAssessmentRequestPath.html), what a path to one (`EntityPath<AnyThreatAssessmentRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
#[derive(Clone)]
pub struct ThreatAssessmentRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `category`: `microsoft.graph.threatCategory`, not nullable.
    pub category: rt::Field<crate::v1::ThreatCategory>,
    /// CSDL: property `contentType`: `microsoft.graph.threatAssessmentContentType`, nullable.
    pub content_type: rt::Field<crate::v1::ThreatAssessmentContentType>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `expectedAssessment`: `microsoft.graph.threatExpectedAssessment`, not nullable.
    pub expected_assessment: rt::Field<crate::v1::ThreatExpectedAssessment>,
    /// CSDL: property `requestSource`: `microsoft.graph.threatAssessmentRequestSource`, nullable.
    pub request_source: rt::Field<crate::v1::ThreatAssessmentRequestSource>,
    /// CSDL: property `status`: `microsoft.graph.threatAssessmentStatus`, nullable.
    pub status: rt::Field<crate::v1::ThreatAssessmentStatus>,
    /// CSDL: containment navigation property `results`: `Collection(microsoft.graph.threatAssessmentResult)`, not nullable.
    pub results: rt::Field<::std::vec::Vec<crate::v1::ThreatAssessmentResult>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl ::std::default::Default for ThreatAssessmentRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            category: rt::Field::Absent,
            content_type: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            expected_assessment: rt::Field::Absent,
            request_source: rt::Field::Absent,
            status: rt::Field::Absent,
            results: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::Object for ThreatAssessmentRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.threatAssessmentRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "category",
        "contentType",
        "createdBy",
        "createdDateTime",
        "expectedAssessment",
        "requestSource",
        "status",
        "results",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"category\":                     ",
        ",\"contentType\":                  ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"expectedAssessment\":           ",
        ",\"requestSource\":                ",
        ",\"status\":                       ",
        ",\"results\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.threatAssessmentRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "category", &self.category);
        v.field(2usize, "content_type", &self.content_type);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "expected_assessment", &self.expected_assessment);
        v.field(6usize, "request_source", &self.request_source);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "results", &self.results);
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::object::Members for ThreatAssessmentRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.category.read_from(r),
            2usize => self.content_type.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.expected_assessment.read_from(r),
            6usize => self.request_source.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.results.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.category);
        w.field(2usize, &self.content_type);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.expected_assessment);
        w.field(6usize, &self.request_source);
        w.field(7usize, &self.status);
        w.field(8usize, &self.results);
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
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_object!(ThreatAssessmentRequest);
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_setters!(
    ThreatAssessmentRequest { with_id id : ::std::string::String; with_category category
    : crate ::v1::ThreatCategory; with_content_type content_type : crate
    ::v1::ThreatAssessmentContentType; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_expected_assessment expected_assessment : crate
    ::v1::ThreatExpectedAssessment; with_request_source request_source : crate
    ::v1::ThreatAssessmentRequestSource; with_status status : crate
    ::v1::ThreatAssessmentStatus; with_results results : ::std::vec::Vec < crate
    ::v1::ThreatAssessmentResult >; }
);
#[cfg(msgraph_v1_information_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatAssessmentRequest);
#[cfg(msgraph_v1_information_protection_or_search)]
/// `microsoft.graph.threatAssessmentRequest` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyThreatAssessmentRequest {
    ThreatAssessmentRequest(::std::boxed::Box<crate::v1::ThreatAssessmentRequest>),
    EmailFileAssessmentRequest(::std::boxed::Box<crate::v1::EmailFileAssessmentRequest>),
    FileAssessmentRequest(::std::boxed::Box<crate::v1::FileAssessmentRequest>),
    MailAssessmentRequest(::std::boxed::Box<crate::v1::MailAssessmentRequest>),
    UrlAssessmentRequest(::std::boxed::Box<crate::v1::UrlAssessmentRequest>),
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl ::std::default::Default for AnyThreatAssessmentRequest {
    #[inline]
    fn default() -> Self {
        Self::ThreatAssessmentRequest(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ThreatAssessmentRequest>
for AnyThreatAssessmentRequest {
    #[inline]
    fn from(v: crate::v1::ThreatAssessmentRequest) -> Self {
        Self::ThreatAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EmailFileAssessmentRequest>
for AnyThreatAssessmentRequest {
    #[inline]
    fn from(v: crate::v1::EmailFileAssessmentRequest) -> Self {
        Self::EmailFileAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FileAssessmentRequest>
for AnyThreatAssessmentRequest {
    #[inline]
    fn from(v: crate::v1::FileAssessmentRequest) -> Self {
        Self::FileAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MailAssessmentRequest>
for AnyThreatAssessmentRequest {
    #[inline]
    fn from(v: crate::v1::MailAssessmentRequest) -> Self {
        Self::MailAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UrlAssessmentRequest>
for AnyThreatAssessmentRequest {
    #[inline]
    fn from(v: crate::v1::UrlAssessmentRequest) -> Self {
        Self::UrlAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
unsafe impl ::std::marker::Send for AnyThreatAssessmentRequest {}
#[cfg(msgraph_v1_information_protection_or_search)]
unsafe impl ::std::marker::Sync for AnyThreatAssessmentRequest {}
#[cfg(msgraph_v1_information_protection_or_search)]
impl ::std::marker::Unpin for AnyThreatAssessmentRequest {}
#[cfg(msgraph_v1_information_protection_or_search)]
impl ::std::panic::UnwindSafe for AnyThreatAssessmentRequest {}
#[cfg(msgraph_v1_information_protection_or_search)]
impl ::std::panic::RefUnwindSafe for AnyThreatAssessmentRequest {}
#[cfg(msgraph_v1_information_protection_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ThreatAssessmentRequest>();
    rt::object::auto_traits::<crate::v1::EmailFileAssessmentRequest>();
    rt::object::auto_traits::<crate::v1::FileAssessmentRequest>();
    rt::object::auto_traits::<crate::v1::MailAssessmentRequest>();
    rt::object::auto_traits::<crate::v1::UrlAssessmentRequest>();
};
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::Poly for AnyThreatAssessmentRequest {
    const BASE_NAME: &'static str = "microsoft.graph.threatAssessmentRequest";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.emailFileAssessmentRequest") => {
                Self::EmailFileAssessmentRequest(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.fileAssessmentRequest") => {
                Self::FileAssessmentRequest(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.mailAssessmentRequest") => {
                Self::MailAssessmentRequest(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.urlAssessmentRequest") => {
                Self::UrlAssessmentRequest(rt::object::new_boxed())
            }
            _ => Self::ThreatAssessmentRequest(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ThreatAssessmentRequest(v) => &**v,
            Self::EmailFileAssessmentRequest(v) => &**v,
            Self::FileAssessmentRequest(v) => &**v,
            Self::MailAssessmentRequest(v) => &**v,
            Self::UrlAssessmentRequest(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ThreatAssessmentRequest(v) => &mut **v,
            Self::EmailFileAssessmentRequest(v) => &mut **v,
            Self::FileAssessmentRequest(v) => &mut **v,
            Self::MailAssessmentRequest(v) => &mut **v,
            Self::UrlAssessmentRequest(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl AnyThreatAssessmentRequest {
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
            Self::ThreatAssessmentRequest(v) => &v.id,
            Self::EmailFileAssessmentRequest(v) => &v.id,
            Self::FileAssessmentRequest(v) => &v.id,
            Self::MailAssessmentRequest(v) => &v.id,
            Self::UrlAssessmentRequest(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ThreatAssessmentRequest(v) => &mut v.id,
            Self::EmailFileAssessmentRequest(v) => &mut v.id,
            Self::FileAssessmentRequest(v) => &mut v.id,
            Self::MailAssessmentRequest(v) => &mut v.id,
            Self::UrlAssessmentRequest(v) => &mut v.id,
        }
    }
    /// `category` of any variant.
    #[inline]
    pub fn category(&self) -> &rt::Field<crate::v1::ThreatCategory> {
        match self {
            Self::ThreatAssessmentRequest(v) => &v.category,
            Self::EmailFileAssessmentRequest(v) => &v.category,
            Self::FileAssessmentRequest(v) => &v.category,
            Self::MailAssessmentRequest(v) => &v.category,
            Self::UrlAssessmentRequest(v) => &v.category,
        }
    }
    /// `category` of any variant.
    #[inline]
    pub fn category_mut(&mut self) -> &mut rt::Field<crate::v1::ThreatCategory> {
        match self {
            Self::ThreatAssessmentRequest(v) => &mut v.category,
            Self::EmailFileAssessmentRequest(v) => &mut v.category,
            Self::FileAssessmentRequest(v) => &mut v.category,
            Self::MailAssessmentRequest(v) => &mut v.category,
            Self::UrlAssessmentRequest(v) => &mut v.category,
        }
    }
    /// `contentType` of any variant.
    #[inline]
    pub fn content_type(&self) -> &rt::Field<crate::v1::ThreatAssessmentContentType> {
        match self {
            Self::ThreatAssessmentRequest(v) => &v.content_type,
            Self::EmailFileAssessmentRequest(v) => &v.content_type,
            Self::FileAssessmentRequest(v) => &v.content_type,
            Self::MailAssessmentRequest(v) => &v.content_type,
            Self::UrlAssessmentRequest(v) => &v.content_type,
        }
    }
    /// `contentType` of any variant.
    #[inline]
    pub fn content_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ThreatAssessmentContentType> {
        match self {
            Self::ThreatAssessmentRequest(v) => &mut v.content_type,
            Self::EmailFileAssessmentRequest(v) => &mut v.content_type,
            Self::FileAssessmentRequest(v) => &mut v.content_type,
            Self::MailAssessmentRequest(v) => &mut v.content_type,
            Self::UrlAssessmentRequest(v) => &mut v.content_type,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ThreatAssessmentRequest(v) => &v.created_by,
            Self::EmailFileAssessmentRequest(v) => &v.created_by,
            Self::FileAssessmentRequest(v) => &v.created_by,
            Self::MailAssessmentRequest(v) => &v.created_by,
            Self::UrlAssessmentRequest(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ThreatAssessmentRequest(v) => &mut v.created_by,
            Self::EmailFileAssessmentRequest(v) => &mut v.created_by,
            Self::FileAssessmentRequest(v) => &mut v.created_by,
            Self::MailAssessmentRequest(v) => &mut v.created_by,
            Self::UrlAssessmentRequest(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ThreatAssessmentRequest(v) => &v.created_date_time,
            Self::EmailFileAssessmentRequest(v) => &v.created_date_time,
            Self::FileAssessmentRequest(v) => &v.created_date_time,
            Self::MailAssessmentRequest(v) => &v.created_date_time,
            Self::UrlAssessmentRequest(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ThreatAssessmentRequest(v) => &mut v.created_date_time,
            Self::EmailFileAssessmentRequest(v) => &mut v.created_date_time,
            Self::FileAssessmentRequest(v) => &mut v.created_date_time,
            Self::MailAssessmentRequest(v) => &mut v.created_date_time,
            Self::UrlAssessmentRequest(v) => &mut v.created_date_time,
        }
    }
    /// `expectedAssessment` of any variant.
    #[inline]
    pub fn expected_assessment(
        &self,
    ) -> &rt::Field<crate::v1::ThreatExpectedAssessment> {
        match self {
            Self::ThreatAssessmentRequest(v) => &v.expected_assessment,
            Self::EmailFileAssessmentRequest(v) => &v.expected_assessment,
            Self::FileAssessmentRequest(v) => &v.expected_assessment,
            Self::MailAssessmentRequest(v) => &v.expected_assessment,
            Self::UrlAssessmentRequest(v) => &v.expected_assessment,
        }
    }
    /// `expectedAssessment` of any variant.
    #[inline]
    pub fn expected_assessment_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ThreatExpectedAssessment> {
        match self {
            Self::ThreatAssessmentRequest(v) => &mut v.expected_assessment,
            Self::EmailFileAssessmentRequest(v) => &mut v.expected_assessment,
            Self::FileAssessmentRequest(v) => &mut v.expected_assessment,
            Self::MailAssessmentRequest(v) => &mut v.expected_assessment,
            Self::UrlAssessmentRequest(v) => &mut v.expected_assessment,
        }
    }
    /// `requestSource` of any variant.
    #[inline]
    pub fn request_source(
        &self,
    ) -> &rt::Field<crate::v1::ThreatAssessmentRequestSource> {
        match self {
            Self::ThreatAssessmentRequest(v) => &v.request_source,
            Self::EmailFileAssessmentRequest(v) => &v.request_source,
            Self::FileAssessmentRequest(v) => &v.request_source,
            Self::MailAssessmentRequest(v) => &v.request_source,
            Self::UrlAssessmentRequest(v) => &v.request_source,
        }
    }
    /// `requestSource` of any variant.
    #[inline]
    pub fn request_source_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ThreatAssessmentRequestSource> {
        match self {
            Self::ThreatAssessmentRequest(v) => &mut v.request_source,
            Self::EmailFileAssessmentRequest(v) => &mut v.request_source,
            Self::FileAssessmentRequest(v) => &mut v.request_source,
            Self::MailAssessmentRequest(v) => &mut v.request_source,
            Self::UrlAssessmentRequest(v) => &mut v.request_source,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::v1::ThreatAssessmentStatus> {
        match self {
            Self::ThreatAssessmentRequest(v) => &v.status,
            Self::EmailFileAssessmentRequest(v) => &v.status,
            Self::FileAssessmentRequest(v) => &v.status,
            Self::MailAssessmentRequest(v) => &v.status,
            Self::UrlAssessmentRequest(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::v1::ThreatAssessmentStatus> {
        match self {
            Self::ThreatAssessmentRequest(v) => &mut v.status,
            Self::EmailFileAssessmentRequest(v) => &mut v.status,
            Self::FileAssessmentRequest(v) => &mut v.status,
            Self::MailAssessmentRequest(v) => &mut v.status,
            Self::UrlAssessmentRequest(v) => &mut v.status,
        }
    }
    /// `results` of any variant.
    #[inline]
    pub fn results(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::ThreatAssessmentResult>> {
        match self {
            Self::ThreatAssessmentRequest(v) => &v.results,
            Self::EmailFileAssessmentRequest(v) => &v.results,
            Self::FileAssessmentRequest(v) => &v.results,
            Self::MailAssessmentRequest(v) => &v.results,
            Self::UrlAssessmentRequest(v) => &v.results,
        }
    }
    /// `results` of any variant.
    #[inline]
    pub fn results_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::ThreatAssessmentResult>> {
        match self {
            Self::ThreatAssessmentRequest(v) => &mut v.results,
            Self::EmailFileAssessmentRequest(v) => &mut v.results,
            Self::FileAssessmentRequest(v) => &mut v.results,
            Self::MailAssessmentRequest(v) => &mut v.results,
            Self::UrlAssessmentRequest(v) => &mut v.results,
        }
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_poly!(AnyThreatAssessmentRequest);
#[cfg(msgraph_v1_information_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyThreatAssessmentRequest);
#[cfg(msgraph_v1_information_protection_or_search)]
/// CSDL: `microsoft.graph.threatAssessmentRequestSource`, enum type.
///
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ThreatAssessmentRequestSource {
    /// `undefined` (value 0).
    Undefined,
    /// `user` (value 1).
    User,
    /// `administrator` (value 2).
    Administrator,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::StrEnum for ThreatAssessmentRequestSource {
    const TYPE_NAME: &'static str = "microsoft.graph.threatAssessmentRequestSource";
    const MEMBERS: &'static [&'static str] = &["undefined", "user", "administrator"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "undefined" => Self::Undefined,
                "user" => Self::User,
                "administrator" => Self::Administrator,
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
            Self::Undefined => "undefined",
            Self::User => "user",
            Self::Administrator => "administrator",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_enum!(ThreatAssessmentRequestSource);
#[cfg(msgraph_v1_information_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatAssessmentRequestSource);
#[cfg(msgraph_v1_information_protection_or_search)]
/// CSDL: `microsoft.graph.threatAssessmentResult`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
#[derive(Clone)]
pub struct ThreatAssessmentResult {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `resultType`: `microsoft.graph.threatAssessmentResultType`, nullable.
    pub result_type: rt::Field<crate::v1::ThreatAssessmentResultType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl ::std::default::Default for ThreatAssessmentResult {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            message: rt::Field::Absent,
            result_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::Object for ThreatAssessmentResult {
    const TYPE_NAME: &'static str = "microsoft.graph.threatAssessmentResult";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "message",
        "resultType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"message\":                      ",
        ",\"resultType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.threatAssessmentResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "message", &self.message);
        v.field(3usize, "result_type", &self.result_type);
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::object::Members for ThreatAssessmentResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.message.read_from(r),
            3usize => self.result_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.message);
        w.field(3usize, &self.result_type);
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
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_object!(ThreatAssessmentResult);
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_setters!(
    ThreatAssessmentResult { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_message message :
    ::std::string::String; with_result_type result_type : crate
    ::v1::ThreatAssessmentResultType; }
);
#[cfg(msgraph_v1_information_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatAssessmentResult);
#[cfg(msgraph_v1_information_protection_or_search)]
/// CSDL: `microsoft.graph.threatAssessmentResultType`, enum type.
///
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ThreatAssessmentResultType {
    /// `checkPolicy` (value 1).
    CheckPolicy,
    /// `rescan` (value 2).
    Rescan,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::StrEnum for ThreatAssessmentResultType {
    const TYPE_NAME: &'static str = "microsoft.graph.threatAssessmentResultType";
    const MEMBERS: &'static [&'static str] = &[
        "checkPolicy",
        "rescan",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "checkPolicy" => Self::CheckPolicy,
                "rescan" => Self::Rescan,
                "unknownFutureValue" => Self::UnknownFutureValue,
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
            Self::CheckPolicy => "checkPolicy",
            Self::Rescan => "rescan",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_enum!(ThreatAssessmentResultType);
#[cfg(msgraph_v1_information_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatAssessmentResultType);
#[cfg(msgraph_v1_information_protection_or_search)]
/// CSDL: `microsoft.graph.threatAssessmentStatus`, enum type.
///
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ThreatAssessmentStatus {
    /// `pending` (value 1).
    Pending,
    /// `completed` (value 2).
    Completed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::StrEnum for ThreatAssessmentStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.threatAssessmentStatus";
    const MEMBERS: &'static [&'static str] = &["pending", "completed"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pending" => Self::Pending,
                "completed" => Self::Completed,
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
            Self::Pending => "pending",
            Self::Completed => "completed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_enum!(ThreatAssessmentStatus);
#[cfg(msgraph_v1_information_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatAssessmentStatus);
#[cfg(msgraph_v1_information_protection_or_search)]
/// CSDL: `microsoft.graph.threatCategory`, enum type.
///
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ThreatCategory {
    /// `undefined` (value 0).
    Undefined,
    /// `spam` (value 1).
    Spam,
    /// `phishing` (value 2).
    Phishing,
    /// `malware` (value 3).
    Malware,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::StrEnum for ThreatCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.threatCategory";
    const MEMBERS: &'static [&'static str] = &[
        "undefined",
        "spam",
        "phishing",
        "malware",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "undefined" => Self::Undefined,
                "spam" => Self::Spam,
                "phishing" => Self::Phishing,
                "malware" => Self::Malware,
                "unknownFutureValue" => Self::UnknownFutureValue,
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
            Self::Undefined => "undefined",
            Self::Spam => "spam",
            Self::Phishing => "phishing",
            Self::Malware => "malware",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_enum!(ThreatCategory);
#[cfg(msgraph_v1_information_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatCategory);
#[cfg(msgraph_v1_information_protection_or_search)]
/// CSDL: `microsoft.graph.threatExpectedAssessment`, enum type.
///
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ThreatExpectedAssessment {
    /// `block` (value 1).
    Block,
    /// `unblock` (value 2).
    Unblock,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::StrEnum for ThreatExpectedAssessment {
    const TYPE_NAME: &'static str = "microsoft.graph.threatExpectedAssessment";
    const MEMBERS: &'static [&'static str] = &["block", "unblock"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "block" => Self::Block,
                "unblock" => Self::Unblock,
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
            Self::Block => "block",
            Self::Unblock => "unblock",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_enum!(ThreatExpectedAssessment);
#[cfg(msgraph_v1_information_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatExpectedAssessment);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
/// CSDL: `microsoft.graph.ticketInfo`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-role-management`, `v1-search`.
#[derive(Clone)]
pub struct TicketInfo {
    /// CSDL: property `ticketNumber`: `Edm.String`, nullable.
    pub ticket_number: rt::Field<::std::string::String>,
    /// CSDL: property `ticketSystem`: `Edm.String`, nullable.
    pub ticket_system: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl ::std::default::Default for TicketInfo {
    #[inline]
    fn default() -> Self {
        Self {
            ticket_number: rt::Field::Absent,
            ticket_system: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl rt::Object for TicketInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.ticketInfo";
    const KEYS: &'static [&'static str] = &["ticketNumber", "ticketSystem"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ticketNumber\":                 ",
        ",\"ticketSystem\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ticketInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "ticket_number", &self.ticket_number);
        v.field(1usize, "ticket_system", &self.ticket_system);
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl rt::object::Members for TicketInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.ticket_number.read_from(r),
            1usize => self.ticket_system.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.ticket_number);
        w.field(1usize, &self.ticket_system);
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
rt::impl_object!(TicketInfo);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
rt::impl_setters!(
    TicketInfo { with_ticket_number ticket_number : ::std::string::String;
    with_ticket_system ticket_system : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TicketInfo);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeCard`, entity type, derived from `microsoft.graph.changeTrackedEntity`, key `id`.
///
/// Request builders: [`TimeCardPath`](requests/trait.TimeCardPath.html), what a path to one (`EntityPath<TimeCard, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeCard {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `breaks`: `Collection(microsoft.graph.timeCardBreak)`, nullable.
    pub breaks: rt::Field<::std::vec::Vec<crate::v1::TimeCardBreak>>,
    /// CSDL: property `clockInEvent`: `microsoft.graph.timeCardEvent`, nullable.
    pub clock_in_event: rt::Field<crate::v1::TimeCardEvent>,
    /// CSDL: property `clockOutEvent`: `microsoft.graph.timeCardEvent`, nullable.
    pub clock_out_event: rt::Field<crate::v1::TimeCardEvent>,
    /// CSDL: property `confirmedBy`: `microsoft.graph.confirmedBy`, nullable.
    pub confirmed_by: rt::Field<rt::Flags<crate::v1::ConfirmedBy>>,
    /// CSDL: property `notes`: `microsoft.graph.itemBody`, nullable.
    pub notes: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `originalEntry`: `microsoft.graph.timeCardEntry`, nullable.
    pub original_entry: rt::Field<crate::v1::TimeCardEntry>,
    /// CSDL: property `state`: `microsoft.graph.timeCardState`, nullable.
    pub state: rt::Field<crate::v1::TimeCardState>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeCard {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            breaks: rt::Field::Absent,
            clock_in_event: rt::Field::Absent,
            clock_out_event: rt::Field::Absent,
            confirmed_by: rt::Field::Absent,
            notes: rt::Field::Absent,
            original_entry: rt::Field::Absent,
            state: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeCard {
    const TYPE_NAME: &'static str = "microsoft.graph.timeCard";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "breaks",
        "clockInEvent",
        "clockOutEvent",
        "confirmedBy",
        "notes",
        "originalEntry",
        "state",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"breaks\":                       ",
        ",\"clockInEvent\":                 ",
        ",\"clockOutEvent\":                ",
        ",\"confirmedBy\":                  ",
        ",\"notes\":                        ",
        ",\"originalEntry\":                ",
        ",\"state\":                        ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeCard\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "breaks", &self.breaks);
        v.field(6usize, "clock_in_event", &self.clock_in_event);
        v.field(7usize, "clock_out_event", &self.clock_out_event);
        v.field(8usize, "confirmed_by", &self.confirmed_by);
        v.field(9usize, "notes", &self.notes);
        v.field(10usize, "original_entry", &self.original_entry);
        v.field(11usize, "state", &self.state);
        v.field(12usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TimeCard {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.breaks.read_from(r),
            6usize => self.clock_in_event.read_from(r),
            7usize => self.clock_out_event.read_from(r),
            8usize => self.confirmed_by.read_from(r),
            9usize => self.notes.read_from(r),
            10usize => self.original_entry.read_from(r),
            11usize => self.state.read_from(r),
            12usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.breaks);
        w.field(6usize, &self.clock_in_event);
        w.field(7usize, &self.clock_out_event);
        w.field(8usize, &self.confirmed_by);
        w.field(9usize, &self.notes);
        w.field(10usize, &self.original_entry);
        w.field(11usize, &self.state);
        w.field(12usize, &self.user_id);
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
rt::impl_object!(TimeCard);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeCard { with_id id : ::std::string::String; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_breaks breaks : ::std::vec::Vec < crate
    ::v1::TimeCardBreak >; with_clock_in_event clock_in_event : crate
    ::v1::TimeCardEvent; with_clock_out_event clock_out_event : crate
    ::v1::TimeCardEvent; with_confirmed_by confirmed_by : rt::Flags < crate
    ::v1::ConfirmedBy >; with_notes notes : crate ::v1::ItemBody; with_original_entry
    original_entry : crate ::v1::TimeCardEntry; with_state state : crate
    ::v1::TimeCardState; with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCard);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeCardBreak`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeCardBreak {
    /// CSDL: property `breakId`: `Edm.String`, nullable.
    pub break_id: rt::Field<::std::string::String>,
    /// CSDL: property `end`: `microsoft.graph.timeCardEvent`, nullable.
    pub end: rt::Field<crate::v1::TimeCardEvent>,
    /// CSDL: property `notes`: `microsoft.graph.itemBody`, nullable.
    pub notes: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `start`: `microsoft.graph.timeCardEvent`, not nullable.
    pub start: rt::Field<crate::v1::TimeCardEvent>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeCardBreak {
    #[inline]
    fn default() -> Self {
        Self {
            break_id: rt::Field::Absent,
            end: rt::Field::Absent,
            notes: rt::Field::Absent,
            start: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeCardBreak {
    const TYPE_NAME: &'static str = "microsoft.graph.timeCardBreak";
    const KEYS: &'static [&'static str] = &["breakId", "end", "notes", "start"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"breakId\":                      ",
        ",\"end\":                          ",
        ",\"notes\":                        ",
        ",\"start\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeCardBreak\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "break_id", &self.break_id);
        v.field(1usize, "end", &self.end);
        v.field(2usize, "notes", &self.notes);
        v.field(3usize, "start", &self.start);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TimeCardBreak {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.break_id.read_from(r),
            1usize => self.end.read_from(r),
            2usize => self.notes.read_from(r),
            3usize => self.start.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.break_id);
        w.field(1usize, &self.end);
        w.field(2usize, &self.notes);
        w.field(3usize, &self.start);
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
rt::impl_object!(TimeCardBreak);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeCardBreak { with_break_id break_id : ::std::string::String; with_end end : crate
    ::v1::TimeCardEvent; with_notes notes : crate ::v1::ItemBody; with_start start :
    crate ::v1::TimeCardEvent; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardBreak);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeCardEntry`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeCardEntry {
    /// CSDL: property `breaks`: `Collection(microsoft.graph.timeCardBreak)`, nullable.
    pub breaks: rt::Field<::std::vec::Vec<crate::v1::TimeCardBreak>>,
    /// CSDL: property `clockInEvent`: `microsoft.graph.timeCardEvent`, nullable.
    pub clock_in_event: rt::Field<crate::v1::TimeCardEvent>,
    /// CSDL: property `clockOutEvent`: `microsoft.graph.timeCardEvent`, nullable.
    pub clock_out_event: rt::Field<crate::v1::TimeCardEvent>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeCardEntry {
    #[inline]
    fn default() -> Self {
        Self {
            breaks: rt::Field::Absent,
            clock_in_event: rt::Field::Absent,
            clock_out_event: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeCardEntry {
    const TYPE_NAME: &'static str = "microsoft.graph.timeCardEntry";
    const KEYS: &'static [&'static str] = &["breaks", "clockInEvent", "clockOutEvent"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"breaks\":                       ",
        ",\"clockInEvent\":                 ",
        ",\"clockOutEvent\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeCardEntry\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "breaks", &self.breaks);
        v.field(1usize, "clock_in_event", &self.clock_in_event);
        v.field(2usize, "clock_out_event", &self.clock_out_event);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TimeCardEntry {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.breaks.read_from(r),
            1usize => self.clock_in_event.read_from(r),
            2usize => self.clock_out_event.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.breaks);
        w.field(1usize, &self.clock_in_event);
        w.field(2usize, &self.clock_out_event);
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
rt::impl_object!(TimeCardEntry);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeCardEntry { with_breaks breaks : ::std::vec::Vec < crate ::v1::TimeCardBreak >;
    with_clock_in_event clock_in_event : crate ::v1::TimeCardEvent; with_clock_out_event
    clock_out_event : crate ::v1::TimeCardEvent; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardEntry);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeCardEvent`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeCardEvent {
    /// CSDL: property `dateTime`: `Edm.DateTimeOffset`, not nullable.
    pub date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isAtApprovedLocation`: `Edm.Boolean`, nullable.
    pub is_at_approved_location: rt::Field<bool>,
    /// CSDL: property `notes`: `microsoft.graph.itemBody`, nullable.
    pub notes: rt::Field<crate::v1::ItemBody>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeCardEvent {
    #[inline]
    fn default() -> Self {
        Self {
            date_time: rt::Field::Absent,
            is_at_approved_location: rt::Field::Absent,
            notes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeCardEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.timeCardEvent";
    const KEYS: &'static [&'static str] = &["dateTime", "isAtApprovedLocation", "notes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dateTime\":                     ",
        ",\"isAtApprovedLocation\":         ",
        ",\"notes\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeCardEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "date_time", &self.date_time);
        v.field(1usize, "is_at_approved_location", &self.is_at_approved_location);
        v.field(2usize, "notes", &self.notes);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TimeCardEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.date_time.read_from(r),
            1usize => self.is_at_approved_location.read_from(r),
            2usize => self.notes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.date_time);
        w.field(1usize, &self.is_at_approved_location);
        w.field(2usize, &self.notes);
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
rt::impl_object!(TimeCardEvent);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeCardEvent { with_date_time date_time : rt::edm::DateTimeOffset;
    with_is_at_approved_location is_at_approved_location : bool; with_notes notes : crate
    ::v1::ItemBody; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardEvent);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeCardState`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TimeCardState {
    /// `clockedIn` (value 0).
    ClockedIn,
    /// `onBreak` (value 1).
    OnBreak,
    /// `clockedOut` (value 2).
    ClockedOut,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for TimeCardState {
    const TYPE_NAME: &'static str = "microsoft.graph.timeCardState";
    const MEMBERS: &'static [&'static str] = &[
        "clockedIn",
        "onBreak",
        "clockedOut",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "clockedIn" => Self::ClockedIn,
                "onBreak" => Self::OnBreak,
                "clockedOut" => Self::ClockedOut,
                "unknownFutureValue" => Self::UnknownFutureValue,
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
            Self::ClockedIn => "clockedIn",
            Self::OnBreak => "onBreak",
            Self::ClockedOut => "clockedOut",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(TimeCardState);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardState);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeClockSettings`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeClockSettings {
    /// CSDL: property `approvedLocation`: `microsoft.graph.geoCoordinates`, nullable.
    pub approved_location: rt::Field<crate::v1::GeoCoordinates>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeClockSettings {
    #[inline]
    fn default() -> Self {
        Self {
            approved_location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeClockSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.timeClockSettings";
    const KEYS: &'static [&'static str] = &["approvedLocation"];
    const KEYS_JSON: &'static [&'static str] = &[",\"approvedLocation\":             "];
    const TAG: &'static str = "\"#microsoft.graph.timeClockSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "approved_location", &self.approved_location);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TimeClockSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.approved_location.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.approved_location);
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
rt::impl_object!(TimeClockSettings);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeClockSettings { with_approved_location approved_location : crate
    ::v1::GeoCoordinates; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeClockSettings);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeConstraint`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeConstraint {
    /// CSDL: property `activityDomain`: `microsoft.graph.activityDomain`, nullable.
    pub activity_domain: rt::Field<crate::v1::ActivityDomain>,
    /// CSDL: property `timeSlots`: `Collection(microsoft.graph.timeSlot)`, nullable.
    pub time_slots: rt::Field<::std::vec::Vec<crate::v1::TimeSlot>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeConstraint {
    #[inline]
    fn default() -> Self {
        Self {
            activity_domain: rt::Field::Absent,
            time_slots: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeConstraint {
    const TYPE_NAME: &'static str = "microsoft.graph.timeConstraint";
    const KEYS: &'static [&'static str] = &["activityDomain", "timeSlots"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activityDomain\":               ",
        ",\"timeSlots\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeConstraint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "activity_domain", &self.activity_domain);
        v.field(1usize, "time_slots", &self.time_slots);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TimeConstraint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.activity_domain.read_from(r),
            1usize => self.time_slots.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.activity_domain);
        w.field(1usize, &self.time_slots);
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
rt::impl_object!(TimeConstraint);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeConstraint { with_activity_domain activity_domain : crate ::v1::ActivityDomain;
    with_time_slots time_slots : ::std::vec::Vec < crate ::v1::TimeSlot >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeConstraint);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeOff`, entity type, derived from `microsoft.graph.changeTrackedEntity`, key `id`.
///
/// Request builders: [`TimeOffPath`](requests/trait.TimeOffPath.html), what a path to one (`EntityPath<TimeOff, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeOff {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `draftTimeOff`: `microsoft.graph.timeOffItem`, nullable.
    pub draft_time_off: rt::Field<crate::v1::TimeOffItem>,
    /// CSDL: property `isStagedForDeletion`: `Edm.Boolean`, nullable.
    pub is_staged_for_deletion: rt::Field<bool>,
    /// CSDL: property `sharedTimeOff`: `microsoft.graph.timeOffItem`, nullable.
    pub shared_time_off: rt::Field<crate::v1::TimeOffItem>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeOff {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            draft_time_off: rt::Field::Absent,
            is_staged_for_deletion: rt::Field::Absent,
            shared_time_off: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeOff {
    const TYPE_NAME: &'static str = "microsoft.graph.timeOff";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "draftTimeOff",
        "isStagedForDeletion",
        "sharedTimeOff",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"draftTimeOff\":                 ",
        ",\"isStagedForDeletion\":          ",
        ",\"sharedTimeOff\":                ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeOff\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "draft_time_off", &self.draft_time_off);
        v.field(6usize, "is_staged_for_deletion", &self.is_staged_for_deletion);
        v.field(7usize, "shared_time_off", &self.shared_time_off);
        v.field(8usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TimeOff {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.draft_time_off.read_from(r),
            6usize => self.is_staged_for_deletion.read_from(r),
            7usize => self.shared_time_off.read_from(r),
            8usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.draft_time_off);
        w.field(6usize, &self.is_staged_for_deletion);
        w.field(7usize, &self.shared_time_off);
        w.field(8usize, &self.user_id);
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
rt::impl_object!(TimeOff);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeOff { with_id id : ::std::string::String; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_draft_time_off draft_time_off : crate
    ::v1::TimeOffItem; with_is_staged_for_deletion is_staged_for_deletion : bool;
    with_shared_time_off shared_time_off : crate ::v1::TimeOffItem; with_user_id user_id
    : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeOff);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeOffItem`, complex type, derived from `microsoft.graph.scheduleEntity`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeOffItem {
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `theme`: `microsoft.graph.scheduleEntityTheme`, not nullable.
    pub theme: rt::Field<crate::v1::ScheduleEntityTheme>,
    /// CSDL: property `timeOffReasonId`: `Edm.String`, nullable.
    pub time_off_reason_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeOffItem {
    #[inline]
    fn default() -> Self {
        Self {
            end_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            theme: rt::Field::Absent,
            time_off_reason_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeOffItem {
    const TYPE_NAME: &'static str = "microsoft.graph.timeOffItem";
    const KEYS: &'static [&'static str] = &[
        "endDateTime",
        "startDateTime",
        "theme",
        "timeOffReasonId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"endDateTime\":                  ",
        ",\"startDateTime\":                ",
        ",\"theme\":                        ",
        ",\"timeOffReasonId\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeOffItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end_date_time", &self.end_date_time);
        v.field(1usize, "start_date_time", &self.start_date_time);
        v.field(2usize, "theme", &self.theme);
        v.field(3usize, "time_off_reason_id", &self.time_off_reason_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TimeOffItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end_date_time.read_from(r),
            1usize => self.start_date_time.read_from(r),
            2usize => self.theme.read_from(r),
            3usize => self.time_off_reason_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end_date_time);
        w.field(1usize, &self.start_date_time);
        w.field(2usize, &self.theme);
        w.field(3usize, &self.time_off_reason_id);
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
rt::impl_object!(TimeOffItem);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeOffItem { with_end_date_time end_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_theme theme :
    crate ::v1::ScheduleEntityTheme; with_time_off_reason_id time_off_reason_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeOffItem);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeOffReason`, entity type, derived from `microsoft.graph.changeTrackedEntity`, key `id`.
///
/// Request builders: [`ChangeTrackedEntityPath`](requests/trait.ChangeTrackedEntityPath.html), what a path to one (`EntityPath<TimeOffReason, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeOffReason {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `iconType`: `microsoft.graph.timeOffReasonIconType`, nullable.
    pub icon_type: rt::Field<crate::v1::TimeOffReasonIconType>,
    /// CSDL: property `isActive`: `Edm.Boolean`, nullable.
    pub is_active: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeOffReason {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            code: rt::Field::Absent,
            display_name: rt::Field::Absent,
            icon_type: rt::Field::Absent,
            is_active: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeOffReason {
    const TYPE_NAME: &'static str = "microsoft.graph.timeOffReason";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "code",
        "displayName",
        "iconType",
        "isActive",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"code\":                         ",
        ",\"displayName\":                  ",
        ",\"iconType\":                     ",
        ",\"isActive\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeOffReason\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "code", &self.code);
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "icon_type", &self.icon_type);
        v.field(8usize, "is_active", &self.is_active);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TimeOffReason {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.code.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.icon_type.read_from(r),
            8usize => self.is_active.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.code);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.icon_type);
        w.field(8usize, &self.is_active);
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
rt::impl_object!(TimeOffReason);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeOffReason { with_id id : ::std::string::String; with_created_by created_by :
    crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_code code : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_icon_type icon_type : crate
    ::v1::TimeOffReasonIconType; with_is_active is_active : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeOffReason);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeOffReasonIconType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TimeOffReasonIconType {
    /// `none` (value 0).
    None,
    /// `car` (value 1).
    Car,
    /// `calendar` (value 2).
    Calendar,
    /// `running` (value 3).
    Running,
    /// `plane` (value 4).
    Plane,
    /// `firstAid` (value 5).
    FirstAid,
    /// `doctor` (value 6).
    Doctor,
    /// `notWorking` (value 7).
    NotWorking,
    /// `clock` (value 8).
    Clock,
    /// `juryDuty` (value 9).
    JuryDuty,
    /// `globe` (value 10).
    Globe,
    /// `cup` (value 11).
    Cup,
    /// `phone` (value 12).
    Phone,
    /// `weather` (value 13).
    Weather,
    /// `umbrella` (value 14).
    Umbrella,
    /// `piggyBank` (value 15).
    PiggyBank,
    /// `dog` (value 16).
    Dog,
    /// `cake` (value 17).
    Cake,
    /// `trafficCone` (value 18).
    TrafficCone,
    /// `pin` (value 19).
    Pin,
    /// `sunny` (value 20).
    Sunny,
    /// `unknownFutureValue` (value 21).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for TimeOffReasonIconType {
    const TYPE_NAME: &'static str = "microsoft.graph.timeOffReasonIconType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "car",
        "calendar",
        "running",
        "plane",
        "firstAid",
        "doctor",
        "notWorking",
        "clock",
        "juryDuty",
        "globe",
        "cup",
        "phone",
        "weather",
        "umbrella",
        "piggyBank",
        "dog",
        "cake",
        "trafficCone",
        "pin",
        "sunny",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "car" => Self::Car,
                "calendar" => Self::Calendar,
                "running" => Self::Running,
                "plane" => Self::Plane,
                "firstAid" => Self::FirstAid,
                "doctor" => Self::Doctor,
                "notWorking" => Self::NotWorking,
                "clock" => Self::Clock,
                "juryDuty" => Self::JuryDuty,
                "globe" => Self::Globe,
                "cup" => Self::Cup,
                "phone" => Self::Phone,
                "weather" => Self::Weather,
                "umbrella" => Self::Umbrella,
                "piggyBank" => Self::PiggyBank,
                "dog" => Self::Dog,
                "cake" => Self::Cake,
                "trafficCone" => Self::TrafficCone,
                "pin" => Self::Pin,
                "sunny" => Self::Sunny,
                "unknownFutureValue" => Self::UnknownFutureValue,
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
            Self::None => "none",
            Self::Car => "car",
            Self::Calendar => "calendar",
            Self::Running => "running",
            Self::Plane => "plane",
            Self::FirstAid => "firstAid",
            Self::Doctor => "doctor",
            Self::NotWorking => "notWorking",
            Self::Clock => "clock",
            Self::JuryDuty => "juryDuty",
            Self::Globe => "globe",
            Self::Cup => "cup",
            Self::Phone => "phone",
            Self::Weather => "weather",
            Self::Umbrella => "umbrella",
            Self::PiggyBank => "piggyBank",
            Self::Dog => "dog",
            Self::Cake => "cake",
            Self::TrafficCone => "trafficCone",
            Self::Pin => "pin",
            Self::Sunny => "sunny",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(TimeOffReasonIconType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeOffReasonIconType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeOffRequest`, entity type, derived from `microsoft.graph.scheduleChangeRequest`, key `id`.
///
/// Request builders: [`ScheduleChangeRequestPath`](requests/trait.ScheduleChangeRequestPath.html), what a path to one (`EntityPath<TimeOffRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeOffRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `assignedTo`: `microsoft.graph.scheduleChangeRequestActor`, nullable.
    pub assigned_to: rt::Field<crate::v1::ScheduleChangeRequestActor>,
    /// CSDL: property `managerActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub manager_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `managerActionMessage`: `Edm.String`, nullable.
    pub manager_action_message: rt::Field<::std::string::String>,
    /// CSDL: property `managerUserId`: `Edm.String`, nullable.
    pub manager_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `senderDateTime`: `Edm.DateTimeOffset`, nullable.
    pub sender_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `senderMessage`: `Edm.String`, nullable.
    pub sender_message: rt::Field<::std::string::String>,
    /// CSDL: property `senderUserId`: `Edm.String`, nullable.
    pub sender_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.scheduleChangeState`, nullable.
    pub state: rt::Field<crate::v1::ScheduleChangeState>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `timeOffReasonId`: `Edm.String`, nullable.
    pub time_off_reason_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeOffRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            manager_action_date_time: rt::Field::Absent,
            manager_action_message: rt::Field::Absent,
            manager_user_id: rt::Field::Absent,
            sender_date_time: rt::Field::Absent,
            sender_message: rt::Field::Absent,
            sender_user_id: rt::Field::Absent,
            state: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            time_off_reason_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeOffRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.timeOffRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "assignedTo",
        "managerActionDateTime",
        "managerActionMessage",
        "managerUserId",
        "senderDateTime",
        "senderMessage",
        "senderUserId",
        "state",
        "endDateTime",
        "startDateTime",
        "timeOffReasonId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"assignedTo\":                   ",
        ",\"managerActionDateTime\":        ",
        ",\"managerActionMessage\":         ",
        ",\"managerUserId\":                ",
        ",\"senderDateTime\":               ",
        ",\"senderMessage\":                ",
        ",\"senderUserId\":                 ",
        ",\"state\":                        ",
        ",\"endDateTime\":                  ",
        ",\"startDateTime\":                ",
        ",\"timeOffReasonId\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeOffRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "assigned_to", &self.assigned_to);
        v.field(6usize, "manager_action_date_time", &self.manager_action_date_time);
        v.field(7usize, "manager_action_message", &self.manager_action_message);
        v.field(8usize, "manager_user_id", &self.manager_user_id);
        v.field(9usize, "sender_date_time", &self.sender_date_time);
        v.field(10usize, "sender_message", &self.sender_message);
        v.field(11usize, "sender_user_id", &self.sender_user_id);
        v.field(12usize, "state", &self.state);
        v.field(13usize, "end_date_time", &self.end_date_time);
        v.field(14usize, "start_date_time", &self.start_date_time);
        v.field(15usize, "time_off_reason_id", &self.time_off_reason_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TimeOffRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.assigned_to.read_from(r),
            6usize => self.manager_action_date_time.read_from(r),
            7usize => self.manager_action_message.read_from(r),
            8usize => self.manager_user_id.read_from(r),
            9usize => self.sender_date_time.read_from(r),
            10usize => self.sender_message.read_from(r),
            11usize => self.sender_user_id.read_from(r),
            12usize => self.state.read_from(r),
            13usize => self.end_date_time.read_from(r),
            14usize => self.start_date_time.read_from(r),
            15usize => self.time_off_reason_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.assigned_to);
        w.field(6usize, &self.manager_action_date_time);
        w.field(7usize, &self.manager_action_message);
        w.field(8usize, &self.manager_user_id);
        w.field(9usize, &self.sender_date_time);
        w.field(10usize, &self.sender_message);
        w.field(11usize, &self.sender_user_id);
        w.field(12usize, &self.state);
        w.field(13usize, &self.end_date_time);
        w.field(14usize, &self.start_date_time);
        w.field(15usize, &self.time_off_reason_id);
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
rt::impl_object!(TimeOffRequest);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeOffRequest { with_id id : ::std::string::String; with_created_by created_by :
    crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_assigned_to assigned_to : crate
    ::v1::ScheduleChangeRequestActor; with_manager_action_date_time
    manager_action_date_time : rt::edm::DateTimeOffset; with_manager_action_message
    manager_action_message : ::std::string::String; with_manager_user_id manager_user_id
    : ::std::string::String; with_sender_date_time sender_date_time :
    rt::edm::DateTimeOffset; with_sender_message sender_message : ::std::string::String;
    with_sender_user_id sender_user_id : ::std::string::String; with_state state : crate
    ::v1::ScheduleChangeState; with_end_date_time end_date_time :
    rt::edm::DateTimeOffset; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_time_off_reason_id time_off_reason_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeOffRequest);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeZoneStandard`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TimeZoneStandard {
    /// `windows` (value 0).
    Windows,
    /// `iana` (value 1).
    Iana,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for TimeZoneStandard {
    const TYPE_NAME: &'static str = "microsoft.graph.timeZoneStandard";
    const MEMBERS: &'static [&'static str] = &["windows", "iana"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "windows" => Self::Windows,
                "iana" => Self::Iana,
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
            Self::Windows => "windows",
            Self::Iana => "iana",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(TimeZoneStandard);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeZoneStandard);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.titleArea`, complex type, open.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TitleArea {
    /// CSDL: property `alternativeText`: `Edm.String`, nullable.
    pub alternative_text: rt::Field<::std::string::String>,
    /// CSDL: property `enableGradientEffect`: `Edm.Boolean`, nullable.
    pub enable_gradient_effect: rt::Field<bool>,
    /// CSDL: property `imageWebUrl`: `Edm.String`, nullable.
    pub image_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `layout`: `microsoft.graph.titleAreaLayoutType`, nullable.
    pub layout: rt::Field<crate::v1::TitleAreaLayoutType>,
    /// CSDL: property `serverProcessedContent`: `microsoft.graph.serverProcessedContent`, nullable.
    pub server_processed_content: rt::Field<crate::v1::ServerProcessedContent>,
    /// CSDL: property `showAuthor`: `Edm.Boolean`, nullable.
    pub show_author: rt::Field<bool>,
    /// CSDL: property `showPublishedDate`: `Edm.Boolean`, nullable.
    pub show_published_date: rt::Field<bool>,
    /// CSDL: property `showTextBlockAboveTitle`: `Edm.Boolean`, nullable.
    pub show_text_block_above_title: rt::Field<bool>,
    /// CSDL: property `textAboveTitle`: `Edm.String`, nullable.
    pub text_above_title: rt::Field<::std::string::String>,
    /// CSDL: property `textAlignment`: `microsoft.graph.titleAreaTextAlignmentType`, nullable.
    pub text_alignment: rt::Field<crate::v1::TitleAreaTextAlignmentType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for TitleArea {
    #[inline]
    fn default() -> Self {
        Self {
            alternative_text: rt::Field::Absent,
            enable_gradient_effect: rt::Field::Absent,
            image_web_url: rt::Field::Absent,
            layout: rt::Field::Absent,
            server_processed_content: rt::Field::Absent,
            show_author: rt::Field::Absent,
            show_published_date: rt::Field::Absent,
            show_text_block_above_title: rt::Field::Absent,
            text_above_title: rt::Field::Absent,
            text_alignment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for TitleArea {
    const TYPE_NAME: &'static str = "microsoft.graph.titleArea";
    const KEYS: &'static [&'static str] = &[
        "alternativeText",
        "enableGradientEffect",
        "imageWebUrl",
        "layout",
        "serverProcessedContent",
        "showAuthor",
        "showPublishedDate",
        "showTextBlockAboveTitle",
        "textAboveTitle",
        "textAlignment",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"alternativeText\":              ",
        ",\"enableGradientEffect\":         ",
        ",\"imageWebUrl\":                  ",
        ",\"layout\":                       ",
        ",\"serverProcessedContent\":       ",
        ",\"showAuthor\":                   ",
        ",\"showPublishedDate\":            ",
        ",\"showTextBlockAboveTitle\":      ",
        ",\"textAboveTitle\":               ",
        ",\"textAlignment\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.titleArea\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "alternative_text", &self.alternative_text);
        v.field(1usize, "enable_gradient_effect", &self.enable_gradient_effect);
        v.field(2usize, "image_web_url", &self.image_web_url);
        v.field(3usize, "layout", &self.layout);
        v.field(4usize, "server_processed_content", &self.server_processed_content);
        v.field(5usize, "show_author", &self.show_author);
        v.field(6usize, "show_published_date", &self.show_published_date);
        v.field(
            7usize,
            "show_text_block_above_title",
            &self.show_text_block_above_title,
        );
        v.field(8usize, "text_above_title", &self.text_above_title);
        v.field(9usize, "text_alignment", &self.text_alignment);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for TitleArea {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.alternative_text.read_from(r),
            1usize => self.enable_gradient_effect.read_from(r),
            2usize => self.image_web_url.read_from(r),
            3usize => self.layout.read_from(r),
            4usize => self.server_processed_content.read_from(r),
            5usize => self.show_author.read_from(r),
            6usize => self.show_published_date.read_from(r),
            7usize => self.show_text_block_above_title.read_from(r),
            8usize => self.text_above_title.read_from(r),
            9usize => self.text_alignment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.alternative_text);
        w.field(1usize, &self.enable_gradient_effect);
        w.field(2usize, &self.image_web_url);
        w.field(3usize, &self.layout);
        w.field(4usize, &self.server_processed_content);
        w.field(5usize, &self.show_author);
        w.field(6usize, &self.show_published_date);
        w.field(7usize, &self.show_text_block_above_title);
        w.field(8usize, &self.text_above_title);
        w.field(9usize, &self.text_alignment);
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
rt::impl_object!(TitleArea);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    TitleArea { with_alternative_text alternative_text : ::std::string::String;
    with_enable_gradient_effect enable_gradient_effect : bool; with_image_web_url
    image_web_url : ::std::string::String; with_layout layout : crate
    ::v1::TitleAreaLayoutType; with_server_processed_content server_processed_content :
    crate ::v1::ServerProcessedContent; with_show_author show_author : bool;
    with_show_published_date show_published_date : bool; with_show_text_block_above_title
    show_text_block_above_title : bool; with_text_above_title text_above_title :
    ::std::string::String; with_text_alignment text_alignment : crate
    ::v1::TitleAreaTextAlignmentType; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(TitleArea);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.titleAreaLayoutType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TitleAreaLayoutType {
    /// `imageAndTitle` (value 0).
    ImageAndTitle,
    /// `plain` (value 1).
    Plain,
    /// `colorBlock` (value 2).
    ColorBlock,
    /// `overlap` (value 3).
    Overlap,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::StrEnum for TitleAreaLayoutType {
    const TYPE_NAME: &'static str = "microsoft.graph.titleAreaLayoutType";
    const MEMBERS: &'static [&'static str] = &[
        "imageAndTitle",
        "plain",
        "colorBlock",
        "overlap",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "imageAndTitle" => Self::ImageAndTitle,
                "plain" => Self::Plain,
                "colorBlock" => Self::ColorBlock,
                "overlap" => Self::Overlap,
                "unknownFutureValue" => Self::UnknownFutureValue,
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
            Self::ImageAndTitle => "imageAndTitle",
            Self::Plain => "plain",
            Self::ColorBlock => "colorBlock",
            Self::Overlap => "overlap",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_enum!(TitleAreaLayoutType);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(TitleAreaLayoutType);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.titleAreaTextAlignmentType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TitleAreaTextAlignmentType {
    /// `left` (value 0).
    Left,
    /// `center` (value 1).
    Center,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::StrEnum for TitleAreaTextAlignmentType {
    const TYPE_NAME: &'static str = "microsoft.graph.titleAreaTextAlignmentType";
    const MEMBERS: &'static [&'static str] = &["left", "center", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "left" => Self::Left,
                "center" => Self::Center,
                "unknownFutureValue" => Self::UnknownFutureValue,
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
            Self::Left => "left",
            Self::Center => "center",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_enum!(TitleAreaTextAlignmentType);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(TitleAreaTextAlignmentType);
