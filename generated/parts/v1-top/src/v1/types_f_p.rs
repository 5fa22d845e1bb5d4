//! Types of `microsoft.graph` by the first letters of their names (`f_p`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.featureRolloutPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`FeatureRolloutPolicyPath`](requests/trait.FeatureRolloutPolicyPath.html), what a path to one (`EntityPath<FeatureRolloutPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct FeatureRolloutPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `feature`: `microsoft.graph.stagedFeatureName`, not nullable.
    pub feature: rt::Field<crate::v1::StagedFeatureName>,
    /// CSDL: property `isAppliedToOrganization`: `Edm.Boolean`, not nullable.
    pub is_applied_to_organization: rt::Field<bool>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: containment navigation property `appliesTo`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub applies_to: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for FeatureRolloutPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            feature: rt::Field::Absent,
            is_applied_to_organization: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            applies_to: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::Object for FeatureRolloutPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.featureRolloutPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "feature",
        "isAppliedToOrganization",
        "isEnabled",
        "appliesTo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"feature\":                      ",
        ",\"isAppliedToOrganization\":      ",
        ",\"isEnabled\":                    ",
        ",\"appliesTo\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.featureRolloutPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "feature", &self.feature);
        v.field(4usize, "is_applied_to_organization", &self.is_applied_to_organization);
        v.field(5usize, "is_enabled", &self.is_enabled);
        v.field(6usize, "applies_to", &self.applies_to);
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::object::Members for FeatureRolloutPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.feature.read_from(r),
            4usize => self.is_applied_to_organization.read_from(r),
            5usize => self.is_enabled.read_from(r),
            6usize => self.applies_to.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.feature);
        w.field(4usize, &self.is_applied_to_organization);
        w.field(5usize, &self.is_enabled);
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
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_object!(FeatureRolloutPolicy);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    FeatureRolloutPolicy { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_feature feature : crate ::v1::StagedFeatureName;
    with_is_applied_to_organization is_applied_to_organization : bool; with_is_enabled
    is_enabled : bool; with_applies_to applies_to : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FeatureRolloutPolicy);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.fileStorage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`FileStoragePath`](requests/trait.FileStoragePath.html), what a path to one (`EntityPath<FileStorage, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct FileStorage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `containers`: `Collection(microsoft.graph.fileStorageContainer)`, not nullable.
    pub containers: rt::Field<::std::vec::Vec<crate::v1::FileStorageContainer>>,
    /// CSDL: containment navigation property `containerTypeRegistrations`: `Collection(microsoft.graph.fileStorageContainerTypeRegistration)`, not nullable.
    pub container_type_registrations: rt::Field<
        ::std::vec::Vec<crate::v1::FileStorageContainerTypeRegistration>,
    >,
    /// CSDL: containment navigation property `containerTypes`: `Collection(microsoft.graph.fileStorageContainerType)`, not nullable.
    pub container_types: rt::Field<::std::vec::Vec<crate::v1::FileStorageContainerType>>,
    /// CSDL: containment navigation property `deletedContainers`: `Collection(microsoft.graph.fileStorageContainer)`, not nullable.
    pub deleted_containers: rt::Field<::std::vec::Vec<crate::v1::FileStorageContainer>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for FileStorage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            containers: rt::Field::Absent,
            container_type_registrations: rt::Field::Absent,
            container_types: rt::Field::Absent,
            deleted_containers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for FileStorage {
    const TYPE_NAME: &'static str = "microsoft.graph.fileStorage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "containers",
        "containerTypeRegistrations",
        "containerTypes",
        "deletedContainers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"containers\":                   ",
        ",\"containerTypeRegistrations\":   ",
        ",\"containerTypes\":               ",
        ",\"deletedContainers\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fileStorage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "containers", &self.containers);
        v.field(
            2usize,
            "container_type_registrations",
            &self.container_type_registrations,
        );
        v.field(3usize, "container_types", &self.container_types);
        v.field(4usize, "deleted_containers", &self.deleted_containers);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for FileStorage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.containers.read_from(r),
            2usize => self.container_type_registrations.read_from(r),
            3usize => self.container_types.read_from(r),
            4usize => self.deleted_containers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.containers);
        w.field(2usize, &self.container_type_registrations);
        w.field(3usize, &self.container_types);
        w.field(4usize, &self.deleted_containers);
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
rt::impl_object!(FileStorage);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    FileStorage { with_id id : ::std::string::String; with_containers containers :
    ::std::vec::Vec < crate ::v1::FileStorageContainer >;
    with_container_type_registrations container_type_registrations : ::std::vec::Vec <
    crate ::v1::FileStorageContainerTypeRegistration >; with_container_types
    container_types : ::std::vec::Vec < crate ::v1::FileStorageContainerType >;
    with_deleted_containers deleted_containers : ::std::vec::Vec < crate
    ::v1::FileStorageContainer >; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileStorage);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.fileStorageContainer`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`FileStorageContainerPath`](requests/trait.FileStorageContainerPath.html), what a path to one (`EntityPath<FileStorageContainer, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct FileStorageContainer {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `assignedSensitivityLabel`: `microsoft.graph.assignedLabel`, nullable.
    pub assigned_sensitivity_label: rt::Field<crate::v1::AssignedLabel>,
    /// CSDL: property `containerTypeId`: `Edm.Guid`, not nullable.
    pub container_type_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `customProperties`: `microsoft.graph.fileStorageContainerCustomPropertyDictionary`, nullable.
    pub custom_properties: rt::Field<
        crate::v1::FileStorageContainerCustomPropertyDictionary,
    >,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lockState`: `microsoft.graph.siteLockState`, nullable.
    pub lock_state: rt::Field<crate::v1::SiteLockState>,
    /// CSDL: property `settings`: `microsoft.graph.fileStorageContainerSettings`, not nullable.
    pub settings: rt::Field<crate::v1::FileStorageContainerSettings>,
    /// CSDL: property `status`: `microsoft.graph.fileStorageContainerStatus`, nullable.
    pub status: rt::Field<crate::v1::FileStorageContainerStatus>,
    /// CSDL: property `viewpoint`: `microsoft.graph.fileStorageContainerViewpoint`, nullable.
    pub viewpoint: rt::Field<crate::v1::FileStorageContainerViewpoint>,
    /// CSDL: containment navigation property `columns`: `Collection(microsoft.graph.columnDefinition)`, not nullable.
    pub columns: rt::Field<::std::vec::Vec<crate::v1::ColumnDefinition>>,
    /// CSDL: navigation property `drive`: `microsoft.graph.drive`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_drives_or_search)]
    pub drive: rt::Field<crate::v1::Drive>,
    /// CSDL: containment navigation property `migrationJobs`: `Collection(microsoft.graph.sharePointMigrationJob)`, not nullable.
    pub migration_jobs: rt::Field<::std::vec::Vec<crate::v1::SharePointMigrationJob>>,
    /// CSDL: containment navigation property `permissions`: `Collection(microsoft.graph.permission)`, not nullable.
    pub permissions: rt::Field<::std::vec::Vec<crate::v1::Permission>>,
    /// CSDL: containment navigation property `recycleBin`: `microsoft.graph.recycleBin`, nullable.
    pub recycle_bin: rt::Field<crate::v1::RecycleBin>,
    /// CSDL: containment navigation property `sharePointGroups`: `Collection(microsoft.graph.sharePointGroup)`, not nullable.
    pub share_point_groups: rt::Field<::std::vec::Vec<crate::v1::SharePointGroup>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for FileStorageContainer {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assigned_sensitivity_label: rt::Field::Absent,
            container_type_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            custom_properties: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            lock_state: rt::Field::Absent,
            settings: rt::Field::Absent,
            status: rt::Field::Absent,
            viewpoint: rt::Field::Absent,
            columns: rt::Field::Absent,
            #[cfg(msgraph_v1_drives_or_search)]
            drive: rt::Field::Absent,
            migration_jobs: rt::Field::Absent,
            permissions: rt::Field::Absent,
            recycle_bin: rt::Field::Absent,
            share_point_groups: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for FileStorageContainer {
    const TYPE_NAME: &'static str = "microsoft.graph.fileStorageContainer";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignedSensitivityLabel",
        "containerTypeId",
        "createdDateTime",
        "customProperties",
        "description",
        "displayName",
        "lockState",
        "settings",
        "status",
        "viewpoint",
        "columns",
        "drive",
        "migrationJobs",
        "permissions",
        "recycleBin",
        "sharePointGroups",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignedSensitivityLabel\":     ",
        ",\"containerTypeId\":              ",
        ",\"createdDateTime\":              ",
        ",\"customProperties\":             ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lockState\":                    ",
        ",\"settings\":                     ",
        ",\"status\":                       ",
        ",\"viewpoint\":                    ",
        ",\"columns\":                      ",
        ",\"drive\":                        ",
        ",\"migrationJobs\":                ",
        ",\"permissions\":                  ",
        ",\"recycleBin\":                   ",
        ",\"sharePointGroups\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fileStorageContainer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assigned_sensitivity_label", &self.assigned_sensitivity_label);
        v.field(2usize, "container_type_id", &self.container_type_id);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "custom_properties", &self.custom_properties);
        v.field(5usize, "description", &self.description);
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "lock_state", &self.lock_state);
        v.field(8usize, "settings", &self.settings);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "viewpoint", &self.viewpoint);
        v.field(11usize, "columns", &self.columns);
        #[cfg(msgraph_v1_drives_or_search)] v.field(12usize, "drive", &self.drive);
        v.field(13usize, "migration_jobs", &self.migration_jobs);
        v.field(14usize, "permissions", &self.permissions);
        v.field(15usize, "recycle_bin", &self.recycle_bin);
        v.field(16usize, "share_point_groups", &self.share_point_groups);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for FileStorageContainer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assigned_sensitivity_label.read_from(r),
            2usize => self.container_type_id.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.custom_properties.read_from(r),
            5usize => self.description.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.lock_state.read_from(r),
            8usize => self.settings.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.viewpoint.read_from(r),
            11usize => self.columns.read_from(r),
            #[cfg(msgraph_v1_drives_or_search)]
            12usize => self.drive.read_from(r),
            13usize => self.migration_jobs.read_from(r),
            14usize => self.permissions.read_from(r),
            15usize => self.recycle_bin.read_from(r),
            16usize => self.share_point_groups.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assigned_sensitivity_label);
        w.field(2usize, &self.container_type_id);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.custom_properties);
        w.field(5usize, &self.description);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.lock_state);
        w.field(8usize, &self.settings);
        w.field(9usize, &self.status);
        w.field(10usize, &self.viewpoint);
        w.field(11usize, &self.columns);
        #[cfg(msgraph_v1_drives_or_search)] w.field(12usize, &self.drive);
        w.field(13usize, &self.migration_jobs);
        w.field(14usize, &self.permissions);
        w.field(15usize, &self.recycle_bin);
        w.field(16usize, &self.share_point_groups);
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
rt::impl_object!(FileStorageContainer);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    FileStorageContainer { with_id id : ::std::string::String;
    with_assigned_sensitivity_label assigned_sensitivity_label : crate
    ::v1::AssignedLabel; with_container_type_id container_type_id : rt::edm::Guid;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_custom_properties custom_properties : crate
    ::v1::FileStorageContainerCustomPropertyDictionary; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_lock_state lock_state : crate ::v1::SiteLockState; with_settings settings :
    crate ::v1::FileStorageContainerSettings; with_status status : crate
    ::v1::FileStorageContainerStatus; with_viewpoint viewpoint : crate
    ::v1::FileStorageContainerViewpoint; with_columns columns : ::std::vec::Vec < crate
    ::v1::ColumnDefinition >; #[cfg(msgraph_v1_drives_or_search)] with_drive drive :
    crate ::v1::Drive; with_migration_jobs migration_jobs : ::std::vec::Vec < crate
    ::v1::SharePointMigrationJob >; with_permissions permissions : ::std::vec::Vec <
    crate ::v1::Permission >; with_recycle_bin recycle_bin : crate ::v1::RecycleBin;
    with_share_point_groups share_point_groups : ::std::vec::Vec < crate
    ::v1::SharePointGroup >; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileStorageContainer);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.governanceInsight`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct GovernanceInsight {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `insightCreatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub insight_created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for GovernanceInsight {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            insight_created_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for GovernanceInsight {
    const TYPE_NAME: &'static str = "microsoft.graph.governanceInsight";
    const KEYS: &'static [&'static str] = &["id", "insightCreatedDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"insightCreatedDateTime\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.governanceInsight\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "insight_created_date_time", &self.insight_created_date_time);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for GovernanceInsight {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.insight_created_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.insight_created_date_time);
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
rt::impl_object!(GovernanceInsight);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    GovernanceInsight { with_id id : ::std::string::String;
    with_insight_created_date_time insight_created_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GovernanceInsight);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.governanceInsight` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyGovernanceInsight {
    GovernanceInsight(::std::boxed::Box<crate::v1::GovernanceInsight>),
    MembershipOutlierInsight(::std::boxed::Box<crate::v1::MembershipOutlierInsight>),
    UserSignInInsight(::std::boxed::Box<crate::v1::UserSignInInsight>),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyGovernanceInsight {
    #[inline]
    fn default() -> Self {
        Self::GovernanceInsight(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::GovernanceInsight> for AnyGovernanceInsight {
    #[inline]
    fn from(v: crate::v1::GovernanceInsight) -> Self {
        Self::GovernanceInsight(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MembershipOutlierInsight> for AnyGovernanceInsight {
    #[inline]
    fn from(v: crate::v1::MembershipOutlierInsight) -> Self {
        Self::MembershipOutlierInsight(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserSignInInsight> for AnyGovernanceInsight {
    #[inline]
    fn from(v: crate::v1::UserSignInInsight) -> Self {
        Self::UserSignInInsight(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyGovernanceInsight {}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyGovernanceInsight {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyGovernanceInsight {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyGovernanceInsight {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyGovernanceInsight {}
#[cfg(msgraph_v1_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::GovernanceInsight>();
    rt::object::auto_traits::<crate::v1::MembershipOutlierInsight>();
    rt::object::auto_traits::<crate::v1::UserSignInInsight>();
};
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyGovernanceInsight {
    const BASE_NAME: &'static str = "microsoft.graph.governanceInsight";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.membershipOutlierInsight") => {
                Self::MembershipOutlierInsight(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.userSignInInsight") => {
                Self::UserSignInInsight(rt::object::new_boxed())
            }
            _ => Self::GovernanceInsight(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::GovernanceInsight(v) => &**v,
            Self::MembershipOutlierInsight(v) => &**v,
            Self::UserSignInInsight(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::GovernanceInsight(v) => &mut **v,
            Self::MembershipOutlierInsight(v) => &mut **v,
            Self::UserSignInInsight(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyGovernanceInsight {
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
            Self::GovernanceInsight(v) => &v.id,
            Self::MembershipOutlierInsight(v) => &v.id,
            Self::UserSignInInsight(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::GovernanceInsight(v) => &mut v.id,
            Self::MembershipOutlierInsight(v) => &mut v.id,
            Self::UserSignInInsight(v) => &mut v.id,
        }
    }
    /// `insightCreatedDateTime` of any variant.
    #[inline]
    pub fn insight_created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::GovernanceInsight(v) => &v.insight_created_date_time,
            Self::MembershipOutlierInsight(v) => &v.insight_created_date_time,
            Self::UserSignInInsight(v) => &v.insight_created_date_time,
        }
    }
    /// `insightCreatedDateTime` of any variant.
    #[inline]
    pub fn insight_created_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::GovernanceInsight(v) => &mut v.insight_created_date_time,
            Self::MembershipOutlierInsight(v) => &mut v.insight_created_date_time,
            Self::UserSignInInsight(v) => &mut v.insight_created_date_time,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyGovernanceInsight);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyGovernanceInsight);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.group`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`GroupPath`](requests/trait.GroupPath.html), what a path to one (`EntityPath<Group, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Group {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `accessType`: `microsoft.graph.groupAccessType`, nullable.
    pub access_type: rt::Field<crate::v1::GroupAccessType>,
    /// CSDL: property `allowExternalSenders`: `Edm.Boolean`, nullable.
    pub allow_external_senders: rt::Field<bool>,
    /// CSDL: property `assignedLabels`: `Collection(microsoft.graph.assignedLabel)`, nullable.
    pub assigned_labels: rt::Field<::std::vec::Vec<crate::v1::AssignedLabel>>,
    /// CSDL: property `assignedLicenses`: `Collection(microsoft.graph.assignedLicense)`, nullable.
    pub assigned_licenses: rt::Field<::std::vec::Vec<crate::v1::AssignedLicense>>,
    /// CSDL: property `autoSubscribeNewMembers`: `Edm.Boolean`, nullable.
    pub auto_subscribe_new_members: rt::Field<bool>,
    /// CSDL: property `classification`: `Edm.String`, nullable.
    pub classification: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `groupTypes`: `Collection(Edm.String)`, not nullable.
    pub group_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `hasMembersWithLicenseErrors`: `Edm.Boolean`, nullable.
    pub has_members_with_license_errors: rt::Field<bool>,
    /// CSDL: property `hideFromAddressLists`: `Edm.Boolean`, nullable.
    pub hide_from_address_lists: rt::Field<bool>,
    /// CSDL: property `hideFromOutlookClients`: `Edm.Boolean`, nullable.
    pub hide_from_outlook_clients: rt::Field<bool>,
    /// CSDL: property `infoCatalogs`: `Collection(Edm.String)`, not nullable.
    pub info_catalogs: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isArchived`: `Edm.Boolean`, nullable.
    pub is_archived: rt::Field<bool>,
    /// CSDL: property `isAssignableToRole`: `Edm.Boolean`, nullable.
    pub is_assignable_to_role: rt::Field<bool>,
    /// CSDL: property `isFavorite`: `Edm.Boolean`, nullable.
    pub is_favorite: rt::Field<bool>,
    /// CSDL: property `isManagementRestricted`: `Edm.Boolean`, nullable.
    pub is_management_restricted: rt::Field<bool>,
    /// CSDL: property `isSubscribedByMail`: `Edm.Boolean`, nullable.
    pub is_subscribed_by_mail: rt::Field<bool>,
    /// CSDL: property `licenseProcessingState`: `microsoft.graph.licenseProcessingState`, nullable.
    pub license_processing_state: rt::Field<crate::v1::LicenseProcessingState>,
    /// CSDL: property `mail`: `Edm.String`, nullable.
    pub mail: rt::Field<::std::string::String>,
    /// CSDL: property `mailEnabled`: `Edm.Boolean`, nullable.
    pub mail_enabled: rt::Field<bool>,
    /// CSDL: property `mailNickname`: `Edm.String`, nullable.
    pub mail_nickname: rt::Field<::std::string::String>,
    /// CSDL: property `membershipRule`: `Edm.String`, nullable.
    pub membership_rule: rt::Field<::std::string::String>,
    /// CSDL: property `membershipRuleProcessingState`: `Edm.String`, nullable.
    pub membership_rule_processing_state: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesDomainName`: `Edm.String`, nullable.
    pub on_premises_domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesExtensionAttributes`: `microsoft.graph.onPremisesExtensionAttributes`, nullable.
    pub on_premises_extension_attributes: rt::Field<
        crate::v1::OnPremisesExtensionAttributes,
    >,
    /// CSDL: property `onPremisesLastSyncDateTime`: `Edm.DateTimeOffset`, nullable.
    pub on_premises_last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `onPremisesNetBiosName`: `Edm.String`, nullable.
    pub on_premises_net_bios_name: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesProvisioningErrors`: `Collection(microsoft.graph.onPremisesProvisioningError)`, nullable.
    pub on_premises_provisioning_errors: rt::Field<
        ::std::vec::Vec<crate::v1::OnPremisesProvisioningError>,
    >,
    /// CSDL: property `onPremisesSamAccountName`: `Edm.String`, nullable.
    pub on_premises_sam_account_name: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesSecurityIdentifier`: `Edm.String`, nullable.
    pub on_premises_security_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesSyncEnabled`: `Edm.Boolean`, nullable.
    pub on_premises_sync_enabled: rt::Field<bool>,
    /// CSDL: property `organizationId`: `Edm.String`, nullable.
    pub organization_id: rt::Field<::std::string::String>,
    /// CSDL: property `preferredDataLocation`: `Edm.String`, nullable.
    pub preferred_data_location: rt::Field<::std::string::String>,
    /// CSDL: property `preferredLanguage`: `Edm.String`, nullable.
    pub preferred_language: rt::Field<::std::string::String>,
    /// CSDL: property `proxyAddresses`: `Collection(Edm.String)`, not nullable.
    pub proxy_addresses: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `renewedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub renewed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `resourceBehaviorOptions`: `Collection(Edm.String)`, not nullable.
    pub resource_behavior_options: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `resourceProvisioningOptions`: `Collection(Edm.String)`, not nullable.
    pub resource_provisioning_options: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `securityEnabled`: `Edm.Boolean`, nullable.
    pub security_enabled: rt::Field<bool>,
    /// CSDL: property `securityIdentifier`: `Edm.String`, nullable.
    pub security_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `serviceProvisioningErrors`: `Collection(microsoft.graph.serviceProvisioningError)`, nullable.
    pub service_provisioning_errors: rt::Field<
        ::std::vec::Vec<crate::v1::AnyServiceProvisioningError>,
    >,
    /// CSDL: property `theme`: `Edm.String`, nullable.
    pub theme: rt::Field<::std::string::String>,
    /// CSDL: property `uniqueName`: `Edm.String`, nullable.
    pub unique_name: rt::Field<::std::string::String>,
    /// CSDL: property `unseenConversationsCount`: `Edm.Int32`, nullable.
    pub unseen_conversations_count: rt::Field<i32>,
    /// CSDL: property `unseenCount`: `Edm.Int32`, nullable.
    pub unseen_count: rt::Field<i32>,
    /// CSDL: property `unseenMessagesCount`: `Edm.Int32`, nullable.
    pub unseen_messages_count: rt::Field<i32>,
    /// CSDL: property `visibility`: `Edm.String`, nullable.
    pub visibility: rt::Field<::std::string::String>,
    /// CSDL: property `welcomeMessageEnabled`: `Edm.Boolean`, nullable.
    pub welcome_message_enabled: rt::Field<bool>,
    /// CSDL: navigation property `acceptedSenders`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub accepted_senders: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `appRoleAssignments`: `Collection(microsoft.graph.appRoleAssignment)`, not nullable.
    pub app_role_assignments: rt::Field<::std::vec::Vec<crate::v1::AppRoleAssignment>>,
    /// CSDL: containment navigation property `calendar`: `microsoft.graph.calendar`, nullable.
    pub calendar: rt::Field<crate::v1::Calendar>,
    /// CSDL: containment navigation property `calendarView`: `Collection(microsoft.graph.event)`, not nullable.
    pub calendar_view: rt::Field<::std::vec::Vec<crate::v1::Event>>,
    /// CSDL: containment navigation property `conversations`: `Collection(microsoft.graph.conversation)`, not nullable.
    pub conversations: rt::Field<::std::vec::Vec<crate::v1::Conversation>>,
    /// CSDL: navigation property `createdOnBehalfOf`: `microsoft.graph.directoryObject`, nullable.
    pub created_on_behalf_of: rt::Field<crate::v1::AnyDirectoryObject>,
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
    /// CSDL: containment navigation property `events`: `Collection(microsoft.graph.event)`, not nullable.
    pub events: rt::Field<::std::vec::Vec<crate::v1::Event>>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::v1::AnyExtension>>,
    /// CSDL: containment navigation property `groupLifecyclePolicies`: `Collection(microsoft.graph.groupLifecyclePolicy)`, not nullable.
    pub group_lifecycle_policies: rt::Field<
        ::std::vec::Vec<crate::v1::GroupLifecyclePolicy>,
    >,
    /// CSDL: navigation property `memberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub member_of: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: navigation property `members`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub members: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: navigation property `membersWithLicenseErrors`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub members_with_license_errors: rt::Field<
        ::std::vec::Vec<crate::v1::AnyDirectoryObject>,
    >,
    /// CSDL: containment navigation property `onenote`: `microsoft.graph.onenote`, nullable.
    pub onenote: rt::Field<crate::v1::Onenote>,
    /// CSDL: containment navigation property `onPremisesSyncBehavior`: `microsoft.graph.onPremisesSyncBehavior`, nullable.
    pub on_premises_sync_behavior: rt::Field<crate::v1::OnPremisesSyncBehavior>,
    /// CSDL: navigation property `owners`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub owners: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `permissionGrants`: `Collection(microsoft.graph.resourceSpecificPermissionGrant)`, not nullable.
    pub permission_grants: rt::Field<
        ::std::vec::Vec<crate::v1::ResourceSpecificPermissionGrant>,
    >,
    /// CSDL: containment navigation property `photo`: `microsoft.graph.profilePhoto`, nullable.
    pub photo: rt::Field<crate::v1::ProfilePhoto>,
    /// CSDL: containment navigation property `photos`: `Collection(microsoft.graph.profilePhoto)`, not nullable.
    pub photos: rt::Field<::std::vec::Vec<crate::v1::ProfilePhoto>>,
    /// CSDL: containment navigation property `planner`: `microsoft.graph.plannerGroup`, nullable.
    pub planner: rt::Field<crate::v1::PlannerGroup>,
    /// CSDL: navigation property `rejectedSenders`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub rejected_senders: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `settings`: `Collection(microsoft.graph.groupSetting)`, not nullable.
    pub settings: rt::Field<::std::vec::Vec<crate::v1::GroupSetting>>,
    /// CSDL: containment navigation property `sites`: `Collection(microsoft.graph.site)`, not nullable.
    pub sites: rt::Field<::std::vec::Vec<crate::v1::Site>>,
    /// CSDL: containment navigation property `team`: `microsoft.graph.team`, nullable.
    pub team: rt::Field<::std::boxed::Box<crate::v1::Team>>,
    /// CSDL: containment navigation property `threads`: `Collection(microsoft.graph.conversationThread)`, not nullable.
    pub threads: rt::Field<::std::vec::Vec<crate::v1::ConversationThread>>,
    /// CSDL: navigation property `transitiveMemberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub transitive_member_of: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: navigation property `transitiveMembers`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub transitive_members: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Group {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            access_type: rt::Field::Absent,
            allow_external_senders: rt::Field::Absent,
            assigned_labels: rt::Field::Absent,
            assigned_licenses: rt::Field::Absent,
            auto_subscribe_new_members: rt::Field::Absent,
            classification: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            group_types: rt::Field::Absent,
            has_members_with_license_errors: rt::Field::Absent,
            hide_from_address_lists: rt::Field::Absent,
            hide_from_outlook_clients: rt::Field::Absent,
            info_catalogs: rt::Field::Absent,
            is_archived: rt::Field::Absent,
            is_assignable_to_role: rt::Field::Absent,
            is_favorite: rt::Field::Absent,
            is_management_restricted: rt::Field::Absent,
            is_subscribed_by_mail: rt::Field::Absent,
            license_processing_state: rt::Field::Absent,
            mail: rt::Field::Absent,
            mail_enabled: rt::Field::Absent,
            mail_nickname: rt::Field::Absent,
            membership_rule: rt::Field::Absent,
            membership_rule_processing_state: rt::Field::Absent,
            on_premises_domain_name: rt::Field::Absent,
            on_premises_extension_attributes: rt::Field::Absent,
            on_premises_last_sync_date_time: rt::Field::Absent,
            on_premises_net_bios_name: rt::Field::Absent,
            on_premises_provisioning_errors: rt::Field::Absent,
            on_premises_sam_account_name: rt::Field::Absent,
            on_premises_security_identifier: rt::Field::Absent,
            on_premises_sync_enabled: rt::Field::Absent,
            organization_id: rt::Field::Absent,
            preferred_data_location: rt::Field::Absent,
            preferred_language: rt::Field::Absent,
            proxy_addresses: rt::Field::Absent,
            renewed_date_time: rt::Field::Absent,
            resource_behavior_options: rt::Field::Absent,
            resource_provisioning_options: rt::Field::Absent,
            security_enabled: rt::Field::Absent,
            security_identifier: rt::Field::Absent,
            service_provisioning_errors: rt::Field::Absent,
            theme: rt::Field::Absent,
            unique_name: rt::Field::Absent,
            unseen_conversations_count: rt::Field::Absent,
            unseen_count: rt::Field::Absent,
            unseen_messages_count: rt::Field::Absent,
            visibility: rt::Field::Absent,
            welcome_message_enabled: rt::Field::Absent,
            accepted_senders: rt::Field::Absent,
            app_role_assignments: rt::Field::Absent,
            calendar: rt::Field::Absent,
            calendar_view: rt::Field::Absent,
            conversations: rt::Field::Absent,
            created_on_behalf_of: rt::Field::Absent,
            #[cfg(msgraph_v1_drives_or_search)]
            drive: rt::Field::Absent,
            #[cfg(msgraph_v1_drives_or_search)]
            drives: rt::Field::Absent,
            events: rt::Field::Absent,
            extensions: rt::Field::Absent,
            group_lifecycle_policies: rt::Field::Absent,
            member_of: rt::Field::Absent,
            members: rt::Field::Absent,
            members_with_license_errors: rt::Field::Absent,
            onenote: rt::Field::Absent,
            on_premises_sync_behavior: rt::Field::Absent,
            owners: rt::Field::Absent,
            permission_grants: rt::Field::Absent,
            photo: rt::Field::Absent,
            photos: rt::Field::Absent,
            planner: rt::Field::Absent,
            rejected_senders: rt::Field::Absent,
            settings: rt::Field::Absent,
            sites: rt::Field::Absent,
            team: rt::Field::Absent,
            threads: rt::Field::Absent,
            transitive_member_of: rt::Field::Absent,
            transitive_members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Group {
    const TYPE_NAME: &'static str = "microsoft.graph.group";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "accessType",
        "allowExternalSenders",
        "assignedLabels",
        "assignedLicenses",
        "autoSubscribeNewMembers",
        "classification",
        "createdDateTime",
        "description",
        "displayName",
        "expirationDateTime",
        "groupTypes",
        "hasMembersWithLicenseErrors",
        "hideFromAddressLists",
        "hideFromOutlookClients",
        "infoCatalogs",
        "isArchived",
        "isAssignableToRole",
        "isFavorite",
        "isManagementRestricted",
        "isSubscribedByMail",
        "licenseProcessingState",
        "mail",
        "mailEnabled",
        "mailNickname",
        "membershipRule",
        "membershipRuleProcessingState",
        "onPremisesDomainName",
        "onPremisesExtensionAttributes",
        "onPremisesLastSyncDateTime",
        "onPremisesNetBiosName",
        "onPremisesProvisioningErrors",
        "onPremisesSamAccountName",
        "onPremisesSecurityIdentifier",
        "onPremisesSyncEnabled",
        "organizationId",
        "preferredDataLocation",
        "preferredLanguage",
        "proxyAddresses",
        "renewedDateTime",
        "resourceBehaviorOptions",
        "resourceProvisioningOptions",
        "securityEnabled",
        "securityIdentifier",
        "serviceProvisioningErrors",
        "theme",
        "uniqueName",
        "unseenConversationsCount",
        "unseenCount",
        "unseenMessagesCount",
        "visibility",
        "welcomeMessageEnabled",
        "acceptedSenders",
        "appRoleAssignments",
        "calendar",
        "calendarView",
        "conversations",
        "createdOnBehalfOf",
        "drive",
        "drives",
        "events",
        "extensions",
        "groupLifecyclePolicies",
        "memberOf",
        "members",
        "membersWithLicenseErrors",
        "onenote",
        "onPremisesSyncBehavior",
        "owners",
        "permissionGrants",
        "photo",
        "photos",
        "planner",
        "rejectedSenders",
        "settings",
        "sites",
        "team",
        "threads",
        "transitiveMemberOf",
        "transitiveMembers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"accessType\":                   ",
        ",\"allowExternalSenders\":         ",
        ",\"assignedLabels\":               ",
        ",\"assignedLicenses\":             ",
        ",\"autoSubscribeNewMembers\":      ",
        ",\"classification\":               ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"expirationDateTime\":           ",
        ",\"groupTypes\":                   ",
        ",\"hasMembersWithLicenseErrors\":  ",
        ",\"hideFromAddressLists\":         ",
        ",\"hideFromOutlookClients\":       ",
        ",\"infoCatalogs\":                 ",
        ",\"isArchived\":                   ",
        ",\"isAssignableToRole\":           ",
        ",\"isFavorite\":                   ",
        ",\"isManagementRestricted\":       ",
        ",\"isSubscribedByMail\":           ",
        ",\"licenseProcessingState\":       ",
        ",\"mail\":                         ",
        ",\"mailEnabled\":                  ",
        ",\"mailNickname\":                 ",
        ",\"membershipRule\":               ",
        ",\"membershipRuleProcessingState\":",
        ",\"onPremisesDomainName\":         ",
        ",\"onPremisesExtensionAttributes\":",
        ",\"onPremisesLastSyncDateTime\":   ",
        ",\"onPremisesNetBiosName\":        ",
        ",\"onPremisesProvisioningErrors\": ",
        ",\"onPremisesSamAccountName\":     ",
        ",\"onPremisesSecurityIdentifier\": ",
        ",\"onPremisesSyncEnabled\":        ",
        ",\"organizationId\":               ",
        ",\"preferredDataLocation\":        ",
        ",\"preferredLanguage\":            ",
        ",\"proxyAddresses\":               ",
        ",\"renewedDateTime\":              ",
        ",\"resourceBehaviorOptions\":      ",
        ",\"resourceProvisioningOptions\":  ",
        ",\"securityEnabled\":              ",
        ",\"securityIdentifier\":           ",
        ",\"serviceProvisioningErrors\":    ",
        ",\"theme\":                        ",
        ",\"uniqueName\":                   ",
        ",\"unseenConversationsCount\":     ",
        ",\"unseenCount\":                  ",
        ",\"unseenMessagesCount\":          ",
        ",\"visibility\":                   ",
        ",\"welcomeMessageEnabled\":        ",
        ",\"acceptedSenders\":              ",
        ",\"appRoleAssignments\":           ",
        ",\"calendar\":                     ",
        ",\"calendarView\":                 ",
        ",\"conversations\":                ",
        ",\"createdOnBehalfOf\":            ",
        ",\"drive\":                        ",
        ",\"drives\":                       ",
        ",\"events\":                       ",
        ",\"extensions\":                   ",
        ",\"groupLifecyclePolicies\":       ",
        ",\"memberOf\":                     ",
        ",\"members\":                      ",
        ",\"membersWithLicenseErrors\":     ",
        ",\"onenote\":                      ",
        ",\"onPremisesSyncBehavior\":       ",
        ",\"owners\":                       ",
        ",\"permissionGrants\":             ",
        ",\"photo\":                        ",
        ",\"photos\":                       ",
        ",\"planner\":                      ",
        ",\"rejectedSenders\":              ",
        ",\"settings\":                     ",
        ",\"sites\":                        ",
        ",\"team\":                         ",
        ",\"threads\":                      ",
        ",\"transitiveMemberOf\":           ",
        ",\"transitiveMembers\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.group\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "access_type", &self.access_type);
        v.field(3usize, "allow_external_senders", &self.allow_external_senders);
        v.field(4usize, "assigned_labels", &self.assigned_labels);
        v.field(5usize, "assigned_licenses", &self.assigned_licenses);
        v.field(6usize, "auto_subscribe_new_members", &self.auto_subscribe_new_members);
        v.field(7usize, "classification", &self.classification);
        v.field(8usize, "created_date_time", &self.created_date_time);
        v.field(9usize, "description", &self.description);
        v.field(10usize, "display_name", &self.display_name);
        v.field(11usize, "expiration_date_time", &self.expiration_date_time);
        v.field(12usize, "group_types", &self.group_types);
        v.field(
            13usize,
            "has_members_with_license_errors",
            &self.has_members_with_license_errors,
        );
        v.field(14usize, "hide_from_address_lists", &self.hide_from_address_lists);
        v.field(15usize, "hide_from_outlook_clients", &self.hide_from_outlook_clients);
        v.field(16usize, "info_catalogs", &self.info_catalogs);
        v.field(17usize, "is_archived", &self.is_archived);
        v.field(18usize, "is_assignable_to_role", &self.is_assignable_to_role);
        v.field(19usize, "is_favorite", &self.is_favorite);
        v.field(20usize, "is_management_restricted", &self.is_management_restricted);
        v.field(21usize, "is_subscribed_by_mail", &self.is_subscribed_by_mail);
        v.field(22usize, "license_processing_state", &self.license_processing_state);
        v.field(23usize, "mail", &self.mail);
        v.field(24usize, "mail_enabled", &self.mail_enabled);
        v.field(25usize, "mail_nickname", &self.mail_nickname);
        v.field(26usize, "membership_rule", &self.membership_rule);
        v.field(
            27usize,
            "membership_rule_processing_state",
            &self.membership_rule_processing_state,
        );
        v.field(28usize, "on_premises_domain_name", &self.on_premises_domain_name);
        v.field(
            29usize,
            "on_premises_extension_attributes",
            &self.on_premises_extension_attributes,
        );
        v.field(
            30usize,
            "on_premises_last_sync_date_time",
            &self.on_premises_last_sync_date_time,
        );
        v.field(31usize, "on_premises_net_bios_name", &self.on_premises_net_bios_name);
        v.field(
            32usize,
            "on_premises_provisioning_errors",
            &self.on_premises_provisioning_errors,
        );
        v.field(
            33usize,
            "on_premises_sam_account_name",
            &self.on_premises_sam_account_name,
        );
        v.field(
            34usize,
            "on_premises_security_identifier",
            &self.on_premises_security_identifier,
        );
        v.field(35usize, "on_premises_sync_enabled", &self.on_premises_sync_enabled);
        v.field(36usize, "organization_id", &self.organization_id);
        v.field(37usize, "preferred_data_location", &self.preferred_data_location);
        v.field(38usize, "preferred_language", &self.preferred_language);
        v.field(39usize, "proxy_addresses", &self.proxy_addresses);
        v.field(40usize, "renewed_date_time", &self.renewed_date_time);
        v.field(41usize, "resource_behavior_options", &self.resource_behavior_options);
        v.field(
            42usize,
            "resource_provisioning_options",
            &self.resource_provisioning_options,
        );
        v.field(43usize, "security_enabled", &self.security_enabled);
        v.field(44usize, "security_identifier", &self.security_identifier);
        v.field(
            45usize,
            "service_provisioning_errors",
            &self.service_provisioning_errors,
        );
        v.field(46usize, "theme", &self.theme);
        v.field(47usize, "unique_name", &self.unique_name);
        v.field(48usize, "unseen_conversations_count", &self.unseen_conversations_count);
        v.field(49usize, "unseen_count", &self.unseen_count);
        v.field(50usize, "unseen_messages_count", &self.unseen_messages_count);
        v.field(51usize, "visibility", &self.visibility);
        v.field(52usize, "welcome_message_enabled", &self.welcome_message_enabled);
        v.field(53usize, "accepted_senders", &self.accepted_senders);
        v.field(54usize, "app_role_assignments", &self.app_role_assignments);
        v.field(55usize, "calendar", &self.calendar);
        v.field(56usize, "calendar_view", &self.calendar_view);
        v.field(57usize, "conversations", &self.conversations);
        v.field(58usize, "created_on_behalf_of", &self.created_on_behalf_of);
        #[cfg(msgraph_v1_drives_or_search)] v.field(59usize, "drive", &self.drive);
        #[cfg(msgraph_v1_drives_or_search)] v.field(60usize, "drives", &self.drives);
        v.field(61usize, "events", &self.events);
        v.field(62usize, "extensions", &self.extensions);
        v.field(63usize, "group_lifecycle_policies", &self.group_lifecycle_policies);
        v.field(64usize, "member_of", &self.member_of);
        v.field(65usize, "members", &self.members);
        v.field(
            66usize,
            "members_with_license_errors",
            &self.members_with_license_errors,
        );
        v.field(67usize, "onenote", &self.onenote);
        v.field(68usize, "on_premises_sync_behavior", &self.on_premises_sync_behavior);
        v.field(69usize, "owners", &self.owners);
        v.field(70usize, "permission_grants", &self.permission_grants);
        v.field(71usize, "photo", &self.photo);
        v.field(72usize, "photos", &self.photos);
        v.field(73usize, "planner", &self.planner);
        v.field(74usize, "rejected_senders", &self.rejected_senders);
        v.field(75usize, "settings", &self.settings);
        v.field(76usize, "sites", &self.sites);
        v.field(77usize, "team", &self.team);
        v.field(78usize, "threads", &self.threads);
        v.field(79usize, "transitive_member_of", &self.transitive_member_of);
        v.field(80usize, "transitive_members", &self.transitive_members);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Group {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.access_type.read_from(r),
            3usize => self.allow_external_senders.read_from(r),
            4usize => self.assigned_labels.read_from(r),
            5usize => self.assigned_licenses.read_from(r),
            6usize => self.auto_subscribe_new_members.read_from(r),
            7usize => self.classification.read_from(r),
            8usize => self.created_date_time.read_from(r),
            9usize => self.description.read_from(r),
            10usize => self.display_name.read_from(r),
            11usize => self.expiration_date_time.read_from(r),
            12usize => self.group_types.read_from(r),
            13usize => self.has_members_with_license_errors.read_from(r),
            14usize => self.hide_from_address_lists.read_from(r),
            15usize => self.hide_from_outlook_clients.read_from(r),
            16usize => self.info_catalogs.read_from(r),
            17usize => self.is_archived.read_from(r),
            18usize => self.is_assignable_to_role.read_from(r),
            19usize => self.is_favorite.read_from(r),
            20usize => self.is_management_restricted.read_from(r),
            21usize => self.is_subscribed_by_mail.read_from(r),
            22usize => self.license_processing_state.read_from(r),
            23usize => self.mail.read_from(r),
            24usize => self.mail_enabled.read_from(r),
            25usize => self.mail_nickname.read_from(r),
            26usize => self.membership_rule.read_from(r),
            27usize => self.membership_rule_processing_state.read_from(r),
            28usize => self.on_premises_domain_name.read_from(r),
            29usize => self.on_premises_extension_attributes.read_from(r),
            30usize => self.on_premises_last_sync_date_time.read_from(r),
            31usize => self.on_premises_net_bios_name.read_from(r),
            32usize => self.on_premises_provisioning_errors.read_from(r),
            33usize => self.on_premises_sam_account_name.read_from(r),
            34usize => self.on_premises_security_identifier.read_from(r),
            35usize => self.on_premises_sync_enabled.read_from(r),
            36usize => self.organization_id.read_from(r),
            37usize => self.preferred_data_location.read_from(r),
            38usize => self.preferred_language.read_from(r),
            39usize => self.proxy_addresses.read_from(r),
            40usize => self.renewed_date_time.read_from(r),
            41usize => self.resource_behavior_options.read_from(r),
            42usize => self.resource_provisioning_options.read_from(r),
            43usize => self.security_enabled.read_from(r),
            44usize => self.security_identifier.read_from(r),
            45usize => self.service_provisioning_errors.read_from(r),
            46usize => self.theme.read_from(r),
            47usize => self.unique_name.read_from(r),
            48usize => self.unseen_conversations_count.read_from(r),
            49usize => self.unseen_count.read_from(r),
            50usize => self.unseen_messages_count.read_from(r),
            51usize => self.visibility.read_from(r),
            52usize => self.welcome_message_enabled.read_from(r),
            53usize => self.accepted_senders.read_from(r),
            54usize => self.app_role_assignments.read_from(r),
            55usize => self.calendar.read_from(r),
            56usize => self.calendar_view.read_from(r),
            57usize => self.conversations.read_from(r),
            58usize => self.created_on_behalf_of.read_from(r),
            #[cfg(msgraph_v1_drives_or_search)]
            59usize => self.drive.read_from(r),
            #[cfg(msgraph_v1_drives_or_search)]
            60usize => self.drives.read_from(r),
            61usize => self.events.read_from(r),
            62usize => self.extensions.read_from(r),
            63usize => self.group_lifecycle_policies.read_from(r),
            64usize => self.member_of.read_from(r),
            65usize => self.members.read_from(r),
            66usize => self.members_with_license_errors.read_from(r),
            67usize => self.onenote.read_from(r),
            68usize => self.on_premises_sync_behavior.read_from(r),
            69usize => self.owners.read_from(r),
            70usize => self.permission_grants.read_from(r),
            71usize => self.photo.read_from(r),
            72usize => self.photos.read_from(r),
            73usize => self.planner.read_from(r),
            74usize => self.rejected_senders.read_from(r),
            75usize => self.settings.read_from(r),
            76usize => self.sites.read_from(r),
            77usize => self.team.read_from(r),
            78usize => self.threads.read_from(r),
            79usize => self.transitive_member_of.read_from(r),
            80usize => self.transitive_members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.access_type);
        w.field(3usize, &self.allow_external_senders);
        w.field(4usize, &self.assigned_labels);
        w.field(5usize, &self.assigned_licenses);
        w.field(6usize, &self.auto_subscribe_new_members);
        w.field(7usize, &self.classification);
        w.field(8usize, &self.created_date_time);
        w.field(9usize, &self.description);
        w.field(10usize, &self.display_name);
        w.field(11usize, &self.expiration_date_time);
        w.field(12usize, &self.group_types);
        w.field(13usize, &self.has_members_with_license_errors);
        w.field(14usize, &self.hide_from_address_lists);
        w.field(15usize, &self.hide_from_outlook_clients);
        w.field(16usize, &self.info_catalogs);
        w.field(17usize, &self.is_archived);
        w.field(18usize, &self.is_assignable_to_role);
        w.field(19usize, &self.is_favorite);
        w.field(20usize, &self.is_management_restricted);
        w.field(21usize, &self.is_subscribed_by_mail);
        w.field(22usize, &self.license_processing_state);
        w.field(23usize, &self.mail);
        w.field(24usize, &self.mail_enabled);
        w.field(25usize, &self.mail_nickname);
        w.field(26usize, &self.membership_rule);
        w.field(27usize, &self.membership_rule_processing_state);
        w.field(28usize, &self.on_premises_domain_name);
        w.field(29usize, &self.on_premises_extension_attributes);
        w.field(30usize, &self.on_premises_last_sync_date_time);
        w.field(31usize, &self.on_premises_net_bios_name);
        w.field(32usize, &self.on_premises_provisioning_errors);
        w.field(33usize, &self.on_premises_sam_account_name);
        w.field(34usize, &self.on_premises_security_identifier);
        w.field(35usize, &self.on_premises_sync_enabled);
        w.field(36usize, &self.organization_id);
        w.field(37usize, &self.preferred_data_location);
        w.field(38usize, &self.preferred_language);
        w.field(39usize, &self.proxy_addresses);
        w.field(40usize, &self.renewed_date_time);
        w.field(41usize, &self.resource_behavior_options);
        w.field(42usize, &self.resource_provisioning_options);
        w.field(43usize, &self.security_enabled);
        w.field(44usize, &self.security_identifier);
        w.field(45usize, &self.service_provisioning_errors);
        w.field(46usize, &self.theme);
        w.field(47usize, &self.unique_name);
        w.field(48usize, &self.unseen_conversations_count);
        w.field(49usize, &self.unseen_count);
        w.field(50usize, &self.unseen_messages_count);
        w.field(51usize, &self.visibility);
        w.field(52usize, &self.welcome_message_enabled);
        w.field(53usize, &self.accepted_senders);
        w.field(54usize, &self.app_role_assignments);
        w.field(55usize, &self.calendar);
        w.field(56usize, &self.calendar_view);
        w.field(57usize, &self.conversations);
        w.field(58usize, &self.created_on_behalf_of);
        #[cfg(msgraph_v1_drives_or_search)] w.field(59usize, &self.drive);
        #[cfg(msgraph_v1_drives_or_search)] w.field(60usize, &self.drives);
        w.field(61usize, &self.events);
        w.field(62usize, &self.extensions);
        w.field(63usize, &self.group_lifecycle_policies);
        w.field(64usize, &self.member_of);
        w.field(65usize, &self.members);
        w.field(66usize, &self.members_with_license_errors);
        w.field(67usize, &self.onenote);
        w.field(68usize, &self.on_premises_sync_behavior);
        w.field(69usize, &self.owners);
        w.field(70usize, &self.permission_grants);
        w.field(71usize, &self.photo);
        w.field(72usize, &self.photos);
        w.field(73usize, &self.planner);
        w.field(74usize, &self.rejected_senders);
        w.field(75usize, &self.settings);
        w.field(76usize, &self.sites);
        w.field(77usize, &self.team);
        w.field(78usize, &self.threads);
        w.field(79usize, &self.transitive_member_of);
        w.field(80usize, &self.transitive_members);
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
rt::impl_object!(Group);
#[cfg(msgraph_v1_core)]
rt::impl_boxed!(Group);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Group { with_id id : ::std::string::String; with_deleted_date_time deleted_date_time
    : rt::edm::DateTimeOffset; with_access_type access_type : crate
    ::v1::GroupAccessType; with_allow_external_senders allow_external_senders : bool;
    with_assigned_labels assigned_labels : ::std::vec::Vec < crate ::v1::AssignedLabel >;
    with_assigned_licenses assigned_licenses : ::std::vec::Vec < crate
    ::v1::AssignedLicense >; with_auto_subscribe_new_members auto_subscribe_new_members :
    bool; with_classification classification : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_group_types group_types : ::std::vec::Vec <
    ::std::string::String >; with_has_members_with_license_errors
    has_members_with_license_errors : bool; with_hide_from_address_lists
    hide_from_address_lists : bool; with_hide_from_outlook_clients
    hide_from_outlook_clients : bool; with_info_catalogs info_catalogs : ::std::vec::Vec
    < ::std::string::String >; with_is_archived is_archived : bool;
    with_is_assignable_to_role is_assignable_to_role : bool; with_is_favorite is_favorite
    : bool; with_is_management_restricted is_management_restricted : bool;
    with_is_subscribed_by_mail is_subscribed_by_mail : bool;
    with_license_processing_state license_processing_state : crate
    ::v1::LicenseProcessingState; with_mail mail : ::std::string::String;
    with_mail_enabled mail_enabled : bool; with_mail_nickname mail_nickname :
    ::std::string::String; with_membership_rule membership_rule : ::std::string::String;
    with_membership_rule_processing_state membership_rule_processing_state :
    ::std::string::String; with_on_premises_domain_name on_premises_domain_name :
    ::std::string::String; with_on_premises_extension_attributes
    on_premises_extension_attributes : crate ::v1::OnPremisesExtensionAttributes;
    with_on_premises_last_sync_date_time on_premises_last_sync_date_time :
    rt::edm::DateTimeOffset; with_on_premises_net_bios_name on_premises_net_bios_name :
    ::std::string::String; with_on_premises_provisioning_errors
    on_premises_provisioning_errors : ::std::vec::Vec < crate
    ::v1::OnPremisesProvisioningError >; with_on_premises_sam_account_name
    on_premises_sam_account_name : ::std::string::String;
    with_on_premises_security_identifier on_premises_security_identifier :
    ::std::string::String; with_on_premises_sync_enabled on_premises_sync_enabled : bool;
    with_organization_id organization_id : ::std::string::String;
    with_preferred_data_location preferred_data_location : ::std::string::String;
    with_preferred_language preferred_language : ::std::string::String;
    with_proxy_addresses proxy_addresses : ::std::vec::Vec < ::std::string::String >;
    with_renewed_date_time renewed_date_time : rt::edm::DateTimeOffset;
    with_resource_behavior_options resource_behavior_options : ::std::vec::Vec <
    ::std::string::String >; with_resource_provisioning_options
    resource_provisioning_options : ::std::vec::Vec < ::std::string::String >;
    with_security_enabled security_enabled : bool; with_security_identifier
    security_identifier : ::std::string::String; with_service_provisioning_errors
    service_provisioning_errors : ::std::vec::Vec < crate
    ::v1::AnyServiceProvisioningError >; with_theme theme : ::std::string::String;
    with_unique_name unique_name : ::std::string::String; with_unseen_conversations_count
    unseen_conversations_count : i32; with_unseen_count unseen_count : i32;
    with_unseen_messages_count unseen_messages_count : i32; with_visibility visibility :
    ::std::string::String; with_welcome_message_enabled welcome_message_enabled : bool;
    with_accepted_senders accepted_senders : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; with_app_role_assignments app_role_assignments :
    ::std::vec::Vec < crate ::v1::AppRoleAssignment >; with_calendar calendar : crate
    ::v1::Calendar; with_calendar_view calendar_view : ::std::vec::Vec < crate
    ::v1::Event >; with_conversations conversations : ::std::vec::Vec < crate
    ::v1::Conversation >; with_created_on_behalf_of created_on_behalf_of : crate
    ::v1::AnyDirectoryObject; #[cfg(msgraph_v1_drives_or_search)] with_drive drive :
    crate ::v1::Drive; #[cfg(msgraph_v1_drives_or_search)] with_drives drives :
    ::std::vec::Vec < crate ::v1::Drive >; with_events events : ::std::vec::Vec < crate
    ::v1::Event >; with_extensions extensions : ::std::vec::Vec < crate
    ::v1::AnyExtension >; with_group_lifecycle_policies group_lifecycle_policies :
    ::std::vec::Vec < crate ::v1::GroupLifecyclePolicy >; with_member_of member_of :
    ::std::vec::Vec < crate ::v1::AnyDirectoryObject >; with_members members :
    ::std::vec::Vec < crate ::v1::AnyDirectoryObject >; with_members_with_license_errors
    members_with_license_errors : ::std::vec::Vec < crate ::v1::AnyDirectoryObject >;
    with_onenote onenote : crate ::v1::Onenote; with_on_premises_sync_behavior
    on_premises_sync_behavior : crate ::v1::OnPremisesSyncBehavior; with_owners owners :
    ::std::vec::Vec < crate ::v1::AnyDirectoryObject >; with_permission_grants
    permission_grants : ::std::vec::Vec < crate ::v1::ResourceSpecificPermissionGrant >;
    with_photo photo : crate ::v1::ProfilePhoto; with_photos photos : ::std::vec::Vec <
    crate ::v1::ProfilePhoto >; with_planner planner : crate ::v1::PlannerGroup;
    with_rejected_senders rejected_senders : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; with_settings settings : ::std::vec::Vec < crate
    ::v1::GroupSetting >; with_sites sites : ::std::vec::Vec < crate ::v1::Site >;
    with_team team : ::std::boxed::Box < crate ::v1::Team >; with_threads threads :
    ::std::vec::Vec < crate ::v1::ConversationThread >; with_transitive_member_of
    transitive_member_of : ::std::vec::Vec < crate ::v1::AnyDirectoryObject >;
    with_transitive_members transitive_members : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Group);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.homeRealmDiscoveryPolicy`, entity type, derived from `microsoft.graph.stsPolicy`, key `id`.
///
/// Request builders: [`StsPolicyPath`](requests/trait.StsPolicyPath.html), what a path to one (`EntityPath<HomeRealmDiscoveryPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct HomeRealmDiscoveryPolicy {
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
impl ::std::default::Default for HomeRealmDiscoveryPolicy {
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
impl rt::Object for HomeRealmDiscoveryPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.homeRealmDiscoveryPolicy";
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
    const TAG: &'static str = "\"#microsoft.graph.homeRealmDiscoveryPolicy\"";
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
impl rt::object::Members for HomeRealmDiscoveryPolicy {
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
rt::impl_object!(HomeRealmDiscoveryPolicy);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    HomeRealmDiscoveryPolicy { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_definition definition : ::std::vec::Vec < ::std::string::String >;
    with_is_organization_default is_organization_default : bool; with_applies_to
    applies_to : ::std::vec::Vec < crate ::v1::AnyDirectoryObject >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(HomeRealmDiscoveryPolicy);
#[cfg(msgraph_v1_identity_governance)]
/// CSDL: `microsoft.graph.identityGovernance`, entity type.
///
/// Request builders: [`IdentityGovernancePath`](requests/trait.IdentityGovernancePath.html), what a path to one (`EntityPath<IdentityGovernance, C>`) dereferences to.
///
/// Features: `v1` or `v1-identity-governance`.
#[derive(Clone)]
pub struct IdentityGovernance {
    /// CSDL: containment navigation property `accessReviews`: `microsoft.graph.accessReviewSet`, nullable.
    pub access_reviews: rt::Field<crate::v1::AccessReviewSet>,
    /// CSDL: containment navigation property `appConsent`: `microsoft.graph.appConsentApprovalRoute`, nullable.
    pub app_consent: rt::Field<crate::v1::AppConsentApprovalRoute>,
    /// CSDL: containment navigation property `catalogs`: `Collection(microsoft.graph.accessPackageCatalog)`, not nullable.
    pub catalogs: rt::Field<::std::vec::Vec<crate::v1::AccessPackageCatalog>>,
    /// CSDL: containment navigation property `entitlementManagement`: `microsoft.graph.entitlementManagement`, nullable.
    pub entitlement_management: rt::Field<crate::v1::EntitlementManagement>,
    /// CSDL: containment navigation property `lifecycleWorkflows`: `microsoft.graph.identityGovernance.lifecycleWorkflowsContainer`, nullable.
    pub lifecycle_workflows: rt::Field<
        crate::v1::identity_governance::LifecycleWorkflowsContainer,
    >,
    /// CSDL: containment navigation property `privilegedAccess`: `microsoft.graph.privilegedAccessRoot`, nullable.
    pub privileged_access: rt::Field<crate::v1::PrivilegedAccessRoot>,
    /// CSDL: containment navigation property `termsOfUse`: `microsoft.graph.termsOfUseContainer`, nullable.
    pub terms_of_use: rt::Field<crate::v1::TermsOfUseContainer>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance)]
impl ::std::default::Default for IdentityGovernance {
    #[inline]
    fn default() -> Self {
        Self {
            access_reviews: rt::Field::Absent,
            app_consent: rt::Field::Absent,
            catalogs: rt::Field::Absent,
            entitlement_management: rt::Field::Absent,
            lifecycle_workflows: rt::Field::Absent,
            privileged_access: rt::Field::Absent,
            terms_of_use: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance)]
impl rt::Object for IdentityGovernance {
    const TYPE_NAME: &'static str = "microsoft.graph.identityGovernance";
    const KEYS: &'static [&'static str] = &[
        "accessReviews",
        "appConsent",
        "catalogs",
        "entitlementManagement",
        "lifecycleWorkflows",
        "privilegedAccess",
        "termsOfUse",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accessReviews\":                ",
        ",\"appConsent\":                   ",
        ",\"catalogs\":                     ",
        ",\"entitlementManagement\":        ",
        ",\"lifecycleWorkflows\":           ",
        ",\"privilegedAccess\":             ",
        ",\"termsOfUse\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identityGovernance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "access_reviews", &self.access_reviews);
        v.field(1usize, "app_consent", &self.app_consent);
        v.field(2usize, "catalogs", &self.catalogs);
        v.field(3usize, "entitlement_management", &self.entitlement_management);
        v.field(4usize, "lifecycle_workflows", &self.lifecycle_workflows);
        v.field(5usize, "privileged_access", &self.privileged_access);
        v.field(6usize, "terms_of_use", &self.terms_of_use);
    }
}
#[cfg(msgraph_v1_identity_governance)]
impl rt::object::Members for IdentityGovernance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.access_reviews.read_from(r),
            1usize => self.app_consent.read_from(r),
            2usize => self.catalogs.read_from(r),
            3usize => self.entitlement_management.read_from(r),
            4usize => self.lifecycle_workflows.read_from(r),
            5usize => self.privileged_access.read_from(r),
            6usize => self.terms_of_use.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.access_reviews);
        w.field(1usize, &self.app_consent);
        w.field(2usize, &self.catalogs);
        w.field(3usize, &self.entitlement_management);
        w.field(4usize, &self.lifecycle_workflows);
        w.field(5usize, &self.privileged_access);
        w.field(6usize, &self.terms_of_use);
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
#[cfg(msgraph_v1_identity_governance)]
rt::impl_object!(IdentityGovernance);
#[cfg(msgraph_v1_identity_governance)]
rt::impl_setters!(
    IdentityGovernance { with_access_reviews access_reviews : crate
    ::v1::AccessReviewSet; with_app_consent app_consent : crate
    ::v1::AppConsentApprovalRoute; with_catalogs catalogs : ::std::vec::Vec < crate
    ::v1::AccessPackageCatalog >; with_entitlement_management entitlement_management :
    crate ::v1::EntitlementManagement; with_lifecycle_workflows lifecycle_workflows :
    crate ::v1::identity_governance::LifecycleWorkflowsContainer; with_privileged_access
    privileged_access : crate ::v1::PrivilegedAccessRoot; with_terms_of_use terms_of_use
    : crate ::v1::TermsOfUseContainer; }
);
#[cfg(msgraph_v1_identity_governance)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityGovernance);
#[cfg(msgraph_v1_invitations_or_search)]
/// CSDL: `microsoft.graph.invitation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`InvitationPath`](requests/trait.InvitationPath.html), what a path to one (`EntityPath<Invitation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-invitations`, `v1-search`.
#[derive(Clone)]
pub struct Invitation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `invitedUserDisplayName`: `Edm.String`, nullable.
    pub invited_user_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `invitedUserEmailAddress`: `Edm.String`, not nullable.
    pub invited_user_email_address: rt::Field<::std::string::String>,
    /// CSDL: property `invitedUserMessageInfo`: `microsoft.graph.invitedUserMessageInfo`, nullable.
    pub invited_user_message_info: rt::Field<crate::v1::InvitedUserMessageInfo>,
    /// CSDL: property `invitedUserType`: `Edm.String`, nullable.
    pub invited_user_type: rt::Field<::std::string::String>,
    /// CSDL: property `inviteRedeemUrl`: `Edm.String`, nullable.
    pub invite_redeem_url: rt::Field<::std::string::String>,
    /// CSDL: property `inviteRedirectUrl`: `Edm.String`, not nullable.
    pub invite_redirect_url: rt::Field<::std::string::String>,
    /// CSDL: property `resetRedemption`: `Edm.Boolean`, nullable.
    pub reset_redemption: rt::Field<bool>,
    /// CSDL: property `sendInvitationMessage`: `Edm.Boolean`, nullable.
    pub send_invitation_message: rt::Field<bool>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: navigation property `invitedUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub invited_user: rt::Field<crate::v1::AnyUser>,
    /// CSDL: navigation property `invitedUserSponsors`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_core)]
    pub invited_user_sponsors: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_invitations_or_search)]
impl ::std::default::Default for Invitation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            invited_user_display_name: rt::Field::Absent,
            invited_user_email_address: rt::Field::Absent,
            invited_user_message_info: rt::Field::Absent,
            invited_user_type: rt::Field::Absent,
            invite_redeem_url: rt::Field::Absent,
            invite_redirect_url: rt::Field::Absent,
            reset_redemption: rt::Field::Absent,
            send_invitation_message: rt::Field::Absent,
            status: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            invited_user: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            invited_user_sponsors: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_invitations_or_search)]
impl rt::Object for Invitation {
    const TYPE_NAME: &'static str = "microsoft.graph.invitation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "invitedUserDisplayName",
        "invitedUserEmailAddress",
        "invitedUserMessageInfo",
        "invitedUserType",
        "inviteRedeemUrl",
        "inviteRedirectUrl",
        "resetRedemption",
        "sendInvitationMessage",
        "status",
        "invitedUser",
        "invitedUserSponsors",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"invitedUserDisplayName\":       ",
        ",\"invitedUserEmailAddress\":      ",
        ",\"invitedUserMessageInfo\":       ",
        ",\"invitedUserType\":              ",
        ",\"inviteRedeemUrl\":              ",
        ",\"inviteRedirectUrl\":            ",
        ",\"resetRedemption\":              ",
        ",\"sendInvitationMessage\":        ",
        ",\"status\":                       ",
        ",\"invitedUser\":                  ",
        ",\"invitedUserSponsors\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.invitation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "invited_user_display_name", &self.invited_user_display_name);
        v.field(2usize, "invited_user_email_address", &self.invited_user_email_address);
        v.field(3usize, "invited_user_message_info", &self.invited_user_message_info);
        v.field(4usize, "invited_user_type", &self.invited_user_type);
        v.field(5usize, "invite_redeem_url", &self.invite_redeem_url);
        v.field(6usize, "invite_redirect_url", &self.invite_redirect_url);
        v.field(7usize, "reset_redemption", &self.reset_redemption);
        v.field(8usize, "send_invitation_message", &self.send_invitation_message);
        v.field(9usize, "status", &self.status);
        #[cfg(msgraph_v1_core)] v.field(10usize, "invited_user", &self.invited_user);
        #[cfg(msgraph_v1_core)]
        v.field(11usize, "invited_user_sponsors", &self.invited_user_sponsors);
    }
}
#[cfg(msgraph_v1_invitations_or_search)]
impl rt::object::Members for Invitation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.invited_user_display_name.read_from(r),
            2usize => self.invited_user_email_address.read_from(r),
            3usize => self.invited_user_message_info.read_from(r),
            4usize => self.invited_user_type.read_from(r),
            5usize => self.invite_redeem_url.read_from(r),
            6usize => self.invite_redirect_url.read_from(r),
            7usize => self.reset_redemption.read_from(r),
            8usize => self.send_invitation_message.read_from(r),
            9usize => self.status.read_from(r),
            #[cfg(msgraph_v1_core)]
            10usize => self.invited_user.read_from(r),
            #[cfg(msgraph_v1_core)]
            11usize => self.invited_user_sponsors.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.invited_user_display_name);
        w.field(2usize, &self.invited_user_email_address);
        w.field(3usize, &self.invited_user_message_info);
        w.field(4usize, &self.invited_user_type);
        w.field(5usize, &self.invite_redeem_url);
        w.field(6usize, &self.invite_redirect_url);
        w.field(7usize, &self.reset_redemption);
        w.field(8usize, &self.send_invitation_message);
        w.field(9usize, &self.status);
        #[cfg(msgraph_v1_core)] w.field(10usize, &self.invited_user);
        #[cfg(msgraph_v1_core)] w.field(11usize, &self.invited_user_sponsors);
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
#[cfg(msgraph_v1_invitations_or_search)]
rt::impl_object!(Invitation);
#[cfg(msgraph_v1_invitations_or_search)]
rt::impl_setters!(
    Invitation { with_id id : ::std::string::String; with_invited_user_display_name
    invited_user_display_name : ::std::string::String; with_invited_user_email_address
    invited_user_email_address : ::std::string::String; with_invited_user_message_info
    invited_user_message_info : crate ::v1::InvitedUserMessageInfo;
    with_invited_user_type invited_user_type : ::std::string::String;
    with_invite_redeem_url invite_redeem_url : ::std::string::String;
    with_invite_redirect_url invite_redirect_url : ::std::string::String;
    with_reset_redemption reset_redemption : bool; with_send_invitation_message
    send_invitation_message : bool; with_status status : ::std::string::String;
    #[cfg(msgraph_v1_core)] with_invited_user invited_user : crate ::v1::AnyUser;
    #[cfg(msgraph_v1_core)] with_invited_user_sponsors invited_user_sponsors :
    ::std::vec::Vec < crate ::v1::AnyDirectoryObject >; }
);
#[cfg(msgraph_v1_invitations_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Invitation);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.itemActivity`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`ItemActivityPath`](requests/trait.ItemActivityPath.html), what a path to one (`EntityPath<ItemActivity, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemActivity {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `access`: `microsoft.graph.accessAction`, nullable.
    pub access: rt::Field<crate::v1::AccessAction>,
    /// CSDL: property `activityDateTime`: `Edm.DateTimeOffset`, nullable.
    pub activity_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `actor`: `microsoft.graph.identitySet`, nullable.
    pub actor: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: navigation property `driveItem`: `microsoft.graph.driveItem`, nullable.
    ///
    /// Features: `v1`, or one of `v1-drives`, `v1-search`.
    #[cfg(msgraph_v1_drives_or_search)]
    pub drive_item: rt::Field<crate::v1::DriveItem>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ItemActivity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            access: rt::Field::Absent,
            activity_date_time: rt::Field::Absent,
            actor: rt::Field::Absent,
            #[cfg(msgraph_v1_drives_or_search)]
            drive_item: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for ItemActivity {
    const TYPE_NAME: &'static str = "microsoft.graph.itemActivity";
    const KEYS: &'static [&'static str] = &[
        "id",
        "access",
        "activityDateTime",
        "actor",
        "driveItem",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"access\":                       ",
        ",\"activityDateTime\":             ",
        ",\"actor\":                        ",
        ",\"driveItem\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemActivity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "access", &self.access);
        v.field(2usize, "activity_date_time", &self.activity_date_time);
        v.field(3usize, "actor", &self.actor);
        #[cfg(msgraph_v1_drives_or_search)]
        v.field(4usize, "drive_item", &self.drive_item);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for ItemActivity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.access.read_from(r),
            2usize => self.activity_date_time.read_from(r),
            3usize => self.actor.read_from(r),
            #[cfg(msgraph_v1_drives_or_search)]
            4usize => self.drive_item.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.access);
        w.field(2usize, &self.activity_date_time);
        w.field(3usize, &self.actor);
        #[cfg(msgraph_v1_drives_or_search)] w.field(4usize, &self.drive_item);
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(ItemActivity);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ItemActivity { with_id id : ::std::string::String; with_access access : crate
    ::v1::AccessAction; with_activity_date_time activity_date_time :
    rt::edm::DateTimeOffset; with_actor actor : crate ::v1::AnyIdentitySet;
    #[cfg(msgraph_v1_drives_or_search)] with_drive_item drive_item : crate
    ::v1::DriveItem; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemActivity);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.itemActivityStat`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`ItemActivityStatPath`](requests/trait.ItemActivityStatPath.html), what a path to one (`EntityPath<ItemActivityStat, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemActivityStat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `access`: `microsoft.graph.itemActionStat`, nullable.
    pub access: rt::Field<crate::v1::ItemActionStat>,
    /// CSDL: property `create`: `microsoft.graph.itemActionStat`, nullable.
    pub create: rt::Field<crate::v1::ItemActionStat>,
    /// CSDL: property `delete`: `microsoft.graph.itemActionStat`, nullable.
    pub delete: rt::Field<crate::v1::ItemActionStat>,
    /// CSDL: property `edit`: `microsoft.graph.itemActionStat`, nullable.
    pub edit: rt::Field<crate::v1::ItemActionStat>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `incompleteData`: `microsoft.graph.incompleteData`, nullable.
    pub incomplete_data: rt::Field<crate::v1::IncompleteData>,
    /// CSDL: property `isTrending`: `Edm.Boolean`, nullable.
    pub is_trending: rt::Field<bool>,
    /// CSDL: property `move`: `microsoft.graph.itemActionStat`, nullable.
    pub move_: rt::Field<crate::v1::ItemActionStat>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: containment navigation property `activities`: `Collection(microsoft.graph.itemActivity)`, not nullable.
    pub activities: rt::Field<::std::vec::Vec<crate::v1::ItemActivity>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ItemActivityStat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            access: rt::Field::Absent,
            create: rt::Field::Absent,
            delete: rt::Field::Absent,
            edit: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            incomplete_data: rt::Field::Absent,
            is_trending: rt::Field::Absent,
            move_: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            activities: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for ItemActivityStat {
    const TYPE_NAME: &'static str = "microsoft.graph.itemActivityStat";
    const KEYS: &'static [&'static str] = &[
        "id",
        "access",
        "create",
        "delete",
        "edit",
        "endDateTime",
        "incompleteData",
        "isTrending",
        "move",
        "startDateTime",
        "activities",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"access\":                       ",
        ",\"create\":                       ",
        ",\"delete\":                       ",
        ",\"edit\":                         ",
        ",\"endDateTime\":                  ",
        ",\"incompleteData\":               ",
        ",\"isTrending\":                   ",
        ",\"move\":                         ",
        ",\"startDateTime\":                ",
        ",\"activities\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemActivityStat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "access", &self.access);
        v.field(2usize, "create", &self.create);
        v.field(3usize, "delete", &self.delete);
        v.field(4usize, "edit", &self.edit);
        v.field(5usize, "end_date_time", &self.end_date_time);
        v.field(6usize, "incomplete_data", &self.incomplete_data);
        v.field(7usize, "is_trending", &self.is_trending);
        v.field(8usize, "move_", &self.move_);
        v.field(9usize, "start_date_time", &self.start_date_time);
        v.field(10usize, "activities", &self.activities);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for ItemActivityStat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.access.read_from(r),
            2usize => self.create.read_from(r),
            3usize => self.delete.read_from(r),
            4usize => self.edit.read_from(r),
            5usize => self.end_date_time.read_from(r),
            6usize => self.incomplete_data.read_from(r),
            7usize => self.is_trending.read_from(r),
            8usize => self.move_.read_from(r),
            9usize => self.start_date_time.read_from(r),
            10usize => self.activities.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.access);
        w.field(2usize, &self.create);
        w.field(3usize, &self.delete);
        w.field(4usize, &self.edit);
        w.field(5usize, &self.end_date_time);
        w.field(6usize, &self.incomplete_data);
        w.field(7usize, &self.is_trending);
        w.field(8usize, &self.move_);
        w.field(9usize, &self.start_date_time);
        w.field(10usize, &self.activities);
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(ItemActivityStat);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ItemActivityStat { with_id id : ::std::string::String; with_access access : crate
    ::v1::ItemActionStat; with_create create : crate ::v1::ItemActionStat; with_delete
    delete : crate ::v1::ItemActionStat; with_edit edit : crate ::v1::ItemActionStat;
    with_end_date_time end_date_time : rt::edm::DateTimeOffset; with_incomplete_data
    incomplete_data : crate ::v1::IncompleteData; with_is_trending is_trending : bool;
    with_move move_ : crate ::v1::ItemActionStat; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_activities activities : ::std::vec::Vec < crate
    ::v1::ItemActivity >; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemActivityStat);
#[cfg(msgraph_v1_core_or_drives_or_sites)]
/// CSDL: `microsoft.graph.itemAnalytics`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`ItemAnalyticsPath`](requests/trait.ItemAnalyticsPath.html), what a path to one (`EntityPath<ItemAnalytics, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemAnalytics {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `allTime`: `microsoft.graph.itemActivityStat`, nullable.
    pub all_time: rt::Field<crate::v1::ItemActivityStat>,
    /// CSDL: containment navigation property `itemActivityStats`: `Collection(microsoft.graph.itemActivityStat)`, not nullable.
    pub item_activity_stats: rt::Field<::std::vec::Vec<crate::v1::ItemActivityStat>>,
    /// CSDL: navigation property `lastSevenDays`: `microsoft.graph.itemActivityStat`, nullable.
    pub last_seven_days: rt::Field<crate::v1::ItemActivityStat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_sites)]
impl ::std::default::Default for ItemAnalytics {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            all_time: rt::Field::Absent,
            item_activity_stats: rt::Field::Absent,
            last_seven_days: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_sites)]
impl rt::Object for ItemAnalytics {
    const TYPE_NAME: &'static str = "microsoft.graph.itemAnalytics";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allTime",
        "itemActivityStats",
        "lastSevenDays",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allTime\":                      ",
        ",\"itemActivityStats\":            ",
        ",\"lastSevenDays\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemAnalytics\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "all_time", &self.all_time);
        v.field(2usize, "item_activity_stats", &self.item_activity_stats);
        v.field(3usize, "last_seven_days", &self.last_seven_days);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_sites)]
impl rt::object::Members for ItemAnalytics {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.all_time.read_from(r),
            2usize => self.item_activity_stats.read_from(r),
            3usize => self.last_seven_days.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.all_time);
        w.field(2usize, &self.item_activity_stats);
        w.field(3usize, &self.last_seven_days);
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
#[cfg(msgraph_v1_core_or_drives_or_sites)]
rt::impl_object!(ItemAnalytics);
#[cfg(msgraph_v1_core_or_drives_or_sites)]
rt::impl_setters!(
    ItemAnalytics { with_id id : ::std::string::String; with_all_time all_time : crate
    ::v1::ItemActivityStat; with_item_activity_stats item_activity_stats :
    ::std::vec::Vec < crate ::v1::ItemActivityStat >; with_last_seven_days
    last_seven_days : crate ::v1::ItemActivityStat; }
);
#[cfg(msgraph_v1_core_or_drives_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemAnalytics);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.itemInsights`, entity type, derived from `microsoft.graph.officeGraphInsights`, key `id`.
///
/// Request builders: [`OfficeGraphInsightsPath`](requests/trait.OfficeGraphInsightsPath.html), what a path to one (`EntityPath<ItemInsights, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemInsights {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `shared`: `Collection(microsoft.graph.sharedInsight)`, not nullable.
    pub shared: rt::Field<::std::vec::Vec<crate::v1::SharedInsight>>,
    /// CSDL: containment navigation property `trending`: `Collection(microsoft.graph.trending)`, not nullable.
    pub trending: rt::Field<::std::vec::Vec<crate::v1::Trending>>,
    /// CSDL: containment navigation property `used`: `Collection(microsoft.graph.usedInsight)`, not nullable.
    pub used: rt::Field<::std::vec::Vec<crate::v1::UsedInsight>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ItemInsights {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            shared: rt::Field::Absent,
            trending: rt::Field::Absent,
            used: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ItemInsights {
    const TYPE_NAME: &'static str = "microsoft.graph.itemInsights";
    const KEYS: &'static [&'static str] = &["id", "shared", "trending", "used"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"shared\":                       ",
        ",\"trending\":                     ",
        ",\"used\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemInsights\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "shared", &self.shared);
        v.field(2usize, "trending", &self.trending);
        v.field(3usize, "used", &self.used);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ItemInsights {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.shared.read_from(r),
            2usize => self.trending.read_from(r),
            3usize => self.used.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.shared);
        w.field(2usize, &self.trending);
        w.field(3usize, &self.used);
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
rt::impl_object!(ItemInsights);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ItemInsights { with_id id : ::std::string::String; with_shared shared :
    ::std::vec::Vec < crate ::v1::SharedInsight >; with_trending trending :
    ::std::vec::Vec < crate ::v1::Trending >; with_used used : ::std::vec::Vec < crate
    ::v1::UsedInsight >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemInsights);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.list`, entity type, derived from `microsoft.graph.baseItem`, key `id`.
///
/// Request builders: [`ListPath`](requests/trait.ListPath.html), what a path to one (`EntityPath<List, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct List {
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
    /// CSDL: property `list`: `microsoft.graph.listInfo`, nullable.
    pub list: rt::Field<crate::v1::ListInfo>,
    /// CSDL: property `sharepointIds`: `microsoft.graph.sharepointIds`, nullable.
    pub sharepoint_ids: rt::Field<crate::v1::SharepointIds>,
    /// CSDL: property `system`: `microsoft.graph.systemFacet`, nullable.
    pub system: rt::Field<crate::v1::SystemFacet>,
    /// CSDL: containment navigation property `columns`: `Collection(microsoft.graph.columnDefinition)`, not nullable.
    pub columns: rt::Field<::std::vec::Vec<crate::v1::ColumnDefinition>>,
    /// CSDL: containment navigation property `contentTypes`: `Collection(microsoft.graph.contentType)`, not nullable.
    pub content_types: rt::Field<::std::vec::Vec<crate::v1::ContentType>>,
    /// CSDL: navigation property `drive`: `microsoft.graph.drive`, nullable.
    ///
    /// Features: `v1`, or one of `v1-drives`, `v1-search`.
    #[cfg(msgraph_v1_drives_or_search)]
    pub drive: rt::Field<::std::boxed::Box<crate::v1::Drive>>,
    /// CSDL: containment navigation property `items`: `Collection(microsoft.graph.listItem)`, not nullable.
    pub items: rt::Field<::std::vec::Vec<crate::v1::ListItem>>,
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.richLongRunningOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::v1::RichLongRunningOperation>>,
    /// CSDL: containment navigation property `permissions`: `Collection(microsoft.graph.permission)`, not nullable.
    pub permissions: rt::Field<::std::vec::Vec<crate::v1::Permission>>,
    /// CSDL: containment navigation property `subscriptions`: `Collection(microsoft.graph.subscription)`, not nullable.
    pub subscriptions: rt::Field<::std::vec::Vec<crate::v1::Subscription>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for List {
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
            list: rt::Field::Absent,
            sharepoint_ids: rt::Field::Absent,
            system: rt::Field::Absent,
            columns: rt::Field::Absent,
            content_types: rt::Field::Absent,
            #[cfg(msgraph_v1_drives_or_search)]
            drive: rt::Field::Absent,
            items: rt::Field::Absent,
            operations: rt::Field::Absent,
            permissions: rt::Field::Absent,
            subscriptions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for List {
    const TYPE_NAME: &'static str = "microsoft.graph.list";
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
        "list",
        "sharepointIds",
        "system",
        "columns",
        "contentTypes",
        "drive",
        "items",
        "operations",
        "permissions",
        "subscriptions",
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
        ",\"list\":                         ",
        ",\"sharepointIds\":                ",
        ",\"system\":                       ",
        ",\"columns\":                      ",
        ",\"contentTypes\":                 ",
        ",\"drive\":                        ",
        ",\"items\":                        ",
        ",\"operations\":                   ",
        ",\"permissions\":                  ",
        ",\"subscriptions\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.list\"";
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
        v.field(13usize, "list", &self.list);
        v.field(14usize, "sharepoint_ids", &self.sharepoint_ids);
        v.field(15usize, "system", &self.system);
        v.field(16usize, "columns", &self.columns);
        v.field(17usize, "content_types", &self.content_types);
        #[cfg(msgraph_v1_drives_or_search)] v.field(18usize, "drive", &self.drive);
        v.field(19usize, "items", &self.items);
        v.field(20usize, "operations", &self.operations);
        v.field(21usize, "permissions", &self.permissions);
        v.field(22usize, "subscriptions", &self.subscriptions);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for List {
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
            13usize => self.list.read_from(r),
            14usize => self.sharepoint_ids.read_from(r),
            15usize => self.system.read_from(r),
            16usize => self.columns.read_from(r),
            17usize => self.content_types.read_from(r),
            #[cfg(msgraph_v1_drives_or_search)]
            18usize => self.drive.read_from(r),
            19usize => self.items.read_from(r),
            20usize => self.operations.read_from(r),
            21usize => self.permissions.read_from(r),
            22usize => self.subscriptions.read_from(r),
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
        w.field(13usize, &self.list);
        w.field(14usize, &self.sharepoint_ids);
        w.field(15usize, &self.system);
        w.field(16usize, &self.columns);
        w.field(17usize, &self.content_types);
        #[cfg(msgraph_v1_drives_or_search)] w.field(18usize, &self.drive);
        w.field(19usize, &self.items);
        w.field(20usize, &self.operations);
        w.field(21usize, &self.permissions);
        w.field(22usize, &self.subscriptions);
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(List);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_boxed!(List);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    List { with_id id : ::std::string::String; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_e_tag e_tag : ::std::string::String; with_last_modified_by last_modified_by :
    crate ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String;
    with_parent_reference parent_reference : crate ::v1::ItemReference; with_web_url
    web_url : ::std::string::String; #[cfg(msgraph_v1_core)] with_created_by_user
    created_by_user : crate ::v1::AnyUser; #[cfg(msgraph_v1_core)]
    with_last_modified_by_user last_modified_by_user : crate ::v1::AnyUser;
    with_display_name display_name : ::std::string::String; with_list list : crate
    ::v1::ListInfo; with_sharepoint_ids sharepoint_ids : crate ::v1::SharepointIds;
    with_system system : crate ::v1::SystemFacet; with_columns columns : ::std::vec::Vec
    < crate ::v1::ColumnDefinition >; with_content_types content_types : ::std::vec::Vec
    < crate ::v1::ContentType >; #[cfg(msgraph_v1_drives_or_search)] with_drive drive :
    ::std::boxed::Box < crate ::v1::Drive >; with_items items : ::std::vec::Vec < crate
    ::v1::ListItem >; with_operations operations : ::std::vec::Vec < crate
    ::v1::RichLongRunningOperation >; with_permissions permissions : ::std::vec::Vec <
    crate ::v1::Permission >; with_subscriptions subscriptions : ::std::vec::Vec < crate
    ::v1::Subscription >; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(List);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.listItem`, entity type, derived from `microsoft.graph.baseItem`, key `id`.
///
/// Request builders: [`ListItemPath`](requests/trait.ListItemPath.html), what a path to one (`EntityPath<ListItem, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ListItem {
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
    /// CSDL: property `contentType`: `microsoft.graph.contentTypeInfo`, nullable.
    pub content_type: rt::Field<crate::v1::ContentTypeInfo>,
    /// CSDL: property `deleted`: `microsoft.graph.deleted`, nullable.
    pub deleted: rt::Field<crate::v1::Deleted>,
    /// CSDL: property `sharepointIds`: `microsoft.graph.sharepointIds`, nullable.
    pub sharepoint_ids: rt::Field<crate::v1::SharepointIds>,
    /// CSDL: navigation property `analytics`: `microsoft.graph.itemAnalytics`, nullable.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core_or_drives_or_sites)]
    pub analytics: rt::Field<crate::v1::ItemAnalytics>,
    /// CSDL: containment navigation property `documentSetVersions`: `Collection(microsoft.graph.documentSetVersion)`, not nullable.
    pub document_set_versions: rt::Field<::std::vec::Vec<crate::v1::DocumentSetVersion>>,
    /// CSDL: navigation property `driveItem`: `microsoft.graph.driveItem`, nullable.
    ///
    /// Features: `v1`, or one of `v1-drives`, `v1-search`.
    #[cfg(msgraph_v1_drives_or_search)]
    pub drive_item: rt::Field<::std::boxed::Box<crate::v1::DriveItem>>,
    /// CSDL: containment navigation property `fields`: `microsoft.graph.fieldValueSet`, nullable.
    pub fields: rt::Field<crate::v1::FieldValueSet>,
    /// CSDL: containment navigation property `permissions`: `Collection(microsoft.graph.permission)`, not nullable.
    pub permissions: rt::Field<::std::vec::Vec<crate::v1::Permission>>,
    /// CSDL: containment navigation property `versions`: `Collection(microsoft.graph.listItemVersion)`, not nullable.
    pub versions: rt::Field<::std::vec::Vec<crate::v1::AnyListItemVersion>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ListItem {
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
            content_type: rt::Field::Absent,
            deleted: rt::Field::Absent,
            sharepoint_ids: rt::Field::Absent,
            #[cfg(msgraph_v1_core_or_drives_or_sites)]
            analytics: rt::Field::Absent,
            document_set_versions: rt::Field::Absent,
            #[cfg(msgraph_v1_drives_or_search)]
            drive_item: rt::Field::Absent,
            fields: rt::Field::Absent,
            permissions: rt::Field::Absent,
            versions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for ListItem {
    const TYPE_NAME: &'static str = "microsoft.graph.listItem";
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
        "contentType",
        "deleted",
        "sharepointIds",
        "analytics",
        "documentSetVersions",
        "driveItem",
        "fields",
        "permissions",
        "versions",
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
        ",\"contentType\":                  ",
        ",\"deleted\":                      ",
        ",\"sharepointIds\":                ",
        ",\"analytics\":                    ",
        ",\"documentSetVersions\":          ",
        ",\"driveItem\":                    ",
        ",\"fields\":                       ",
        ",\"permissions\":                  ",
        ",\"versions\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.listItem\"";
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
        v.field(12usize, "content_type", &self.content_type);
        v.field(13usize, "deleted", &self.deleted);
        v.field(14usize, "sharepoint_ids", &self.sharepoint_ids);
        #[cfg(msgraph_v1_core_or_drives_or_sites)]
        v.field(15usize, "analytics", &self.analytics);
        v.field(16usize, "document_set_versions", &self.document_set_versions);
        #[cfg(msgraph_v1_drives_or_search)]
        v.field(17usize, "drive_item", &self.drive_item);
        v.field(18usize, "fields", &self.fields);
        v.field(19usize, "permissions", &self.permissions);
        v.field(20usize, "versions", &self.versions);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for ListItem {
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
            12usize => self.content_type.read_from(r),
            13usize => self.deleted.read_from(r),
            14usize => self.sharepoint_ids.read_from(r),
            #[cfg(msgraph_v1_core_or_drives_or_sites)]
            15usize => self.analytics.read_from(r),
            16usize => self.document_set_versions.read_from(r),
            #[cfg(msgraph_v1_drives_or_search)]
            17usize => self.drive_item.read_from(r),
            18usize => self.fields.read_from(r),
            19usize => self.permissions.read_from(r),
            20usize => self.versions.read_from(r),
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
        w.field(12usize, &self.content_type);
        w.field(13usize, &self.deleted);
        w.field(14usize, &self.sharepoint_ids);
        #[cfg(msgraph_v1_core_or_drives_or_sites)] w.field(15usize, &self.analytics);
        w.field(16usize, &self.document_set_versions);
        #[cfg(msgraph_v1_drives_or_search)] w.field(17usize, &self.drive_item);
        w.field(18usize, &self.fields);
        w.field(19usize, &self.permissions);
        w.field(20usize, &self.versions);
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(ListItem);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_boxed!(ListItem);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ListItem { with_id id : ::std::string::String; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_e_tag e_tag : ::std::string::String; with_last_modified_by last_modified_by :
    crate ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String;
    with_parent_reference parent_reference : crate ::v1::ItemReference; with_web_url
    web_url : ::std::string::String; #[cfg(msgraph_v1_core)] with_created_by_user
    created_by_user : crate ::v1::AnyUser; #[cfg(msgraph_v1_core)]
    with_last_modified_by_user last_modified_by_user : crate ::v1::AnyUser;
    with_content_type content_type : crate ::v1::ContentTypeInfo; with_deleted deleted :
    crate ::v1::Deleted; with_sharepoint_ids sharepoint_ids : crate ::v1::SharepointIds;
    #[cfg(msgraph_v1_core_or_drives_or_sites)] with_analytics analytics : crate
    ::v1::ItemAnalytics; with_document_set_versions document_set_versions :
    ::std::vec::Vec < crate ::v1::DocumentSetVersion >;
    #[cfg(msgraph_v1_drives_or_search)] with_drive_item drive_item : ::std::boxed::Box <
    crate ::v1::DriveItem >; with_fields fields : crate ::v1::FieldValueSet;
    with_permissions permissions : ::std::vec::Vec < crate ::v1::Permission >;
    with_versions versions : ::std::vec::Vec < crate ::v1::AnyListItemVersion >; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ListItem);
#[cfg(msgraph_v1_core_or_device_management)]
/// Devices that are managed or pre-enrolled through Intune. Limited support for $filter: Only properties whose descriptions mention support for $filter may be used, and combinations of those filtered properties must use 'and', not 'or'.
///
/// CSDL: `microsoft.graph.managedDevice`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ManagedDevicePath`](requests/trait.ManagedDevicePath.html), what a path to one (`EntityPath<ManagedDevice, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDevice {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The code that allows the Activation Lock on managed device to be bypassed. Default, is Null (Non-Default property) for this property when returned as part of managedDevice entity in LIST call. To retrieve actual values GET call needs to be made, with device id and included in select parameter. Supports: $select. $Search is not supported. Read-only. This property is read-only.
    ///
    /// CSDL: property `activationLockBypassCode`: `Edm.String`, nullable.
    pub activation_lock_bypass_code: rt::Field<::std::string::String>,
    /// Android security patch level. This property is read-only.
    ///
    /// CSDL: property `androidSecurityPatchLevel`: `Edm.String`, nullable.
    pub android_security_patch_level: rt::Field<::std::string::String>,
    /// The unique identifier for the Azure Active Directory device. Supports $filter operator 'eq', not combine with count. Read only. This property is read-only.
    ///
    /// CSDL: property `azureADDeviceId`: `Edm.String`, nullable.
    pub azure_ad_device_id: rt::Field<::std::string::String>,
    /// Whether the device is Azure Active Directory registered. This property is read-only.
    ///
    /// CSDL: property `azureADRegistered`: `Edm.Boolean`, nullable.
    pub azure_ad_registered: rt::Field<bool>,
    /// The DateTime when device compliance grace period expires. Supports $filter operator 'lt' and 'gt'. This property is read-only.
    ///
    /// CSDL: property `complianceGracePeriodExpirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub compliance_grace_period_expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Compliance state of the device. Examples: Compliant, Conflict, Error, etc. Default is unknown. Supports $filter operator 'eq' and 'or'. This property is read-only.
    ///
    /// CSDL: property `complianceState`: `microsoft.graph.complianceState`, not nullable.
    pub compliance_state: rt::Field<crate::v1::ComplianceState>,
    /// ConfigrMgr client enabled features. This property is read-only.
    ///
    /// CSDL: property `configurationManagerClientEnabledFeatures`: `microsoft.graph.configurationManagerClientEnabledFeatures`, nullable.
    pub configuration_manager_client_enabled_features: rt::Field<
        crate::v1::ConfigurationManagerClientEnabledFeatures,
    >,
    /// List of ComplexType deviceActionResult objects. This property is read-only.
    ///
    /// CSDL: property `deviceActionResults`: `Collection(microsoft.graph.deviceActionResult)`, nullable.
    pub device_action_results: rt::Field<
        ::std::vec::Vec<crate::v1::AnyDeviceActionResult>,
    >,
    /// Device category display name. Default is an empty string. Supports $filter operator 'eq' and 'or'. This property is read-only.
    ///
    /// CSDL: property `deviceCategoryDisplayName`: `Edm.String`, nullable.
    pub device_category_display_name: rt::Field<::std::string::String>,
    /// Enrollment type of the device. This property is read-only.
    ///
    /// CSDL: property `deviceEnrollmentType`: `microsoft.graph.deviceEnrollmentType`, not nullable.
    pub device_enrollment_type: rt::Field<crate::v1::DeviceEnrollmentType>,
    /// The device health attestation state. This property is read-only.
    ///
    /// CSDL: property `deviceHealthAttestationState`: `microsoft.graph.deviceHealthAttestationState`, nullable.
    pub device_health_attestation_state: rt::Field<
        crate::v1::DeviceHealthAttestationState,
    >,
    /// Name of the device. Supports $filter operator 'eq' and 'contains'. This property is read-only.
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// Device registration state. This property is read-only.
    ///
    /// CSDL: property `deviceRegistrationState`: `microsoft.graph.deviceRegistrationState`, not nullable.
    pub device_registration_state: rt::Field<crate::v1::DeviceRegistrationState>,
    /// Whether the device is Exchange ActiveSync activated. This property is read-only.
    ///
    /// CSDL: property `easActivated`: `Edm.Boolean`, not nullable.
    pub eas_activated: rt::Field<bool>,
    /// Exchange ActivationSync activation time of the device. This property is read-only.
    ///
    /// CSDL: property `easActivationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub eas_activation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Exchange ActiveSync Id of the device. This property is read-only.
    ///
    /// CSDL: property `easDeviceId`: `Edm.String`, nullable.
    pub eas_device_id: rt::Field<::std::string::String>,
    /// Email(s) for the user associated with the device. Supports $filter operator 'contains'. This property is read-only.
    ///
    /// CSDL: property `emailAddress`: `Edm.String`, nullable.
    pub email_address: rt::Field<::std::string::String>,
    /// Enrollment time of the device. Supports $filter operator 'lt' and 'gt'. This property is read-only.
    ///
    /// CSDL: property `enrolledDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub enrolled_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Name of the enrollment profile assigned to the device. Default value is empty string, indicating no enrollment profile was assgined. This property is read-only.
    ///
    /// CSDL: property `enrollmentProfileName`: `Edm.String`, nullable.
    pub enrollment_profile_name: rt::Field<::std::string::String>,
    /// Indicates Ethernet MAC Address of the device. Default, is Null (Non-Default property) for this property when returned as part of managedDevice entity. Individual get call with select query options is needed to retrieve actual values. Example: deviceManagement/managedDevices({managedDeviceId})?$select=ethernetMacAddress Supports: $select. $Search is not supported. Read-only. This property is read-only.
    ///
    /// CSDL: property `ethernetMacAddress`: `Edm.String`, nullable.
    pub ethernet_mac_address: rt::Field<::std::string::String>,
    /// The Access State of the device in Exchange. Supports $filter operator 'eq' and 'or'. This property is read-only.
    ///
    /// CSDL: property `exchangeAccessState`: `microsoft.graph.deviceManagementExchangeAccessState`, not nullable.
    pub exchange_access_state: rt::Field<crate::v1::DeviceManagementExchangeAccessState>,
    /// The reason for the device's access state in Exchange. This property is read-only.
    ///
    /// CSDL: property `exchangeAccessStateReason`: `microsoft.graph.deviceManagementExchangeAccessStateReason`, not nullable.
    pub exchange_access_state_reason: rt::Field<
        crate::v1::DeviceManagementExchangeAccessStateReason,
    >,
    /// Last time the device contacted Exchange. This property is read-only.
    ///
    /// CSDL: property `exchangeLastSuccessfulSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub exchange_last_successful_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Free Storage in Bytes. Default value is 0. Read-only. This property is read-only.
    ///
    /// CSDL: property `freeStorageSpaceInBytes`: `Edm.Int64`, not nullable.
    pub free_storage_space_in_bytes: rt::Field<i64>,
    /// Integrated Circuit Card Identifier, it is A SIM card's unique identification number. Default is an empty string. To retrieve actual values GET call needs to be made, with device id and included in select parameter. Supports: $select. $Search is not supported. Read-only. This property is read-only.
    ///
    /// CSDL: property `iccid`: `Edm.String`, nullable.
    pub iccid: rt::Field<::std::string::String>,
    /// IMEI of the device. Supports $filter operator 'eq' and 'or'. This property is read-only.
    ///
    /// CSDL: property `imei`: `Edm.String`, nullable.
    pub imei: rt::Field<::std::string::String>,
    /// Device encryption status. This property is read-only.
    ///
    /// CSDL: property `isEncrypted`: `Edm.Boolean`, not nullable.
    pub is_encrypted: rt::Field<bool>,
    /// Device supervised status. This property is read-only.
    ///
    /// CSDL: property `isSupervised`: `Edm.Boolean`, not nullable.
    pub is_supervised: rt::Field<bool>,
    /// Whether the device is jail broken or rooted. Default is an empty string. Supports $filter operator 'eq' and 'or'. This property is read-only.
    ///
    /// CSDL: property `jailBroken`: `Edm.String`, nullable.
    pub jail_broken: rt::Field<::std::string::String>,
    /// The date and time that the device last completed a successful sync with Intune. Supports $filter operator 'lt' and 'gt'. This property is read-only.
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Automatically generated name to identify a device. Can be overwritten to a user friendly name.
    ///
    /// CSDL: property `managedDeviceName`: `Edm.String`, nullable.
    pub managed_device_name: rt::Field<::std::string::String>,
    /// Ownership of the device. Can be 'company' or 'personal'
    ///
    /// CSDL: property `managedDeviceOwnerType`: `microsoft.graph.managedDeviceOwnerType`, not nullable.
    pub managed_device_owner_type: rt::Field<crate::v1::ManagedDeviceOwnerType>,
    /// Management channel of the device. Examples: Intune, EAS, etc. Default is unknown. Supports $filter operator 'eq' and 'or'. This property is read-only.
    ///
    /// CSDL: property `managementAgent`: `microsoft.graph.managementAgentType`, not nullable.
    pub management_agent: rt::Field<crate::v1::ManagementAgentType>,
    /// Reports device management certificate expiration date. This property is read-only.
    ///
    /// CSDL: property `managementCertificateExpirationDate`: `Edm.DateTimeOffset`, not nullable.
    pub management_certificate_expiration_date: rt::Field<rt::edm::DateTimeOffset>,
    /// Management state of the device. Examples: Managed, RetirePending, etc. Default is managed. Supports $filter operator 'eq' and 'or'. This property is read-only.
    ///
    /// CSDL: property `managementState`: `microsoft.graph.managementState`, not nullable.
    pub management_state: rt::Field<crate::v1::ManagementState>,
    /// Manufacturer of the device. Supports $filter operator 'eq' and 'or'. This property is read-only.
    ///
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// MEID. This property is read-only.
    ///
    /// CSDL: property `meid`: `Edm.String`, nullable.
    pub meid: rt::Field<::std::string::String>,
    /// Model of the device. Supports $filter operator 'eq' and 'contains'. This property is read-only.
    ///
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// Notes on the device created by IT Admin. Default is null. To retrieve actual values GET call needs to be made, with device id and included in select parameter. Supports: $select. $Search is not supported.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// Operating system of the device. Windows, iOS, etc. Supports $filter operator 'eq' and 'or'. This property is read-only.
    ///
    /// CSDL: property `operatingSystem`: `Edm.String`, nullable.
    pub operating_system: rt::Field<::std::string::String>,
    /// Operating system version of the device. Supports $filter operator 'contains'. This property is read-only.
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// Indicates the threat state of a device when a Mobile Threat Defense partner is in use by the account and device. Read Only. This property is read-only.
    ///
    /// CSDL: property `partnerReportedThreatState`: `microsoft.graph.managedDevicePartnerReportedHealthState`, not nullable.
    pub partner_reported_threat_state: rt::Field<
        crate::v1::ManagedDevicePartnerReportedHealthState,
    >,
    /// Phone number of the device. Supports $filter operator 'contains'. This property is read-only.
    ///
    /// CSDL: property `phoneNumber`: `Edm.String`, nullable.
    pub phone_number: rt::Field<::std::string::String>,
    /// Total Memory in Bytes. Default is 0. To retrieve actual values GET call needs to be made, with device id and included in select parameter. Supports: $select. Read-only. This property is read-only.
    ///
    /// CSDL: property `physicalMemoryInBytes`: `Edm.Int64`, not nullable.
    pub physical_memory_in_bytes: rt::Field<i64>,
    /// An error string that identifies issues when creating Remote Assistance session objects. This property is read-only.
    ///
    /// CSDL: property `remoteAssistanceSessionErrorDetails`: `Edm.String`, nullable.
    pub remote_assistance_session_error_details: rt::Field<::std::string::String>,
    /// Url that allows a Remote Assistance session to be established with the device. Default is an empty string. To retrieve actual values GET call needs to be made, with device id and included in select parameter. This property is read-only.
    ///
    /// CSDL: property `remoteAssistanceSessionUrl`: `Edm.String`, nullable.
    pub remote_assistance_session_url: rt::Field<::std::string::String>,
    /// Reports if the managed iOS device is user approval enrollment. This property is read-only.
    ///
    /// CSDL: property `requireUserEnrollmentApproval`: `Edm.Boolean`, nullable.
    pub require_user_enrollment_approval: rt::Field<bool>,
    /// SerialNumber of the device. Supports $filter operator 'eq' and 'or'. This property is read-only.
    ///
    /// CSDL: property `serialNumber`: `Edm.String`, nullable.
    pub serial_number: rt::Field<::std::string::String>,
    /// Subscriber Carrier. This property is read-only.
    ///
    /// CSDL: property `subscriberCarrier`: `Edm.String`, nullable.
    pub subscriber_carrier: rt::Field<::std::string::String>,
    /// Total Storage in Bytes. This property is read-only.
    ///
    /// CSDL: property `totalStorageSpaceInBytes`: `Edm.Int64`, not nullable.
    pub total_storage_space_in_bytes: rt::Field<i64>,
    /// Unique Device Identifier for iOS and macOS devices. Default is an empty string. To retrieve actual values GET call needs to be made, with device id and included in select parameter. Supports: $select. $Search is not supported. Read-only. This property is read-only.
    ///
    /// CSDL: property `udid`: `Edm.String`, nullable.
    pub udid: rt::Field<::std::string::String>,
    /// User display name. This property is read-only.
    ///
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// Unique Identifier for the user associated with the device. This property is read-only.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Device user principal name. Supports $filter operator 'eq' and 'ne'. This property is read-only.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Wi-Fi MAC. This property is read-only.
    ///
    /// CSDL: property `wiFiMacAddress`: `Edm.String`, nullable.
    pub wi_fi_mac_address: rt::Field<::std::string::String>,
    /// Device category
    ///
    /// CSDL: containment navigation property `deviceCategory`: `microsoft.graph.deviceCategory`, nullable.
    pub device_category: rt::Field<crate::v1::DeviceCategory>,
    /// Device compliance policy states for this device.
    ///
    /// CSDL: containment navigation property `deviceCompliancePolicyStates`: `Collection(microsoft.graph.deviceCompliancePolicyState)`, not nullable.
    pub device_compliance_policy_states: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceCompliancePolicyState>,
    >,
    /// Device configuration states for this device.
    ///
    /// CSDL: containment navigation property `deviceConfigurationStates`: `Collection(microsoft.graph.deviceConfigurationState)`, not nullable.
    pub device_configuration_states: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationState>,
    >,
    /// List of log collection requests
    ///
    /// CSDL: containment navigation property `logCollectionRequests`: `Collection(microsoft.graph.deviceLogCollectionResponse)`, not nullable.
    pub log_collection_requests: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceLogCollectionResponse>,
    >,
    /// The primary users associated with the managed device.
    ///
    /// CSDL: navigation property `users`: `Collection(microsoft.graph.user)`, not nullable.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    pub users: rt::Field<::std::vec::Vec<crate::v1::AnyUser>>,
    /// The device protection status. This property is read-only.
    ///
    /// CSDL: containment navigation property `windowsProtectionState`: `microsoft.graph.windowsProtectionState`, nullable.
    pub windows_protection_state: rt::Field<crate::v1::WindowsProtectionState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for ManagedDevice {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activation_lock_bypass_code: rt::Field::Absent,
            android_security_patch_level: rt::Field::Absent,
            azure_ad_device_id: rt::Field::Absent,
            azure_ad_registered: rt::Field::Absent,
            compliance_grace_period_expiration_date_time: rt::Field::Absent,
            compliance_state: rt::Field::Absent,
            configuration_manager_client_enabled_features: rt::Field::Absent,
            device_action_results: rt::Field::Absent,
            device_category_display_name: rt::Field::Absent,
            device_enrollment_type: rt::Field::Absent,
            device_health_attestation_state: rt::Field::Absent,
            device_name: rt::Field::Absent,
            device_registration_state: rt::Field::Absent,
            eas_activated: rt::Field::Absent,
            eas_activation_date_time: rt::Field::Absent,
            eas_device_id: rt::Field::Absent,
            email_address: rt::Field::Absent,
            enrolled_date_time: rt::Field::Absent,
            enrollment_profile_name: rt::Field::Absent,
            ethernet_mac_address: rt::Field::Absent,
            exchange_access_state: rt::Field::Absent,
            exchange_access_state_reason: rt::Field::Absent,
            exchange_last_successful_sync_date_time: rt::Field::Absent,
            free_storage_space_in_bytes: rt::Field::Absent,
            iccid: rt::Field::Absent,
            imei: rt::Field::Absent,
            is_encrypted: rt::Field::Absent,
            is_supervised: rt::Field::Absent,
            jail_broken: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            managed_device_name: rt::Field::Absent,
            managed_device_owner_type: rt::Field::Absent,
            management_agent: rt::Field::Absent,
            management_certificate_expiration_date: rt::Field::Absent,
            management_state: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            meid: rt::Field::Absent,
            model: rt::Field::Absent,
            notes: rt::Field::Absent,
            operating_system: rt::Field::Absent,
            os_version: rt::Field::Absent,
            partner_reported_threat_state: rt::Field::Absent,
            phone_number: rt::Field::Absent,
            physical_memory_in_bytes: rt::Field::Absent,
            remote_assistance_session_error_details: rt::Field::Absent,
            remote_assistance_session_url: rt::Field::Absent,
            require_user_enrollment_approval: rt::Field::Absent,
            serial_number: rt::Field::Absent,
            subscriber_carrier: rt::Field::Absent,
            total_storage_space_in_bytes: rt::Field::Absent,
            udid: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            wi_fi_mac_address: rt::Field::Absent,
            device_category: rt::Field::Absent,
            device_compliance_policy_states: rt::Field::Absent,
            device_configuration_states: rt::Field::Absent,
            log_collection_requests: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            users: rt::Field::Absent,
            windows_protection_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for ManagedDevice {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDevice";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activationLockBypassCode",
        "androidSecurityPatchLevel",
        "azureADDeviceId",
        "azureADRegistered",
        "complianceGracePeriodExpirationDateTime",
        "complianceState",
        "configurationManagerClientEnabledFeatures",
        "deviceActionResults",
        "deviceCategoryDisplayName",
        "deviceEnrollmentType",
        "deviceHealthAttestationState",
        "deviceName",
        "deviceRegistrationState",
        "easActivated",
        "easActivationDateTime",
        "easDeviceId",
        "emailAddress",
        "enrolledDateTime",
        "enrollmentProfileName",
        "ethernetMacAddress",
        "exchangeAccessState",
        "exchangeAccessStateReason",
        "exchangeLastSuccessfulSyncDateTime",
        "freeStorageSpaceInBytes",
        "iccid",
        "imei",
        "isEncrypted",
        "isSupervised",
        "jailBroken",
        "lastSyncDateTime",
        "managedDeviceName",
        "managedDeviceOwnerType",
        "managementAgent",
        "managementCertificateExpirationDate",
        "managementState",
        "manufacturer",
        "meid",
        "model",
        "notes",
        "operatingSystem",
        "osVersion",
        "partnerReportedThreatState",
        "phoneNumber",
        "physicalMemoryInBytes",
        "remoteAssistanceSessionErrorDetails",
        "remoteAssistanceSessionUrl",
        "requireUserEnrollmentApproval",
        "serialNumber",
        "subscriberCarrier",
        "totalStorageSpaceInBytes",
        "udid",
        "userDisplayName",
        "userId",
        "userPrincipalName",
        "wiFiMacAddress",
        "deviceCategory",
        "deviceCompliancePolicyStates",
        "deviceConfigurationStates",
        "logCollectionRequests",
        "users",
        "windowsProtectionState",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activationLockBypassCode\":     ",
        ",\"androidSecurityPatchLevel\":    ",
        ",\"azureADDeviceId\":              ",
        ",\"azureADRegistered\":            ",
        ",\"complianceGracePeriodExpirationDateTime\":",
        ",\"complianceState\":              ",
        ",\"configurationManagerClientEnabledFeatures\":",
        ",\"deviceActionResults\":          ",
        ",\"deviceCategoryDisplayName\":    ",
        ",\"deviceEnrollmentType\":         ",
        ",\"deviceHealthAttestationState\": ",
        ",\"deviceName\":                   ",
        ",\"deviceRegistrationState\":      ",
        ",\"easActivated\":                 ",
        ",\"easActivationDateTime\":        ",
        ",\"easDeviceId\":                  ",
        ",\"emailAddress\":                 ",
        ",\"enrolledDateTime\":             ",
        ",\"enrollmentProfileName\":        ",
        ",\"ethernetMacAddress\":           ",
        ",\"exchangeAccessState\":          ",
        ",\"exchangeAccessStateReason\":    ",
        ",\"exchangeLastSuccessfulSyncDateTime\":",
        ",\"freeStorageSpaceInBytes\":      ",
        ",\"iccid\":                        ",
        ",\"imei\":                         ",
        ",\"isEncrypted\":                  ",
        ",\"isSupervised\":                 ",
        ",\"jailBroken\":                   ",
        ",\"lastSyncDateTime\":             ",
        ",\"managedDeviceName\":            ",
        ",\"managedDeviceOwnerType\":       ",
        ",\"managementAgent\":              ",
        ",\"managementCertificateExpirationDate\":",
        ",\"managementState\":              ",
        ",\"manufacturer\":                 ",
        ",\"meid\":                         ",
        ",\"model\":                        ",
        ",\"notes\":                        ",
        ",\"operatingSystem\":              ",
        ",\"osVersion\":                    ",
        ",\"partnerReportedThreatState\":   ",
        ",\"phoneNumber\":                  ",
        ",\"physicalMemoryInBytes\":        ",
        ",\"remoteAssistanceSessionErrorDetails\":",
        ",\"remoteAssistanceSessionUrl\":   ",
        ",\"requireUserEnrollmentApproval\":",
        ",\"serialNumber\":                 ",
        ",\"subscriberCarrier\":            ",
        ",\"totalStorageSpaceInBytes\":     ",
        ",\"udid\":                         ",
        ",\"userDisplayName\":              ",
        ",\"userId\":                       ",
        ",\"userPrincipalName\":            ",
        ",\"wiFiMacAddress\":               ",
        ",\"deviceCategory\":               ",
        ",\"deviceCompliancePolicyStates\": ",
        ",\"deviceConfigurationStates\":    ",
        ",\"logCollectionRequests\":        ",
        ",\"users\":                        ",
        ",\"windowsProtectionState\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDevice\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "activation_lock_bypass_code",
            &self.activation_lock_bypass_code,
        );
        v.field(
            2usize,
            "android_security_patch_level",
            &self.android_security_patch_level,
        );
        v.field(3usize, "azure_ad_device_id", &self.azure_ad_device_id);
        v.field(4usize, "azure_ad_registered", &self.azure_ad_registered);
        v.field(
            5usize,
            "compliance_grace_period_expiration_date_time",
            &self.compliance_grace_period_expiration_date_time,
        );
        v.field(6usize, "compliance_state", &self.compliance_state);
        v.field(
            7usize,
            "configuration_manager_client_enabled_features",
            &self.configuration_manager_client_enabled_features,
        );
        v.field(8usize, "device_action_results", &self.device_action_results);
        v.field(
            9usize,
            "device_category_display_name",
            &self.device_category_display_name,
        );
        v.field(10usize, "device_enrollment_type", &self.device_enrollment_type);
        v.field(
            11usize,
            "device_health_attestation_state",
            &self.device_health_attestation_state,
        );
        v.field(12usize, "device_name", &self.device_name);
        v.field(13usize, "device_registration_state", &self.device_registration_state);
        v.field(14usize, "eas_activated", &self.eas_activated);
        v.field(15usize, "eas_activation_date_time", &self.eas_activation_date_time);
        v.field(16usize, "eas_device_id", &self.eas_device_id);
        v.field(17usize, "email_address", &self.email_address);
        v.field(18usize, "enrolled_date_time", &self.enrolled_date_time);
        v.field(19usize, "enrollment_profile_name", &self.enrollment_profile_name);
        v.field(20usize, "ethernet_mac_address", &self.ethernet_mac_address);
        v.field(21usize, "exchange_access_state", &self.exchange_access_state);
        v.field(
            22usize,
            "exchange_access_state_reason",
            &self.exchange_access_state_reason,
        );
        v.field(
            23usize,
            "exchange_last_successful_sync_date_time",
            &self.exchange_last_successful_sync_date_time,
        );
        v.field(
            24usize,
            "free_storage_space_in_bytes",
            &self.free_storage_space_in_bytes,
        );
        v.field(25usize, "iccid", &self.iccid);
        v.field(26usize, "imei", &self.imei);
        v.field(27usize, "is_encrypted", &self.is_encrypted);
        v.field(28usize, "is_supervised", &self.is_supervised);
        v.field(29usize, "jail_broken", &self.jail_broken);
        v.field(30usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(31usize, "managed_device_name", &self.managed_device_name);
        v.field(32usize, "managed_device_owner_type", &self.managed_device_owner_type);
        v.field(33usize, "management_agent", &self.management_agent);
        v.field(
            34usize,
            "management_certificate_expiration_date",
            &self.management_certificate_expiration_date,
        );
        v.field(35usize, "management_state", &self.management_state);
        v.field(36usize, "manufacturer", &self.manufacturer);
        v.field(37usize, "meid", &self.meid);
        v.field(38usize, "model", &self.model);
        v.field(39usize, "notes", &self.notes);
        v.field(40usize, "operating_system", &self.operating_system);
        v.field(41usize, "os_version", &self.os_version);
        v.field(
            42usize,
            "partner_reported_threat_state",
            &self.partner_reported_threat_state,
        );
        v.field(43usize, "phone_number", &self.phone_number);
        v.field(44usize, "physical_memory_in_bytes", &self.physical_memory_in_bytes);
        v.field(
            45usize,
            "remote_assistance_session_error_details",
            &self.remote_assistance_session_error_details,
        );
        v.field(
            46usize,
            "remote_assistance_session_url",
            &self.remote_assistance_session_url,
        );
        v.field(
            47usize,
            "require_user_enrollment_approval",
            &self.require_user_enrollment_approval,
        );
        v.field(48usize, "serial_number", &self.serial_number);
        v.field(49usize, "subscriber_carrier", &self.subscriber_carrier);
        v.field(
            50usize,
            "total_storage_space_in_bytes",
            &self.total_storage_space_in_bytes,
        );
        v.field(51usize, "udid", &self.udid);
        v.field(52usize, "user_display_name", &self.user_display_name);
        v.field(53usize, "user_id", &self.user_id);
        v.field(54usize, "user_principal_name", &self.user_principal_name);
        v.field(55usize, "wi_fi_mac_address", &self.wi_fi_mac_address);
        v.field(56usize, "device_category", &self.device_category);
        v.field(
            57usize,
            "device_compliance_policy_states",
            &self.device_compliance_policy_states,
        );
        v.field(
            58usize,
            "device_configuration_states",
            &self.device_configuration_states,
        );
        v.field(59usize, "log_collection_requests", &self.log_collection_requests);
        #[cfg(msgraph_v1_core)] v.field(60usize, "users", &self.users);
        v.field(61usize, "windows_protection_state", &self.windows_protection_state);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for ManagedDevice {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activation_lock_bypass_code.read_from(r),
            2usize => self.android_security_patch_level.read_from(r),
            3usize => self.azure_ad_device_id.read_from(r),
            4usize => self.azure_ad_registered.read_from(r),
            5usize => self.compliance_grace_period_expiration_date_time.read_from(r),
            6usize => self.compliance_state.read_from(r),
            7usize => self.configuration_manager_client_enabled_features.read_from(r),
            8usize => self.device_action_results.read_from(r),
            9usize => self.device_category_display_name.read_from(r),
            10usize => self.device_enrollment_type.read_from(r),
            11usize => self.device_health_attestation_state.read_from(r),
            12usize => self.device_name.read_from(r),
            13usize => self.device_registration_state.read_from(r),
            14usize => self.eas_activated.read_from(r),
            15usize => self.eas_activation_date_time.read_from(r),
            16usize => self.eas_device_id.read_from(r),
            17usize => self.email_address.read_from(r),
            18usize => self.enrolled_date_time.read_from(r),
            19usize => self.enrollment_profile_name.read_from(r),
            20usize => self.ethernet_mac_address.read_from(r),
            21usize => self.exchange_access_state.read_from(r),
            22usize => self.exchange_access_state_reason.read_from(r),
            23usize => self.exchange_last_successful_sync_date_time.read_from(r),
            24usize => self.free_storage_space_in_bytes.read_from(r),
            25usize => self.iccid.read_from(r),
            26usize => self.imei.read_from(r),
            27usize => self.is_encrypted.read_from(r),
            28usize => self.is_supervised.read_from(r),
            29usize => self.jail_broken.read_from(r),
            30usize => self.last_sync_date_time.read_from(r),
            31usize => self.managed_device_name.read_from(r),
            32usize => self.managed_device_owner_type.read_from(r),
            33usize => self.management_agent.read_from(r),
            34usize => self.management_certificate_expiration_date.read_from(r),
            35usize => self.management_state.read_from(r),
            36usize => self.manufacturer.read_from(r),
            37usize => self.meid.read_from(r),
            38usize => self.model.read_from(r),
            39usize => self.notes.read_from(r),
            40usize => self.operating_system.read_from(r),
            41usize => self.os_version.read_from(r),
            42usize => self.partner_reported_threat_state.read_from(r),
            43usize => self.phone_number.read_from(r),
            44usize => self.physical_memory_in_bytes.read_from(r),
            45usize => self.remote_assistance_session_error_details.read_from(r),
            46usize => self.remote_assistance_session_url.read_from(r),
            47usize => self.require_user_enrollment_approval.read_from(r),
            48usize => self.serial_number.read_from(r),
            49usize => self.subscriber_carrier.read_from(r),
            50usize => self.total_storage_space_in_bytes.read_from(r),
            51usize => self.udid.read_from(r),
            52usize => self.user_display_name.read_from(r),
            53usize => self.user_id.read_from(r),
            54usize => self.user_principal_name.read_from(r),
            55usize => self.wi_fi_mac_address.read_from(r),
            56usize => self.device_category.read_from(r),
            57usize => self.device_compliance_policy_states.read_from(r),
            58usize => self.device_configuration_states.read_from(r),
            59usize => self.log_collection_requests.read_from(r),
            #[cfg(msgraph_v1_core)]
            60usize => self.users.read_from(r),
            61usize => self.windows_protection_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activation_lock_bypass_code);
        w.field(2usize, &self.android_security_patch_level);
        w.field(3usize, &self.azure_ad_device_id);
        w.field(4usize, &self.azure_ad_registered);
        w.field(5usize, &self.compliance_grace_period_expiration_date_time);
        w.field(6usize, &self.compliance_state);
        w.field(7usize, &self.configuration_manager_client_enabled_features);
        w.field(8usize, &self.device_action_results);
        w.field(9usize, &self.device_category_display_name);
        w.field(10usize, &self.device_enrollment_type);
        w.field(11usize, &self.device_health_attestation_state);
        w.field(12usize, &self.device_name);
        w.field(13usize, &self.device_registration_state);
        w.field(14usize, &self.eas_activated);
        w.field(15usize, &self.eas_activation_date_time);
        w.field(16usize, &self.eas_device_id);
        w.field(17usize, &self.email_address);
        w.field(18usize, &self.enrolled_date_time);
        w.field(19usize, &self.enrollment_profile_name);
        w.field(20usize, &self.ethernet_mac_address);
        w.field(21usize, &self.exchange_access_state);
        w.field(22usize, &self.exchange_access_state_reason);
        w.field(23usize, &self.exchange_last_successful_sync_date_time);
        w.field(24usize, &self.free_storage_space_in_bytes);
        w.field(25usize, &self.iccid);
        w.field(26usize, &self.imei);
        w.field(27usize, &self.is_encrypted);
        w.field(28usize, &self.is_supervised);
        w.field(29usize, &self.jail_broken);
        w.field(30usize, &self.last_sync_date_time);
        w.field(31usize, &self.managed_device_name);
        w.field(32usize, &self.managed_device_owner_type);
        w.field(33usize, &self.management_agent);
        w.field(34usize, &self.management_certificate_expiration_date);
        w.field(35usize, &self.management_state);
        w.field(36usize, &self.manufacturer);
        w.field(37usize, &self.meid);
        w.field(38usize, &self.model);
        w.field(39usize, &self.notes);
        w.field(40usize, &self.operating_system);
        w.field(41usize, &self.os_version);
        w.field(42usize, &self.partner_reported_threat_state);
        w.field(43usize, &self.phone_number);
        w.field(44usize, &self.physical_memory_in_bytes);
        w.field(45usize, &self.remote_assistance_session_error_details);
        w.field(46usize, &self.remote_assistance_session_url);
        w.field(47usize, &self.require_user_enrollment_approval);
        w.field(48usize, &self.serial_number);
        w.field(49usize, &self.subscriber_carrier);
        w.field(50usize, &self.total_storage_space_in_bytes);
        w.field(51usize, &self.udid);
        w.field(52usize, &self.user_display_name);
        w.field(53usize, &self.user_id);
        w.field(54usize, &self.user_principal_name);
        w.field(55usize, &self.wi_fi_mac_address);
        w.field(56usize, &self.device_category);
        w.field(57usize, &self.device_compliance_policy_states);
        w.field(58usize, &self.device_configuration_states);
        w.field(59usize, &self.log_collection_requests);
        #[cfg(msgraph_v1_core)] w.field(60usize, &self.users);
        w.field(61usize, &self.windows_protection_state);
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
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_object!(ManagedDevice);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    ManagedDevice { with_id id : ::std::string::String; with_activation_lock_bypass_code
    activation_lock_bypass_code : ::std::string::String;
    with_android_security_patch_level android_security_patch_level :
    ::std::string::String; with_azure_ad_device_id azure_ad_device_id :
    ::std::string::String; with_azure_ad_registered azure_ad_registered : bool;
    with_compliance_grace_period_expiration_date_time
    compliance_grace_period_expiration_date_time : rt::edm::DateTimeOffset;
    with_compliance_state compliance_state : crate ::v1::ComplianceState;
    with_configuration_manager_client_enabled_features
    configuration_manager_client_enabled_features : crate
    ::v1::ConfigurationManagerClientEnabledFeatures; with_device_action_results
    device_action_results : ::std::vec::Vec < crate ::v1::AnyDeviceActionResult >;
    with_device_category_display_name device_category_display_name :
    ::std::string::String; with_device_enrollment_type device_enrollment_type : crate
    ::v1::DeviceEnrollmentType; with_device_health_attestation_state
    device_health_attestation_state : crate ::v1::DeviceHealthAttestationState;
    with_device_name device_name : ::std::string::String; with_device_registration_state
    device_registration_state : crate ::v1::DeviceRegistrationState; with_eas_activated
    eas_activated : bool; with_eas_activation_date_time eas_activation_date_time :
    rt::edm::DateTimeOffset; with_eas_device_id eas_device_id : ::std::string::String;
    with_email_address email_address : ::std::string::String; with_enrolled_date_time
    enrolled_date_time : rt::edm::DateTimeOffset; with_enrollment_profile_name
    enrollment_profile_name : ::std::string::String; with_ethernet_mac_address
    ethernet_mac_address : ::std::string::String; with_exchange_access_state
    exchange_access_state : crate ::v1::DeviceManagementExchangeAccessState;
    with_exchange_access_state_reason exchange_access_state_reason : crate
    ::v1::DeviceManagementExchangeAccessStateReason;
    with_exchange_last_successful_sync_date_time exchange_last_successful_sync_date_time
    : rt::edm::DateTimeOffset; with_free_storage_space_in_bytes
    free_storage_space_in_bytes : i64; with_iccid iccid : ::std::string::String;
    with_imei imei : ::std::string::String; with_is_encrypted is_encrypted : bool;
    with_is_supervised is_supervised : bool; with_jail_broken jail_broken :
    ::std::string::String; with_last_sync_date_time last_sync_date_time :
    rt::edm::DateTimeOffset; with_managed_device_name managed_device_name :
    ::std::string::String; with_managed_device_owner_type managed_device_owner_type :
    crate ::v1::ManagedDeviceOwnerType; with_management_agent management_agent : crate
    ::v1::ManagementAgentType; with_management_certificate_expiration_date
    management_certificate_expiration_date : rt::edm::DateTimeOffset;
    with_management_state management_state : crate ::v1::ManagementState;
    with_manufacturer manufacturer : ::std::string::String; with_meid meid :
    ::std::string::String; with_model model : ::std::string::String; with_notes notes :
    ::std::string::String; with_operating_system operating_system :
    ::std::string::String; with_os_version os_version : ::std::string::String;
    with_partner_reported_threat_state partner_reported_threat_state : crate
    ::v1::ManagedDevicePartnerReportedHealthState; with_phone_number phone_number :
    ::std::string::String; with_physical_memory_in_bytes physical_memory_in_bytes : i64;
    with_remote_assistance_session_error_details remote_assistance_session_error_details
    : ::std::string::String; with_remote_assistance_session_url
    remote_assistance_session_url : ::std::string::String;
    with_require_user_enrollment_approval require_user_enrollment_approval : bool;
    with_serial_number serial_number : ::std::string::String; with_subscriber_carrier
    subscriber_carrier : ::std::string::String; with_total_storage_space_in_bytes
    total_storage_space_in_bytes : i64; with_udid udid : ::std::string::String;
    with_user_display_name user_display_name : ::std::string::String; with_user_id
    user_id : ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; with_wi_fi_mac_address wi_fi_mac_address :
    ::std::string::String; with_device_category device_category : crate
    ::v1::DeviceCategory; with_device_compliance_policy_states
    device_compliance_policy_states : ::std::vec::Vec < crate
    ::v1::DeviceCompliancePolicyState >; with_device_configuration_states
    device_configuration_states : ::std::vec::Vec < crate ::v1::DeviceConfigurationState
    >; with_log_collection_requests log_collection_requests : ::std::vec::Vec < crate
    ::v1::DeviceLogCollectionResponse >; #[cfg(msgraph_v1_core)] with_users users :
    ::std::vec::Vec < crate ::v1::AnyUser >; with_windows_protection_state
    windows_protection_state : crate ::v1::WindowsProtectionState; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDevice);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.membershipOutlierInsight`, entity type, derived from `microsoft.graph.governanceInsight`, key `id`.
///
/// Request builders: [`MembershipOutlierInsightPath`](requests/trait.MembershipOutlierInsightPath.html), what a path to one (`EntityPath<MembershipOutlierInsight, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct MembershipOutlierInsight {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `insightCreatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub insight_created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `containerId`: `Edm.String`, not nullable.
    pub container_id: rt::Field<::std::string::String>,
    /// CSDL: property `memberId`: `Edm.String`, not nullable.
    pub member_id: rt::Field<::std::string::String>,
    /// CSDL: property `outlierContainerType`: `microsoft.graph.outlierContainerType`, not nullable.
    pub outlier_container_type: rt::Field<crate::v1::OutlierContainerType>,
    /// CSDL: property `outlierMemberType`: `microsoft.graph.outlierMemberType`, not nullable.
    pub outlier_member_type: rt::Field<crate::v1::OutlierMemberType>,
    /// CSDL: navigation property `container`: `microsoft.graph.directoryObject`, nullable.
    pub container: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `lastModifiedBy`: `microsoft.graph.user`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyUser>,
    /// CSDL: navigation property `member`: `microsoft.graph.directoryObject`, nullable.
    pub member: rt::Field<crate::v1::AnyDirectoryObject>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for MembershipOutlierInsight {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            insight_created_date_time: rt::Field::Absent,
            container_id: rt::Field::Absent,
            member_id: rt::Field::Absent,
            outlier_container_type: rt::Field::Absent,
            outlier_member_type: rt::Field::Absent,
            container: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            member: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for MembershipOutlierInsight {
    const TYPE_NAME: &'static str = "microsoft.graph.membershipOutlierInsight";
    const KEYS: &'static [&'static str] = &[
        "id",
        "insightCreatedDateTime",
        "containerId",
        "memberId",
        "outlierContainerType",
        "outlierMemberType",
        "container",
        "lastModifiedBy",
        "member",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"insightCreatedDateTime\":       ",
        ",\"containerId\":                  ",
        ",\"memberId\":                     ",
        ",\"outlierContainerType\":         ",
        ",\"outlierMemberType\":            ",
        ",\"container\":                    ",
        ",\"lastModifiedBy\":               ",
        ",\"member\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.membershipOutlierInsight\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "insight_created_date_time", &self.insight_created_date_time);
        v.field(2usize, "container_id", &self.container_id);
        v.field(3usize, "member_id", &self.member_id);
        v.field(4usize, "outlier_container_type", &self.outlier_container_type);
        v.field(5usize, "outlier_member_type", &self.outlier_member_type);
        v.field(6usize, "container", &self.container);
        v.field(7usize, "last_modified_by", &self.last_modified_by);
        v.field(8usize, "member", &self.member);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for MembershipOutlierInsight {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.insight_created_date_time.read_from(r),
            2usize => self.container_id.read_from(r),
            3usize => self.member_id.read_from(r),
            4usize => self.outlier_container_type.read_from(r),
            5usize => self.outlier_member_type.read_from(r),
            6usize => self.container.read_from(r),
            7usize => self.last_modified_by.read_from(r),
            8usize => self.member.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.insight_created_date_time);
        w.field(2usize, &self.container_id);
        w.field(3usize, &self.member_id);
        w.field(4usize, &self.outlier_container_type);
        w.field(5usize, &self.outlier_member_type);
        w.field(6usize, &self.container);
        w.field(7usize, &self.last_modified_by);
        w.field(8usize, &self.member);
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
rt::impl_object!(MembershipOutlierInsight);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    MembershipOutlierInsight { with_id id : ::std::string::String;
    with_insight_created_date_time insight_created_date_time : rt::edm::DateTimeOffset;
    with_container_id container_id : ::std::string::String; with_member_id member_id :
    ::std::string::String; with_outlier_container_type outlier_container_type : crate
    ::v1::OutlierContainerType; with_outlier_member_type outlier_member_type : crate
    ::v1::OutlierMemberType; with_container container : crate ::v1::AnyDirectoryObject;
    with_last_modified_by last_modified_by : crate ::v1::AnyUser; with_member member :
    crate ::v1::AnyDirectoryObject; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MembershipOutlierInsight);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.microsoftAuthenticatorAuthenticationMethod`, entity type, derived from `microsoft.graph.authenticationMethod`, key `id`.
///
/// Request builders: [`MicrosoftAuthenticatorAuthenticationMethodPath`](requests/trait.MicrosoftAuthenticatorAuthenticationMethodPath.html), what a path to one (`EntityPath<MicrosoftAuthenticatorAuthenticationMethod, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MicrosoftAuthenticatorAuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `deviceTag`: `Edm.String`, nullable.
    pub device_tag: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `phoneAppVersion`: `Edm.String`, nullable.
    pub phone_app_version: rt::Field<::std::string::String>,
    /// CSDL: navigation property `device`: `microsoft.graph.device`, nullable.
    pub device: rt::Field<crate::v1::Device>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MicrosoftAuthenticatorAuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            device_tag: rt::Field::Absent,
            display_name: rt::Field::Absent,
            phone_app_version: rt::Field::Absent,
            device: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MicrosoftAuthenticatorAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethod";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "deviceTag",
        "displayName",
        "phoneAppVersion",
        "device",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"deviceTag\":                    ",
        ",\"displayName\":                  ",
        ",\"phoneAppVersion\":              ",
        ",\"device\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.microsoftAuthenticatorAuthenticationMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "device_tag", &self.device_tag);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "phone_app_version", &self.phone_app_version);
        v.field(5usize, "device", &self.device);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MicrosoftAuthenticatorAuthenticationMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.device_tag.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.phone_app_version.read_from(r),
            5usize => self.device.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.device_tag);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.phone_app_version);
        w.field(5usize, &self.device);
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
rt::impl_object!(MicrosoftAuthenticatorAuthenticationMethod);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MicrosoftAuthenticatorAuthenticationMethod { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_device_tag
    device_tag : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_phone_app_version phone_app_version :
    ::std::string::String; with_device device : crate ::v1::Device; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftAuthenticatorAuthenticationMethod);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.officeGraphInsights`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`OfficeGraphInsightsPath`](requests/trait.OfficeGraphInsightsPath.html), what a path to one (`EntityPath<AnyOfficeGraphInsights, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OfficeGraphInsights {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `shared`: `Collection(microsoft.graph.sharedInsight)`, not nullable.
    pub shared: rt::Field<::std::vec::Vec<crate::v1::SharedInsight>>,
    /// CSDL: containment navigation property `trending`: `Collection(microsoft.graph.trending)`, not nullable.
    pub trending: rt::Field<::std::vec::Vec<crate::v1::Trending>>,
    /// CSDL: containment navigation property `used`: `Collection(microsoft.graph.usedInsight)`, not nullable.
    pub used: rt::Field<::std::vec::Vec<crate::v1::UsedInsight>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OfficeGraphInsights {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            shared: rt::Field::Absent,
            trending: rt::Field::Absent,
            used: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OfficeGraphInsights {
    const TYPE_NAME: &'static str = "microsoft.graph.officeGraphInsights";
    const KEYS: &'static [&'static str] = &["id", "shared", "trending", "used"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"shared\":                       ",
        ",\"trending\":                     ",
        ",\"used\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.officeGraphInsights\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "shared", &self.shared);
        v.field(2usize, "trending", &self.trending);
        v.field(3usize, "used", &self.used);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for OfficeGraphInsights {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.shared.read_from(r),
            2usize => self.trending.read_from(r),
            3usize => self.used.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.shared);
        w.field(2usize, &self.trending);
        w.field(3usize, &self.used);
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
rt::impl_object!(OfficeGraphInsights);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OfficeGraphInsights { with_id id : ::std::string::String; with_shared shared :
    ::std::vec::Vec < crate ::v1::SharedInsight >; with_trending trending :
    ::std::vec::Vec < crate ::v1::Trending >; with_used used : ::std::vec::Vec < crate
    ::v1::UsedInsight >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OfficeGraphInsights);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.officeGraphInsights` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOfficeGraphInsights {
    OfficeGraphInsights(::std::boxed::Box<crate::v1::OfficeGraphInsights>),
    ItemInsights(::std::boxed::Box<crate::v1::ItemInsights>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyOfficeGraphInsights {
    #[inline]
    fn default() -> Self {
        Self::OfficeGraphInsights(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OfficeGraphInsights> for AnyOfficeGraphInsights {
    #[inline]
    fn from(v: crate::v1::OfficeGraphInsights) -> Self {
        Self::OfficeGraphInsights(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ItemInsights> for AnyOfficeGraphInsights {
    #[inline]
    fn from(v: crate::v1::ItemInsights) -> Self {
        Self::ItemInsights(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyOfficeGraphInsights {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyOfficeGraphInsights {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyOfficeGraphInsights {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyOfficeGraphInsights {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyOfficeGraphInsights {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::OfficeGraphInsights>();
    rt::object::auto_traits::<crate::v1::ItemInsights>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyOfficeGraphInsights {
    const BASE_NAME: &'static str = "microsoft.graph.officeGraphInsights";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.itemInsights") => {
                Self::ItemInsights(rt::object::new_boxed())
            }
            _ => Self::OfficeGraphInsights(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OfficeGraphInsights(v) => &**v,
            Self::ItemInsights(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OfficeGraphInsights(v) => &mut **v,
            Self::ItemInsights(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyOfficeGraphInsights {
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
            Self::OfficeGraphInsights(v) => &v.id,
            Self::ItemInsights(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OfficeGraphInsights(v) => &mut v.id,
            Self::ItemInsights(v) => &mut v.id,
        }
    }
    /// `shared` of any variant.
    #[inline]
    pub fn shared(&self) -> &rt::Field<::std::vec::Vec<crate::v1::SharedInsight>> {
        match self {
            Self::OfficeGraphInsights(v) => &v.shared,
            Self::ItemInsights(v) => &v.shared,
        }
    }
    /// `shared` of any variant.
    #[inline]
    pub fn shared_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::SharedInsight>> {
        match self {
            Self::OfficeGraphInsights(v) => &mut v.shared,
            Self::ItemInsights(v) => &mut v.shared,
        }
    }
    /// `trending` of any variant.
    #[inline]
    pub fn trending(&self) -> &rt::Field<::std::vec::Vec<crate::v1::Trending>> {
        match self {
            Self::OfficeGraphInsights(v) => &v.trending,
            Self::ItemInsights(v) => &v.trending,
        }
    }
    /// `trending` of any variant.
    #[inline]
    pub fn trending_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::Trending>> {
        match self {
            Self::OfficeGraphInsights(v) => &mut v.trending,
            Self::ItemInsights(v) => &mut v.trending,
        }
    }
    /// `used` of any variant.
    #[inline]
    pub fn used(&self) -> &rt::Field<::std::vec::Vec<crate::v1::UsedInsight>> {
        match self {
            Self::OfficeGraphInsights(v) => &v.used,
            Self::ItemInsights(v) => &v.used,
        }
    }
    /// `used` of any variant.
    #[inline]
    pub fn used_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::UsedInsight>> {
        match self {
            Self::OfficeGraphInsights(v) => &mut v.used,
            Self::ItemInsights(v) => &mut v.used,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyOfficeGraphInsights);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOfficeGraphInsights);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.orgContact`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`OrgContactPath`](requests/trait.OrgContactPath.html), what a path to one (`EntityPath<OrgContact, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OrgContact {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `addresses`: `Collection(microsoft.graph.physicalOfficeAddress)`, nullable.
    pub addresses: rt::Field<::std::vec::Vec<crate::v1::PhysicalOfficeAddress>>,
    /// CSDL: property `companyName`: `Edm.String`, nullable.
    pub company_name: rt::Field<::std::string::String>,
    /// CSDL: property `department`: `Edm.String`, nullable.
    pub department: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `givenName`: `Edm.String`, nullable.
    pub given_name: rt::Field<::std::string::String>,
    /// CSDL: property `jobTitle`: `Edm.String`, nullable.
    pub job_title: rt::Field<::std::string::String>,
    /// CSDL: property `mail`: `Edm.String`, nullable.
    pub mail: rt::Field<::std::string::String>,
    /// CSDL: property `mailNickname`: `Edm.String`, nullable.
    pub mail_nickname: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesLastSyncDateTime`: `Edm.DateTimeOffset`, nullable.
    pub on_premises_last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `onPremisesProvisioningErrors`: `Collection(microsoft.graph.onPremisesProvisioningError)`, nullable.
    pub on_premises_provisioning_errors: rt::Field<
        ::std::vec::Vec<crate::v1::OnPremisesProvisioningError>,
    >,
    /// CSDL: property `onPremisesSyncEnabled`: `Edm.Boolean`, nullable.
    pub on_premises_sync_enabled: rt::Field<bool>,
    /// CSDL: property `phones`: `Collection(microsoft.graph.phone)`, nullable.
    pub phones: rt::Field<::std::vec::Vec<crate::v1::Phone>>,
    /// CSDL: property `proxyAddresses`: `Collection(Edm.String)`, not nullable.
    pub proxy_addresses: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `serviceProvisioningErrors`: `Collection(microsoft.graph.serviceProvisioningError)`, nullable.
    pub service_provisioning_errors: rt::Field<
        ::std::vec::Vec<crate::v1::AnyServiceProvisioningError>,
    >,
    /// CSDL: property `surname`: `Edm.String`, nullable.
    pub surname: rt::Field<::std::string::String>,
    /// CSDL: navigation property `directReports`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub direct_reports: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: navigation property `manager`: `microsoft.graph.directoryObject`, nullable.
    pub manager: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `memberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub member_of: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `onPremisesSyncBehavior`: `microsoft.graph.onPremisesSyncBehavior`, nullable.
    pub on_premises_sync_behavior: rt::Field<crate::v1::OnPremisesSyncBehavior>,
    /// CSDL: navigation property `transitiveMemberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub transitive_member_of: rt::Field<::std::vec::Vec<crate::v1::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OrgContact {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            addresses: rt::Field::Absent,
            company_name: rt::Field::Absent,
            department: rt::Field::Absent,
            display_name: rt::Field::Absent,
            given_name: rt::Field::Absent,
            job_title: rt::Field::Absent,
            mail: rt::Field::Absent,
            mail_nickname: rt::Field::Absent,
            on_premises_last_sync_date_time: rt::Field::Absent,
            on_premises_provisioning_errors: rt::Field::Absent,
            on_premises_sync_enabled: rt::Field::Absent,
            phones: rt::Field::Absent,
            proxy_addresses: rt::Field::Absent,
            service_provisioning_errors: rt::Field::Absent,
            surname: rt::Field::Absent,
            direct_reports: rt::Field::Absent,
            manager: rt::Field::Absent,
            member_of: rt::Field::Absent,
            on_premises_sync_behavior: rt::Field::Absent,
            transitive_member_of: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OrgContact {
    const TYPE_NAME: &'static str = "microsoft.graph.orgContact";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "addresses",
        "companyName",
        "department",
        "displayName",
        "givenName",
        "jobTitle",
        "mail",
        "mailNickname",
        "onPremisesLastSyncDateTime",
        "onPremisesProvisioningErrors",
        "onPremisesSyncEnabled",
        "phones",
        "proxyAddresses",
        "serviceProvisioningErrors",
        "surname",
        "directReports",
        "manager",
        "memberOf",
        "onPremisesSyncBehavior",
        "transitiveMemberOf",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"addresses\":                    ",
        ",\"companyName\":                  ",
        ",\"department\":                   ",
        ",\"displayName\":                  ",
        ",\"givenName\":                    ",
        ",\"jobTitle\":                     ",
        ",\"mail\":                         ",
        ",\"mailNickname\":                 ",
        ",\"onPremisesLastSyncDateTime\":   ",
        ",\"onPremisesProvisioningErrors\": ",
        ",\"onPremisesSyncEnabled\":        ",
        ",\"phones\":                       ",
        ",\"proxyAddresses\":               ",
        ",\"serviceProvisioningErrors\":    ",
        ",\"surname\":                      ",
        ",\"directReports\":                ",
        ",\"manager\":                      ",
        ",\"memberOf\":                     ",
        ",\"onPremisesSyncBehavior\":       ",
        ",\"transitiveMemberOf\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.orgContact\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "addresses", &self.addresses);
        v.field(3usize, "company_name", &self.company_name);
        v.field(4usize, "department", &self.department);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "given_name", &self.given_name);
        v.field(7usize, "job_title", &self.job_title);
        v.field(8usize, "mail", &self.mail);
        v.field(9usize, "mail_nickname", &self.mail_nickname);
        v.field(
            10usize,
            "on_premises_last_sync_date_time",
            &self.on_premises_last_sync_date_time,
        );
        v.field(
            11usize,
            "on_premises_provisioning_errors",
            &self.on_premises_provisioning_errors,
        );
        v.field(12usize, "on_premises_sync_enabled", &self.on_premises_sync_enabled);
        v.field(13usize, "phones", &self.phones);
        v.field(14usize, "proxy_addresses", &self.proxy_addresses);
        v.field(
            15usize,
            "service_provisioning_errors",
            &self.service_provisioning_errors,
        );
        v.field(16usize, "surname", &self.surname);
        v.field(17usize, "direct_reports", &self.direct_reports);
        v.field(18usize, "manager", &self.manager);
        v.field(19usize, "member_of", &self.member_of);
        v.field(20usize, "on_premises_sync_behavior", &self.on_premises_sync_behavior);
        v.field(21usize, "transitive_member_of", &self.transitive_member_of);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for OrgContact {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.addresses.read_from(r),
            3usize => self.company_name.read_from(r),
            4usize => self.department.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.given_name.read_from(r),
            7usize => self.job_title.read_from(r),
            8usize => self.mail.read_from(r),
            9usize => self.mail_nickname.read_from(r),
            10usize => self.on_premises_last_sync_date_time.read_from(r),
            11usize => self.on_premises_provisioning_errors.read_from(r),
            12usize => self.on_premises_sync_enabled.read_from(r),
            13usize => self.phones.read_from(r),
            14usize => self.proxy_addresses.read_from(r),
            15usize => self.service_provisioning_errors.read_from(r),
            16usize => self.surname.read_from(r),
            17usize => self.direct_reports.read_from(r),
            18usize => self.manager.read_from(r),
            19usize => self.member_of.read_from(r),
            20usize => self.on_premises_sync_behavior.read_from(r),
            21usize => self.transitive_member_of.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.addresses);
        w.field(3usize, &self.company_name);
        w.field(4usize, &self.department);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.given_name);
        w.field(7usize, &self.job_title);
        w.field(8usize, &self.mail);
        w.field(9usize, &self.mail_nickname);
        w.field(10usize, &self.on_premises_last_sync_date_time);
        w.field(11usize, &self.on_premises_provisioning_errors);
        w.field(12usize, &self.on_premises_sync_enabled);
        w.field(13usize, &self.phones);
        w.field(14usize, &self.proxy_addresses);
        w.field(15usize, &self.service_provisioning_errors);
        w.field(16usize, &self.surname);
        w.field(17usize, &self.direct_reports);
        w.field(18usize, &self.manager);
        w.field(19usize, &self.member_of);
        w.field(20usize, &self.on_premises_sync_behavior);
        w.field(21usize, &self.transitive_member_of);
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
rt::impl_object!(OrgContact);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OrgContact { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_addresses addresses :
    ::std::vec::Vec < crate ::v1::PhysicalOfficeAddress >; with_company_name company_name
    : ::std::string::String; with_department department : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_given_name given_name :
    ::std::string::String; with_job_title job_title : ::std::string::String; with_mail
    mail : ::std::string::String; with_mail_nickname mail_nickname :
    ::std::string::String; with_on_premises_last_sync_date_time
    on_premises_last_sync_date_time : rt::edm::DateTimeOffset;
    with_on_premises_provisioning_errors on_premises_provisioning_errors :
    ::std::vec::Vec < crate ::v1::OnPremisesProvisioningError >;
    with_on_premises_sync_enabled on_premises_sync_enabled : bool; with_phones phones :
    ::std::vec::Vec < crate ::v1::Phone >; with_proxy_addresses proxy_addresses :
    ::std::vec::Vec < ::std::string::String >; with_service_provisioning_errors
    service_provisioning_errors : ::std::vec::Vec < crate
    ::v1::AnyServiceProvisioningError >; with_surname surname : ::std::string::String;
    with_direct_reports direct_reports : ::std::vec::Vec < crate ::v1::AnyDirectoryObject
    >; with_manager manager : crate ::v1::AnyDirectoryObject; with_member_of member_of :
    ::std::vec::Vec < crate ::v1::AnyDirectoryObject >; with_on_premises_sync_behavior
    on_premises_sync_behavior : crate ::v1::OnPremisesSyncBehavior;
    with_transitive_member_of transitive_member_of : ::std::vec::Vec < crate
    ::v1::AnyDirectoryObject >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OrgContact);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.platformCredentialAuthenticationMethod`, entity type, derived from `microsoft.graph.authenticationMethod`, key `id`.
///
/// Request builders: [`PlatformCredentialAuthenticationMethodPath`](requests/trait.PlatformCredentialAuthenticationMethodPath.html), what a path to one (`EntityPath<PlatformCredentialAuthenticationMethod, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PlatformCredentialAuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `keyStrength`: `microsoft.graph.authenticationMethodKeyStrength`, nullable.
    pub key_strength: rt::Field<crate::v1::AuthenticationMethodKeyStrength>,
    /// CSDL: property `platform`: `microsoft.graph.authenticationMethodPlatform`, nullable.
    pub platform: rt::Field<crate::v1::AuthenticationMethodPlatform>,
    /// CSDL: navigation property `device`: `microsoft.graph.device`, nullable.
    pub device: rt::Field<crate::v1::Device>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PlatformCredentialAuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            key_strength: rt::Field::Absent,
            platform: rt::Field::Absent,
            device: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PlatformCredentialAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.platformCredentialAuthenticationMethod";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "keyStrength",
        "platform",
        "device",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"keyStrength\":                  ",
        ",\"platform\":                     ",
        ",\"device\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.platformCredentialAuthenticationMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "key_strength", &self.key_strength);
        v.field(4usize, "platform", &self.platform);
        v.field(5usize, "device", &self.device);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PlatformCredentialAuthenticationMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.key_strength.read_from(r),
            4usize => self.platform.read_from(r),
            5usize => self.device.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.key_strength);
        w.field(4usize, &self.platform);
        w.field(5usize, &self.device);
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
rt::impl_object!(PlatformCredentialAuthenticationMethod);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PlatformCredentialAuthenticationMethod { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_key_strength key_strength : crate
    ::v1::AuthenticationMethodKeyStrength; with_platform platform : crate
    ::v1::AuthenticationMethodPlatform; with_device device : crate ::v1::Device; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlatformCredentialAuthenticationMethod);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.policyBase`, entity type, derived from `microsoft.graph.directoryObject`, abstract, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<AnyPolicyBase, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PolicyBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for PolicyBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for PolicyBase {
    const TYPE_NAME: &'static str = "microsoft.graph.policyBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.policyBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for PolicyBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
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
rt::impl_object!(PolicyBase);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    PolicyBase { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicyBase);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.policyBase` or any type derived from it, selected by `@odata.type` (13 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPolicyBase {
    PolicyBase(::std::boxed::Box<crate::v1::PolicyBase>),
    ActivityBasedTimeoutPolicy(::std::boxed::Box<crate::v1::ActivityBasedTimeoutPolicy>),
    AppManagementPolicy(::std::boxed::Box<crate::v1::AppManagementPolicy>),
    AuthorizationPolicy(::std::boxed::Box<crate::v1::AuthorizationPolicy>),
    ClaimsMappingPolicy(::std::boxed::Box<crate::v1::ClaimsMappingPolicy>),
    CrossTenantAccessPolicy(::std::boxed::Box<crate::v1::CrossTenantAccessPolicy>),
    HomeRealmDiscoveryPolicy(::std::boxed::Box<crate::v1::HomeRealmDiscoveryPolicy>),
    IdentitySecurityDefaultsEnforcementPolicy(
        ::std::boxed::Box<crate::v1::IdentitySecurityDefaultsEnforcementPolicy>,
    ),
    PermissionGrantPolicy(::std::boxed::Box<crate::v1::PermissionGrantPolicy>),
    StsPolicy(::std::boxed::Box<crate::v1::StsPolicy>),
    TenantAppManagementPolicy(::std::boxed::Box<crate::v1::TenantAppManagementPolicy>),
    TokenIssuancePolicy(::std::boxed::Box<crate::v1::TokenIssuancePolicy>),
    TokenLifetimePolicy(::std::boxed::Box<crate::v1::TokenLifetimePolicy>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyPolicyBase {
    #[inline]
    fn default() -> Self {
        Self::PolicyBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PolicyBase> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::PolicyBase) -> Self {
        Self::PolicyBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ActivityBasedTimeoutPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::ActivityBasedTimeoutPolicy) -> Self {
        Self::ActivityBasedTimeoutPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AppManagementPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::AppManagementPolicy) -> Self {
        Self::AppManagementPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthorizationPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::AuthorizationPolicy) -> Self {
        Self::AuthorizationPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ClaimsMappingPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::ClaimsMappingPolicy) -> Self {
        Self::ClaimsMappingPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CrossTenantAccessPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::CrossTenantAccessPolicy) -> Self {
        Self::CrossTenantAccessPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::HomeRealmDiscoveryPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::HomeRealmDiscoveryPolicy) -> Self {
        Self::HomeRealmDiscoveryPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IdentitySecurityDefaultsEnforcementPolicy>
for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::IdentitySecurityDefaultsEnforcementPolicy) -> Self {
        Self::IdentitySecurityDefaultsEnforcementPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PermissionGrantPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::PermissionGrantPolicy) -> Self {
        Self::PermissionGrantPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::StsPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::StsPolicy) -> Self {
        Self::StsPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TenantAppManagementPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::TenantAppManagementPolicy) -> Self {
        Self::TenantAppManagementPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TokenIssuancePolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::TokenIssuancePolicy) -> Self {
        Self::TokenIssuancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TokenLifetimePolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::v1::TokenLifetimePolicy) -> Self {
        Self::TokenLifetimePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyPolicyBase {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyPolicyBase {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyPolicyBase {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyPolicyBase {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyPolicyBase {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::PolicyBase>();
    rt::object::auto_traits::<crate::v1::ActivityBasedTimeoutPolicy>();
    rt::object::auto_traits::<crate::v1::AppManagementPolicy>();
    rt::object::auto_traits::<crate::v1::AuthorizationPolicy>();
    rt::object::auto_traits::<crate::v1::ClaimsMappingPolicy>();
    rt::object::auto_traits::<crate::v1::CrossTenantAccessPolicy>();
    rt::object::auto_traits::<crate::v1::HomeRealmDiscoveryPolicy>();
    rt::object::auto_traits::<crate::v1::IdentitySecurityDefaultsEnforcementPolicy>();
    rt::object::auto_traits::<crate::v1::PermissionGrantPolicy>();
    rt::object::auto_traits::<crate::v1::StsPolicy>();
    rt::object::auto_traits::<crate::v1::TenantAppManagementPolicy>();
    rt::object::auto_traits::<crate::v1::TokenIssuancePolicy>();
    rt::object::auto_traits::<crate::v1::TokenLifetimePolicy>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyPolicyBase {
    const BASE_NAME: &'static str = "microsoft.graph.policyBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.activityBasedTimeoutPolicy") => {
                Self::ActivityBasedTimeoutPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.appManagementPolicy") => {
                Self::AppManagementPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.authorizationPolicy") => {
                Self::AuthorizationPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.claimsMappingPolicy") => {
                Self::ClaimsMappingPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.crossTenantAccessPolicy") => {
                Self::CrossTenantAccessPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.homeRealmDiscoveryPolicy") => {
                Self::HomeRealmDiscoveryPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.identitySecurityDefaultsEnforcementPolicy",
            ) => Self::IdentitySecurityDefaultsEnforcementPolicy(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.permissionGrantPolicy") => {
                Self::PermissionGrantPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.stsPolicy") => {
                Self::StsPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.tenantAppManagementPolicy") => {
                Self::TenantAppManagementPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.tokenIssuancePolicy") => {
                Self::TokenIssuancePolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.tokenLifetimePolicy") => {
                Self::TokenLifetimePolicy(rt::object::new_boxed())
            }
            _ => Self::PolicyBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::PolicyBase(v) => &**v,
            Self::ActivityBasedTimeoutPolicy(v) => &**v,
            Self::AppManagementPolicy(v) => &**v,
            Self::AuthorizationPolicy(v) => &**v,
            Self::ClaimsMappingPolicy(v) => &**v,
            Self::CrossTenantAccessPolicy(v) => &**v,
            Self::HomeRealmDiscoveryPolicy(v) => &**v,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &**v,
            Self::PermissionGrantPolicy(v) => &**v,
            Self::StsPolicy(v) => &**v,
            Self::TenantAppManagementPolicy(v) => &**v,
            Self::TokenIssuancePolicy(v) => &**v,
            Self::TokenLifetimePolicy(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::PolicyBase(v) => &mut **v,
            Self::ActivityBasedTimeoutPolicy(v) => &mut **v,
            Self::AppManagementPolicy(v) => &mut **v,
            Self::AuthorizationPolicy(v) => &mut **v,
            Self::ClaimsMappingPolicy(v) => &mut **v,
            Self::CrossTenantAccessPolicy(v) => &mut **v,
            Self::HomeRealmDiscoveryPolicy(v) => &mut **v,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut **v,
            Self::PermissionGrantPolicy(v) => &mut **v,
            Self::StsPolicy(v) => &mut **v,
            Self::TenantAppManagementPolicy(v) => &mut **v,
            Self::TokenIssuancePolicy(v) => &mut **v,
            Self::TokenLifetimePolicy(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyPolicyBase {
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
            Self::PolicyBase(v) => &v.id,
            Self::ActivityBasedTimeoutPolicy(v) => &v.id,
            Self::AppManagementPolicy(v) => &v.id,
            Self::AuthorizationPolicy(v) => &v.id,
            Self::ClaimsMappingPolicy(v) => &v.id,
            Self::CrossTenantAccessPolicy(v) => &v.id,
            Self::HomeRealmDiscoveryPolicy(v) => &v.id,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.id,
            Self::PermissionGrantPolicy(v) => &v.id,
            Self::StsPolicy(v) => &v.id,
            Self::TenantAppManagementPolicy(v) => &v.id,
            Self::TokenIssuancePolicy(v) => &v.id,
            Self::TokenLifetimePolicy(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PolicyBase(v) => &mut v.id,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.id,
            Self::AppManagementPolicy(v) => &mut v.id,
            Self::AuthorizationPolicy(v) => &mut v.id,
            Self::ClaimsMappingPolicy(v) => &mut v.id,
            Self::CrossTenantAccessPolicy(v) => &mut v.id,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.id,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut v.id,
            Self::PermissionGrantPolicy(v) => &mut v.id,
            Self::StsPolicy(v) => &mut v.id,
            Self::TenantAppManagementPolicy(v) => &mut v.id,
            Self::TokenIssuancePolicy(v) => &mut v.id,
            Self::TokenLifetimePolicy(v) => &mut v.id,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PolicyBase(v) => &v.deleted_date_time,
            Self::ActivityBasedTimeoutPolicy(v) => &v.deleted_date_time,
            Self::AppManagementPolicy(v) => &v.deleted_date_time,
            Self::AuthorizationPolicy(v) => &v.deleted_date_time,
            Self::ClaimsMappingPolicy(v) => &v.deleted_date_time,
            Self::CrossTenantAccessPolicy(v) => &v.deleted_date_time,
            Self::HomeRealmDiscoveryPolicy(v) => &v.deleted_date_time,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.deleted_date_time,
            Self::PermissionGrantPolicy(v) => &v.deleted_date_time,
            Self::StsPolicy(v) => &v.deleted_date_time,
            Self::TenantAppManagementPolicy(v) => &v.deleted_date_time,
            Self::TokenIssuancePolicy(v) => &v.deleted_date_time,
            Self::TokenLifetimePolicy(v) => &v.deleted_date_time,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PolicyBase(v) => &mut v.deleted_date_time,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.deleted_date_time,
            Self::AppManagementPolicy(v) => &mut v.deleted_date_time,
            Self::AuthorizationPolicy(v) => &mut v.deleted_date_time,
            Self::ClaimsMappingPolicy(v) => &mut v.deleted_date_time,
            Self::CrossTenantAccessPolicy(v) => &mut v.deleted_date_time,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.deleted_date_time,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => {
                &mut v.deleted_date_time
            }
            Self::PermissionGrantPolicy(v) => &mut v.deleted_date_time,
            Self::StsPolicy(v) => &mut v.deleted_date_time,
            Self::TenantAppManagementPolicy(v) => &mut v.deleted_date_time,
            Self::TokenIssuancePolicy(v) => &mut v.deleted_date_time,
            Self::TokenLifetimePolicy(v) => &mut v.deleted_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PolicyBase(v) => &v.description,
            Self::ActivityBasedTimeoutPolicy(v) => &v.description,
            Self::AppManagementPolicy(v) => &v.description,
            Self::AuthorizationPolicy(v) => &v.description,
            Self::ClaimsMappingPolicy(v) => &v.description,
            Self::CrossTenantAccessPolicy(v) => &v.description,
            Self::HomeRealmDiscoveryPolicy(v) => &v.description,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.description,
            Self::PermissionGrantPolicy(v) => &v.description,
            Self::StsPolicy(v) => &v.description,
            Self::TenantAppManagementPolicy(v) => &v.description,
            Self::TokenIssuancePolicy(v) => &v.description,
            Self::TokenLifetimePolicy(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PolicyBase(v) => &mut v.description,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.description,
            Self::AppManagementPolicy(v) => &mut v.description,
            Self::AuthorizationPolicy(v) => &mut v.description,
            Self::ClaimsMappingPolicy(v) => &mut v.description,
            Self::CrossTenantAccessPolicy(v) => &mut v.description,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.description,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut v.description,
            Self::PermissionGrantPolicy(v) => &mut v.description,
            Self::StsPolicy(v) => &mut v.description,
            Self::TenantAppManagementPolicy(v) => &mut v.description,
            Self::TokenIssuancePolicy(v) => &mut v.description,
            Self::TokenLifetimePolicy(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PolicyBase(v) => &v.display_name,
            Self::ActivityBasedTimeoutPolicy(v) => &v.display_name,
            Self::AppManagementPolicy(v) => &v.display_name,
            Self::AuthorizationPolicy(v) => &v.display_name,
            Self::ClaimsMappingPolicy(v) => &v.display_name,
            Self::CrossTenantAccessPolicy(v) => &v.display_name,
            Self::HomeRealmDiscoveryPolicy(v) => &v.display_name,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.display_name,
            Self::PermissionGrantPolicy(v) => &v.display_name,
            Self::StsPolicy(v) => &v.display_name,
            Self::TenantAppManagementPolicy(v) => &v.display_name,
            Self::TokenIssuancePolicy(v) => &v.display_name,
            Self::TokenLifetimePolicy(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PolicyBase(v) => &mut v.display_name,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.display_name,
            Self::AppManagementPolicy(v) => &mut v.display_name,
            Self::AuthorizationPolicy(v) => &mut v.display_name,
            Self::ClaimsMappingPolicy(v) => &mut v.display_name,
            Self::CrossTenantAccessPolicy(v) => &mut v.display_name,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.display_name,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut v.display_name,
            Self::PermissionGrantPolicy(v) => &mut v.display_name,
            Self::StsPolicy(v) => &mut v.display_name,
            Self::TenantAppManagementPolicy(v) => &mut v.display_name,
            Self::TokenIssuancePolicy(v) => &mut v.display_name,
            Self::TokenLifetimePolicy(v) => &mut v.display_name,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyPolicyBase);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPolicyBase);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.policyRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PolicyRootPath`](requests/trait.PolicyRootPath.html), what a path to one (`EntityPath<PolicyRoot, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct PolicyRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `activityBasedTimeoutPolicies`: `Collection(microsoft.graph.activityBasedTimeoutPolicy)`, not nullable.
    pub activity_based_timeout_policies: rt::Field<
        ::std::vec::Vec<crate::v1::ActivityBasedTimeoutPolicy>,
    >,
    /// CSDL: containment navigation property `adminConsentRequestPolicy`: `microsoft.graph.adminConsentRequestPolicy`, nullable.
    pub admin_consent_request_policy: rt::Field<crate::v1::AdminConsentRequestPolicy>,
    /// CSDL: containment navigation property `appManagementPolicies`: `Collection(microsoft.graph.appManagementPolicy)`, not nullable.
    pub app_management_policies: rt::Field<
        ::std::vec::Vec<crate::v1::AppManagementPolicy>,
    >,
    /// CSDL: containment navigation property `authenticationFlowsPolicy`: `microsoft.graph.authenticationFlowsPolicy`, nullable.
    pub authentication_flows_policy: rt::Field<crate::v1::AuthenticationFlowsPolicy>,
    /// CSDL: containment navigation property `authenticationMethodsPolicy`: `microsoft.graph.authenticationMethodsPolicy`, nullable.
    pub authentication_methods_policy: rt::Field<crate::v1::AuthenticationMethodsPolicy>,
    /// CSDL: containment navigation property `authenticationStrengthPolicies`: `Collection(microsoft.graph.authenticationStrengthPolicy)`, not nullable.
    pub authentication_strength_policies: rt::Field<
        ::std::vec::Vec<crate::v1::AuthenticationStrengthPolicy>,
    >,
    /// CSDL: containment navigation property `authorizationPolicy`: `microsoft.graph.authorizationPolicy`, nullable.
    pub authorization_policy: rt::Field<crate::v1::AuthorizationPolicy>,
    /// CSDL: containment navigation property `claimsMappingPolicies`: `Collection(microsoft.graph.claimsMappingPolicy)`, not nullable.
    pub claims_mapping_policies: rt::Field<
        ::std::vec::Vec<crate::v1::ClaimsMappingPolicy>,
    >,
    /// CSDL: containment navigation property `conditionalAccessPolicies`: `Collection(microsoft.graph.conditionalAccessPolicy)`, not nullable.
    pub conditional_access_policies: rt::Field<
        ::std::vec::Vec<crate::v1::AnyConditionalAccessPolicy>,
    >,
    /// CSDL: containment navigation property `crossTenantAccessPolicy`: `microsoft.graph.crossTenantAccessPolicy`, nullable.
    pub cross_tenant_access_policy: rt::Field<crate::v1::CrossTenantAccessPolicy>,
    /// CSDL: containment navigation property `defaultAppManagementPolicy`: `microsoft.graph.tenantAppManagementPolicy`, nullable.
    pub default_app_management_policy: rt::Field<crate::v1::TenantAppManagementPolicy>,
    /// CSDL: containment navigation property `deviceRegistrationPolicy`: `microsoft.graph.deviceRegistrationPolicy`, nullable.
    pub device_registration_policy: rt::Field<crate::v1::DeviceRegistrationPolicy>,
    /// CSDL: containment navigation property `featureRolloutPolicies`: `Collection(microsoft.graph.featureRolloutPolicy)`, not nullable.
    pub feature_rollout_policies: rt::Field<
        ::std::vec::Vec<crate::v1::FeatureRolloutPolicy>,
    >,
    /// CSDL: containment navigation property `federatedTokenValidationPolicy`: `microsoft.graph.federatedTokenValidationPolicy`, nullable.
    pub federated_token_validation_policy: rt::Field<
        crate::v1::FederatedTokenValidationPolicy,
    >,
    /// CSDL: containment navigation property `homeRealmDiscoveryPolicies`: `Collection(microsoft.graph.homeRealmDiscoveryPolicy)`, not nullable.
    pub home_realm_discovery_policies: rt::Field<
        ::std::vec::Vec<crate::v1::HomeRealmDiscoveryPolicy>,
    >,
    /// CSDL: containment navigation property `identitySecurityDefaultsEnforcementPolicy`: `microsoft.graph.identitySecurityDefaultsEnforcementPolicy`, nullable.
    pub identity_security_defaults_enforcement_policy: rt::Field<
        crate::v1::IdentitySecurityDefaultsEnforcementPolicy,
    >,
    /// CSDL: containment navigation property `ownerlessGroupPolicy`: `microsoft.graph.ownerlessGroupPolicy`, nullable.
    pub ownerless_group_policy: rt::Field<crate::v1::OwnerlessGroupPolicy>,
    /// CSDL: containment navigation property `permissionGrantPolicies`: `Collection(microsoft.graph.permissionGrantPolicy)`, not nullable.
    pub permission_grant_policies: rt::Field<
        ::std::vec::Vec<crate::v1::PermissionGrantPolicy>,
    >,
    /// CSDL: containment navigation property `roleManagementPolicies`: `Collection(microsoft.graph.unifiedRoleManagementPolicy)`, not nullable.
    pub role_management_policies: rt::Field<
        ::std::vec::Vec<crate::v1::UnifiedRoleManagementPolicy>,
    >,
    /// CSDL: containment navigation property `roleManagementPolicyAssignments`: `Collection(microsoft.graph.unifiedRoleManagementPolicyAssignment)`, not nullable.
    pub role_management_policy_assignments: rt::Field<
        ::std::vec::Vec<crate::v1::UnifiedRoleManagementPolicyAssignment>,
    >,
    /// CSDL: containment navigation property `tokenIssuancePolicies`: `Collection(microsoft.graph.tokenIssuancePolicy)`, not nullable.
    pub token_issuance_policies: rt::Field<
        ::std::vec::Vec<crate::v1::TokenIssuancePolicy>,
    >,
    /// CSDL: containment navigation property `tokenLifetimePolicies`: `Collection(microsoft.graph.tokenLifetimePolicy)`, not nullable.
    pub token_lifetime_policies: rt::Field<
        ::std::vec::Vec<crate::v1::TokenLifetimePolicy>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for PolicyRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity_based_timeout_policies: rt::Field::Absent,
            admin_consent_request_policy: rt::Field::Absent,
            app_management_policies: rt::Field::Absent,
            authentication_flows_policy: rt::Field::Absent,
            authentication_methods_policy: rt::Field::Absent,
            authentication_strength_policies: rt::Field::Absent,
            authorization_policy: rt::Field::Absent,
            claims_mapping_policies: rt::Field::Absent,
            conditional_access_policies: rt::Field::Absent,
            cross_tenant_access_policy: rt::Field::Absent,
            default_app_management_policy: rt::Field::Absent,
            device_registration_policy: rt::Field::Absent,
            feature_rollout_policies: rt::Field::Absent,
            federated_token_validation_policy: rt::Field::Absent,
            home_realm_discovery_policies: rt::Field::Absent,
            identity_security_defaults_enforcement_policy: rt::Field::Absent,
            ownerless_group_policy: rt::Field::Absent,
            permission_grant_policies: rt::Field::Absent,
            role_management_policies: rt::Field::Absent,
            role_management_policy_assignments: rt::Field::Absent,
            token_issuance_policies: rt::Field::Absent,
            token_lifetime_policies: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::Object for PolicyRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.policyRoot";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activityBasedTimeoutPolicies",
        "adminConsentRequestPolicy",
        "appManagementPolicies",
        "authenticationFlowsPolicy",
        "authenticationMethodsPolicy",
        "authenticationStrengthPolicies",
        "authorizationPolicy",
        "claimsMappingPolicies",
        "conditionalAccessPolicies",
        "crossTenantAccessPolicy",
        "defaultAppManagementPolicy",
        "deviceRegistrationPolicy",
        "featureRolloutPolicies",
        "federatedTokenValidationPolicy",
        "homeRealmDiscoveryPolicies",
        "identitySecurityDefaultsEnforcementPolicy",
        "ownerlessGroupPolicy",
        "permissionGrantPolicies",
        "roleManagementPolicies",
        "roleManagementPolicyAssignments",
        "tokenIssuancePolicies",
        "tokenLifetimePolicies",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activityBasedTimeoutPolicies\": ",
        ",\"adminConsentRequestPolicy\":    ",
        ",\"appManagementPolicies\":        ",
        ",\"authenticationFlowsPolicy\":    ",
        ",\"authenticationMethodsPolicy\":  ",
        ",\"authenticationStrengthPolicies\":",
        ",\"authorizationPolicy\":          ",
        ",\"claimsMappingPolicies\":        ",
        ",\"conditionalAccessPolicies\":    ",
        ",\"crossTenantAccessPolicy\":      ",
        ",\"defaultAppManagementPolicy\":   ",
        ",\"deviceRegistrationPolicy\":     ",
        ",\"featureRolloutPolicies\":       ",
        ",\"federatedTokenValidationPolicy\":",
        ",\"homeRealmDiscoveryPolicies\":   ",
        ",\"identitySecurityDefaultsEnforcementPolicy\":",
        ",\"ownerlessGroupPolicy\":         ",
        ",\"permissionGrantPolicies\":      ",
        ",\"roleManagementPolicies\":       ",
        ",\"roleManagementPolicyAssignments\":",
        ",\"tokenIssuancePolicies\":        ",
        ",\"tokenLifetimePolicies\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.policyRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "activity_based_timeout_policies",
            &self.activity_based_timeout_policies,
        );
        v.field(
            2usize,
            "admin_consent_request_policy",
            &self.admin_consent_request_policy,
        );
        v.field(3usize, "app_management_policies", &self.app_management_policies);
        v.field(
            4usize,
            "authentication_flows_policy",
            &self.authentication_flows_policy,
        );
        v.field(
            5usize,
            "authentication_methods_policy",
            &self.authentication_methods_policy,
        );
        v.field(
            6usize,
            "authentication_strength_policies",
            &self.authentication_strength_policies,
        );
        v.field(7usize, "authorization_policy", &self.authorization_policy);
        v.field(8usize, "claims_mapping_policies", &self.claims_mapping_policies);
        v.field(
            9usize,
            "conditional_access_policies",
            &self.conditional_access_policies,
        );
        v.field(10usize, "cross_tenant_access_policy", &self.cross_tenant_access_policy);
        v.field(
            11usize,
            "default_app_management_policy",
            &self.default_app_management_policy,
        );
        v.field(12usize, "device_registration_policy", &self.device_registration_policy);
        v.field(13usize, "feature_rollout_policies", &self.feature_rollout_policies);
        v.field(
            14usize,
            "federated_token_validation_policy",
            &self.federated_token_validation_policy,
        );
        v.field(
            15usize,
            "home_realm_discovery_policies",
            &self.home_realm_discovery_policies,
        );
        v.field(
            16usize,
            "identity_security_defaults_enforcement_policy",
            &self.identity_security_defaults_enforcement_policy,
        );
        v.field(17usize, "ownerless_group_policy", &self.ownerless_group_policy);
        v.field(18usize, "permission_grant_policies", &self.permission_grant_policies);
        v.field(19usize, "role_management_policies", &self.role_management_policies);
        v.field(
            20usize,
            "role_management_policy_assignments",
            &self.role_management_policy_assignments,
        );
        v.field(21usize, "token_issuance_policies", &self.token_issuance_policies);
        v.field(22usize, "token_lifetime_policies", &self.token_lifetime_policies);
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::object::Members for PolicyRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity_based_timeout_policies.read_from(r),
            2usize => self.admin_consent_request_policy.read_from(r),
            3usize => self.app_management_policies.read_from(r),
            4usize => self.authentication_flows_policy.read_from(r),
            5usize => self.authentication_methods_policy.read_from(r),
            6usize => self.authentication_strength_policies.read_from(r),
            7usize => self.authorization_policy.read_from(r),
            8usize => self.claims_mapping_policies.read_from(r),
            9usize => self.conditional_access_policies.read_from(r),
            10usize => self.cross_tenant_access_policy.read_from(r),
            11usize => self.default_app_management_policy.read_from(r),
            12usize => self.device_registration_policy.read_from(r),
            13usize => self.feature_rollout_policies.read_from(r),
            14usize => self.federated_token_validation_policy.read_from(r),
            15usize => self.home_realm_discovery_policies.read_from(r),
            16usize => self.identity_security_defaults_enforcement_policy.read_from(r),
            17usize => self.ownerless_group_policy.read_from(r),
            18usize => self.permission_grant_policies.read_from(r),
            19usize => self.role_management_policies.read_from(r),
            20usize => self.role_management_policy_assignments.read_from(r),
            21usize => self.token_issuance_policies.read_from(r),
            22usize => self.token_lifetime_policies.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity_based_timeout_policies);
        w.field(2usize, &self.admin_consent_request_policy);
        w.field(3usize, &self.app_management_policies);
        w.field(4usize, &self.authentication_flows_policy);
        w.field(5usize, &self.authentication_methods_policy);
        w.field(6usize, &self.authentication_strength_policies);
        w.field(7usize, &self.authorization_policy);
        w.field(8usize, &self.claims_mapping_policies);
        w.field(9usize, &self.conditional_access_policies);
        w.field(10usize, &self.cross_tenant_access_policy);
        w.field(11usize, &self.default_app_management_policy);
        w.field(12usize, &self.device_registration_policy);
        w.field(13usize, &self.feature_rollout_policies);
        w.field(14usize, &self.federated_token_validation_policy);
        w.field(15usize, &self.home_realm_discovery_policies);
        w.field(16usize, &self.identity_security_defaults_enforcement_policy);
        w.field(17usize, &self.ownerless_group_policy);
        w.field(18usize, &self.permission_grant_policies);
        w.field(19usize, &self.role_management_policies);
        w.field(20usize, &self.role_management_policy_assignments);
        w.field(21usize, &self.token_issuance_policies);
        w.field(22usize, &self.token_lifetime_policies);
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
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_object!(PolicyRoot);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    PolicyRoot { with_id id : ::std::string::String; with_activity_based_timeout_policies
    activity_based_timeout_policies : ::std::vec::Vec < crate
    ::v1::ActivityBasedTimeoutPolicy >; with_admin_consent_request_policy
    admin_consent_request_policy : crate ::v1::AdminConsentRequestPolicy;
    with_app_management_policies app_management_policies : ::std::vec::Vec < crate
    ::v1::AppManagementPolicy >; with_authentication_flows_policy
    authentication_flows_policy : crate ::v1::AuthenticationFlowsPolicy;
    with_authentication_methods_policy authentication_methods_policy : crate
    ::v1::AuthenticationMethodsPolicy; with_authentication_strength_policies
    authentication_strength_policies : ::std::vec::Vec < crate
    ::v1::AuthenticationStrengthPolicy >; with_authorization_policy authorization_policy
    : crate ::v1::AuthorizationPolicy; with_claims_mapping_policies
    claims_mapping_policies : ::std::vec::Vec < crate ::v1::ClaimsMappingPolicy >;
    with_conditional_access_policies conditional_access_policies : ::std::vec::Vec <
    crate ::v1::AnyConditionalAccessPolicy >; with_cross_tenant_access_policy
    cross_tenant_access_policy : crate ::v1::CrossTenantAccessPolicy;
    with_default_app_management_policy default_app_management_policy : crate
    ::v1::TenantAppManagementPolicy; with_device_registration_policy
    device_registration_policy : crate ::v1::DeviceRegistrationPolicy;
    with_feature_rollout_policies feature_rollout_policies : ::std::vec::Vec < crate
    ::v1::FeatureRolloutPolicy >; with_federated_token_validation_policy
    federated_token_validation_policy : crate ::v1::FederatedTokenValidationPolicy;
    with_home_realm_discovery_policies home_realm_discovery_policies : ::std::vec::Vec <
    crate ::v1::HomeRealmDiscoveryPolicy >;
    with_identity_security_defaults_enforcement_policy
    identity_security_defaults_enforcement_policy : crate
    ::v1::IdentitySecurityDefaultsEnforcementPolicy; with_ownerless_group_policy
    ownerless_group_policy : crate ::v1::OwnerlessGroupPolicy;
    with_permission_grant_policies permission_grant_policies : ::std::vec::Vec < crate
    ::v1::PermissionGrantPolicy >; with_role_management_policies role_management_policies
    : ::std::vec::Vec < crate ::v1::UnifiedRoleManagementPolicy >;
    with_role_management_policy_assignments role_management_policy_assignments :
    ::std::vec::Vec < crate ::v1::UnifiedRoleManagementPolicyAssignment >;
    with_token_issuance_policies token_issuance_policies : ::std::vec::Vec < crate
    ::v1::TokenIssuancePolicy >; with_token_lifetime_policies token_lifetime_policies :
    ::std::vec::Vec < crate ::v1::TokenLifetimePolicy >; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicyRoot);
#[cfg(msgraph_v1_print)]
/// CSDL: `microsoft.graph.print`, entity type.
///
/// Request builders: [`PrintPath`](requests/trait.PrintPath.html), what a path to one (`EntityPath<Print, C>`) dereferences to.
///
/// Features: `v1` or `v1-print`.
#[derive(Clone)]
pub struct Print {
    /// CSDL: property `settings`: `microsoft.graph.printSettings`, nullable.
    pub settings: rt::Field<crate::v1::PrintSettings>,
    /// CSDL: containment navigation property `connectors`: `Collection(microsoft.graph.printConnector)`, not nullable.
    pub connectors: rt::Field<::std::vec::Vec<crate::v1::PrintConnector>>,
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.printOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::v1::AnyPrintOperation>>,
    /// CSDL: containment navigation property `printers`: `Collection(microsoft.graph.printer)`, not nullable.
    pub printers: rt::Field<::std::vec::Vec<crate::v1::Printer>>,
    /// CSDL: containment navigation property `services`: `Collection(microsoft.graph.printService)`, not nullable.
    pub services: rt::Field<::std::vec::Vec<crate::v1::PrintService>>,
    /// CSDL: containment navigation property `shares`: `Collection(microsoft.graph.printerShare)`, not nullable.
    pub shares: rt::Field<::std::vec::Vec<crate::v1::PrinterShare>>,
    /// CSDL: containment navigation property `taskDefinitions`: `Collection(microsoft.graph.printTaskDefinition)`, not nullable.
    pub task_definitions: rt::Field<::std::vec::Vec<crate::v1::PrintTaskDefinition>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_print)]
impl ::std::default::Default for Print {
    #[inline]
    fn default() -> Self {
        Self {
            settings: rt::Field::Absent,
            connectors: rt::Field::Absent,
            operations: rt::Field::Absent,
            printers: rt::Field::Absent,
            services: rt::Field::Absent,
            shares: rt::Field::Absent,
            task_definitions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_print)]
impl rt::Object for Print {
    const TYPE_NAME: &'static str = "microsoft.graph.print";
    const KEYS: &'static [&'static str] = &[
        "settings",
        "connectors",
        "operations",
        "printers",
        "services",
        "shares",
        "taskDefinitions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settings\":                     ",
        ",\"connectors\":                   ",
        ",\"operations\":                   ",
        ",\"printers\":                     ",
        ",\"services\":                     ",
        ",\"shares\":                       ",
        ",\"taskDefinitions\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.print\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settings", &self.settings);
        v.field(1usize, "connectors", &self.connectors);
        v.field(2usize, "operations", &self.operations);
        v.field(3usize, "printers", &self.printers);
        v.field(4usize, "services", &self.services);
        v.field(5usize, "shares", &self.shares);
        v.field(6usize, "task_definitions", &self.task_definitions);
    }
}
#[cfg(msgraph_v1_print)]
impl rt::object::Members for Print {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settings.read_from(r),
            1usize => self.connectors.read_from(r),
            2usize => self.operations.read_from(r),
            3usize => self.printers.read_from(r),
            4usize => self.services.read_from(r),
            5usize => self.shares.read_from(r),
            6usize => self.task_definitions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settings);
        w.field(1usize, &self.connectors);
        w.field(2usize, &self.operations);
        w.field(3usize, &self.printers);
        w.field(4usize, &self.services);
        w.field(5usize, &self.shares);
        w.field(6usize, &self.task_definitions);
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
#[cfg(msgraph_v1_print)]
rt::impl_object!(Print);
#[cfg(msgraph_v1_print)]
rt::impl_setters!(
    Print { with_settings settings : crate ::v1::PrintSettings; with_connectors
    connectors : ::std::vec::Vec < crate ::v1::PrintConnector >; with_operations
    operations : ::std::vec::Vec < crate ::v1::AnyPrintOperation >; with_printers
    printers : ::std::vec::Vec < crate ::v1::Printer >; with_services services :
    ::std::vec::Vec < crate ::v1::PrintService >; with_shares shares : ::std::vec::Vec <
    crate ::v1::PrinterShare >; with_task_definitions task_definitions : ::std::vec::Vec
    < crate ::v1::PrintTaskDefinition >; }
);
#[cfg(msgraph_v1_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(Print);
#[cfg(msgraph_v1_print_or_search)]
/// CSDL: `microsoft.graph.printOperation`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`PrintOperationPath`](requests/trait.PrintOperationPath.html), what a path to one (`EntityPath<AnyPrintOperation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-print`, `v1-search`.
#[derive(Clone)]
pub struct PrintOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.printOperationStatus`, not nullable.
    pub status: rt::Field<crate::v1::PrintOperationStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_print_or_search)]
impl ::std::default::Default for PrintOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::Object for PrintOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.printOperation";
    const KEYS: &'static [&'static str] = &["id", "createdDateTime", "status"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::object::Members for PrintOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.status);
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
#[cfg(msgraph_v1_print_or_search)]
rt::impl_object!(PrintOperation);
#[cfg(msgraph_v1_print_or_search)]
rt::impl_setters!(
    PrintOperation { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::v1::PrintOperationStatus; }
);
#[cfg(msgraph_v1_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintOperation);
#[cfg(msgraph_v1_print_or_search)]
/// `microsoft.graph.printOperation` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-print`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPrintOperation {
    PrintOperation(::std::boxed::Box<crate::v1::PrintOperation>),
    PrinterCreateOperation(::std::boxed::Box<crate::v1::PrinterCreateOperation>),
}
#[cfg(msgraph_v1_print_or_search)]
impl ::std::default::Default for AnyPrintOperation {
    #[inline]
    fn default() -> Self {
        Self::PrintOperation(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrintOperation> for AnyPrintOperation {
    #[inline]
    fn from(v: crate::v1::PrintOperation) -> Self {
        Self::PrintOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrinterCreateOperation> for AnyPrintOperation {
    #[inline]
    fn from(v: crate::v1::PrinterCreateOperation) -> Self {
        Self::PrinterCreateOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_print_or_search)]
unsafe impl ::std::marker::Send for AnyPrintOperation {}
#[cfg(msgraph_v1_print_or_search)]
unsafe impl ::std::marker::Sync for AnyPrintOperation {}
#[cfg(msgraph_v1_print_or_search)]
impl ::std::marker::Unpin for AnyPrintOperation {}
#[cfg(msgraph_v1_print_or_search)]
impl ::std::panic::UnwindSafe for AnyPrintOperation {}
#[cfg(msgraph_v1_print_or_search)]
impl ::std::panic::RefUnwindSafe for AnyPrintOperation {}
#[cfg(msgraph_v1_print_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::PrintOperation>();
    rt::object::auto_traits::<crate::v1::PrinterCreateOperation>();
};
#[cfg(msgraph_v1_print_or_search)]
impl rt::Poly for AnyPrintOperation {
    const BASE_NAME: &'static str = "microsoft.graph.printOperation";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.printerCreateOperation") => {
                Self::PrinterCreateOperation(rt::object::new_boxed())
            }
            _ => Self::PrintOperation(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::PrintOperation(v) => &**v,
            Self::PrinterCreateOperation(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::PrintOperation(v) => &mut **v,
            Self::PrinterCreateOperation(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl AnyPrintOperation {
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
            Self::PrintOperation(v) => &v.id,
            Self::PrinterCreateOperation(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrintOperation(v) => &mut v.id,
            Self::PrinterCreateOperation(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrintOperation(v) => &v.created_date_time,
            Self::PrinterCreateOperation(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrintOperation(v) => &mut v.created_date_time,
            Self::PrinterCreateOperation(v) => &mut v.created_date_time,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::v1::PrintOperationStatus> {
        match self {
            Self::PrintOperation(v) => &v.status,
            Self::PrinterCreateOperation(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::v1::PrintOperationStatus> {
        match self {
            Self::PrintOperation(v) => &mut v.status,
            Self::PrinterCreateOperation(v) => &mut v.status,
        }
    }
}
#[cfg(msgraph_v1_print_or_search)]
rt::impl_poly!(AnyPrintOperation);
#[cfg(msgraph_v1_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPrintOperation);
#[cfg(msgraph_v1_print_or_search)]
/// CSDL: `microsoft.graph.printer`, entity type, derived from `microsoft.graph.printerBase`, key `id`.
///
/// Request builders: [`PrinterPath`](requests/trait.PrinterPath.html), what a path to one (`EntityPath<Printer, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-print`, `v1-search`.
#[derive(Clone)]
pub struct Printer {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `capabilities`: `microsoft.graph.printerCapabilities`, nullable.
    pub capabilities: rt::Field<crate::v1::PrinterCapabilities>,
    /// CSDL: property `defaults`: `microsoft.graph.printerDefaults`, nullable.
    pub defaults: rt::Field<crate::v1::PrinterDefaults>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isAcceptingJobs`: `Edm.Boolean`, nullable.
    pub is_accepting_jobs: rt::Field<bool>,
    /// CSDL: property `location`: `microsoft.graph.printerLocation`, nullable.
    pub location: rt::Field<crate::v1::PrinterLocation>,
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.printerStatus`, not nullable.
    pub status: rt::Field<crate::v1::PrinterStatus>,
    /// CSDL: containment navigation property `jobs`: `Collection(microsoft.graph.printJob)`, not nullable.
    pub jobs: rt::Field<::std::vec::Vec<crate::v1::PrintJob>>,
    /// CSDL: property `hasPhysicalDevice`: `Edm.Boolean`, not nullable.
    pub has_physical_device: rt::Field<bool>,
    /// CSDL: property `isShared`: `Edm.Boolean`, not nullable.
    pub is_shared: rt::Field<bool>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `registeredDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub registered_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: navigation property `connectors`: `Collection(microsoft.graph.printConnector)`, not nullable.
    pub connectors: rt::Field<::std::vec::Vec<crate::v1::PrintConnector>>,
    /// CSDL: navigation property `shares`: `Collection(microsoft.graph.printerShare)`, not nullable.
    pub shares: rt::Field<::std::vec::Vec<crate::v1::PrinterShare>>,
    /// CSDL: containment navigation property `taskTriggers`: `Collection(microsoft.graph.printTaskTrigger)`, not nullable.
    pub task_triggers: rt::Field<::std::vec::Vec<crate::v1::PrintTaskTrigger>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_print_or_search)]
impl ::std::default::Default for Printer {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            capabilities: rt::Field::Absent,
            defaults: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_accepting_jobs: rt::Field::Absent,
            location: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            status: rt::Field::Absent,
            jobs: rt::Field::Absent,
            has_physical_device: rt::Field::Absent,
            is_shared: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            registered_date_time: rt::Field::Absent,
            connectors: rt::Field::Absent,
            shares: rt::Field::Absent,
            task_triggers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::Object for Printer {
    const TYPE_NAME: &'static str = "microsoft.graph.printer";
    const KEYS: &'static [&'static str] = &[
        "id",
        "capabilities",
        "defaults",
        "displayName",
        "isAcceptingJobs",
        "location",
        "manufacturer",
        "model",
        "status",
        "jobs",
        "hasPhysicalDevice",
        "isShared",
        "lastSeenDateTime",
        "registeredDateTime",
        "connectors",
        "shares",
        "taskTriggers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"capabilities\":                 ",
        ",\"defaults\":                     ",
        ",\"displayName\":                  ",
        ",\"isAcceptingJobs\":              ",
        ",\"location\":                     ",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"status\":                       ",
        ",\"jobs\":                         ",
        ",\"hasPhysicalDevice\":            ",
        ",\"isShared\":                     ",
        ",\"lastSeenDateTime\":             ",
        ",\"registeredDateTime\":           ",
        ",\"connectors\":                   ",
        ",\"shares\":                       ",
        ",\"taskTriggers\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "capabilities", &self.capabilities);
        v.field(2usize, "defaults", &self.defaults);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "is_accepting_jobs", &self.is_accepting_jobs);
        v.field(5usize, "location", &self.location);
        v.field(6usize, "manufacturer", &self.manufacturer);
        v.field(7usize, "model", &self.model);
        v.field(8usize, "status", &self.status);
        v.field(9usize, "jobs", &self.jobs);
        v.field(10usize, "has_physical_device", &self.has_physical_device);
        v.field(11usize, "is_shared", &self.is_shared);
        v.field(12usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(13usize, "registered_date_time", &self.registered_date_time);
        v.field(14usize, "connectors", &self.connectors);
        v.field(15usize, "shares", &self.shares);
        v.field(16usize, "task_triggers", &self.task_triggers);
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::object::Members for Printer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.capabilities.read_from(r),
            2usize => self.defaults.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.is_accepting_jobs.read_from(r),
            5usize => self.location.read_from(r),
            6usize => self.manufacturer.read_from(r),
            7usize => self.model.read_from(r),
            8usize => self.status.read_from(r),
            9usize => self.jobs.read_from(r),
            10usize => self.has_physical_device.read_from(r),
            11usize => self.is_shared.read_from(r),
            12usize => self.last_seen_date_time.read_from(r),
            13usize => self.registered_date_time.read_from(r),
            14usize => self.connectors.read_from(r),
            15usize => self.shares.read_from(r),
            16usize => self.task_triggers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.capabilities);
        w.field(2usize, &self.defaults);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.is_accepting_jobs);
        w.field(5usize, &self.location);
        w.field(6usize, &self.manufacturer);
        w.field(7usize, &self.model);
        w.field(8usize, &self.status);
        w.field(9usize, &self.jobs);
        w.field(10usize, &self.has_physical_device);
        w.field(11usize, &self.is_shared);
        w.field(12usize, &self.last_seen_date_time);
        w.field(13usize, &self.registered_date_time);
        w.field(14usize, &self.connectors);
        w.field(15usize, &self.shares);
        w.field(16usize, &self.task_triggers);
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
#[cfg(msgraph_v1_print_or_search)]
rt::impl_object!(Printer);
#[cfg(msgraph_v1_print_or_search)]
rt::impl_setters!(
    Printer { with_id id : ::std::string::String; with_capabilities capabilities : crate
    ::v1::PrinterCapabilities; with_defaults defaults : crate ::v1::PrinterDefaults;
    with_display_name display_name : ::std::string::String; with_is_accepting_jobs
    is_accepting_jobs : bool; with_location location : crate ::v1::PrinterLocation;
    with_manufacturer manufacturer : ::std::string::String; with_model model :
    ::std::string::String; with_status status : crate ::v1::PrinterStatus; with_jobs jobs
    : ::std::vec::Vec < crate ::v1::PrintJob >; with_has_physical_device
    has_physical_device : bool; with_is_shared is_shared : bool; with_last_seen_date_time
    last_seen_date_time : rt::edm::DateTimeOffset; with_registered_date_time
    registered_date_time : rt::edm::DateTimeOffset; with_connectors connectors :
    ::std::vec::Vec < crate ::v1::PrintConnector >; with_shares shares : ::std::vec::Vec
    < crate ::v1::PrinterShare >; with_task_triggers task_triggers : ::std::vec::Vec <
    crate ::v1::PrintTaskTrigger >; }
);
#[cfg(msgraph_v1_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Printer);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printerBase`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`PrinterBasePath`](requests/trait.PrinterBasePath.html), what a path to one (`EntityPath<AnyPrinterBase, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PrinterBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `capabilities`: `microsoft.graph.printerCapabilities`, nullable.
    pub capabilities: rt::Field<crate::v1::PrinterCapabilities>,
    /// CSDL: property `defaults`: `microsoft.graph.printerDefaults`, nullable.
    pub defaults: rt::Field<crate::v1::PrinterDefaults>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isAcceptingJobs`: `Edm.Boolean`, nullable.
    pub is_accepting_jobs: rt::Field<bool>,
    /// CSDL: property `location`: `microsoft.graph.printerLocation`, nullable.
    pub location: rt::Field<crate::v1::PrinterLocation>,
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.printerStatus`, not nullable.
    pub status: rt::Field<crate::v1::PrinterStatus>,
    /// CSDL: containment navigation property `jobs`: `Collection(microsoft.graph.printJob)`, not nullable.
    pub jobs: rt::Field<::std::vec::Vec<crate::v1::PrintJob>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrinterBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            capabilities: rt::Field::Absent,
            defaults: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_accepting_jobs: rt::Field::Absent,
            location: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            status: rt::Field::Absent,
            jobs: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrinterBase {
    const TYPE_NAME: &'static str = "microsoft.graph.printerBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "capabilities",
        "defaults",
        "displayName",
        "isAcceptingJobs",
        "location",
        "manufacturer",
        "model",
        "status",
        "jobs",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"capabilities\":                 ",
        ",\"defaults\":                     ",
        ",\"displayName\":                  ",
        ",\"isAcceptingJobs\":              ",
        ",\"location\":                     ",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"status\":                       ",
        ",\"jobs\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printerBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "capabilities", &self.capabilities);
        v.field(2usize, "defaults", &self.defaults);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "is_accepting_jobs", &self.is_accepting_jobs);
        v.field(5usize, "location", &self.location);
        v.field(6usize, "manufacturer", &self.manufacturer);
        v.field(7usize, "model", &self.model);
        v.field(8usize, "status", &self.status);
        v.field(9usize, "jobs", &self.jobs);
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::object::Members for PrinterBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.capabilities.read_from(r),
            2usize => self.defaults.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.is_accepting_jobs.read_from(r),
            5usize => self.location.read_from(r),
            6usize => self.manufacturer.read_from(r),
            7usize => self.model.read_from(r),
            8usize => self.status.read_from(r),
            9usize => self.jobs.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.capabilities);
        w.field(2usize, &self.defaults);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.is_accepting_jobs);
        w.field(5usize, &self.location);
        w.field(6usize, &self.manufacturer);
        w.field(7usize, &self.model);
        w.field(8usize, &self.status);
        w.field(9usize, &self.jobs);
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
#[cfg(msgraph_v1_core_or_print)]
rt::impl_object!(PrinterBase);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(
    PrinterBase { with_id id : ::std::string::String; with_capabilities capabilities :
    crate ::v1::PrinterCapabilities; with_defaults defaults : crate
    ::v1::PrinterDefaults; with_display_name display_name : ::std::string::String;
    with_is_accepting_jobs is_accepting_jobs : bool; with_location location : crate
    ::v1::PrinterLocation; with_manufacturer manufacturer : ::std::string::String;
    with_model model : ::std::string::String; with_status status : crate
    ::v1::PrinterStatus; with_jobs jobs : ::std::vec::Vec < crate ::v1::PrintJob >; }
);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterBase);
#[cfg(msgraph_v1_core_or_print)]
/// `microsoft.graph.printerBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPrinterBase {
    PrinterBase(::std::boxed::Box<crate::v1::PrinterBase>),
    #[cfg(msgraph_v1_print_or_search)]
    Printer(::std::boxed::Box<crate::v1::Printer>),
    PrinterShare(::std::boxed::Box<crate::v1::PrinterShare>),
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for AnyPrinterBase {
    #[inline]
    fn default() -> Self {
        Self::PrinterBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_print)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrinterBase> for AnyPrinterBase {
    #[inline]
    fn from(v: crate::v1::PrinterBase) -> Self {
        Self::PrinterBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_print)]
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Printer> for AnyPrinterBase {
    #[inline]
    fn from(v: crate::v1::Printer) -> Self {
        Self::Printer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_print)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrinterShare> for AnyPrinterBase {
    #[inline]
    fn from(v: crate::v1::PrinterShare) -> Self {
        Self::PrinterShare(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_print)]
unsafe impl ::std::marker::Send for AnyPrinterBase {}
#[cfg(msgraph_v1_core_or_print)]
unsafe impl ::std::marker::Sync for AnyPrinterBase {}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::marker::Unpin for AnyPrinterBase {}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::panic::UnwindSafe for AnyPrinterBase {}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::panic::RefUnwindSafe for AnyPrinterBase {}
#[cfg(msgraph_v1_core_or_print)]
const _: () = {
    rt::object::auto_traits::<crate::v1::PrinterBase>();
    #[cfg(msgraph_v1_print_or_search)]
    rt::object::auto_traits::<crate::v1::Printer>();
    rt::object::auto_traits::<crate::v1::PrinterShare>();
};
#[cfg(msgraph_v1_core_or_print)]
impl rt::Poly for AnyPrinterBase {
    const BASE_NAME: &'static str = "microsoft.graph.printerBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            #[cfg(msgraph_v1_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printer") => {
                Self::Printer(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.printerShare") => {
                Self::PrinterShare(rt::object::new_boxed())
            }
            _ => Self::PrinterBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::PrinterBase(v) => &**v,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &**v,
            Self::PrinterShare(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::PrinterBase(v) => &mut **v,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut **v,
            Self::PrinterShare(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl AnyPrinterBase {
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
            Self::PrinterBase(v) => &v.id,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.id,
            Self::PrinterShare(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &mut v.id,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.id,
            Self::PrinterShare(v) => &mut v.id,
        }
    }
    /// `capabilities` of any variant.
    #[inline]
    pub fn capabilities(&self) -> &rt::Field<crate::v1::PrinterCapabilities> {
        match self {
            Self::PrinterBase(v) => &v.capabilities,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.capabilities,
            Self::PrinterShare(v) => &v.capabilities,
        }
    }
    /// `capabilities` of any variant.
    #[inline]
    pub fn capabilities_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::PrinterCapabilities> {
        match self {
            Self::PrinterBase(v) => &mut v.capabilities,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.capabilities,
            Self::PrinterShare(v) => &mut v.capabilities,
        }
    }
    /// `defaults` of any variant.
    #[inline]
    pub fn defaults(&self) -> &rt::Field<crate::v1::PrinterDefaults> {
        match self {
            Self::PrinterBase(v) => &v.defaults,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.defaults,
            Self::PrinterShare(v) => &v.defaults,
        }
    }
    /// `defaults` of any variant.
    #[inline]
    pub fn defaults_mut(&mut self) -> &mut rt::Field<crate::v1::PrinterDefaults> {
        match self {
            Self::PrinterBase(v) => &mut v.defaults,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.defaults,
            Self::PrinterShare(v) => &mut v.defaults,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &v.display_name,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.display_name,
            Self::PrinterShare(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &mut v.display_name,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.display_name,
            Self::PrinterShare(v) => &mut v.display_name,
        }
    }
    /// `isAcceptingJobs` of any variant.
    #[inline]
    pub fn is_accepting_jobs(&self) -> &rt::Field<bool> {
        match self {
            Self::PrinterBase(v) => &v.is_accepting_jobs,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.is_accepting_jobs,
            Self::PrinterShare(v) => &v.is_accepting_jobs,
        }
    }
    /// `isAcceptingJobs` of any variant.
    #[inline]
    pub fn is_accepting_jobs_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::PrinterBase(v) => &mut v.is_accepting_jobs,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.is_accepting_jobs,
            Self::PrinterShare(v) => &mut v.is_accepting_jobs,
        }
    }
    /// `location` of any variant.
    #[inline]
    pub fn location(&self) -> &rt::Field<crate::v1::PrinterLocation> {
        match self {
            Self::PrinterBase(v) => &v.location,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.location,
            Self::PrinterShare(v) => &v.location,
        }
    }
    /// `location` of any variant.
    #[inline]
    pub fn location_mut(&mut self) -> &mut rt::Field<crate::v1::PrinterLocation> {
        match self {
            Self::PrinterBase(v) => &mut v.location,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.location,
            Self::PrinterShare(v) => &mut v.location,
        }
    }
    /// `manufacturer` of any variant.
    #[inline]
    pub fn manufacturer(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &v.manufacturer,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.manufacturer,
            Self::PrinterShare(v) => &v.manufacturer,
        }
    }
    /// `manufacturer` of any variant.
    #[inline]
    pub fn manufacturer_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &mut v.manufacturer,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.manufacturer,
            Self::PrinterShare(v) => &mut v.manufacturer,
        }
    }
    /// `model` of any variant.
    #[inline]
    pub fn model(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &v.model,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.model,
            Self::PrinterShare(v) => &v.model,
        }
    }
    /// `model` of any variant.
    #[inline]
    pub fn model_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &mut v.model,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.model,
            Self::PrinterShare(v) => &mut v.model,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::v1::PrinterStatus> {
        match self {
            Self::PrinterBase(v) => &v.status,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.status,
            Self::PrinterShare(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::v1::PrinterStatus> {
        match self {
            Self::PrinterBase(v) => &mut v.status,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.status,
            Self::PrinterShare(v) => &mut v.status,
        }
    }
    /// `jobs` of any variant.
    #[inline]
    pub fn jobs(&self) -> &rt::Field<::std::vec::Vec<crate::v1::PrintJob>> {
        match self {
            Self::PrinterBase(v) => &v.jobs,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.jobs,
            Self::PrinterShare(v) => &v.jobs,
        }
    }
    /// `jobs` of any variant.
    #[inline]
    pub fn jobs_mut(&mut self) -> &mut rt::Field<::std::vec::Vec<crate::v1::PrintJob>> {
        match self {
            Self::PrinterBase(v) => &mut v.jobs,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.jobs,
            Self::PrinterShare(v) => &mut v.jobs,
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
rt::impl_poly!(AnyPrinterBase);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPrinterBase);
#[cfg(msgraph_v1_print_or_search)]
/// CSDL: `microsoft.graph.printerCreateOperation`, entity type, derived from `microsoft.graph.printOperation`, key `id`.
///
/// Request builders: [`PrinterCreateOperationPath`](requests/trait.PrinterCreateOperationPath.html), what a path to one (`EntityPath<PrinterCreateOperation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-print`, `v1-search`.
#[derive(Clone)]
pub struct PrinterCreateOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.printOperationStatus`, not nullable.
    pub status: rt::Field<crate::v1::PrintOperationStatus>,
    /// CSDL: property `certificate`: `Edm.String`, nullable.
    pub certificate: rt::Field<::std::string::String>,
    /// CSDL: navigation property `printer`: `microsoft.graph.printer`, nullable.
    pub printer: rt::Field<crate::v1::Printer>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_print_or_search)]
impl ::std::default::Default for PrinterCreateOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            certificate: rt::Field::Absent,
            printer: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::Object for PrinterCreateOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.printerCreateOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "status",
        "certificate",
        "printer",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"status\":                       ",
        ",\"certificate\":                  ",
        ",\"printer\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printerCreateOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "status", &self.status);
        v.field(3usize, "certificate", &self.certificate);
        v.field(4usize, "printer", &self.printer);
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl rt::object::Members for PrinterCreateOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.status.read_from(r),
            3usize => self.certificate.read_from(r),
            4usize => self.printer.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.status);
        w.field(3usize, &self.certificate);
        w.field(4usize, &self.printer);
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
#[cfg(msgraph_v1_print_or_search)]
rt::impl_object!(PrinterCreateOperation);
#[cfg(msgraph_v1_print_or_search)]
rt::impl_setters!(
    PrinterCreateOperation { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::v1::PrintOperationStatus; with_certificate certificate : ::std::string::String;
    with_printer printer : crate ::v1::Printer; }
);
#[cfg(msgraph_v1_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterCreateOperation);
#[cfg(msgraph_v1_core_or_print)]
/// CSDL: `microsoft.graph.printerShare`, entity type, derived from `microsoft.graph.printerBase`, key `id`.
///
/// Request builders: [`PrinterSharePath`](requests/trait.PrinterSharePath.html), what a path to one (`EntityPath<PrinterShare, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PrinterShare {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `capabilities`: `microsoft.graph.printerCapabilities`, nullable.
    pub capabilities: rt::Field<crate::v1::PrinterCapabilities>,
    /// CSDL: property `defaults`: `microsoft.graph.printerDefaults`, nullable.
    pub defaults: rt::Field<crate::v1::PrinterDefaults>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isAcceptingJobs`: `Edm.Boolean`, nullable.
    pub is_accepting_jobs: rt::Field<bool>,
    /// CSDL: property `location`: `microsoft.graph.printerLocation`, nullable.
    pub location: rt::Field<crate::v1::PrinterLocation>,
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.printerStatus`, not nullable.
    pub status: rt::Field<crate::v1::PrinterStatus>,
    /// CSDL: containment navigation property `jobs`: `Collection(microsoft.graph.printJob)`, not nullable.
    pub jobs: rt::Field<::std::vec::Vec<crate::v1::PrintJob>>,
    /// CSDL: property `allowAllUsers`: `Edm.Boolean`, not nullable.
    pub allow_all_users: rt::Field<bool>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `viewPoint`: `microsoft.graph.printerShareViewpoint`, nullable.
    pub view_point: rt::Field<crate::v1::PrinterShareViewpoint>,
    /// CSDL: navigation property `allowedGroups`: `Collection(microsoft.graph.group)`, not nullable.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    pub allowed_groups: rt::Field<::std::vec::Vec<crate::v1::Group>>,
    /// CSDL: navigation property `allowedUsers`: `Collection(microsoft.graph.user)`, not nullable.
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_v1_core)]
    pub allowed_users: rt::Field<::std::vec::Vec<crate::v1::AnyUser>>,
    /// CSDL: navigation property `printer`: `microsoft.graph.printer`, nullable.
    ///
    /// Features: `v1`, or one of `v1-print`, `v1-search`.
    #[cfg(msgraph_v1_print_or_search)]
    pub printer: rt::Field<crate::v1::Printer>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_print)]
impl ::std::default::Default for PrinterShare {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            capabilities: rt::Field::Absent,
            defaults: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_accepting_jobs: rt::Field::Absent,
            location: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            status: rt::Field::Absent,
            jobs: rt::Field::Absent,
            allow_all_users: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            view_point: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            allowed_groups: rt::Field::Absent,
            #[cfg(msgraph_v1_core)]
            allowed_users: rt::Field::Absent,
            #[cfg(msgraph_v1_print_or_search)]
            printer: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::Object for PrinterShare {
    const TYPE_NAME: &'static str = "microsoft.graph.printerShare";
    const KEYS: &'static [&'static str] = &[
        "id",
        "capabilities",
        "defaults",
        "displayName",
        "isAcceptingJobs",
        "location",
        "manufacturer",
        "model",
        "status",
        "jobs",
        "allowAllUsers",
        "createdDateTime",
        "viewPoint",
        "allowedGroups",
        "allowedUsers",
        "printer",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"capabilities\":                 ",
        ",\"defaults\":                     ",
        ",\"displayName\":                  ",
        ",\"isAcceptingJobs\":              ",
        ",\"location\":                     ",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"status\":                       ",
        ",\"jobs\":                         ",
        ",\"allowAllUsers\":                ",
        ",\"createdDateTime\":              ",
        ",\"viewPoint\":                    ",
        ",\"allowedGroups\":                ",
        ",\"allowedUsers\":                 ",
        ",\"printer\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printerShare\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "capabilities", &self.capabilities);
        v.field(2usize, "defaults", &self.defaults);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "is_accepting_jobs", &self.is_accepting_jobs);
        v.field(5usize, "location", &self.location);
        v.field(6usize, "manufacturer", &self.manufacturer);
        v.field(7usize, "model", &self.model);
        v.field(8usize, "status", &self.status);
        v.field(9usize, "jobs", &self.jobs);
        v.field(10usize, "allow_all_users", &self.allow_all_users);
        v.field(11usize, "created_date_time", &self.created_date_time);
        v.field(12usize, "view_point", &self.view_point);
        #[cfg(msgraph_v1_core)] v.field(13usize, "allowed_groups", &self.allowed_groups);
        #[cfg(msgraph_v1_core)] v.field(14usize, "allowed_users", &self.allowed_users);
        #[cfg(msgraph_v1_print_or_search)] v.field(15usize, "printer", &self.printer);
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl rt::object::Members for PrinterShare {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.capabilities.read_from(r),
            2usize => self.defaults.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.is_accepting_jobs.read_from(r),
            5usize => self.location.read_from(r),
            6usize => self.manufacturer.read_from(r),
            7usize => self.model.read_from(r),
            8usize => self.status.read_from(r),
            9usize => self.jobs.read_from(r),
            10usize => self.allow_all_users.read_from(r),
            11usize => self.created_date_time.read_from(r),
            12usize => self.view_point.read_from(r),
            #[cfg(msgraph_v1_core)]
            13usize => self.allowed_groups.read_from(r),
            #[cfg(msgraph_v1_core)]
            14usize => self.allowed_users.read_from(r),
            #[cfg(msgraph_v1_print_or_search)]
            15usize => self.printer.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.capabilities);
        w.field(2usize, &self.defaults);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.is_accepting_jobs);
        w.field(5usize, &self.location);
        w.field(6usize, &self.manufacturer);
        w.field(7usize, &self.model);
        w.field(8usize, &self.status);
        w.field(9usize, &self.jobs);
        w.field(10usize, &self.allow_all_users);
        w.field(11usize, &self.created_date_time);
        w.field(12usize, &self.view_point);
        #[cfg(msgraph_v1_core)] w.field(13usize, &self.allowed_groups);
        #[cfg(msgraph_v1_core)] w.field(14usize, &self.allowed_users);
        #[cfg(msgraph_v1_print_or_search)] w.field(15usize, &self.printer);
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
#[cfg(msgraph_v1_core_or_print)]
rt::impl_object!(PrinterShare);
#[cfg(msgraph_v1_core_or_print)]
rt::impl_setters!(
    PrinterShare { with_id id : ::std::string::String; with_capabilities capabilities :
    crate ::v1::PrinterCapabilities; with_defaults defaults : crate
    ::v1::PrinterDefaults; with_display_name display_name : ::std::string::String;
    with_is_accepting_jobs is_accepting_jobs : bool; with_location location : crate
    ::v1::PrinterLocation; with_manufacturer manufacturer : ::std::string::String;
    with_model model : ::std::string::String; with_status status : crate
    ::v1::PrinterStatus; with_jobs jobs : ::std::vec::Vec < crate ::v1::PrintJob >;
    with_allow_all_users allow_all_users : bool; with_created_date_time created_date_time
    : rt::edm::DateTimeOffset; with_view_point view_point : crate
    ::v1::PrinterShareViewpoint; #[cfg(msgraph_v1_core)] with_allowed_groups
    allowed_groups : ::std::vec::Vec < crate ::v1::Group >; #[cfg(msgraph_v1_core)]
    with_allowed_users allowed_users : ::std::vec::Vec < crate ::v1::AnyUser >;
    #[cfg(msgraph_v1_print_or_search)] with_printer printer : crate ::v1::Printer; }
);
#[cfg(msgraph_v1_core_or_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterShare);
#[cfg(msgraph_v1_privacy)]
/// CSDL: `microsoft.graph.privacy`, entity type.
///
/// Request builders: [`PrivacyPath`](requests/trait.PrivacyPath.html), what a path to one (`EntityPath<Privacy, C>`) dereferences to.
///
/// Features: `v1` or `v1-privacy`.
#[derive(Clone)]
pub struct Privacy {
    /// CSDL: containment navigation property `subjectRightsRequests`: `Collection(microsoft.graph.subjectRightsRequest)`, not nullable.
    pub subject_rights_requests: rt::Field<
        ::std::vec::Vec<crate::v1::SubjectRightsRequest>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_privacy)]
impl ::std::default::Default for Privacy {
    #[inline]
    fn default() -> Self {
        Self {
            subject_rights_requests: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_privacy)]
impl rt::Object for Privacy {
    const TYPE_NAME: &'static str = "microsoft.graph.privacy";
    const KEYS: &'static [&'static str] = &["subjectRightsRequests"];
    const KEYS_JSON: &'static [&'static str] = &[",\"subjectRightsRequests\":        "];
    const TAG: &'static str = "\"#microsoft.graph.privacy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "subject_rights_requests", &self.subject_rights_requests);
    }
}
#[cfg(msgraph_v1_privacy)]
impl rt::object::Members for Privacy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.subject_rights_requests.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.subject_rights_requests);
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
#[cfg(msgraph_v1_privacy)]
rt::impl_object!(Privacy);
#[cfg(msgraph_v1_privacy)]
rt::impl_setters!(
    Privacy { with_subject_rights_requests subject_rights_requests : ::std::vec::Vec <
    crate ::v1::SubjectRightsRequest >; }
);
#[cfg(msgraph_v1_privacy)]
#[cfg(feature = "serde")]
rt::impl_serde!(Privacy);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessGroup`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PrivilegedAccessGroupPath`](requests/trait.PrivilegedAccessGroupPath.html), what a path to one (`EntityPath<PrivilegedAccessGroup, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct PrivilegedAccessGroup {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `assignmentApprovals`: `Collection(microsoft.graph.approval)`, not nullable.
    pub assignment_approvals: rt::Field<::std::vec::Vec<crate::v1::Approval>>,
    /// CSDL: containment navigation property `assignmentScheduleInstances`: `Collection(microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance)`, not nullable.
    pub assignment_schedule_instances: rt::Field<
        ::std::vec::Vec<crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance>,
    >,
    /// CSDL: containment navigation property `assignmentScheduleRequests`: `Collection(microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest)`, not nullable.
    pub assignment_schedule_requests: rt::Field<
        ::std::vec::Vec<crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest>,
    >,
    /// CSDL: containment navigation property `assignmentSchedules`: `Collection(microsoft.graph.privilegedAccessGroupAssignmentSchedule)`, not nullable.
    pub assignment_schedules: rt::Field<
        ::std::vec::Vec<crate::v1::PrivilegedAccessGroupAssignmentSchedule>,
    >,
    /// CSDL: containment navigation property `eligibilityScheduleInstances`: `Collection(microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance)`, not nullable.
    pub eligibility_schedule_instances: rt::Field<
        ::std::vec::Vec<crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance>,
    >,
    /// CSDL: containment navigation property `eligibilityScheduleRequests`: `Collection(microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest)`, not nullable.
    pub eligibility_schedule_requests: rt::Field<
        ::std::vec::Vec<crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest>,
    >,
    /// CSDL: containment navigation property `eligibilitySchedules`: `Collection(microsoft.graph.privilegedAccessGroupEligibilitySchedule)`, not nullable.
    pub eligibility_schedules: rt::Field<
        ::std::vec::Vec<crate::v1::PrivilegedAccessGroupEligibilitySchedule>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrivilegedAccessGroup {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assignment_approvals: rt::Field::Absent,
            assignment_schedule_instances: rt::Field::Absent,
            assignment_schedule_requests: rt::Field::Absent,
            assignment_schedules: rt::Field::Absent,
            eligibility_schedule_instances: rt::Field::Absent,
            eligibility_schedule_requests: rt::Field::Absent,
            eligibility_schedules: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrivilegedAccessGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessGroup";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignmentApprovals",
        "assignmentScheduleInstances",
        "assignmentScheduleRequests",
        "assignmentSchedules",
        "eligibilityScheduleInstances",
        "eligibilityScheduleRequests",
        "eligibilitySchedules",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignmentApprovals\":          ",
        ",\"assignmentScheduleInstances\":  ",
        ",\"assignmentScheduleRequests\":   ",
        ",\"assignmentSchedules\":          ",
        ",\"eligibilityScheduleInstances\": ",
        ",\"eligibilityScheduleRequests\":  ",
        ",\"eligibilitySchedules\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccessGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assignment_approvals", &self.assignment_approvals);
        v.field(
            2usize,
            "assignment_schedule_instances",
            &self.assignment_schedule_instances,
        );
        v.field(
            3usize,
            "assignment_schedule_requests",
            &self.assignment_schedule_requests,
        );
        v.field(4usize, "assignment_schedules", &self.assignment_schedules);
        v.field(
            5usize,
            "eligibility_schedule_instances",
            &self.eligibility_schedule_instances,
        );
        v.field(
            6usize,
            "eligibility_schedule_requests",
            &self.eligibility_schedule_requests,
        );
        v.field(7usize, "eligibility_schedules", &self.eligibility_schedules);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for PrivilegedAccessGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assignment_approvals.read_from(r),
            2usize => self.assignment_schedule_instances.read_from(r),
            3usize => self.assignment_schedule_requests.read_from(r),
            4usize => self.assignment_schedules.read_from(r),
            5usize => self.eligibility_schedule_instances.read_from(r),
            6usize => self.eligibility_schedule_requests.read_from(r),
            7usize => self.eligibility_schedules.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assignment_approvals);
        w.field(2usize, &self.assignment_schedule_instances);
        w.field(3usize, &self.assignment_schedule_requests);
        w.field(4usize, &self.assignment_schedules);
        w.field(5usize, &self.eligibility_schedule_instances);
        w.field(6usize, &self.eligibility_schedule_requests);
        w.field(7usize, &self.eligibility_schedules);
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
rt::impl_object!(PrivilegedAccessGroup);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrivilegedAccessGroup { with_id id : ::std::string::String; with_assignment_approvals
    assignment_approvals : ::std::vec::Vec < crate ::v1::Approval >;
    with_assignment_schedule_instances assignment_schedule_instances : ::std::vec::Vec <
    crate ::v1::PrivilegedAccessGroupAssignmentScheduleInstance >;
    with_assignment_schedule_requests assignment_schedule_requests : ::std::vec::Vec <
    crate ::v1::PrivilegedAccessGroupAssignmentScheduleRequest >;
    with_assignment_schedules assignment_schedules : ::std::vec::Vec < crate
    ::v1::PrivilegedAccessGroupAssignmentSchedule >; with_eligibility_schedule_instances
    eligibility_schedule_instances : ::std::vec::Vec < crate
    ::v1::PrivilegedAccessGroupEligibilityScheduleInstance >;
    with_eligibility_schedule_requests eligibility_schedule_requests : ::std::vec::Vec <
    crate ::v1::PrivilegedAccessGroupEligibilityScheduleRequest >;
    with_eligibility_schedules eligibility_schedules : ::std::vec::Vec < crate
    ::v1::PrivilegedAccessGroupEligibilitySchedule >; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessGroup);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessGroupAssignmentSchedule`, entity type, derived from `microsoft.graph.privilegedAccessSchedule`, key `id`.
///
/// Request builders: [`PrivilegedAccessGroupAssignmentSchedulePath`](requests/trait.PrivilegedAccessGroupAssignmentSchedulePath.html), what a path to one (`EntityPath<PrivilegedAccessGroupAssignmentSchedule, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct PrivilegedAccessGroupAssignmentSchedule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdUsing`: `Edm.String`, nullable.
    pub created_using: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `scheduleInfo`: `microsoft.graph.requestSchedule`, nullable.
    pub schedule_info: rt::Field<crate::v1::RequestSchedule>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `accessId`: `microsoft.graph.privilegedAccessGroupRelationships`, nullable.
    pub access_id: rt::Field<crate::v1::PrivilegedAccessGroupRelationships>,
    /// CSDL: property `assignmentType`: `microsoft.graph.privilegedAccessGroupAssignmentType`, nullable.
    pub assignment_type: rt::Field<crate::v1::PrivilegedAccessGroupAssignmentType>,
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `memberType`: `microsoft.graph.privilegedAccessGroupMemberType`, nullable.
    pub member_type: rt::Field<crate::v1::PrivilegedAccessGroupMemberType>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `activatedUsing`: `microsoft.graph.privilegedAccessGroupEligibilitySchedule`, nullable.
    pub activated_using: rt::Field<crate::v1::PrivilegedAccessGroupEligibilitySchedule>,
    /// CSDL: navigation property `group`: `microsoft.graph.group`, nullable.
    pub group: rt::Field<crate::v1::Group>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    pub principal: rt::Field<crate::v1::AnyDirectoryObject>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrivilegedAccessGroupAssignmentSchedule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            created_using: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            schedule_info: rt::Field::Absent,
            status: rt::Field::Absent,
            access_id: rt::Field::Absent,
            assignment_type: rt::Field::Absent,
            group_id: rt::Field::Absent,
            member_type: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            activated_using: rt::Field::Absent,
            group: rt::Field::Absent,
            principal: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrivilegedAccessGroupAssignmentSchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessGroupAssignmentSchedule";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "createdUsing",
        "modifiedDateTime",
        "scheduleInfo",
        "status",
        "accessId",
        "assignmentType",
        "groupId",
        "memberType",
        "principalId",
        "activatedUsing",
        "group",
        "principal",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"createdUsing\":                 ",
        ",\"modifiedDateTime\":             ",
        ",\"scheduleInfo\":                 ",
        ",\"status\":                       ",
        ",\"accessId\":                     ",
        ",\"assignmentType\":               ",
        ",\"groupId\":                      ",
        ",\"memberType\":                   ",
        ",\"principalId\":                  ",
        ",\"activatedUsing\":               ",
        ",\"group\":                        ",
        ",\"principal\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccessGroupAssignmentSchedule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "created_using", &self.created_using);
        v.field(3usize, "modified_date_time", &self.modified_date_time);
        v.field(4usize, "schedule_info", &self.schedule_info);
        v.field(5usize, "status", &self.status);
        v.field(6usize, "access_id", &self.access_id);
        v.field(7usize, "assignment_type", &self.assignment_type);
        v.field(8usize, "group_id", &self.group_id);
        v.field(9usize, "member_type", &self.member_type);
        v.field(10usize, "principal_id", &self.principal_id);
        v.field(11usize, "activated_using", &self.activated_using);
        v.field(12usize, "group", &self.group);
        v.field(13usize, "principal", &self.principal);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for PrivilegedAccessGroupAssignmentSchedule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.created_using.read_from(r),
            3usize => self.modified_date_time.read_from(r),
            4usize => self.schedule_info.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.access_id.read_from(r),
            7usize => self.assignment_type.read_from(r),
            8usize => self.group_id.read_from(r),
            9usize => self.member_type.read_from(r),
            10usize => self.principal_id.read_from(r),
            11usize => self.activated_using.read_from(r),
            12usize => self.group.read_from(r),
            13usize => self.principal.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.created_using);
        w.field(3usize, &self.modified_date_time);
        w.field(4usize, &self.schedule_info);
        w.field(5usize, &self.status);
        w.field(6usize, &self.access_id);
        w.field(7usize, &self.assignment_type);
        w.field(8usize, &self.group_id);
        w.field(9usize, &self.member_type);
        w.field(10usize, &self.principal_id);
        w.field(11usize, &self.activated_using);
        w.field(12usize, &self.group);
        w.field(13usize, &self.principal);
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
rt::impl_object!(PrivilegedAccessGroupAssignmentSchedule);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrivilegedAccessGroupAssignmentSchedule { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_created_using created_using : ::std::string::String; with_modified_date_time
    modified_date_time : rt::edm::DateTimeOffset; with_schedule_info schedule_info :
    crate ::v1::RequestSchedule; with_status status : ::std::string::String;
    with_access_id access_id : crate ::v1::PrivilegedAccessGroupRelationships;
    with_assignment_type assignment_type : crate
    ::v1::PrivilegedAccessGroupAssignmentType; with_group_id group_id :
    ::std::string::String; with_member_type member_type : crate
    ::v1::PrivilegedAccessGroupMemberType; with_principal_id principal_id :
    ::std::string::String; with_activated_using activated_using : crate
    ::v1::PrivilegedAccessGroupEligibilitySchedule; with_group group : crate ::v1::Group;
    with_principal principal : crate ::v1::AnyDirectoryObject; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessGroupAssignmentSchedule);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance`, entity type, derived from `microsoft.graph.privilegedAccessScheduleInstance`, key `id`.
///
/// Request builders: [`PrivilegedAccessGroupAssignmentScheduleInstancePath`](requests/trait.PrivilegedAccessGroupAssignmentScheduleInstancePath.html), what a path to one (`EntityPath<PrivilegedAccessGroupAssignmentScheduleInstance, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct PrivilegedAccessGroupAssignmentScheduleInstance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `accessId`: `microsoft.graph.privilegedAccessGroupRelationships`, nullable.
    pub access_id: rt::Field<crate::v1::PrivilegedAccessGroupRelationships>,
    /// CSDL: property `assignmentScheduleId`: `Edm.String`, nullable.
    pub assignment_schedule_id: rt::Field<::std::string::String>,
    /// CSDL: property `assignmentType`: `microsoft.graph.privilegedAccessGroupAssignmentType`, nullable.
    pub assignment_type: rt::Field<crate::v1::PrivilegedAccessGroupAssignmentType>,
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `memberType`: `microsoft.graph.privilegedAccessGroupMemberType`, nullable.
    pub member_type: rt::Field<crate::v1::PrivilegedAccessGroupMemberType>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `activatedUsing`: `microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance`, nullable.
    pub activated_using: rt::Field<
        crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance,
    >,
    /// CSDL: navigation property `group`: `microsoft.graph.group`, nullable.
    pub group: rt::Field<crate::v1::Group>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    pub principal: rt::Field<crate::v1::AnyDirectoryObject>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrivilegedAccessGroupAssignmentScheduleInstance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            access_id: rt::Field::Absent,
            assignment_schedule_id: rt::Field::Absent,
            assignment_type: rt::Field::Absent,
            group_id: rt::Field::Absent,
            member_type: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            activated_using: rt::Field::Absent,
            group: rt::Field::Absent,
            principal: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrivilegedAccessGroupAssignmentScheduleInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "endDateTime",
        "startDateTime",
        "accessId",
        "assignmentScheduleId",
        "assignmentType",
        "groupId",
        "memberType",
        "principalId",
        "activatedUsing",
        "group",
        "principal",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"endDateTime\":                  ",
        ",\"startDateTime\":                ",
        ",\"accessId\":                     ",
        ",\"assignmentScheduleId\":         ",
        ",\"assignmentType\":               ",
        ",\"groupId\":                      ",
        ",\"memberType\":                   ",
        ",\"principalId\":                  ",
        ",\"activatedUsing\":               ",
        ",\"group\":                        ",
        ",\"principal\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "end_date_time", &self.end_date_time);
        v.field(2usize, "start_date_time", &self.start_date_time);
        v.field(3usize, "access_id", &self.access_id);
        v.field(4usize, "assignment_schedule_id", &self.assignment_schedule_id);
        v.field(5usize, "assignment_type", &self.assignment_type);
        v.field(6usize, "group_id", &self.group_id);
        v.field(7usize, "member_type", &self.member_type);
        v.field(8usize, "principal_id", &self.principal_id);
        v.field(9usize, "activated_using", &self.activated_using);
        v.field(10usize, "group", &self.group);
        v.field(11usize, "principal", &self.principal);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for PrivilegedAccessGroupAssignmentScheduleInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.end_date_time.read_from(r),
            2usize => self.start_date_time.read_from(r),
            3usize => self.access_id.read_from(r),
            4usize => self.assignment_schedule_id.read_from(r),
            5usize => self.assignment_type.read_from(r),
            6usize => self.group_id.read_from(r),
            7usize => self.member_type.read_from(r),
            8usize => self.principal_id.read_from(r),
            9usize => self.activated_using.read_from(r),
            10usize => self.group.read_from(r),
            11usize => self.principal.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.end_date_time);
        w.field(2usize, &self.start_date_time);
        w.field(3usize, &self.access_id);
        w.field(4usize, &self.assignment_schedule_id);
        w.field(5usize, &self.assignment_type);
        w.field(6usize, &self.group_id);
        w.field(7usize, &self.member_type);
        w.field(8usize, &self.principal_id);
        w.field(9usize, &self.activated_using);
        w.field(10usize, &self.group);
        w.field(11usize, &self.principal);
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
rt::impl_object!(PrivilegedAccessGroupAssignmentScheduleInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrivilegedAccessGroupAssignmentScheduleInstance { with_id id : ::std::string::String;
    with_end_date_time end_date_time : rt::edm::DateTimeOffset; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; with_access_id access_id : crate
    ::v1::PrivilegedAccessGroupRelationships; with_assignment_schedule_id
    assignment_schedule_id : ::std::string::String; with_assignment_type assignment_type
    : crate ::v1::PrivilegedAccessGroupAssignmentType; with_group_id group_id :
    ::std::string::String; with_member_type member_type : crate
    ::v1::PrivilegedAccessGroupMemberType; with_principal_id principal_id :
    ::std::string::String; with_activated_using activated_using : crate
    ::v1::PrivilegedAccessGroupEligibilityScheduleInstance; with_group group : crate
    ::v1::Group; with_principal principal : crate ::v1::AnyDirectoryObject; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessGroupAssignmentScheduleInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest`, entity type, derived from `microsoft.graph.privilegedAccessScheduleRequest`, key `id`.
///
/// Request builders: [`PrivilegedAccessGroupAssignmentScheduleRequestPath`](requests/trait.PrivilegedAccessGroupAssignmentScheduleRequestPath.html), what a path to one (`EntityPath<PrivilegedAccessGroupAssignmentScheduleRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct PrivilegedAccessGroupAssignmentScheduleRequest {
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
    /// CSDL: property `action`: `microsoft.graph.scheduleRequestActions`, nullable.
    pub action: rt::Field<crate::v1::ScheduleRequestActions>,
    /// CSDL: property `isValidationOnly`: `Edm.Boolean`, nullable.
    pub is_validation_only: rt::Field<bool>,
    /// CSDL: property `justification`: `Edm.String`, nullable.
    pub justification: rt::Field<::std::string::String>,
    /// CSDL: property `scheduleInfo`: `microsoft.graph.requestSchedule`, nullable.
    pub schedule_info: rt::Field<crate::v1::RequestSchedule>,
    /// CSDL: property `ticketInfo`: `microsoft.graph.ticketInfo`, nullable.
    pub ticket_info: rt::Field<crate::v1::TicketInfo>,
    /// CSDL: property `accessId`: `microsoft.graph.privilegedAccessGroupRelationships`, nullable.
    pub access_id: rt::Field<crate::v1::PrivilegedAccessGroupRelationships>,
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `targetScheduleId`: `Edm.String`, nullable.
    pub target_schedule_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `activatedUsing`: `microsoft.graph.privilegedAccessGroupEligibilitySchedule`, nullable.
    pub activated_using: rt::Field<crate::v1::PrivilegedAccessGroupEligibilitySchedule>,
    /// CSDL: navigation property `group`: `microsoft.graph.group`, nullable.
    pub group: rt::Field<crate::v1::Group>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    pub principal: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `targetSchedule`: `microsoft.graph.privilegedAccessGroupEligibilitySchedule`, nullable.
    pub target_schedule: rt::Field<crate::v1::PrivilegedAccessGroupEligibilitySchedule>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrivilegedAccessGroupAssignmentScheduleRequest {
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
            action: rt::Field::Absent,
            is_validation_only: rt::Field::Absent,
            justification: rt::Field::Absent,
            schedule_info: rt::Field::Absent,
            ticket_info: rt::Field::Absent,
            access_id: rt::Field::Absent,
            group_id: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            target_schedule_id: rt::Field::Absent,
            activated_using: rt::Field::Absent,
            group: rt::Field::Absent,
            principal: rt::Field::Absent,
            target_schedule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrivilegedAccessGroupAssignmentScheduleRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "approvalId",
        "completedDateTime",
        "createdBy",
        "createdDateTime",
        "customData",
        "status",
        "action",
        "isValidationOnly",
        "justification",
        "scheduleInfo",
        "ticketInfo",
        "accessId",
        "groupId",
        "principalId",
        "targetScheduleId",
        "activatedUsing",
        "group",
        "principal",
        "targetSchedule",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"approvalId\":                   ",
        ",\"completedDateTime\":            ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"customData\":                   ",
        ",\"status\":                       ",
        ",\"action\":                       ",
        ",\"isValidationOnly\":             ",
        ",\"justification\":                ",
        ",\"scheduleInfo\":                 ",
        ",\"ticketInfo\":                   ",
        ",\"accessId\":                     ",
        ",\"groupId\":                      ",
        ",\"principalId\":                  ",
        ",\"targetScheduleId\":             ",
        ",\"activatedUsing\":               ",
        ",\"group\":                        ",
        ",\"principal\":                    ",
        ",\"targetSchedule\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "approval_id", &self.approval_id);
        v.field(2usize, "completed_date_time", &self.completed_date_time);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "custom_data", &self.custom_data);
        v.field(6usize, "status", &self.status);
        v.field(7usize, "action", &self.action);
        v.field(8usize, "is_validation_only", &self.is_validation_only);
        v.field(9usize, "justification", &self.justification);
        v.field(10usize, "schedule_info", &self.schedule_info);
        v.field(11usize, "ticket_info", &self.ticket_info);
        v.field(12usize, "access_id", &self.access_id);
        v.field(13usize, "group_id", &self.group_id);
        v.field(14usize, "principal_id", &self.principal_id);
        v.field(15usize, "target_schedule_id", &self.target_schedule_id);
        v.field(16usize, "activated_using", &self.activated_using);
        v.field(17usize, "group", &self.group);
        v.field(18usize, "principal", &self.principal);
        v.field(19usize, "target_schedule", &self.target_schedule);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for PrivilegedAccessGroupAssignmentScheduleRequest {
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
            7usize => self.action.read_from(r),
            8usize => self.is_validation_only.read_from(r),
            9usize => self.justification.read_from(r),
            10usize => self.schedule_info.read_from(r),
            11usize => self.ticket_info.read_from(r),
            12usize => self.access_id.read_from(r),
            13usize => self.group_id.read_from(r),
            14usize => self.principal_id.read_from(r),
            15usize => self.target_schedule_id.read_from(r),
            16usize => self.activated_using.read_from(r),
            17usize => self.group.read_from(r),
            18usize => self.principal.read_from(r),
            19usize => self.target_schedule.read_from(r),
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
        w.field(7usize, &self.action);
        w.field(8usize, &self.is_validation_only);
        w.field(9usize, &self.justification);
        w.field(10usize, &self.schedule_info);
        w.field(11usize, &self.ticket_info);
        w.field(12usize, &self.access_id);
        w.field(13usize, &self.group_id);
        w.field(14usize, &self.principal_id);
        w.field(15usize, &self.target_schedule_id);
        w.field(16usize, &self.activated_using);
        w.field(17usize, &self.group);
        w.field(18usize, &self.principal);
        w.field(19usize, &self.target_schedule);
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
rt::impl_object!(PrivilegedAccessGroupAssignmentScheduleRequest);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrivilegedAccessGroupAssignmentScheduleRequest { with_id id : ::std::string::String;
    with_approval_id approval_id : ::std::string::String; with_completed_date_time
    completed_date_time : rt::edm::DateTimeOffset; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_custom_data custom_data : ::std::string::String;
    with_status status : ::std::string::String; with_action action : crate
    ::v1::ScheduleRequestActions; with_is_validation_only is_validation_only : bool;
    with_justification justification : ::std::string::String; with_schedule_info
    schedule_info : crate ::v1::RequestSchedule; with_ticket_info ticket_info : crate
    ::v1::TicketInfo; with_access_id access_id : crate
    ::v1::PrivilegedAccessGroupRelationships; with_group_id group_id :
    ::std::string::String; with_principal_id principal_id : ::std::string::String;
    with_target_schedule_id target_schedule_id : ::std::string::String;
    with_activated_using activated_using : crate
    ::v1::PrivilegedAccessGroupEligibilitySchedule; with_group group : crate ::v1::Group;
    with_principal principal : crate ::v1::AnyDirectoryObject; with_target_schedule
    target_schedule : crate ::v1::PrivilegedAccessGroupEligibilitySchedule; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessGroupAssignmentScheduleRequest);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessGroupEligibilitySchedule`, entity type, derived from `microsoft.graph.privilegedAccessSchedule`, key `id`.
///
/// Request builders: [`PrivilegedAccessGroupEligibilitySchedulePath`](requests/trait.PrivilegedAccessGroupEligibilitySchedulePath.html), what a path to one (`EntityPath<PrivilegedAccessGroupEligibilitySchedule, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct PrivilegedAccessGroupEligibilitySchedule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdUsing`: `Edm.String`, nullable.
    pub created_using: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `scheduleInfo`: `microsoft.graph.requestSchedule`, nullable.
    pub schedule_info: rt::Field<crate::v1::RequestSchedule>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `accessId`: `microsoft.graph.privilegedAccessGroupRelationships`, nullable.
    pub access_id: rt::Field<crate::v1::PrivilegedAccessGroupRelationships>,
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `memberType`: `microsoft.graph.privilegedAccessGroupMemberType`, nullable.
    pub member_type: rt::Field<crate::v1::PrivilegedAccessGroupMemberType>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `group`: `microsoft.graph.group`, nullable.
    pub group: rt::Field<crate::v1::Group>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    pub principal: rt::Field<crate::v1::AnyDirectoryObject>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrivilegedAccessGroupEligibilitySchedule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            created_using: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            schedule_info: rt::Field::Absent,
            status: rt::Field::Absent,
            access_id: rt::Field::Absent,
            group_id: rt::Field::Absent,
            member_type: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            group: rt::Field::Absent,
            principal: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrivilegedAccessGroupEligibilitySchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessGroupEligibilitySchedule";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "createdUsing",
        "modifiedDateTime",
        "scheduleInfo",
        "status",
        "accessId",
        "groupId",
        "memberType",
        "principalId",
        "group",
        "principal",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"createdUsing\":                 ",
        ",\"modifiedDateTime\":             ",
        ",\"scheduleInfo\":                 ",
        ",\"status\":                       ",
        ",\"accessId\":                     ",
        ",\"groupId\":                      ",
        ",\"memberType\":                   ",
        ",\"principalId\":                  ",
        ",\"group\":                        ",
        ",\"principal\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccessGroupEligibilitySchedule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "created_using", &self.created_using);
        v.field(3usize, "modified_date_time", &self.modified_date_time);
        v.field(4usize, "schedule_info", &self.schedule_info);
        v.field(5usize, "status", &self.status);
        v.field(6usize, "access_id", &self.access_id);
        v.field(7usize, "group_id", &self.group_id);
        v.field(8usize, "member_type", &self.member_type);
        v.field(9usize, "principal_id", &self.principal_id);
        v.field(10usize, "group", &self.group);
        v.field(11usize, "principal", &self.principal);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for PrivilegedAccessGroupEligibilitySchedule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.created_using.read_from(r),
            3usize => self.modified_date_time.read_from(r),
            4usize => self.schedule_info.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.access_id.read_from(r),
            7usize => self.group_id.read_from(r),
            8usize => self.member_type.read_from(r),
            9usize => self.principal_id.read_from(r),
            10usize => self.group.read_from(r),
            11usize => self.principal.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.created_using);
        w.field(3usize, &self.modified_date_time);
        w.field(4usize, &self.schedule_info);
        w.field(5usize, &self.status);
        w.field(6usize, &self.access_id);
        w.field(7usize, &self.group_id);
        w.field(8usize, &self.member_type);
        w.field(9usize, &self.principal_id);
        w.field(10usize, &self.group);
        w.field(11usize, &self.principal);
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
rt::impl_object!(PrivilegedAccessGroupEligibilitySchedule);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrivilegedAccessGroupEligibilitySchedule { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_created_using created_using : ::std::string::String; with_modified_date_time
    modified_date_time : rt::edm::DateTimeOffset; with_schedule_info schedule_info :
    crate ::v1::RequestSchedule; with_status status : ::std::string::String;
    with_access_id access_id : crate ::v1::PrivilegedAccessGroupRelationships;
    with_group_id group_id : ::std::string::String; with_member_type member_type : crate
    ::v1::PrivilegedAccessGroupMemberType; with_principal_id principal_id :
    ::std::string::String; with_group group : crate ::v1::Group; with_principal principal
    : crate ::v1::AnyDirectoryObject; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessGroupEligibilitySchedule);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance`, entity type, derived from `microsoft.graph.privilegedAccessScheduleInstance`, key `id`.
///
/// Request builders: [`PrivilegedAccessGroupEligibilityScheduleInstancePath`](requests/trait.PrivilegedAccessGroupEligibilityScheduleInstancePath.html), what a path to one (`EntityPath<PrivilegedAccessGroupEligibilityScheduleInstance, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct PrivilegedAccessGroupEligibilityScheduleInstance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `accessId`: `microsoft.graph.privilegedAccessGroupRelationships`, nullable.
    pub access_id: rt::Field<crate::v1::PrivilegedAccessGroupRelationships>,
    /// CSDL: property `eligibilityScheduleId`: `Edm.String`, nullable.
    pub eligibility_schedule_id: rt::Field<::std::string::String>,
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `memberType`: `microsoft.graph.privilegedAccessGroupMemberType`, nullable.
    pub member_type: rt::Field<crate::v1::PrivilegedAccessGroupMemberType>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `group`: `microsoft.graph.group`, nullable.
    pub group: rt::Field<crate::v1::Group>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    pub principal: rt::Field<crate::v1::AnyDirectoryObject>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrivilegedAccessGroupEligibilityScheduleInstance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            access_id: rt::Field::Absent,
            eligibility_schedule_id: rt::Field::Absent,
            group_id: rt::Field::Absent,
            member_type: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            group: rt::Field::Absent,
            principal: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrivilegedAccessGroupEligibilityScheduleInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "endDateTime",
        "startDateTime",
        "accessId",
        "eligibilityScheduleId",
        "groupId",
        "memberType",
        "principalId",
        "group",
        "principal",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"endDateTime\":                  ",
        ",\"startDateTime\":                ",
        ",\"accessId\":                     ",
        ",\"eligibilityScheduleId\":        ",
        ",\"groupId\":                      ",
        ",\"memberType\":                   ",
        ",\"principalId\":                  ",
        ",\"group\":                        ",
        ",\"principal\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "end_date_time", &self.end_date_time);
        v.field(2usize, "start_date_time", &self.start_date_time);
        v.field(3usize, "access_id", &self.access_id);
        v.field(4usize, "eligibility_schedule_id", &self.eligibility_schedule_id);
        v.field(5usize, "group_id", &self.group_id);
        v.field(6usize, "member_type", &self.member_type);
        v.field(7usize, "principal_id", &self.principal_id);
        v.field(8usize, "group", &self.group);
        v.field(9usize, "principal", &self.principal);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for PrivilegedAccessGroupEligibilityScheduleInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.end_date_time.read_from(r),
            2usize => self.start_date_time.read_from(r),
            3usize => self.access_id.read_from(r),
            4usize => self.eligibility_schedule_id.read_from(r),
            5usize => self.group_id.read_from(r),
            6usize => self.member_type.read_from(r),
            7usize => self.principal_id.read_from(r),
            8usize => self.group.read_from(r),
            9usize => self.principal.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.end_date_time);
        w.field(2usize, &self.start_date_time);
        w.field(3usize, &self.access_id);
        w.field(4usize, &self.eligibility_schedule_id);
        w.field(5usize, &self.group_id);
        w.field(6usize, &self.member_type);
        w.field(7usize, &self.principal_id);
        w.field(8usize, &self.group);
        w.field(9usize, &self.principal);
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
rt::impl_object!(PrivilegedAccessGroupEligibilityScheduleInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrivilegedAccessGroupEligibilityScheduleInstance { with_id id :
    ::std::string::String; with_end_date_time end_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_access_id
    access_id : crate ::v1::PrivilegedAccessGroupRelationships;
    with_eligibility_schedule_id eligibility_schedule_id : ::std::string::String;
    with_group_id group_id : ::std::string::String; with_member_type member_type : crate
    ::v1::PrivilegedAccessGroupMemberType; with_principal_id principal_id :
    ::std::string::String; with_group group : crate ::v1::Group; with_principal principal
    : crate ::v1::AnyDirectoryObject; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessGroupEligibilityScheduleInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest`, entity type, derived from `microsoft.graph.privilegedAccessScheduleRequest`, key `id`.
///
/// Request builders: [`PrivilegedAccessGroupEligibilityScheduleRequestPath`](requests/trait.PrivilegedAccessGroupEligibilityScheduleRequestPath.html), what a path to one (`EntityPath<PrivilegedAccessGroupEligibilityScheduleRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct PrivilegedAccessGroupEligibilityScheduleRequest {
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
    /// CSDL: property `action`: `microsoft.graph.scheduleRequestActions`, nullable.
    pub action: rt::Field<crate::v1::ScheduleRequestActions>,
    /// CSDL: property `isValidationOnly`: `Edm.Boolean`, nullable.
    pub is_validation_only: rt::Field<bool>,
    /// CSDL: property `justification`: `Edm.String`, nullable.
    pub justification: rt::Field<::std::string::String>,
    /// CSDL: property `scheduleInfo`: `microsoft.graph.requestSchedule`, nullable.
    pub schedule_info: rt::Field<crate::v1::RequestSchedule>,
    /// CSDL: property `ticketInfo`: `microsoft.graph.ticketInfo`, nullable.
    pub ticket_info: rt::Field<crate::v1::TicketInfo>,
    /// CSDL: property `accessId`: `microsoft.graph.privilegedAccessGroupRelationships`, nullable.
    pub access_id: rt::Field<crate::v1::PrivilegedAccessGroupRelationships>,
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `targetScheduleId`: `Edm.String`, nullable.
    pub target_schedule_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `group`: `microsoft.graph.group`, nullable.
    pub group: rt::Field<crate::v1::Group>,
    /// CSDL: navigation property `principal`: `microsoft.graph.directoryObject`, nullable.
    pub principal: rt::Field<crate::v1::AnyDirectoryObject>,
    /// CSDL: navigation property `targetSchedule`: `microsoft.graph.privilegedAccessGroupEligibilitySchedule`, nullable.
    pub target_schedule: rt::Field<crate::v1::PrivilegedAccessGroupEligibilitySchedule>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrivilegedAccessGroupEligibilityScheduleRequest {
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
            action: rt::Field::Absent,
            is_validation_only: rt::Field::Absent,
            justification: rt::Field::Absent,
            schedule_info: rt::Field::Absent,
            ticket_info: rt::Field::Absent,
            access_id: rt::Field::Absent,
            group_id: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            target_schedule_id: rt::Field::Absent,
            group: rt::Field::Absent,
            principal: rt::Field::Absent,
            target_schedule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrivilegedAccessGroupEligibilityScheduleRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "approvalId",
        "completedDateTime",
        "createdBy",
        "createdDateTime",
        "customData",
        "status",
        "action",
        "isValidationOnly",
        "justification",
        "scheduleInfo",
        "ticketInfo",
        "accessId",
        "groupId",
        "principalId",
        "targetScheduleId",
        "group",
        "principal",
        "targetSchedule",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"approvalId\":                   ",
        ",\"completedDateTime\":            ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"customData\":                   ",
        ",\"status\":                       ",
        ",\"action\":                       ",
        ",\"isValidationOnly\":             ",
        ",\"justification\":                ",
        ",\"scheduleInfo\":                 ",
        ",\"ticketInfo\":                   ",
        ",\"accessId\":                     ",
        ",\"groupId\":                      ",
        ",\"principalId\":                  ",
        ",\"targetScheduleId\":             ",
        ",\"group\":                        ",
        ",\"principal\":                    ",
        ",\"targetSchedule\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "approval_id", &self.approval_id);
        v.field(2usize, "completed_date_time", &self.completed_date_time);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "custom_data", &self.custom_data);
        v.field(6usize, "status", &self.status);
        v.field(7usize, "action", &self.action);
        v.field(8usize, "is_validation_only", &self.is_validation_only);
        v.field(9usize, "justification", &self.justification);
        v.field(10usize, "schedule_info", &self.schedule_info);
        v.field(11usize, "ticket_info", &self.ticket_info);
        v.field(12usize, "access_id", &self.access_id);
        v.field(13usize, "group_id", &self.group_id);
        v.field(14usize, "principal_id", &self.principal_id);
        v.field(15usize, "target_schedule_id", &self.target_schedule_id);
        v.field(16usize, "group", &self.group);
        v.field(17usize, "principal", &self.principal);
        v.field(18usize, "target_schedule", &self.target_schedule);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for PrivilegedAccessGroupEligibilityScheduleRequest {
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
            7usize => self.action.read_from(r),
            8usize => self.is_validation_only.read_from(r),
            9usize => self.justification.read_from(r),
            10usize => self.schedule_info.read_from(r),
            11usize => self.ticket_info.read_from(r),
            12usize => self.access_id.read_from(r),
            13usize => self.group_id.read_from(r),
            14usize => self.principal_id.read_from(r),
            15usize => self.target_schedule_id.read_from(r),
            16usize => self.group.read_from(r),
            17usize => self.principal.read_from(r),
            18usize => self.target_schedule.read_from(r),
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
        w.field(7usize, &self.action);
        w.field(8usize, &self.is_validation_only);
        w.field(9usize, &self.justification);
        w.field(10usize, &self.schedule_info);
        w.field(11usize, &self.ticket_info);
        w.field(12usize, &self.access_id);
        w.field(13usize, &self.group_id);
        w.field(14usize, &self.principal_id);
        w.field(15usize, &self.target_schedule_id);
        w.field(16usize, &self.group);
        w.field(17usize, &self.principal);
        w.field(18usize, &self.target_schedule);
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
rt::impl_object!(PrivilegedAccessGroupEligibilityScheduleRequest);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrivilegedAccessGroupEligibilityScheduleRequest { with_id id : ::std::string::String;
    with_approval_id approval_id : ::std::string::String; with_completed_date_time
    completed_date_time : rt::edm::DateTimeOffset; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_custom_data custom_data : ::std::string::String;
    with_status status : ::std::string::String; with_action action : crate
    ::v1::ScheduleRequestActions; with_is_validation_only is_validation_only : bool;
    with_justification justification : ::std::string::String; with_schedule_info
    schedule_info : crate ::v1::RequestSchedule; with_ticket_info ticket_info : crate
    ::v1::TicketInfo; with_access_id access_id : crate
    ::v1::PrivilegedAccessGroupRelationships; with_group_id group_id :
    ::std::string::String; with_principal_id principal_id : ::std::string::String;
    with_target_schedule_id target_schedule_id : ::std::string::String; with_group group
    : crate ::v1::Group; with_principal principal : crate ::v1::AnyDirectoryObject;
    with_target_schedule target_schedule : crate
    ::v1::PrivilegedAccessGroupEligibilitySchedule; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessGroupEligibilityScheduleRequest);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`PrivilegedAccessRootPath`](requests/trait.PrivilegedAccessRootPath.html), what a path to one (`EntityPath<PrivilegedAccessRoot, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct PrivilegedAccessRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `group`: `microsoft.graph.privilegedAccessGroup`, nullable.
    pub group: rt::Field<crate::v1::PrivilegedAccessGroup>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrivilegedAccessRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            group: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrivilegedAccessRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessRoot";
    const KEYS: &'static [&'static str] = &["id", "group"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"group\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccessRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "group", &self.group);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for PrivilegedAccessRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.group.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.group);
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
rt::impl_object!(PrivilegedAccessRoot);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrivilegedAccessRoot { with_id id : ::std::string::String; with_group group : crate
    ::v1::PrivilegedAccessGroup; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessRoot);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessSchedule`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`PrivilegedAccessSchedulePath`](requests/trait.PrivilegedAccessSchedulePath.html), what a path to one (`EntityPath<AnyPrivilegedAccessSchedule, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct PrivilegedAccessSchedule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdUsing`: `Edm.String`, nullable.
    pub created_using: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `scheduleInfo`: `microsoft.graph.requestSchedule`, nullable.
    pub schedule_info: rt::Field<crate::v1::RequestSchedule>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrivilegedAccessSchedule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            created_using: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            schedule_info: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrivilegedAccessSchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessSchedule";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "createdUsing",
        "modifiedDateTime",
        "scheduleInfo",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"createdUsing\":                 ",
        ",\"modifiedDateTime\":             ",
        ",\"scheduleInfo\":                 ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccessSchedule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "created_using", &self.created_using);
        v.field(3usize, "modified_date_time", &self.modified_date_time);
        v.field(4usize, "schedule_info", &self.schedule_info);
        v.field(5usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for PrivilegedAccessSchedule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.created_using.read_from(r),
            3usize => self.modified_date_time.read_from(r),
            4usize => self.schedule_info.read_from(r),
            5usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.created_using);
        w.field(3usize, &self.modified_date_time);
        w.field(4usize, &self.schedule_info);
        w.field(5usize, &self.status);
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
rt::impl_object!(PrivilegedAccessSchedule);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrivilegedAccessSchedule { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_created_using created_using :
    ::std::string::String; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; with_schedule_info schedule_info : crate
    ::v1::RequestSchedule; with_status status : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessSchedule);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.privilegedAccessSchedule` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPrivilegedAccessSchedule {
    PrivilegedAccessSchedule(::std::boxed::Box<crate::v1::PrivilegedAccessSchedule>),
    PrivilegedAccessGroupAssignmentSchedule(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupAssignmentSchedule>,
    ),
    PrivilegedAccessGroupEligibilitySchedule(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupEligibilitySchedule>,
    ),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyPrivilegedAccessSchedule {
    #[inline]
    fn default() -> Self {
        Self::PrivilegedAccessSchedule(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessSchedule>
for AnyPrivilegedAccessSchedule {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessSchedule) -> Self {
        Self::PrivilegedAccessSchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupAssignmentSchedule>
for AnyPrivilegedAccessSchedule {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupAssignmentSchedule) -> Self {
        Self::PrivilegedAccessGroupAssignmentSchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupEligibilitySchedule>
for AnyPrivilegedAccessSchedule {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupEligibilitySchedule) -> Self {
        Self::PrivilegedAccessGroupEligibilitySchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyPrivilegedAccessSchedule {}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyPrivilegedAccessSchedule {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyPrivilegedAccessSchedule {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyPrivilegedAccessSchedule {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyPrivilegedAccessSchedule {}
#[cfg(msgraph_v1_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::PrivilegedAccessSchedule>();
    rt::object::auto_traits::<crate::v1::PrivilegedAccessGroupAssignmentSchedule>();
    rt::object::auto_traits::<crate::v1::PrivilegedAccessGroupEligibilitySchedule>();
};
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyPrivilegedAccessSchedule {
    const BASE_NAME: &'static str = "microsoft.graph.privilegedAccessSchedule";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupAssignmentSchedule",
            ) => Self::PrivilegedAccessGroupAssignmentSchedule(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupEligibilitySchedule",
            ) => Self::PrivilegedAccessGroupEligibilitySchedule(rt::object::new_boxed()),
            _ => Self::PrivilegedAccessSchedule(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::PrivilegedAccessSchedule(v) => &**v,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &**v,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::PrivilegedAccessSchedule(v) => &mut **v,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &mut **v,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyPrivilegedAccessSchedule {
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
            Self::PrivilegedAccessSchedule(v) => &v.id,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &v.id,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &mut v.id,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &mut v.id,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &v.created_date_time,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &v.created_date_time,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &mut v.created_date_time,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &mut v.created_date_time,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &mut v.created_date_time,
        }
    }
    /// `createdUsing` of any variant.
    #[inline]
    pub fn created_using(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &v.created_using,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &v.created_using,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &v.created_using,
        }
    }
    /// `createdUsing` of any variant.
    #[inline]
    pub fn created_using_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &mut v.created_using,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &mut v.created_using,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &mut v.created_using,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &v.modified_date_time,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &v.modified_date_time,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &v.modified_date_time,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &mut v.modified_date_time,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &mut v.modified_date_time,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => {
                &mut v.modified_date_time
            }
        }
    }
    /// `scheduleInfo` of any variant.
    #[inline]
    pub fn schedule_info(&self) -> &rt::Field<crate::v1::RequestSchedule> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &v.schedule_info,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &v.schedule_info,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &v.schedule_info,
        }
    }
    /// `scheduleInfo` of any variant.
    #[inline]
    pub fn schedule_info_mut(&mut self) -> &mut rt::Field<crate::v1::RequestSchedule> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &mut v.schedule_info,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &mut v.schedule_info,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &mut v.schedule_info,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &v.status,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &v.status,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessSchedule(v) => &mut v.status,
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &mut v.status,
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &mut v.status,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyPrivilegedAccessSchedule);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPrivilegedAccessSchedule);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessScheduleInstance`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct PrivilegedAccessScheduleInstance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrivilegedAccessScheduleInstance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrivilegedAccessScheduleInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessScheduleInstance";
    const KEYS: &'static [&'static str] = &["id", "endDateTime", "startDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"endDateTime\":                  ",
        ",\"startDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccessScheduleInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "end_date_time", &self.end_date_time);
        v.field(2usize, "start_date_time", &self.start_date_time);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for PrivilegedAccessScheduleInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.end_date_time.read_from(r),
            2usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.end_date_time);
        w.field(2usize, &self.start_date_time);
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
rt::impl_object!(PrivilegedAccessScheduleInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrivilegedAccessScheduleInstance { with_id id : ::std::string::String;
    with_end_date_time end_date_time : rt::edm::DateTimeOffset; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessScheduleInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.privilegedAccessScheduleInstance` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPrivilegedAccessScheduleInstance {
    PrivilegedAccessScheduleInstance(
        ::std::boxed::Box<crate::v1::PrivilegedAccessScheduleInstance>,
    ),
    PrivilegedAccessGroupAssignmentScheduleInstance(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance>,
    ),
    PrivilegedAccessGroupEligibilityScheduleInstance(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance>,
    ),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyPrivilegedAccessScheduleInstance {
    #[inline]
    fn default() -> Self {
        Self::PrivilegedAccessScheduleInstance(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessScheduleInstance>
for AnyPrivilegedAccessScheduleInstance {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessScheduleInstance) -> Self {
        Self::PrivilegedAccessScheduleInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance>
for AnyPrivilegedAccessScheduleInstance {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance) -> Self {
        Self::PrivilegedAccessGroupAssignmentScheduleInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance>
for AnyPrivilegedAccessScheduleInstance {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance) -> Self {
        Self::PrivilegedAccessGroupEligibilityScheduleInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyPrivilegedAccessScheduleInstance {}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyPrivilegedAccessScheduleInstance {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyPrivilegedAccessScheduleInstance {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyPrivilegedAccessScheduleInstance {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyPrivilegedAccessScheduleInstance {}
#[cfg(msgraph_v1_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::PrivilegedAccessScheduleInstance>();
    rt::object::auto_traits::<
        crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance,
    >();
    rt::object::auto_traits::<
        crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance,
    >();
};
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyPrivilegedAccessScheduleInstance {
    const BASE_NAME: &'static str = "microsoft.graph.privilegedAccessScheduleInstance";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance",
            ) => {
                Self::PrivilegedAccessGroupAssignmentScheduleInstance(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance",
            ) => {
                Self::PrivilegedAccessGroupEligibilityScheduleInstance(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::PrivilegedAccessScheduleInstance(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::PrivilegedAccessScheduleInstance(v) => &**v,
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => &**v,
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::PrivilegedAccessScheduleInstance(v) => &mut **v,
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => &mut **v,
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyPrivilegedAccessScheduleInstance {
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
            Self::PrivilegedAccessScheduleInstance(v) => &v.id,
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => &v.id,
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessScheduleInstance(v) => &mut v.id,
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => &mut v.id,
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => &mut v.id,
        }
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessScheduleInstance(v) => &v.end_date_time,
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => &v.end_date_time,
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => &v.end_date_time,
        }
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessScheduleInstance(v) => &mut v.end_date_time,
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => {
                &mut v.end_date_time
            }
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => {
                &mut v.end_date_time
            }
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessScheduleInstance(v) => &v.start_date_time,
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => {
                &v.start_date_time
            }
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => {
                &v.start_date_time
            }
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessScheduleInstance(v) => &mut v.start_date_time,
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => {
                &mut v.start_date_time
            }
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => {
                &mut v.start_date_time
            }
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyPrivilegedAccessScheduleInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPrivilegedAccessScheduleInstance);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.privilegedAccessScheduleRequest`, entity type, derived from `microsoft.graph.request`, abstract, key `id`.
///
/// Request builders: [`PrivilegedAccessScheduleRequestPath`](requests/trait.PrivilegedAccessScheduleRequestPath.html), what a path to one (`EntityPath<AnyPrivilegedAccessScheduleRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct PrivilegedAccessScheduleRequest {
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
    /// CSDL: property `action`: `microsoft.graph.scheduleRequestActions`, nullable.
    pub action: rt::Field<crate::v1::ScheduleRequestActions>,
    /// CSDL: property `isValidationOnly`: `Edm.Boolean`, nullable.
    pub is_validation_only: rt::Field<bool>,
    /// CSDL: property `justification`: `Edm.String`, nullable.
    pub justification: rt::Field<::std::string::String>,
    /// CSDL: property `scheduleInfo`: `microsoft.graph.requestSchedule`, nullable.
    pub schedule_info: rt::Field<crate::v1::RequestSchedule>,
    /// CSDL: property `ticketInfo`: `microsoft.graph.ticketInfo`, nullable.
    pub ticket_info: rt::Field<crate::v1::TicketInfo>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for PrivilegedAccessScheduleRequest {
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
            action: rt::Field::Absent,
            is_validation_only: rt::Field::Absent,
            justification: rt::Field::Absent,
            schedule_info: rt::Field::Absent,
            ticket_info: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for PrivilegedAccessScheduleRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.privilegedAccessScheduleRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "approvalId",
        "completedDateTime",
        "createdBy",
        "createdDateTime",
        "customData",
        "status",
        "action",
        "isValidationOnly",
        "justification",
        "scheduleInfo",
        "ticketInfo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"approvalId\":                   ",
        ",\"completedDateTime\":            ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"customData\":                   ",
        ",\"status\":                       ",
        ",\"action\":                       ",
        ",\"isValidationOnly\":             ",
        ",\"justification\":                ",
        ",\"scheduleInfo\":                 ",
        ",\"ticketInfo\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.privilegedAccessScheduleRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "approval_id", &self.approval_id);
        v.field(2usize, "completed_date_time", &self.completed_date_time);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "custom_data", &self.custom_data);
        v.field(6usize, "status", &self.status);
        v.field(7usize, "action", &self.action);
        v.field(8usize, "is_validation_only", &self.is_validation_only);
        v.field(9usize, "justification", &self.justification);
        v.field(10usize, "schedule_info", &self.schedule_info);
        v.field(11usize, "ticket_info", &self.ticket_info);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for PrivilegedAccessScheduleRequest {
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
            7usize => self.action.read_from(r),
            8usize => self.is_validation_only.read_from(r),
            9usize => self.justification.read_from(r),
            10usize => self.schedule_info.read_from(r),
            11usize => self.ticket_info.read_from(r),
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
        w.field(7usize, &self.action);
        w.field(8usize, &self.is_validation_only);
        w.field(9usize, &self.justification);
        w.field(10usize, &self.schedule_info);
        w.field(11usize, &self.ticket_info);
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
rt::impl_object!(PrivilegedAccessScheduleRequest);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    PrivilegedAccessScheduleRequest { with_id id : ::std::string::String;
    with_approval_id approval_id : ::std::string::String; with_completed_date_time
    completed_date_time : rt::edm::DateTimeOffset; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_custom_data custom_data : ::std::string::String;
    with_status status : ::std::string::String; with_action action : crate
    ::v1::ScheduleRequestActions; with_is_validation_only is_validation_only : bool;
    with_justification justification : ::std::string::String; with_schedule_info
    schedule_info : crate ::v1::RequestSchedule; with_ticket_info ticket_info : crate
    ::v1::TicketInfo; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivilegedAccessScheduleRequest);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// `microsoft.graph.privilegedAccessScheduleRequest` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPrivilegedAccessScheduleRequest {
    PrivilegedAccessScheduleRequest(
        ::std::boxed::Box<crate::v1::PrivilegedAccessScheduleRequest>,
    ),
    PrivilegedAccessGroupAssignmentScheduleRequest(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest>,
    ),
    PrivilegedAccessGroupEligibilityScheduleRequest(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest>,
    ),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for AnyPrivilegedAccessScheduleRequest {
    #[inline]
    fn default() -> Self {
        Self::PrivilegedAccessScheduleRequest(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessScheduleRequest>
for AnyPrivilegedAccessScheduleRequest {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessScheduleRequest) -> Self {
        Self::PrivilegedAccessScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest>
for AnyPrivilegedAccessScheduleRequest {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest) -> Self {
        Self::PrivilegedAccessGroupAssignmentScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest>
for AnyPrivilegedAccessScheduleRequest {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest) -> Self {
        Self::PrivilegedAccessGroupEligibilityScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Send for AnyPrivilegedAccessScheduleRequest {}
#[cfg(msgraph_v1_identity_governance_or_search)]
unsafe impl ::std::marker::Sync for AnyPrivilegedAccessScheduleRequest {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::marker::Unpin for AnyPrivilegedAccessScheduleRequest {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::UnwindSafe for AnyPrivilegedAccessScheduleRequest {}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::panic::RefUnwindSafe for AnyPrivilegedAccessScheduleRequest {}
#[cfg(msgraph_v1_identity_governance_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::PrivilegedAccessScheduleRequest>();
    rt::object::auto_traits::<
        crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest,
    >();
    rt::object::auto_traits::<
        crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest,
    >();
};
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Poly for AnyPrivilegedAccessScheduleRequest {
    const BASE_NAME: &'static str = "microsoft.graph.privilegedAccessScheduleRequest";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest",
            ) => {
                Self::PrivilegedAccessGroupAssignmentScheduleRequest(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest",
            ) => {
                Self::PrivilegedAccessGroupEligibilityScheduleRequest(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::PrivilegedAccessScheduleRequest(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &**v,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &**v,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut **v,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut **v,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl AnyPrivilegedAccessScheduleRequest {
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
            Self::PrivilegedAccessScheduleRequest(v) => &v.id,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.id,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.id,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.id,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut v.id,
        }
    }
    /// `approvalId` of any variant.
    #[inline]
    pub fn approval_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.approval_id,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.approval_id,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.approval_id,
        }
    }
    /// `approvalId` of any variant.
    #[inline]
    pub fn approval_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.approval_id,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.approval_id,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.approval_id
            }
        }
    }
    /// `completedDateTime` of any variant.
    #[inline]
    pub fn completed_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.completed_date_time,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &v.completed_date_time
            }
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &v.completed_date_time
            }
        }
    }
    /// `completedDateTime` of any variant.
    #[inline]
    pub fn completed_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.completed_date_time,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &mut v.completed_date_time
            }
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.completed_date_time
            }
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.created_by,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.created_by,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.created_by,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.created_by,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.created_date_time,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &v.created_date_time
            }
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &v.created_date_time
            }
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.created_date_time,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &mut v.created_date_time
            }
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.created_date_time
            }
        }
    }
    /// `customData` of any variant.
    #[inline]
    pub fn custom_data(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.custom_data,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.custom_data,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.custom_data,
        }
    }
    /// `customData` of any variant.
    #[inline]
    pub fn custom_data_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.custom_data,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.custom_data,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.custom_data
            }
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.status,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.status,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.status,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.status,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut v.status,
        }
    }
    /// `action` of any variant.
    #[inline]
    pub fn action(&self) -> &rt::Field<crate::v1::ScheduleRequestActions> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.action,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.action,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.action,
        }
    }
    /// `action` of any variant.
    #[inline]
    pub fn action_mut(&mut self) -> &mut rt::Field<crate::v1::ScheduleRequestActions> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.action,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.action,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut v.action,
        }
    }
    /// `isValidationOnly` of any variant.
    #[inline]
    pub fn is_validation_only(&self) -> &rt::Field<bool> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.is_validation_only,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &v.is_validation_only
            }
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &v.is_validation_only
            }
        }
    }
    /// `isValidationOnly` of any variant.
    #[inline]
    pub fn is_validation_only_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.is_validation_only,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &mut v.is_validation_only
            }
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.is_validation_only
            }
        }
    }
    /// `justification` of any variant.
    #[inline]
    pub fn justification(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.justification,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.justification,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.justification,
        }
    }
    /// `justification` of any variant.
    #[inline]
    pub fn justification_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.justification,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &mut v.justification
            }
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.justification
            }
        }
    }
    /// `scheduleInfo` of any variant.
    #[inline]
    pub fn schedule_info(&self) -> &rt::Field<crate::v1::RequestSchedule> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.schedule_info,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.schedule_info,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.schedule_info,
        }
    }
    /// `scheduleInfo` of any variant.
    #[inline]
    pub fn schedule_info_mut(&mut self) -> &mut rt::Field<crate::v1::RequestSchedule> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.schedule_info,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                &mut v.schedule_info
            }
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.schedule_info
            }
        }
    }
    /// `ticketInfo` of any variant.
    #[inline]
    pub fn ticket_info(&self) -> &rt::Field<crate::v1::TicketInfo> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &v.ticket_info,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.ticket_info,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.ticket_info,
        }
    }
    /// `ticketInfo` of any variant.
    #[inline]
    pub fn ticket_info_mut(&mut self) -> &mut rt::Field<crate::v1::TicketInfo> {
        match self {
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.ticket_info,
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.ticket_info,
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                &mut v.ticket_info
            }
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_poly!(AnyPrivilegedAccessScheduleRequest);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPrivilegedAccessScheduleRequest);
