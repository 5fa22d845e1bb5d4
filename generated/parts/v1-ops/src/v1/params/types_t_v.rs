//! Items of `params` by the first letters of their types' names (`t_v`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.archive`.
/// - `shouldSetSpoSiteReadOnlyForMembers`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamArchiveParams {
    /// CSDL: property `shouldSetSpoSiteReadOnlyForMembers`: `Edm.Boolean`, nullable.
    pub should_set_spo_site_read_only_for_members: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TeamArchiveParams {
    #[inline]
    fn default() -> Self {
        Self {
            should_set_spo_site_read_only_for_members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TeamArchiveParams {
    const TYPE_NAME: &'static str = "microsoft.graph.archive(microsoft.graph.team)";
    const KEYS: &'static [&'static str] = &["shouldSetSpoSiteReadOnlyForMembers"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"shouldSetSpoSiteReadOnlyForMembers\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.archive(microsoft.graph.team)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "should_set_spo_site_read_only_for_members",
            &self.should_set_spo_site_read_only_for_members,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TeamArchiveParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.should_set_spo_site_read_only_for_members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.should_set_spo_site_read_only_for_members);
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
rt::impl_object!(TeamArchiveParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TeamArchiveParams { with_should_set_spo_site_read_only_for_members
    should_set_spo_site_read_only_for_members : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamArchiveParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TargetedManagedAppConfigurationAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::TargetedManagedAppPolicyAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for TargetedManagedAppConfigurationAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for TargetedManagedAppConfigurationAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.targetedManagedAppConfiguration)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.targetedManagedAppConfiguration)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for TargetedManagedAppConfigurationAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assignments);
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
rt::impl_object!(TargetedManagedAppConfigurationAssignParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    TargetedManagedAppConfigurationAssignParams { with_assignments assignments :
    ::std::vec::Vec < crate ::v1::TargetedManagedAppPolicyAssignment >; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetedManagedAppConfigurationAssignParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.assign`.
/// - `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TargetedManagedAppProtectionAssignParams {
    /// CSDL: property `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`, nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::TargetedManagedAppPolicyAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for TargetedManagedAppProtectionAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for TargetedManagedAppProtectionAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assign(microsoft.graph.targetedManagedAppProtection)";
    const KEYS: &'static [&'static str] = &["assignments"];
    const KEYS_JSON: &'static [&'static str] = &[",\"assignments\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.assign(microsoft.graph.targetedManagedAppProtection)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for TargetedManagedAppProtectionAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assignments);
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
rt::impl_object!(TargetedManagedAppProtectionAssignParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    TargetedManagedAppProtectionAssignParams { with_assignments assignments :
    ::std::vec::Vec < crate ::v1::TargetedManagedAppPolicyAssignment >; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetedManagedAppProtectionAssignParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.clockIn`.
/// - `isAtApprovedLocation`: `Edm.Boolean`
/// - `onBehalfOfUserId`: `Edm.String`
/// - `notes`: `microsoft.graph.itemBody`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeCardCollectionClockInParams {
    /// CSDL: property `isAtApprovedLocation`: `Edm.Boolean`, nullable.
    pub is_at_approved_location: rt::Field<bool>,
    /// CSDL: property `onBehalfOfUserId`: `Edm.String`, nullable.
    pub on_behalf_of_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `notes`: `microsoft.graph.itemBody`, nullable.
    pub notes: rt::Field<crate::v1::ItemBody>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeCardCollectionClockInParams {
    #[inline]
    fn default() -> Self {
        Self {
            is_at_approved_location: rt::Field::Absent,
            on_behalf_of_user_id: rt::Field::Absent,
            notes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeCardCollectionClockInParams {
    const TYPE_NAME: &'static str = "microsoft.graph.clockIn(Collection(microsoft.graph.timeCard))";
    const KEYS: &'static [&'static str] = &[
        "isAtApprovedLocation",
        "onBehalfOfUserId",
        "notes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isAtApprovedLocation\":         ",
        ",\"onBehalfOfUserId\":             ",
        ",\"notes\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.clockIn(Collection(microsoft.graph.timeCard))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_at_approved_location", &self.is_at_approved_location);
        v.field(1usize, "on_behalf_of_user_id", &self.on_behalf_of_user_id);
        v.field(2usize, "notes", &self.notes);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TimeCardCollectionClockInParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_at_approved_location.read_from(r),
            1usize => self.on_behalf_of_user_id.read_from(r),
            2usize => self.notes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_at_approved_location);
        w.field(1usize, &self.on_behalf_of_user_id);
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
rt::impl_object!(TimeCardCollectionClockInParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeCardCollectionClockInParams { with_is_at_approved_location
    is_at_approved_location : bool; with_on_behalf_of_user_id on_behalf_of_user_id :
    ::std::string::String; with_notes notes : crate ::v1::ItemBody; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardCollectionClockInParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.clockOut`.
/// - `isAtApprovedLocation`: `Edm.Boolean`
/// - `notes`: `microsoft.graph.itemBody`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeCardClockOutParams {
    /// CSDL: property `isAtApprovedLocation`: `Edm.Boolean`, nullable.
    pub is_at_approved_location: rt::Field<bool>,
    /// CSDL: property `notes`: `microsoft.graph.itemBody`, nullable.
    pub notes: rt::Field<crate::v1::ItemBody>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeCardClockOutParams {
    #[inline]
    fn default() -> Self {
        Self {
            is_at_approved_location: rt::Field::Absent,
            notes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeCardClockOutParams {
    const TYPE_NAME: &'static str = "microsoft.graph.clockOut(microsoft.graph.timeCard)";
    const KEYS: &'static [&'static str] = &["isAtApprovedLocation", "notes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isAtApprovedLocation\":         ",
        ",\"notes\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.clockOut(microsoft.graph.timeCard)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_at_approved_location", &self.is_at_approved_location);
        v.field(1usize, "notes", &self.notes);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TimeCardClockOutParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_at_approved_location.read_from(r),
            1usize => self.notes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_at_approved_location);
        w.field(1usize, &self.notes);
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
rt::impl_object!(TimeCardClockOutParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeCardClockOutParams { with_is_at_approved_location is_at_approved_location : bool;
    with_notes notes : crate ::v1::ItemBody; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardClockOutParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.clone`.
/// - `displayName`: `Edm.String`
/// - `description`: `Edm.String`
/// - `mailNickname`: `Edm.String`
/// - `classification`: `Edm.String`
/// - `visibility`: `microsoft.graph.teamVisibilityType`
/// - `partsToClone`: `microsoft.graph.clonableTeamParts`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamCloneParams {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `mailNickname`: `Edm.String`, nullable.
    pub mail_nickname: rt::Field<::std::string::String>,
    /// CSDL: property `classification`: `Edm.String`, nullable.
    pub classification: rt::Field<::std::string::String>,
    /// CSDL: property `visibility`: `microsoft.graph.teamVisibilityType`, not nullable.
    pub visibility: rt::Field<crate::v1::TeamVisibilityType>,
    /// CSDL: property `partsToClone`: `microsoft.graph.clonableTeamParts`, not nullable.
    pub parts_to_clone: rt::Field<rt::Flags<crate::v1::ClonableTeamParts>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TeamCloneParams {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            description: rt::Field::Absent,
            mail_nickname: rt::Field::Absent,
            classification: rt::Field::Absent,
            visibility: rt::Field::Absent,
            parts_to_clone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TeamCloneParams {
    const TYPE_NAME: &'static str = "microsoft.graph.clone(microsoft.graph.team)";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "description",
        "mailNickname",
        "classification",
        "visibility",
        "partsToClone",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"description\":                  ",
        ",\"mailNickname\":                 ",
        ",\"classification\":               ",
        ",\"visibility\":                   ",
        ",\"partsToClone\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.clone(microsoft.graph.team)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "mail_nickname", &self.mail_nickname);
        v.field(3usize, "classification", &self.classification);
        v.field(4usize, "visibility", &self.visibility);
        v.field(5usize, "parts_to_clone", &self.parts_to_clone);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TeamCloneParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.mail_nickname.read_from(r),
            3usize => self.classification.read_from(r),
            4usize => self.visibility.read_from(r),
            5usize => self.parts_to_clone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.description);
        w.field(2usize, &self.mail_nickname);
        w.field(3usize, &self.classification);
        w.field(4usize, &self.visibility);
        w.field(5usize, &self.parts_to_clone);
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
rt::impl_object!(TeamCloneParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TeamCloneParams { with_display_name display_name : ::std::string::String;
    with_description description : ::std::string::String; with_mail_nickname
    mail_nickname : ::std::string::String; with_classification classification :
    ::std::string::String; with_visibility visibility : crate ::v1::TeamVisibilityType;
    with_parts_to_clone parts_to_clone : rt::Flags < crate ::v1::ClonableTeamParts >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamCloneParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.compute`.
/// - `activities`: `microsoft.graph.userActivityTypes`
/// - `locations`: `Collection(microsoft.graph.policyLocation)`
/// - `pivotOn`: `microsoft.graph.policyPivotProperty`
/// - `deviceMetadata`: `microsoft.graph.deviceMetadata`
/// - `integratedAppMetadata`: `microsoft.graph.integratedApplicationMetadata`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TenantProtectionScopeContainerComputeParams {
    /// CSDL: property `activities`: `microsoft.graph.userActivityTypes`, nullable.
    pub activities: rt::Field<rt::Flags<crate::v1::UserActivityTypes>>,
    /// CSDL: property `locations`: `Collection(microsoft.graph.policyLocation)`, nullable.
    pub locations: rt::Field<::std::vec::Vec<crate::v1::AnyPolicyLocation>>,
    /// CSDL: property `pivotOn`: `microsoft.graph.policyPivotProperty`, nullable.
    pub pivot_on: rt::Field<crate::v1::PolicyPivotProperty>,
    /// CSDL: property `deviceMetadata`: `microsoft.graph.deviceMetadata`, nullable.
    pub device_metadata: rt::Field<crate::v1::DeviceMetadata>,
    /// CSDL: property `integratedAppMetadata`: `microsoft.graph.integratedApplicationMetadata`, nullable.
    pub integrated_app_metadata: rt::Field<crate::v1::AnyIntegratedApplicationMetadata>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TenantProtectionScopeContainerComputeParams {
    #[inline]
    fn default() -> Self {
        Self {
            activities: rt::Field::Absent,
            locations: rt::Field::Absent,
            pivot_on: rt::Field::Absent,
            device_metadata: rt::Field::Absent,
            integrated_app_metadata: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TenantProtectionScopeContainerComputeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.compute(microsoft.graph.tenantProtectionScopeContainer)";
    const KEYS: &'static [&'static str] = &[
        "activities",
        "locations",
        "pivotOn",
        "deviceMetadata",
        "integratedAppMetadata",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activities\":                   ",
        ",\"locations\":                    ",
        ",\"pivotOn\":                      ",
        ",\"deviceMetadata\":               ",
        ",\"integratedAppMetadata\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.compute(microsoft.graph.tenantProtectionScopeContainer)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "activities", &self.activities);
        v.field(1usize, "locations", &self.locations);
        v.field(2usize, "pivot_on", &self.pivot_on);
        v.field(3usize, "device_metadata", &self.device_metadata);
        v.field(4usize, "integrated_app_metadata", &self.integrated_app_metadata);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TenantProtectionScopeContainerComputeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.activities.read_from(r),
            1usize => self.locations.read_from(r),
            2usize => self.pivot_on.read_from(r),
            3usize => self.device_metadata.read_from(r),
            4usize => self.integrated_app_metadata.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.activities);
        w.field(1usize, &self.locations);
        w.field(2usize, &self.pivot_on);
        w.field(3usize, &self.device_metadata);
        w.field(4usize, &self.integrated_app_metadata);
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
rt::impl_object!(TenantProtectionScopeContainerComputeParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TenantProtectionScopeContainerComputeParams { with_activities activities : rt::Flags
    < crate ::v1::UserActivityTypes >; with_locations locations : ::std::vec::Vec < crate
    ::v1::AnyPolicyLocation >; with_pivot_on pivot_on : crate ::v1::PolicyPivotProperty;
    with_device_metadata device_metadata : crate ::v1::DeviceMetadata;
    with_integrated_app_metadata integrated_app_metadata : crate
    ::v1::AnyIntegratedApplicationMetadata; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TenantProtectionScopeContainerComputeParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.endBreak`.
/// - `isAtApprovedLocation`: `Edm.Boolean`
/// - `notes`: `microsoft.graph.itemBody`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeCardEndBreakParams {
    /// CSDL: property `isAtApprovedLocation`: `Edm.Boolean`, nullable.
    pub is_at_approved_location: rt::Field<bool>,
    /// CSDL: property `notes`: `microsoft.graph.itemBody`, nullable.
    pub notes: rt::Field<crate::v1::ItemBody>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeCardEndBreakParams {
    #[inline]
    fn default() -> Self {
        Self {
            is_at_approved_location: rt::Field::Absent,
            notes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeCardEndBreakParams {
    const TYPE_NAME: &'static str = "microsoft.graph.endBreak(microsoft.graph.timeCard)";
    const KEYS: &'static [&'static str] = &["isAtApprovedLocation", "notes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isAtApprovedLocation\":         ",
        ",\"notes\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.endBreak(microsoft.graph.timeCard)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_at_approved_location", &self.is_at_approved_location);
        v.field(1usize, "notes", &self.notes);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TimeCardEndBreakParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_at_approved_location.read_from(r),
            1usize => self.notes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_at_approved_location);
        w.field(1usize, &self.notes);
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
rt::impl_object!(TimeCardEndBreakParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeCardEndBreakParams { with_is_at_approved_location is_at_approved_location : bool;
    with_notes notes : crate ::v1::ItemBody; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardEndBreakParams);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Parameters of the action `microsoft.graph.identityGovernance.resume`.
/// - `source`: `Edm.String`
/// - `type`: `Edm.String`
/// - `data`: `microsoft.graph.identityGovernance.customTaskExtensionCallbackData`
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct TaskProcessingResultResumeParams {
    /// CSDL: property `source`: `Edm.String`, nullable.
    pub source: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `data`: `microsoft.graph.identityGovernance.customTaskExtensionCallbackData`, not nullable.
    pub data: rt::Field<crate::v1::identity_governance::CustomTaskExtensionCallbackData>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for TaskProcessingResultResumeParams {
    #[inline]
    fn default() -> Self {
        Self {
            source: rt::Field::Absent,
            type_: rt::Field::Absent,
            data: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for TaskProcessingResultResumeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.identityGovernance.resume(microsoft.graph.identityGovernance.taskProcessingResult)";
    const KEYS: &'static [&'static str] = &["source", "type", "data"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"source\":                       ",
        ",\"type\":                         ",
        ",\"data\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identityGovernance.resume(microsoft.graph.identityGovernance.taskProcessingResult)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "source", &self.source);
        v.field(1usize, "type_", &self.type_);
        v.field(2usize, "data", &self.data);
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for TaskProcessingResultResumeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.source.read_from(r),
            1usize => self.type_.read_from(r),
            2usize => self.data.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.source);
        w.field(1usize, &self.type_);
        w.field(2usize, &self.data);
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
rt::impl_object!(TaskProcessingResultResumeParams);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    TaskProcessingResultResumeParams { with_source source : ::std::string::String;
    with_type type_ : ::std::string::String; with_data data : crate
    ::v1::identity_governance::CustomTaskExtensionCallbackData; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TaskProcessingResultResumeParams);
#[cfg(msgraph_v1_search_or_security)]
/// Parameters of the action `microsoft.graph.processContentAsync`.
/// - `processContentRequests`: `Collection(microsoft.graph.processContentBatchRequest)`
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TenantDataSecurityAndGovernanceProcessContentAsyncParams {
    /// CSDL: property `processContentRequests`: `Collection(microsoft.graph.processContentBatchRequest)`, nullable.
    pub process_content_requests: rt::Field<
        ::std::vec::Vec<crate::v1::ProcessContentBatchRequest>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default
for TenantDataSecurityAndGovernanceProcessContentAsyncParams {
    #[inline]
    fn default() -> Self {
        Self {
            process_content_requests: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TenantDataSecurityAndGovernanceProcessContentAsyncParams {
    const TYPE_NAME: &'static str = "microsoft.graph.processContentAsync(microsoft.graph.tenantDataSecurityAndGovernance)";
    const KEYS: &'static [&'static str] = &["processContentRequests"];
    const KEYS_JSON: &'static [&'static str] = &[",\"processContentRequests\":       "];
    const TAG: &'static str = "\"#microsoft.graph.processContentAsync(microsoft.graph.tenantDataSecurityAndGovernance)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "process_content_requests", &self.process_content_requests);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TenantDataSecurityAndGovernanceProcessContentAsyncParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.process_content_requests.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.process_content_requests);
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
rt::impl_object!(TenantDataSecurityAndGovernanceProcessContentAsyncParams);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TenantDataSecurityAndGovernanceProcessContentAsyncParams {
    with_process_content_requests process_content_requests : ::std::vec::Vec < crate
    ::v1::ProcessContentBatchRequest >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TenantDataSecurityAndGovernanceProcessContentAsyncParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.sendActivityNotification`.
/// - `topic`: `microsoft.graph.teamworkActivityTopic`
/// - `activityType`: `Edm.String`
/// - `chainId`: `Edm.Int64`
/// - `previewText`: `microsoft.graph.itemBody`
/// - `teamsAppId`: `Edm.String`
/// - `templateParameters`: `Collection(microsoft.graph.keyValuePair)`
/// - `recipient`: `microsoft.graph.teamworkNotificationRecipient`
/// - `iconId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamSendActivityNotificationParams {
    /// CSDL: property `topic`: `microsoft.graph.teamworkActivityTopic`, nullable.
    pub topic: rt::Field<crate::v1::TeamworkActivityTopic>,
    /// CSDL: property `activityType`: `Edm.String`, nullable.
    pub activity_type: rt::Field<::std::string::String>,
    /// CSDL: property `chainId`: `Edm.Int64`, nullable.
    pub chain_id: rt::Field<i64>,
    /// CSDL: property `previewText`: `microsoft.graph.itemBody`, nullable.
    pub preview_text: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `teamsAppId`: `Edm.String`, nullable.
    pub teams_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `templateParameters`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub template_parameters: rt::Field<::std::vec::Vec<crate::v1::KeyValuePair>>,
    /// CSDL: property `recipient`: `microsoft.graph.teamworkNotificationRecipient`, nullable.
    pub recipient: rt::Field<crate::v1::AnyTeamworkNotificationRecipient>,
    /// CSDL: property `iconId`: `Edm.String`, nullable.
    pub icon_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TeamSendActivityNotificationParams {
    #[inline]
    fn default() -> Self {
        Self {
            topic: rt::Field::Absent,
            activity_type: rt::Field::Absent,
            chain_id: rt::Field::Absent,
            preview_text: rt::Field::Absent,
            teams_app_id: rt::Field::Absent,
            template_parameters: rt::Field::Absent,
            recipient: rt::Field::Absent,
            icon_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TeamSendActivityNotificationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sendActivityNotification(microsoft.graph.team)";
    const KEYS: &'static [&'static str] = &[
        "topic",
        "activityType",
        "chainId",
        "previewText",
        "teamsAppId",
        "templateParameters",
        "recipient",
        "iconId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"topic\":                        ",
        ",\"activityType\":                 ",
        ",\"chainId\":                      ",
        ",\"previewText\":                  ",
        ",\"teamsAppId\":                   ",
        ",\"templateParameters\":           ",
        ",\"recipient\":                    ",
        ",\"iconId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sendActivityNotification(microsoft.graph.team)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "topic", &self.topic);
        v.field(1usize, "activity_type", &self.activity_type);
        v.field(2usize, "chain_id", &self.chain_id);
        v.field(3usize, "preview_text", &self.preview_text);
        v.field(4usize, "teams_app_id", &self.teams_app_id);
        v.field(5usize, "template_parameters", &self.template_parameters);
        v.field(6usize, "recipient", &self.recipient);
        v.field(7usize, "icon_id", &self.icon_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TeamSendActivityNotificationParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.topic.read_from(r),
            1usize => self.activity_type.read_from(r),
            2usize => self.chain_id.read_from(r),
            3usize => self.preview_text.read_from(r),
            4usize => self.teams_app_id.read_from(r),
            5usize => self.template_parameters.read_from(r),
            6usize => self.recipient.read_from(r),
            7usize => self.icon_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.topic);
        w.field(1usize, &self.activity_type);
        w.field(2usize, &self.chain_id);
        w.field(3usize, &self.preview_text);
        w.field(4usize, &self.teams_app_id);
        w.field(5usize, &self.template_parameters);
        w.field(6usize, &self.recipient);
        w.field(7usize, &self.icon_id);
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
rt::impl_object!(TeamSendActivityNotificationParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TeamSendActivityNotificationParams { with_topic topic : crate
    ::v1::TeamworkActivityTopic; with_activity_type activity_type :
    ::std::string::String; with_chain_id chain_id : i64; with_preview_text preview_text :
    crate ::v1::ItemBody; with_teams_app_id teams_app_id : ::std::string::String;
    with_template_parameters template_parameters : ::std::vec::Vec < crate
    ::v1::KeyValuePair >; with_recipient recipient : crate
    ::v1::AnyTeamworkNotificationRecipient; with_icon_id icon_id : ::std::string::String;
    }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamSendActivityNotificationParams);
#[cfg(msgraph_v1_search_or_teamwork)]
/// Parameters of the action `microsoft.graph.sendActivityNotificationToRecipients`.
/// - `topic`: `microsoft.graph.teamworkActivityTopic`
/// - `activityType`: `Edm.String`
/// - `chainId`: `Edm.Int64`
/// - `previewText`: `microsoft.graph.itemBody`
/// - `teamsAppId`: `Edm.String`
/// - `templateParameters`: `Collection(microsoft.graph.keyValuePair)`
/// - `recipients`: `Collection(microsoft.graph.teamworkNotificationRecipient)`
/// - `iconId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-search`, `v1-teamwork`.
#[derive(Clone)]
pub struct TeamworkSendActivityNotificationToRecipientsParams {
    /// CSDL: property `topic`: `microsoft.graph.teamworkActivityTopic`, nullable.
    pub topic: rt::Field<crate::v1::TeamworkActivityTopic>,
    /// CSDL: property `activityType`: `Edm.String`, nullable.
    pub activity_type: rt::Field<::std::string::String>,
    /// CSDL: property `chainId`: `Edm.Int64`, nullable.
    pub chain_id: rt::Field<i64>,
    /// CSDL: property `previewText`: `microsoft.graph.itemBody`, nullable.
    pub preview_text: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `teamsAppId`: `Edm.String`, nullable.
    pub teams_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `templateParameters`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub template_parameters: rt::Field<::std::vec::Vec<crate::v1::KeyValuePair>>,
    /// CSDL: property `recipients`: `Collection(microsoft.graph.teamworkNotificationRecipient)`, nullable.
    pub recipients: rt::Field<
        ::std::vec::Vec<crate::v1::AnyTeamworkNotificationRecipient>,
    >,
    /// CSDL: property `iconId`: `Edm.String`, nullable.
    pub icon_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl ::std::default::Default for TeamworkSendActivityNotificationToRecipientsParams {
    #[inline]
    fn default() -> Self {
        Self {
            topic: rt::Field::Absent,
            activity_type: rt::Field::Absent,
            chain_id: rt::Field::Absent,
            preview_text: rt::Field::Absent,
            teams_app_id: rt::Field::Absent,
            template_parameters: rt::Field::Absent,
            recipients: rt::Field::Absent,
            icon_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl rt::Object for TeamworkSendActivityNotificationToRecipientsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sendActivityNotificationToRecipients(microsoft.graph.teamwork)";
    const KEYS: &'static [&'static str] = &[
        "topic",
        "activityType",
        "chainId",
        "previewText",
        "teamsAppId",
        "templateParameters",
        "recipients",
        "iconId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"topic\":                        ",
        ",\"activityType\":                 ",
        ",\"chainId\":                      ",
        ",\"previewText\":                  ",
        ",\"teamsAppId\":                   ",
        ",\"templateParameters\":           ",
        ",\"recipients\":                   ",
        ",\"iconId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sendActivityNotificationToRecipients(microsoft.graph.teamwork)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "topic", &self.topic);
        v.field(1usize, "activity_type", &self.activity_type);
        v.field(2usize, "chain_id", &self.chain_id);
        v.field(3usize, "preview_text", &self.preview_text);
        v.field(4usize, "teams_app_id", &self.teams_app_id);
        v.field(5usize, "template_parameters", &self.template_parameters);
        v.field(6usize, "recipients", &self.recipients);
        v.field(7usize, "icon_id", &self.icon_id);
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl rt::object::Members for TeamworkSendActivityNotificationToRecipientsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.topic.read_from(r),
            1usize => self.activity_type.read_from(r),
            2usize => self.chain_id.read_from(r),
            3usize => self.preview_text.read_from(r),
            4usize => self.teams_app_id.read_from(r),
            5usize => self.template_parameters.read_from(r),
            6usize => self.recipients.read_from(r),
            7usize => self.icon_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.topic);
        w.field(1usize, &self.activity_type);
        w.field(2usize, &self.chain_id);
        w.field(3usize, &self.preview_text);
        w.field(4usize, &self.teams_app_id);
        w.field(5usize, &self.template_parameters);
        w.field(6usize, &self.recipients);
        w.field(7usize, &self.icon_id);
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
rt::impl_object!(TeamworkSendActivityNotificationToRecipientsParams);
#[cfg(msgraph_v1_search_or_teamwork)]
rt::impl_setters!(
    TeamworkSendActivityNotificationToRecipientsParams { with_topic topic : crate
    ::v1::TeamworkActivityTopic; with_activity_type activity_type :
    ::std::string::String; with_chain_id chain_id : i64; with_preview_text preview_text :
    crate ::v1::ItemBody; with_teams_app_id teams_app_id : ::std::string::String;
    with_template_parameters template_parameters : ::std::vec::Vec < crate
    ::v1::KeyValuePair >; with_recipients recipients : ::std::vec::Vec < crate
    ::v1::AnyTeamworkNotificationRecipient >; with_icon_id icon_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkSendActivityNotificationToRecipientsParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.startBreak`.
/// - `isAtApprovedLocation`: `Edm.Boolean`
/// - `notes`: `microsoft.graph.itemBody`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeCardStartBreakParams {
    /// CSDL: property `isAtApprovedLocation`: `Edm.Boolean`, nullable.
    pub is_at_approved_location: rt::Field<bool>,
    /// CSDL: property `notes`: `microsoft.graph.itemBody`, nullable.
    pub notes: rt::Field<crate::v1::ItemBody>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeCardStartBreakParams {
    #[inline]
    fn default() -> Self {
        Self {
            is_at_approved_location: rt::Field::Absent,
            notes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeCardStartBreakParams {
    const TYPE_NAME: &'static str = "microsoft.graph.startBreak(microsoft.graph.timeCard)";
    const KEYS: &'static [&'static str] = &["isAtApprovedLocation", "notes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isAtApprovedLocation\":         ",
        ",\"notes\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.startBreak(microsoft.graph.timeCard)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_at_approved_location", &self.is_at_approved_location);
        v.field(1usize, "notes", &self.notes);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TimeCardStartBreakParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_at_approved_location.read_from(r),
            1usize => self.notes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_at_approved_location);
        w.field(1usize, &self.notes);
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
rt::impl_object!(TimeCardStartBreakParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeCardStartBreakParams { with_is_at_approved_location is_at_approved_location :
    bool; with_notes notes : crate ::v1::ItemBody; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeCardStartBreakParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.targetApps`.
/// - `apps`: `Collection(microsoft.graph.managedMobileApp)`
/// - `appGroupType`: `microsoft.graph.targetedManagedAppGroupType`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TargetedManagedAppConfigurationTargetAppsParams {
    /// CSDL: property `apps`: `Collection(microsoft.graph.managedMobileApp)`, nullable.
    pub apps: rt::Field<::std::vec::Vec<crate::v1::ManagedMobileApp>>,
    /// CSDL: property `appGroupType`: `microsoft.graph.targetedManagedAppGroupType`, nullable.
    pub app_group_type: rt::Field<crate::v1::TargetedManagedAppGroupType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for TargetedManagedAppConfigurationTargetAppsParams {
    #[inline]
    fn default() -> Self {
        Self {
            apps: rt::Field::Absent,
            app_group_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for TargetedManagedAppConfigurationTargetAppsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.targetApps(microsoft.graph.targetedManagedAppConfiguration)";
    const KEYS: &'static [&'static str] = &["apps", "appGroupType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"apps\":                         ",
        ",\"appGroupType\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.targetApps(microsoft.graph.targetedManagedAppConfiguration)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "apps", &self.apps);
        v.field(1usize, "app_group_type", &self.app_group_type);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for TargetedManagedAppConfigurationTargetAppsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.apps.read_from(r),
            1usize => self.app_group_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.apps);
        w.field(1usize, &self.app_group_type);
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
rt::impl_object!(TargetedManagedAppConfigurationTargetAppsParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    TargetedManagedAppConfigurationTargetAppsParams { with_apps apps : ::std::vec::Vec <
    crate ::v1::ManagedMobileApp >; with_app_group_type app_group_type : crate
    ::v1::TargetedManagedAppGroupType; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetedManagedAppConfigurationTargetAppsParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Parameters of the action `microsoft.graph.targetApps`.
/// - `apps`: `Collection(microsoft.graph.managedMobileApp)`
/// - `appGroupType`: `microsoft.graph.targetedManagedAppGroupType`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TargetedManagedAppProtectionTargetAppsParams {
    /// CSDL: property `apps`: `Collection(microsoft.graph.managedMobileApp)`, nullable.
    pub apps: rt::Field<::std::vec::Vec<crate::v1::ManagedMobileApp>>,
    /// CSDL: property `appGroupType`: `microsoft.graph.targetedManagedAppGroupType`, nullable.
    pub app_group_type: rt::Field<crate::v1::TargetedManagedAppGroupType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl ::std::default::Default for TargetedManagedAppProtectionTargetAppsParams {
    #[inline]
    fn default() -> Self {
        Self {
            apps: rt::Field::Absent,
            app_group_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::Object for TargetedManagedAppProtectionTargetAppsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.targetApps(microsoft.graph.targetedManagedAppProtection)";
    const KEYS: &'static [&'static str] = &["apps", "appGroupType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"apps\":                         ",
        ",\"appGroupType\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.targetApps(microsoft.graph.targetedManagedAppProtection)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "apps", &self.apps);
        v.field(1usize, "app_group_type", &self.app_group_type);
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl rt::object::Members for TargetedManagedAppProtectionTargetAppsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.apps.read_from(r),
            1usize => self.app_group_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.apps);
        w.field(1usize, &self.app_group_type);
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
rt::impl_object!(TargetedManagedAppProtectionTargetAppsParams);
#[cfg(msgraph_v1_core_or_device_app_management)]
rt::impl_setters!(
    TargetedManagedAppProtectionTargetAppsParams { with_apps apps : ::std::vec::Vec <
    crate ::v1::ManagedMobileApp >; with_app_group_type app_group_type : crate
    ::v1::TargetedManagedAppGroupType; }
);
#[cfg(msgraph_v1_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetedManagedAppProtectionTargetAppsParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.teamsAdministration.assign`.
/// - `value`: `Collection(microsoft.graph.teamsAdministration.teamsPolicyUserAssignment)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct TeamsPolicyUserAssignmentCollectionAssignParams {
    /// CSDL: property `value`: `Collection(microsoft.graph.teamsAdministration.teamsPolicyUserAssignment)`, not nullable.
    pub value: rt::Field<
        ::std::vec::Vec<crate::v1::teams_administration::TeamsPolicyUserAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for TeamsPolicyUserAssignmentCollectionAssignParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for TeamsPolicyUserAssignmentCollectionAssignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAdministration.assign(Collection(microsoft.graph.teamsAdministration.teamsPolicyUserAssignment))";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.teamsAdministration.assign(Collection(microsoft.graph.teamsAdministration.teamsPolicyUserAssignment))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for TeamsPolicyUserAssignmentCollectionAssignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.value);
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(TeamsPolicyUserAssignmentCollectionAssignParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    TeamsPolicyUserAssignmentCollectionAssignParams { with_value value : ::std::vec::Vec
    < crate ::v1::teams_administration::TeamsPolicyUserAssignment >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsPolicyUserAssignmentCollectionAssignParams);
#[cfg(msgraph_v1_admin_or_search)]
/// Parameters of the action `microsoft.graph.teamsAdministration.unassign`.
/// - `value`: `Collection(microsoft.graph.teamsAdministration.teamsPolicyUserAssignment)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct TeamsPolicyUserAssignmentCollectionUnassignParams {
    /// CSDL: property `value`: `Collection(microsoft.graph.teamsAdministration.teamsPolicyUserAssignment)`, not nullable.
    pub value: rt::Field<
        ::std::vec::Vec<crate::v1::teams_administration::TeamsPolicyUserAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for TeamsPolicyUserAssignmentCollectionUnassignParams {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for TeamsPolicyUserAssignmentCollectionUnassignParams {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAdministration.unassign(Collection(microsoft.graph.teamsAdministration.teamsPolicyUserAssignment))";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.teamsAdministration.unassign(Collection(microsoft.graph.teamsAdministration.teamsPolicyUserAssignment))\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for TeamsPolicyUserAssignmentCollectionUnassignParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.value);
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(TeamsPolicyUserAssignmentCollectionUnassignParams);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    TeamsPolicyUserAssignmentCollectionUnassignParams { with_value value :
    ::std::vec::Vec < crate ::v1::teams_administration::TeamsPolicyUserAssignment >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsPolicyUserAssignmentCollectionUnassignParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.upgrade`.
/// - `consentedPermissionSet`: `microsoft.graph.teamsAppPermissionSet`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamsAppInstallationUpgradeParams {
    /// CSDL: property `consentedPermissionSet`: `microsoft.graph.teamsAppPermissionSet`, nullable.
    pub consented_permission_set: rt::Field<crate::v1::TeamsAppPermissionSet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TeamsAppInstallationUpgradeParams {
    #[inline]
    fn default() -> Self {
        Self {
            consented_permission_set: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TeamsAppInstallationUpgradeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.upgrade(microsoft.graph.teamsAppInstallation)";
    const KEYS: &'static [&'static str] = &["consentedPermissionSet"];
    const KEYS_JSON: &'static [&'static str] = &[",\"consentedPermissionSet\":       "];
    const TAG: &'static str = "\"#microsoft.graph.upgrade(microsoft.graph.teamsAppInstallation)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "consented_permission_set", &self.consented_permission_set);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TeamsAppInstallationUpgradeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.consented_permission_set.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.consented_permission_set);
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
rt::impl_object!(TeamsAppInstallationUpgradeParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TeamsAppInstallationUpgradeParams { with_consented_permission_set
    consented_permission_set : crate ::v1::TeamsAppPermissionSet; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppInstallationUpgradeParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.assignLicense`.
/// - `addLicenses`: `Collection(microsoft.graph.assignedLicense)`
/// - `removeLicenses`: `Collection(Edm.Guid)`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserAssignLicenseParams {
    /// CSDL: property `addLicenses`: `Collection(microsoft.graph.assignedLicense)`, not nullable.
    pub add_licenses: rt::Field<::std::vec::Vec<crate::v1::AssignedLicense>>,
    /// CSDL: property `removeLicenses`: `Collection(Edm.Guid)`, not nullable.
    pub remove_licenses: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserAssignLicenseParams {
    #[inline]
    fn default() -> Self {
        Self {
            add_licenses: rt::Field::Absent,
            remove_licenses: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserAssignLicenseParams {
    const TYPE_NAME: &'static str = "microsoft.graph.assignLicense(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["addLicenses", "removeLicenses"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"addLicenses\":                  ",
        ",\"removeLicenses\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.assignLicense(microsoft.graph.user)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "add_licenses", &self.add_licenses);
        v.field(1usize, "remove_licenses", &self.remove_licenses);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserAssignLicenseParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.add_licenses.read_from(r),
            1usize => self.remove_licenses.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.add_licenses);
        w.field(1usize, &self.remove_licenses);
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
rt::impl_object!(UserAssignLicenseParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserAssignLicenseParams { with_add_licenses add_licenses : ::std::vec::Vec < crate
    ::v1::AssignedLicense >; with_remove_licenses remove_licenses : ::std::vec::Vec <
    rt::edm::Guid >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserAssignLicenseParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.changePassword`.
/// - `currentPassword`: `Edm.String`
/// - `newPassword`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserChangePasswordParams {
    /// CSDL: property `currentPassword`: `Edm.String`, nullable.
    pub current_password: rt::Field<::std::string::String>,
    /// CSDL: property `newPassword`: `Edm.String`, nullable.
    pub new_password: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserChangePasswordParams {
    #[inline]
    fn default() -> Self {
        Self {
            current_password: rt::Field::Absent,
            new_password: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserChangePasswordParams {
    const TYPE_NAME: &'static str = "microsoft.graph.changePassword(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["currentPassword", "newPassword"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"currentPassword\":              ",
        ",\"newPassword\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.changePassword(microsoft.graph.user)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "current_password", &self.current_password);
        v.field(1usize, "new_password", &self.new_password);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserChangePasswordParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.current_password.read_from(r),
            1usize => self.new_password.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.current_password);
        w.field(1usize, &self.new_password);
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
rt::impl_object!(UserChangePasswordParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserChangePasswordParams { with_current_password current_password :
    ::std::string::String; with_new_password new_password : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserChangePasswordParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.compute`.
/// - `activities`: `microsoft.graph.userActivityTypes`
/// - `locations`: `Collection(microsoft.graph.policyLocation)`
/// - `pivotOn`: `microsoft.graph.policyPivotProperty`
/// - `deviceMetadata`: `microsoft.graph.deviceMetadata`
/// - `integratedAppMetadata`: `microsoft.graph.integratedApplicationMetadata`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserProtectionScopeContainerComputeParams {
    /// CSDL: property `activities`: `microsoft.graph.userActivityTypes`, nullable.
    pub activities: rt::Field<rt::Flags<crate::v1::UserActivityTypes>>,
    /// CSDL: property `locations`: `Collection(microsoft.graph.policyLocation)`, nullable.
    pub locations: rt::Field<::std::vec::Vec<crate::v1::AnyPolicyLocation>>,
    /// CSDL: property `pivotOn`: `microsoft.graph.policyPivotProperty`, nullable.
    pub pivot_on: rt::Field<crate::v1::PolicyPivotProperty>,
    /// CSDL: property `deviceMetadata`: `microsoft.graph.deviceMetadata`, nullable.
    pub device_metadata: rt::Field<crate::v1::DeviceMetadata>,
    /// CSDL: property `integratedAppMetadata`: `microsoft.graph.integratedApplicationMetadata`, nullable.
    pub integrated_app_metadata: rt::Field<crate::v1::AnyIntegratedApplicationMetadata>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserProtectionScopeContainerComputeParams {
    #[inline]
    fn default() -> Self {
        Self {
            activities: rt::Field::Absent,
            locations: rt::Field::Absent,
            pivot_on: rt::Field::Absent,
            device_metadata: rt::Field::Absent,
            integrated_app_metadata: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserProtectionScopeContainerComputeParams {
    const TYPE_NAME: &'static str = "microsoft.graph.compute(microsoft.graph.userProtectionScopeContainer)";
    const KEYS: &'static [&'static str] = &[
        "activities",
        "locations",
        "pivotOn",
        "deviceMetadata",
        "integratedAppMetadata",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activities\":                   ",
        ",\"locations\":                    ",
        ",\"pivotOn\":                      ",
        ",\"deviceMetadata\":               ",
        ",\"integratedAppMetadata\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.compute(microsoft.graph.userProtectionScopeContainer)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "activities", &self.activities);
        v.field(1usize, "locations", &self.locations);
        v.field(2usize, "pivot_on", &self.pivot_on);
        v.field(3usize, "device_metadata", &self.device_metadata);
        v.field(4usize, "integrated_app_metadata", &self.integrated_app_metadata);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserProtectionScopeContainerComputeParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.activities.read_from(r),
            1usize => self.locations.read_from(r),
            2usize => self.pivot_on.read_from(r),
            3usize => self.device_metadata.read_from(r),
            4usize => self.integrated_app_metadata.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.activities);
        w.field(1usize, &self.locations);
        w.field(2usize, &self.pivot_on);
        w.field(3usize, &self.device_metadata);
        w.field(4usize, &self.integrated_app_metadata);
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
rt::impl_object!(UserProtectionScopeContainerComputeParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserProtectionScopeContainerComputeParams { with_activities activities : rt::Flags <
    crate ::v1::UserActivityTypes >; with_locations locations : ::std::vec::Vec < crate
    ::v1::AnyPolicyLocation >; with_pivot_on pivot_on : crate ::v1::PolicyPivotProperty;
    with_device_metadata device_metadata : crate ::v1::DeviceMetadata;
    with_integrated_app_metadata integrated_app_metadata : crate
    ::v1::AnyIntegratedApplicationMetadata; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserProtectionScopeContainerComputeParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.deleteTargetedMessage`.
/// - `teamId`: `Edm.String`
/// - `channelId`: `Edm.String`
/// - `messageId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserTeamworkDeleteTargetedMessageParams {
    /// CSDL: property `teamId`: `Edm.String`, not nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// CSDL: property `channelId`: `Edm.String`, not nullable.
    pub channel_id: rt::Field<::std::string::String>,
    /// CSDL: property `messageId`: `Edm.String`, not nullable.
    pub message_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserTeamworkDeleteTargetedMessageParams {
    #[inline]
    fn default() -> Self {
        Self {
            team_id: rt::Field::Absent,
            channel_id: rt::Field::Absent,
            message_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserTeamworkDeleteTargetedMessageParams {
    const TYPE_NAME: &'static str = "microsoft.graph.deleteTargetedMessage(microsoft.graph.userTeamwork)";
    const KEYS: &'static [&'static str] = &["teamId", "channelId", "messageId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"teamId\":                       ",
        ",\"channelId\":                    ",
        ",\"messageId\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deleteTargetedMessage(microsoft.graph.userTeamwork)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "team_id", &self.team_id);
        v.field(1usize, "channel_id", &self.channel_id);
        v.field(2usize, "message_id", &self.message_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserTeamworkDeleteTargetedMessageParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.team_id.read_from(r),
            1usize => self.channel_id.read_from(r),
            2usize => self.message_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.team_id);
        w.field(1usize, &self.channel_id);
        w.field(2usize, &self.message_id);
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
rt::impl_object!(UserTeamworkDeleteTargetedMessageParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserTeamworkDeleteTargetedMessageParams { with_team_id team_id :
    ::std::string::String; with_channel_id channel_id : ::std::string::String;
    with_message_id message_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserTeamworkDeleteTargetedMessageParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.exportPersonalData`.
/// - `storageLocation`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserExportPersonalDataParams {
    /// CSDL: property `storageLocation`: `Edm.String`, nullable.
    pub storage_location: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserExportPersonalDataParams {
    #[inline]
    fn default() -> Self {
        Self {
            storage_location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserExportPersonalDataParams {
    const TYPE_NAME: &'static str = "microsoft.graph.exportPersonalData(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["storageLocation"];
    const KEYS_JSON: &'static [&'static str] = &[",\"storageLocation\":              "];
    const TAG: &'static str = "\"#microsoft.graph.exportPersonalData(microsoft.graph.user)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "storage_location", &self.storage_location);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserExportPersonalDataParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.storage_location.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.storage_location);
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
rt::impl_object!(UserExportPersonalDataParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserExportPersonalDataParams { with_storage_location storage_location :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExportPersonalDataParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.findMeetingTimes`.
/// - `attendees`: `Collection(microsoft.graph.attendeeBase)`
/// - `locationConstraint`: `microsoft.graph.locationConstraint`
/// - `timeConstraint`: `microsoft.graph.timeConstraint`
/// - `meetingDuration`: `Edm.Duration`
/// - `maxCandidates`: `Edm.Int32`
/// - `isOrganizerOptional`: `Edm.Boolean`
/// - `returnSuggestionReasons`: `Edm.Boolean`
/// - `minimumAttendeePercentage`: `Edm.Double`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserFindMeetingTimesParams {
    /// CSDL: property `attendees`: `Collection(microsoft.graph.attendeeBase)`, nullable.
    pub attendees: rt::Field<::std::vec::Vec<crate::v1::AnyAttendeeBase>>,
    /// CSDL: property `locationConstraint`: `microsoft.graph.locationConstraint`, nullable.
    pub location_constraint: rt::Field<crate::v1::LocationConstraint>,
    /// CSDL: property `timeConstraint`: `microsoft.graph.timeConstraint`, nullable.
    pub time_constraint: rt::Field<crate::v1::TimeConstraint>,
    /// CSDL: property `meetingDuration`: `Edm.Duration`, nullable.
    pub meeting_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `maxCandidates`: `Edm.Int32`, nullable.
    pub max_candidates: rt::Field<i32>,
    /// CSDL: property `isOrganizerOptional`: `Edm.Boolean`, nullable.
    pub is_organizer_optional: rt::Field<bool>,
    /// CSDL: property `returnSuggestionReasons`: `Edm.Boolean`, nullable.
    pub return_suggestion_reasons: rt::Field<bool>,
    /// CSDL: property `minimumAttendeePercentage`: `Edm.Double`, nullable.
    pub minimum_attendee_percentage: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserFindMeetingTimesParams {
    #[inline]
    fn default() -> Self {
        Self {
            attendees: rt::Field::Absent,
            location_constraint: rt::Field::Absent,
            time_constraint: rt::Field::Absent,
            meeting_duration: rt::Field::Absent,
            max_candidates: rt::Field::Absent,
            is_organizer_optional: rt::Field::Absent,
            return_suggestion_reasons: rt::Field::Absent,
            minimum_attendee_percentage: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserFindMeetingTimesParams {
    const TYPE_NAME: &'static str = "microsoft.graph.findMeetingTimes(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &[
        "attendees",
        "locationConstraint",
        "timeConstraint",
        "meetingDuration",
        "maxCandidates",
        "isOrganizerOptional",
        "returnSuggestionReasons",
        "minimumAttendeePercentage",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attendees\":                    ",
        ",\"locationConstraint\":           ",
        ",\"timeConstraint\":               ",
        ",\"meetingDuration\":              ",
        ",\"maxCandidates\":                ",
        ",\"isOrganizerOptional\":          ",
        ",\"returnSuggestionReasons\":      ",
        ",\"minimumAttendeePercentage\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.findMeetingTimes(microsoft.graph.user)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attendees", &self.attendees);
        v.field(1usize, "location_constraint", &self.location_constraint);
        v.field(2usize, "time_constraint", &self.time_constraint);
        v.field(3usize, "meeting_duration", &self.meeting_duration);
        v.field(4usize, "max_candidates", &self.max_candidates);
        v.field(5usize, "is_organizer_optional", &self.is_organizer_optional);
        v.field(6usize, "return_suggestion_reasons", &self.return_suggestion_reasons);
        v.field(
            7usize,
            "minimum_attendee_percentage",
            &self.minimum_attendee_percentage,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserFindMeetingTimesParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attendees.read_from(r),
            1usize => self.location_constraint.read_from(r),
            2usize => self.time_constraint.read_from(r),
            3usize => self.meeting_duration.read_from(r),
            4usize => self.max_candidates.read_from(r),
            5usize => self.is_organizer_optional.read_from(r),
            6usize => self.return_suggestion_reasons.read_from(r),
            7usize => self.minimum_attendee_percentage.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attendees);
        w.field(1usize, &self.location_constraint);
        w.field(2usize, &self.time_constraint);
        w.field(3usize, &self.meeting_duration);
        w.field(4usize, &self.max_candidates);
        w.field(5usize, &self.is_organizer_optional);
        w.field(6usize, &self.return_suggestion_reasons);
        w.field(7usize, &self.minimum_attendee_percentage);
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
rt::impl_object!(UserFindMeetingTimesParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserFindMeetingTimesParams { with_attendees attendees : ::std::vec::Vec < crate
    ::v1::AnyAttendeeBase >; with_location_constraint location_constraint : crate
    ::v1::LocationConstraint; with_time_constraint time_constraint : crate
    ::v1::TimeConstraint; with_meeting_duration meeting_duration : rt::edm::Duration;
    with_max_candidates max_candidates : i32; with_is_organizer_optional
    is_organizer_optional : bool; with_return_suggestion_reasons
    return_suggestion_reasons : bool; with_minimum_attendee_percentage
    minimum_attendee_percentage : f64; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserFindMeetingTimesParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.getMailTips`.
/// - `EmailAddresses`: `Collection(Edm.String)`
/// - `MailTipsOptions`: `microsoft.graph.mailTipsType`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserGetMailTipsParams {
    /// CSDL: property `EmailAddresses`: `Collection(Edm.String)`, not nullable.
    pub email_addresses: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `MailTipsOptions`: `microsoft.graph.mailTipsType`, nullable.
    pub mail_tips_options: rt::Field<rt::Flags<crate::v1::MailTipsType>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserGetMailTipsParams {
    #[inline]
    fn default() -> Self {
        Self {
            email_addresses: rt::Field::Absent,
            mail_tips_options: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserGetMailTipsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.getMailTips(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["EmailAddresses", "MailTipsOptions"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"EmailAddresses\":               ",
        ",\"MailTipsOptions\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.getMailTips(microsoft.graph.user)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "email_addresses", &self.email_addresses);
        v.field(1usize, "mail_tips_options", &self.mail_tips_options);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserGetMailTipsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.email_addresses.read_from(r),
            1usize => self.mail_tips_options.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.email_addresses);
        w.field(1usize, &self.mail_tips_options);
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
rt::impl_object!(UserGetMailTipsParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserGetMailTipsParams { with_email_addresses email_addresses : ::std::vec::Vec <
    ::std::string::String >; with_mail_tips_options mail_tips_options : rt::Flags < crate
    ::v1::MailTipsType >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserGetMailTipsParams);
#[cfg(msgraph_v1_reports_or_search)]
/// Parameters of the action `microsoft.graph.partners.billing.export`.
/// - `currencyCode`: `Edm.String`
/// - `billingPeriod`: `microsoft.graph.partners.billing.billingPeriod`
/// - `attributeSet`: `microsoft.graph.partners.billing.attributeSet`
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone)]
pub struct UnbilledReconciliationExportParams {
    /// CSDL: property `currencyCode`: `Edm.String`, nullable.
    pub currency_code: rt::Field<::std::string::String>,
    /// CSDL: property `billingPeriod`: `microsoft.graph.partners.billing.billingPeriod`, nullable.
    pub billing_period: rt::Field<crate::v1::partners_billing::BillingPeriod>,
    /// CSDL: property `attributeSet`: `microsoft.graph.partners.billing.attributeSet`, nullable.
    pub attribute_set: rt::Field<crate::v1::partners_billing::AttributeSet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::default::Default for UnbilledReconciliationExportParams {
    #[inline]
    fn default() -> Self {
        Self {
            currency_code: rt::Field::Absent,
            billing_period: rt::Field::Absent,
            attribute_set: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::Object for UnbilledReconciliationExportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.partners.billing.export(microsoft.graph.partners.billing.unbilledReconciliation)";
    const KEYS: &'static [&'static str] = &[
        "currencyCode",
        "billingPeriod",
        "attributeSet",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"currencyCode\":                 ",
        ",\"billingPeriod\":                ",
        ",\"attributeSet\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.partners.billing.export(microsoft.graph.partners.billing.unbilledReconciliation)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "currency_code", &self.currency_code);
        v.field(1usize, "billing_period", &self.billing_period);
        v.field(2usize, "attribute_set", &self.attribute_set);
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::object::Members for UnbilledReconciliationExportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.currency_code.read_from(r),
            1usize => self.billing_period.read_from(r),
            2usize => self.attribute_set.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.currency_code);
        w.field(1usize, &self.billing_period);
        w.field(2usize, &self.attribute_set);
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
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_object!(UnbilledReconciliationExportParams);
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_setters!(
    UnbilledReconciliationExportParams { with_currency_code currency_code :
    ::std::string::String; with_billing_period billing_period : crate
    ::v1::partners_billing::BillingPeriod; with_attribute_set attribute_set : crate
    ::v1::partners_billing::AttributeSet; }
);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnbilledReconciliationExportParams);
#[cfg(msgraph_v1_reports_or_search)]
/// Parameters of the action `microsoft.graph.partners.billing.export`.
/// - `currencyCode`: `Edm.String`
/// - `billingPeriod`: `microsoft.graph.partners.billing.billingPeriod`
/// - `attributeSet`: `microsoft.graph.partners.billing.attributeSet`
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
#[derive(Clone)]
pub struct UnbilledUsageExportParams {
    /// CSDL: property `currencyCode`: `Edm.String`, nullable.
    pub currency_code: rt::Field<::std::string::String>,
    /// CSDL: property `billingPeriod`: `microsoft.graph.partners.billing.billingPeriod`, nullable.
    pub billing_period: rt::Field<crate::v1::partners_billing::BillingPeriod>,
    /// CSDL: property `attributeSet`: `microsoft.graph.partners.billing.attributeSet`, nullable.
    pub attribute_set: rt::Field<crate::v1::partners_billing::AttributeSet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports_or_search)]
impl ::std::default::Default for UnbilledUsageExportParams {
    #[inline]
    fn default() -> Self {
        Self {
            currency_code: rt::Field::Absent,
            billing_period: rt::Field::Absent,
            attribute_set: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::Object for UnbilledUsageExportParams {
    const TYPE_NAME: &'static str = "microsoft.graph.partners.billing.export(microsoft.graph.partners.billing.unbilledUsage)";
    const KEYS: &'static [&'static str] = &[
        "currencyCode",
        "billingPeriod",
        "attributeSet",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"currencyCode\":                 ",
        ",\"billingPeriod\":                ",
        ",\"attributeSet\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.partners.billing.export(microsoft.graph.partners.billing.unbilledUsage)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "currency_code", &self.currency_code);
        v.field(1usize, "billing_period", &self.billing_period);
        v.field(2usize, "attribute_set", &self.attribute_set);
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl rt::object::Members for UnbilledUsageExportParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.currency_code.read_from(r),
            1usize => self.billing_period.read_from(r),
            2usize => self.attribute_set.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.currency_code);
        w.field(1usize, &self.billing_period);
        w.field(2usize, &self.attribute_set);
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
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_object!(UnbilledUsageExportParams);
#[cfg(msgraph_v1_reports_or_search)]
rt::impl_setters!(
    UnbilledUsageExportParams { with_currency_code currency_code : ::std::string::String;
    with_billing_period billing_period : crate ::v1::partners_billing::BillingPeriod;
    with_attribute_set attribute_set : crate ::v1::partners_billing::AttributeSet; }
);
#[cfg(msgraph_v1_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnbilledUsageExportParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.processContent`.
/// - `contentToProcess`: `microsoft.graph.processContentRequest`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserDataSecurityAndGovernanceProcessContentParams {
    /// CSDL: property `contentToProcess`: `microsoft.graph.processContentRequest`, nullable.
    pub content_to_process: rt::Field<crate::v1::ProcessContentRequest>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserDataSecurityAndGovernanceProcessContentParams {
    #[inline]
    fn default() -> Self {
        Self {
            content_to_process: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserDataSecurityAndGovernanceProcessContentParams {
    const TYPE_NAME: &'static str = "microsoft.graph.processContent(microsoft.graph.userDataSecurityAndGovernance)";
    const KEYS: &'static [&'static str] = &["contentToProcess"];
    const KEYS_JSON: &'static [&'static str] = &[",\"contentToProcess\":             "];
    const TAG: &'static str = "\"#microsoft.graph.processContent(microsoft.graph.userDataSecurityAndGovernance)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content_to_process", &self.content_to_process);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserDataSecurityAndGovernanceProcessContentParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content_to_process.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content_to_process);
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
rt::impl_object!(UserDataSecurityAndGovernanceProcessContentParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserDataSecurityAndGovernanceProcessContentParams { with_content_to_process
    content_to_process : crate ::v1::ProcessContentRequest; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserDataSecurityAndGovernanceProcessContentParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.sendActivityNotification`.
/// - `topic`: `microsoft.graph.teamworkActivityTopic`
/// - `activityType`: `Edm.String`
/// - `chainId`: `Edm.Int64`
/// - `previewText`: `microsoft.graph.itemBody`
/// - `teamsAppId`: `Edm.String`
/// - `templateParameters`: `Collection(microsoft.graph.keyValuePair)`
/// - `iconId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserTeamworkSendActivityNotificationParams {
    /// CSDL: property `topic`: `microsoft.graph.teamworkActivityTopic`, nullable.
    pub topic: rt::Field<crate::v1::TeamworkActivityTopic>,
    /// CSDL: property `activityType`: `Edm.String`, nullable.
    pub activity_type: rt::Field<::std::string::String>,
    /// CSDL: property `chainId`: `Edm.Int64`, nullable.
    pub chain_id: rt::Field<i64>,
    /// CSDL: property `previewText`: `microsoft.graph.itemBody`, nullable.
    pub preview_text: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `teamsAppId`: `Edm.String`, nullable.
    pub teams_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `templateParameters`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub template_parameters: rt::Field<::std::vec::Vec<crate::v1::KeyValuePair>>,
    /// CSDL: property `iconId`: `Edm.String`, nullable.
    pub icon_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserTeamworkSendActivityNotificationParams {
    #[inline]
    fn default() -> Self {
        Self {
            topic: rt::Field::Absent,
            activity_type: rt::Field::Absent,
            chain_id: rt::Field::Absent,
            preview_text: rt::Field::Absent,
            teams_app_id: rt::Field::Absent,
            template_parameters: rt::Field::Absent,
            icon_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserTeamworkSendActivityNotificationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sendActivityNotification(microsoft.graph.userTeamwork)";
    const KEYS: &'static [&'static str] = &[
        "topic",
        "activityType",
        "chainId",
        "previewText",
        "teamsAppId",
        "templateParameters",
        "iconId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"topic\":                        ",
        ",\"activityType\":                 ",
        ",\"chainId\":                      ",
        ",\"previewText\":                  ",
        ",\"teamsAppId\":                   ",
        ",\"templateParameters\":           ",
        ",\"iconId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sendActivityNotification(microsoft.graph.userTeamwork)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "topic", &self.topic);
        v.field(1usize, "activity_type", &self.activity_type);
        v.field(2usize, "chain_id", &self.chain_id);
        v.field(3usize, "preview_text", &self.preview_text);
        v.field(4usize, "teams_app_id", &self.teams_app_id);
        v.field(5usize, "template_parameters", &self.template_parameters);
        v.field(6usize, "icon_id", &self.icon_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserTeamworkSendActivityNotificationParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.topic.read_from(r),
            1usize => self.activity_type.read_from(r),
            2usize => self.chain_id.read_from(r),
            3usize => self.preview_text.read_from(r),
            4usize => self.teams_app_id.read_from(r),
            5usize => self.template_parameters.read_from(r),
            6usize => self.icon_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.topic);
        w.field(1usize, &self.activity_type);
        w.field(2usize, &self.chain_id);
        w.field(3usize, &self.preview_text);
        w.field(4usize, &self.teams_app_id);
        w.field(5usize, &self.template_parameters);
        w.field(6usize, &self.icon_id);
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
rt::impl_object!(UserTeamworkSendActivityNotificationParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserTeamworkSendActivityNotificationParams { with_topic topic : crate
    ::v1::TeamworkActivityTopic; with_activity_type activity_type :
    ::std::string::String; with_chain_id chain_id : i64; with_preview_text preview_text :
    crate ::v1::ItemBody; with_teams_app_id teams_app_id : ::std::string::String;
    with_template_parameters template_parameters : ::std::vec::Vec < crate
    ::v1::KeyValuePair >; with_icon_id icon_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserTeamworkSendActivityNotificationParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.sendMail`.
/// - `Message`: `microsoft.graph.message`
/// - `SaveToSentItems`: `Edm.Boolean`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserSendMailParams {
    /// CSDL: property `Message`: `microsoft.graph.message`, not nullable.
    pub message: rt::Field<crate::v1::AnyMessage>,
    /// CSDL: property `SaveToSentItems`: `Edm.Boolean`, nullable.
    pub save_to_sent_items: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserSendMailParams {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            save_to_sent_items: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserSendMailParams {
    const TYPE_NAME: &'static str = "microsoft.graph.sendMail(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["Message", "SaveToSentItems"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"Message\":                      ",
        ",\"SaveToSentItems\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sendMail(microsoft.graph.user)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message", &self.message);
        v.field(1usize, "save_to_sent_items", &self.save_to_sent_items);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserSendMailParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            1usize => self.save_to_sent_items.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
        w.field(1usize, &self.save_to_sent_items);
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
rt::impl_object!(UserSendMailParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserSendMailParams { with_message message : crate ::v1::AnyMessage;
    with_save_to_sent_items save_to_sent_items : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserSendMailParams);
#[cfg(msgraph_v1_core)]
/// Parameters of the action `microsoft.graph.translateExchangeIds`.
/// - `InputIds`: `Collection(Edm.String)`
/// - `TargetIdType`: `microsoft.graph.exchangeIdFormat`
/// - `SourceIdType`: `microsoft.graph.exchangeIdFormat`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserTranslateExchangeIdsParams {
    /// CSDL: property `InputIds`: `Collection(Edm.String)`, not nullable.
    pub input_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `TargetIdType`: `microsoft.graph.exchangeIdFormat`, not nullable.
    pub target_id_type: rt::Field<crate::v1::ExchangeIdFormat>,
    /// CSDL: property `SourceIdType`: `microsoft.graph.exchangeIdFormat`, not nullable.
    pub source_id_type: rt::Field<crate::v1::ExchangeIdFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserTranslateExchangeIdsParams {
    #[inline]
    fn default() -> Self {
        Self {
            input_ids: rt::Field::Absent,
            target_id_type: rt::Field::Absent,
            source_id_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserTranslateExchangeIdsParams {
    const TYPE_NAME: &'static str = "microsoft.graph.translateExchangeIds(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["InputIds", "TargetIdType", "SourceIdType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"InputIds\":                     ",
        ",\"TargetIdType\":                 ",
        ",\"SourceIdType\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.translateExchangeIds(microsoft.graph.user)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "input_ids", &self.input_ids);
        v.field(1usize, "target_id_type", &self.target_id_type);
        v.field(2usize, "source_id_type", &self.source_id_type);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserTranslateExchangeIdsParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.input_ids.read_from(r),
            1usize => self.target_id_type.read_from(r),
            2usize => self.source_id_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.input_ids);
        w.field(1usize, &self.target_id_type);
        w.field(2usize, &self.source_id_type);
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
rt::impl_object!(UserTranslateExchangeIdsParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserTranslateExchangeIdsParams { with_input_ids input_ids : ::std::vec::Vec <
    ::std::string::String >; with_target_id_type target_id_type : crate
    ::v1::ExchangeIdFormat; with_source_id_type source_id_type : crate
    ::v1::ExchangeIdFormat; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserTranslateExchangeIdsParams);
#[cfg(msgraph_v1_core)]
/// Issues a wipe operation on an app registration with specified device tag.
///
/// Parameters of the action `microsoft.graph.wipeManagedAppRegistrationsByDeviceTag`.
/// - `deviceTag`: `Edm.String`
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserWipeManagedAppRegistrationsByDeviceTagParams {
    /// CSDL: property `deviceTag`: `Edm.String`, nullable.
    pub device_tag: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for UserWipeManagedAppRegistrationsByDeviceTagParams {
    #[inline]
    fn default() -> Self {
        Self {
            device_tag: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for UserWipeManagedAppRegistrationsByDeviceTagParams {
    const TYPE_NAME: &'static str = "microsoft.graph.wipeManagedAppRegistrationsByDeviceTag(microsoft.graph.user)";
    const KEYS: &'static [&'static str] = &["deviceTag"];
    const KEYS_JSON: &'static [&'static str] = &[",\"deviceTag\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.wipeManagedAppRegistrationsByDeviceTag(microsoft.graph.user)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_tag", &self.device_tag);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for UserWipeManagedAppRegistrationsByDeviceTagParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_tag.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_tag);
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
rt::impl_object!(UserWipeManagedAppRegistrationsByDeviceTagParams);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    UserWipeManagedAppRegistrationsByDeviceTagParams { with_device_tag device_tag :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserWipeManagedAppRegistrationsByDeviceTagParams);
#[cfg(msgraph_v1_search_or_solutions)]
/// Parameters of the action `microsoft.graph.setExternalEventInformation`.
/// - `externalEventId`: `Edm.String`
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct VirtualEventSetExternalEventInformationParams {
    /// CSDL: property `externalEventId`: `Edm.String`, nullable.
    pub external_event_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventSetExternalEventInformationParams {
    #[inline]
    fn default() -> Self {
        Self {
            external_event_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventSetExternalEventInformationParams {
    const TYPE_NAME: &'static str = "microsoft.graph.setExternalEventInformation(microsoft.graph.virtualEvent)";
    const KEYS: &'static [&'static str] = &["externalEventId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"externalEventId\":              "];
    const TAG: &'static str = "\"#microsoft.graph.setExternalEventInformation(microsoft.graph.virtualEvent)\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "external_event_id", &self.external_event_id);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for VirtualEventSetExternalEventInformationParams {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.external_event_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.external_event_id);
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
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(VirtualEventSetExternalEventInformationParams);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventSetExternalEventInformationParams { with_external_event_id
    external_event_id : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventSetExternalEventInformationParams);
