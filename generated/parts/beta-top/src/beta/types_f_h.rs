//! Types of `microsoft.graph` by the first letters of their names (`f_h`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_directory_or_policies_or_search)]
/// CSDL: `microsoft.graph.featureRolloutPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`FeatureRolloutPolicyPath`](requests/trait.FeatureRolloutPolicyPath.html), what a path to one (`EntityPath<FeatureRolloutPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-directory`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct FeatureRolloutPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `feature`: `microsoft.graph.stagedFeatureName`, not nullable.
    pub feature: rt::Field<crate::beta::StagedFeatureName>,
    /// CSDL: property `isAppliedToOrganization`: `Edm.Boolean`, not nullable.
    pub is_applied_to_organization: rt::Field<bool>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: containment navigation property `appliesTo`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub applies_to: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_directory_or_policies_or_search)]
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
#[cfg(msgraph_beta_directory_or_policies_or_search)]
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
#[cfg(msgraph_beta_directory_or_policies_or_search)]
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
#[cfg(msgraph_beta_directory_or_policies_or_search)]
rt::impl_object!(FeatureRolloutPolicy);
#[cfg(msgraph_beta_directory_or_policies_or_search)]
rt::impl_setters!(
    FeatureRolloutPolicy { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_feature feature : crate ::beta::StagedFeatureName;
    with_is_applied_to_organization is_applied_to_organization : bool; with_is_enabled
    is_enabled : bool; with_applies_to applies_to : ::std::vec::Vec < crate
    ::beta::AnyDirectoryObject >; }
);
#[cfg(msgraph_beta_directory_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FeatureRolloutPolicy);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.group`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`GroupPath`](requests/trait.GroupPath.html), what a path to one (`EntityPath<Group, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Group {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `assignedLabels`: `Collection(microsoft.graph.assignedLabel)`, nullable.
    pub assigned_labels: rt::Field<::std::vec::Vec<crate::beta::AssignedLabel>>,
    /// CSDL: property `assignedLicenses`: `Collection(microsoft.graph.assignedLicense)`, nullable.
    pub assigned_licenses: rt::Field<::std::vec::Vec<crate::beta::AssignedLicense>>,
    /// CSDL: property `classification`: `Edm.String`, nullable.
    pub classification: rt::Field<::std::string::String>,
    /// CSDL: property `createdByAppId`: `Edm.String`, nullable.
    pub created_by_app_id: rt::Field<::std::string::String>,
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
    /// CSDL: property `infoCatalogs`: `Collection(Edm.String)`, not nullable.
    pub info_catalogs: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isAssignableToRole`: `Edm.Boolean`, nullable.
    pub is_assignable_to_role: rt::Field<bool>,
    /// CSDL: property `licenseProcessingState`: `microsoft.graph.licenseProcessingState`, nullable.
    pub license_processing_state: rt::Field<crate::beta::LicenseProcessingState>,
    /// CSDL: property `mail`: `Edm.String`, nullable.
    pub mail: rt::Field<::std::string::String>,
    /// CSDL: property `mailEnabled`: `Edm.Boolean`, nullable.
    pub mail_enabled: rt::Field<bool>,
    /// CSDL: property `mailNickname`: `Edm.String`, nullable.
    pub mail_nickname: rt::Field<::std::string::String>,
    /// CSDL: property `mdmAppId`: `Edm.String`, nullable.
    pub mdm_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `membershipRule`: `Edm.String`, nullable.
    pub membership_rule: rt::Field<::std::string::String>,
    /// CSDL: property `membershipRuleProcessingState`: `Edm.String`, nullable.
    pub membership_rule_processing_state: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesDomainName`: `Edm.String`, nullable.
    pub on_premises_domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesLastSyncDateTime`: `Edm.DateTimeOffset`, nullable.
    pub on_premises_last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `onPremisesNetBiosName`: `Edm.String`, nullable.
    pub on_premises_net_bios_name: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesProvisioningErrors`: `Collection(microsoft.graph.onPremisesProvisioningError)`, nullable.
    pub on_premises_provisioning_errors: rt::Field<
        ::std::vec::Vec<crate::beta::OnPremisesProvisioningError>,
    >,
    /// CSDL: property `onPremisesSamAccountName`: `Edm.String`, nullable.
    pub on_premises_sam_account_name: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesSecurityIdentifier`: `Edm.String`, nullable.
    pub on_premises_security_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesSyncEnabled`: `Edm.Boolean`, nullable.
    pub on_premises_sync_enabled: rt::Field<bool>,
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
    /// CSDL: property `theme`: `Edm.String`, nullable.
    pub theme: rt::Field<::std::string::String>,
    /// CSDL: property `visibility`: `Edm.String`, nullable.
    pub visibility: rt::Field<::std::string::String>,
    /// CSDL: property `accessType`: `microsoft.graph.groupAccessType`, nullable.
    pub access_type: rt::Field<crate::beta::GroupAccessType>,
    /// CSDL: property `allowExternalSenders`: `Edm.Boolean`, nullable.
    pub allow_external_senders: rt::Field<bool>,
    /// CSDL: property `autoSubscribeNewMembers`: `Edm.Boolean`, nullable.
    pub auto_subscribe_new_members: rt::Field<bool>,
    /// CSDL: property `hideFromAddressLists`: `Edm.Boolean`, nullable.
    pub hide_from_address_lists: rt::Field<bool>,
    /// CSDL: property `hideFromOutlookClients`: `Edm.Boolean`, nullable.
    pub hide_from_outlook_clients: rt::Field<bool>,
    /// CSDL: property `isFavorite`: `Edm.Boolean`, nullable.
    pub is_favorite: rt::Field<bool>,
    /// CSDL: property `isSubscribedByMail`: `Edm.Boolean`, nullable.
    pub is_subscribed_by_mail: rt::Field<bool>,
    /// CSDL: property `unseenConversationsCount`: `Edm.Int32`, nullable.
    pub unseen_conversations_count: rt::Field<i32>,
    /// CSDL: property `unseenCount`: `Edm.Int32`, nullable.
    pub unseen_count: rt::Field<i32>,
    /// CSDL: property `unseenMessagesCount`: `Edm.Int32`, nullable.
    pub unseen_messages_count: rt::Field<i32>,
    /// CSDL: property `membershipRuleProcessingStatus`: `microsoft.graph.membershipRuleProcessingStatus`, nullable.
    pub membership_rule_processing_status: rt::Field<
        crate::beta::MembershipRuleProcessingStatus,
    >,
    /// CSDL: property `isArchived`: `Edm.Boolean`, nullable.
    pub is_archived: rt::Field<bool>,
    /// CSDL: containment navigation property `appRoleAssignments`: `Collection(microsoft.graph.appRoleAssignment)`, not nullable.
    pub app_role_assignments: rt::Field<::std::vec::Vec<crate::beta::AppRoleAssignment>>,
    /// CSDL: navigation property `createdOnBehalfOf`: `microsoft.graph.directoryObject`, nullable.
    pub created_on_behalf_of: rt::Field<crate::beta::AnyDirectoryObject>,
    /// CSDL: containment navigation property `endpoints`: `Collection(microsoft.graph.endpoint)`, not nullable.
    pub endpoints: rt::Field<::std::vec::Vec<crate::beta::Endpoint>>,
    /// CSDL: navigation property `memberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub member_of: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: navigation property `members`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub members: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: navigation property `membersWithLicenseErrors`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub members_with_license_errors: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDirectoryObject>,
    >,
    /// CSDL: navigation property `owners`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub owners: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `permissionGrants`: `Collection(microsoft.graph.resourceSpecificPermissionGrant)`, not nullable.
    pub permission_grants: rt::Field<
        ::std::vec::Vec<crate::beta::ResourceSpecificPermissionGrant>,
    >,
    /// CSDL: containment navigation property `settings`: `Collection(microsoft.graph.directorySetting)`, not nullable.
    pub settings: rt::Field<::std::vec::Vec<crate::beta::DirectorySetting>>,
    /// CSDL: navigation property `transitiveMemberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub transitive_member_of: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDirectoryObject>,
    >,
    /// CSDL: navigation property `transitiveMembers`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub transitive_members: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: navigation property `acceptedSenders`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub accepted_senders: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `calendar`: `microsoft.graph.calendar`, nullable.
    pub calendar: rt::Field<crate::beta::Calendar>,
    /// CSDL: containment navigation property `calendarView`: `Collection(microsoft.graph.event)`, not nullable.
    pub calendar_view: rt::Field<::std::vec::Vec<crate::beta::Event>>,
    /// CSDL: containment navigation property `conversations`: `Collection(microsoft.graph.conversation)`, not nullable.
    pub conversations: rt::Field<::std::vec::Vec<crate::beta::Conversation>>,
    /// CSDL: containment navigation property `events`: `Collection(microsoft.graph.event)`, not nullable.
    pub events: rt::Field<::std::vec::Vec<crate::beta::Event>>,
    /// CSDL: navigation property `rejectedSenders`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub rejected_senders: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `threads`: `Collection(microsoft.graph.conversationThread)`, not nullable.
    pub threads: rt::Field<::std::vec::Vec<crate::beta::ConversationThread>>,
    /// CSDL: containment navigation property `drive`: `microsoft.graph.drive`, nullable.
    pub drive: rt::Field<crate::beta::Drive>,
    /// CSDL: containment navigation property `drives`: `Collection(microsoft.graph.drive)`, not nullable.
    pub drives: rt::Field<::std::vec::Vec<crate::beta::Drive>>,
    /// CSDL: containment navigation property `sites`: `Collection(microsoft.graph.site)`, not nullable.
    pub sites: rt::Field<::std::vec::Vec<crate::beta::Site>>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::beta::AnyExtension>>,
    /// CSDL: containment navigation property `groupLifecyclePolicies`: `Collection(microsoft.graph.groupLifecyclePolicy)`, not nullable.
    pub group_lifecycle_policies: rt::Field<
        ::std::vec::Vec<crate::beta::GroupLifecyclePolicy>,
    >,
    /// CSDL: containment navigation property `planner`: `microsoft.graph.plannerGroup`, nullable.
    pub planner: rt::Field<crate::beta::PlannerGroup>,
    /// CSDL: containment navigation property `onenote`: `microsoft.graph.onenote`, nullable.
    pub onenote: rt::Field<crate::beta::Onenote>,
    /// CSDL: containment navigation property `photo`: `microsoft.graph.profilePhoto`, nullable.
    pub photo: rt::Field<crate::beta::ProfilePhoto>,
    /// CSDL: containment navigation property `photos`: `Collection(microsoft.graph.profilePhoto)`, not nullable.
    pub photos: rt::Field<::std::vec::Vec<crate::beta::ProfilePhoto>>,
    /// CSDL: containment navigation property `team`: `microsoft.graph.team`, nullable.
    pub team: rt::Field<::std::boxed::Box<crate::beta::Team>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Group {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            assigned_labels: rt::Field::Absent,
            assigned_licenses: rt::Field::Absent,
            classification: rt::Field::Absent,
            created_by_app_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            group_types: rt::Field::Absent,
            has_members_with_license_errors: rt::Field::Absent,
            info_catalogs: rt::Field::Absent,
            is_assignable_to_role: rt::Field::Absent,
            license_processing_state: rt::Field::Absent,
            mail: rt::Field::Absent,
            mail_enabled: rt::Field::Absent,
            mail_nickname: rt::Field::Absent,
            mdm_app_id: rt::Field::Absent,
            membership_rule: rt::Field::Absent,
            membership_rule_processing_state: rt::Field::Absent,
            on_premises_domain_name: rt::Field::Absent,
            on_premises_last_sync_date_time: rt::Field::Absent,
            on_premises_net_bios_name: rt::Field::Absent,
            on_premises_provisioning_errors: rt::Field::Absent,
            on_premises_sam_account_name: rt::Field::Absent,
            on_premises_security_identifier: rt::Field::Absent,
            on_premises_sync_enabled: rt::Field::Absent,
            preferred_data_location: rt::Field::Absent,
            preferred_language: rt::Field::Absent,
            proxy_addresses: rt::Field::Absent,
            renewed_date_time: rt::Field::Absent,
            resource_behavior_options: rt::Field::Absent,
            resource_provisioning_options: rt::Field::Absent,
            security_enabled: rt::Field::Absent,
            security_identifier: rt::Field::Absent,
            theme: rt::Field::Absent,
            visibility: rt::Field::Absent,
            access_type: rt::Field::Absent,
            allow_external_senders: rt::Field::Absent,
            auto_subscribe_new_members: rt::Field::Absent,
            hide_from_address_lists: rt::Field::Absent,
            hide_from_outlook_clients: rt::Field::Absent,
            is_favorite: rt::Field::Absent,
            is_subscribed_by_mail: rt::Field::Absent,
            unseen_conversations_count: rt::Field::Absent,
            unseen_count: rt::Field::Absent,
            unseen_messages_count: rt::Field::Absent,
            membership_rule_processing_status: rt::Field::Absent,
            is_archived: rt::Field::Absent,
            app_role_assignments: rt::Field::Absent,
            created_on_behalf_of: rt::Field::Absent,
            endpoints: rt::Field::Absent,
            member_of: rt::Field::Absent,
            members: rt::Field::Absent,
            members_with_license_errors: rt::Field::Absent,
            owners: rt::Field::Absent,
            permission_grants: rt::Field::Absent,
            settings: rt::Field::Absent,
            transitive_member_of: rt::Field::Absent,
            transitive_members: rt::Field::Absent,
            accepted_senders: rt::Field::Absent,
            calendar: rt::Field::Absent,
            calendar_view: rt::Field::Absent,
            conversations: rt::Field::Absent,
            events: rt::Field::Absent,
            rejected_senders: rt::Field::Absent,
            threads: rt::Field::Absent,
            drive: rt::Field::Absent,
            drives: rt::Field::Absent,
            sites: rt::Field::Absent,
            extensions: rt::Field::Absent,
            group_lifecycle_policies: rt::Field::Absent,
            planner: rt::Field::Absent,
            onenote: rt::Field::Absent,
            photo: rt::Field::Absent,
            photos: rt::Field::Absent,
            team: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Group {
    const TYPE_NAME: &'static str = "microsoft.graph.group";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "assignedLabels",
        "assignedLicenses",
        "classification",
        "createdByAppId",
        "createdDateTime",
        "description",
        "displayName",
        "expirationDateTime",
        "groupTypes",
        "hasMembersWithLicenseErrors",
        "infoCatalogs",
        "isAssignableToRole",
        "licenseProcessingState",
        "mail",
        "mailEnabled",
        "mailNickname",
        "mdmAppId",
        "membershipRule",
        "membershipRuleProcessingState",
        "onPremisesDomainName",
        "onPremisesLastSyncDateTime",
        "onPremisesNetBiosName",
        "onPremisesProvisioningErrors",
        "onPremisesSamAccountName",
        "onPremisesSecurityIdentifier",
        "onPremisesSyncEnabled",
        "preferredDataLocation",
        "preferredLanguage",
        "proxyAddresses",
        "renewedDateTime",
        "resourceBehaviorOptions",
        "resourceProvisioningOptions",
        "securityEnabled",
        "securityIdentifier",
        "theme",
        "visibility",
        "accessType",
        "allowExternalSenders",
        "autoSubscribeNewMembers",
        "hideFromAddressLists",
        "hideFromOutlookClients",
        "isFavorite",
        "isSubscribedByMail",
        "unseenConversationsCount",
        "unseenCount",
        "unseenMessagesCount",
        "membershipRuleProcessingStatus",
        "isArchived",
        "appRoleAssignments",
        "createdOnBehalfOf",
        "endpoints",
        "memberOf",
        "members",
        "membersWithLicenseErrors",
        "owners",
        "permissionGrants",
        "settings",
        "transitiveMemberOf",
        "transitiveMembers",
        "acceptedSenders",
        "calendar",
        "calendarView",
        "conversations",
        "events",
        "rejectedSenders",
        "threads",
        "drive",
        "drives",
        "sites",
        "extensions",
        "groupLifecyclePolicies",
        "planner",
        "onenote",
        "photo",
        "photos",
        "team",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"assignedLabels\":               ",
        ",\"assignedLicenses\":             ",
        ",\"classification\":               ",
        ",\"createdByAppId\":               ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"expirationDateTime\":           ",
        ",\"groupTypes\":                   ",
        ",\"hasMembersWithLicenseErrors\":  ",
        ",\"infoCatalogs\":                 ",
        ",\"isAssignableToRole\":           ",
        ",\"licenseProcessingState\":       ",
        ",\"mail\":                         ",
        ",\"mailEnabled\":                  ",
        ",\"mailNickname\":                 ",
        ",\"mdmAppId\":                     ",
        ",\"membershipRule\":               ",
        ",\"membershipRuleProcessingState\":",
        ",\"onPremisesDomainName\":         ",
        ",\"onPremisesLastSyncDateTime\":   ",
        ",\"onPremisesNetBiosName\":        ",
        ",\"onPremisesProvisioningErrors\": ",
        ",\"onPremisesSamAccountName\":     ",
        ",\"onPremisesSecurityIdentifier\": ",
        ",\"onPremisesSyncEnabled\":        ",
        ",\"preferredDataLocation\":        ",
        ",\"preferredLanguage\":            ",
        ",\"proxyAddresses\":               ",
        ",\"renewedDateTime\":              ",
        ",\"resourceBehaviorOptions\":      ",
        ",\"resourceProvisioningOptions\":  ",
        ",\"securityEnabled\":              ",
        ",\"securityIdentifier\":           ",
        ",\"theme\":                        ",
        ",\"visibility\":                   ",
        ",\"accessType\":                   ",
        ",\"allowExternalSenders\":         ",
        ",\"autoSubscribeNewMembers\":      ",
        ",\"hideFromAddressLists\":         ",
        ",\"hideFromOutlookClients\":       ",
        ",\"isFavorite\":                   ",
        ",\"isSubscribedByMail\":           ",
        ",\"unseenConversationsCount\":     ",
        ",\"unseenCount\":                  ",
        ",\"unseenMessagesCount\":          ",
        ",\"membershipRuleProcessingStatus\":",
        ",\"isArchived\":                   ",
        ",\"appRoleAssignments\":           ",
        ",\"createdOnBehalfOf\":            ",
        ",\"endpoints\":                    ",
        ",\"memberOf\":                     ",
        ",\"members\":                      ",
        ",\"membersWithLicenseErrors\":     ",
        ",\"owners\":                       ",
        ",\"permissionGrants\":             ",
        ",\"settings\":                     ",
        ",\"transitiveMemberOf\":           ",
        ",\"transitiveMembers\":            ",
        ",\"acceptedSenders\":              ",
        ",\"calendar\":                     ",
        ",\"calendarView\":                 ",
        ",\"conversations\":                ",
        ",\"events\":                       ",
        ",\"rejectedSenders\":              ",
        ",\"threads\":                      ",
        ",\"drive\":                        ",
        ",\"drives\":                       ",
        ",\"sites\":                        ",
        ",\"extensions\":                   ",
        ",\"groupLifecyclePolicies\":       ",
        ",\"planner\":                      ",
        ",\"onenote\":                      ",
        ",\"photo\":                        ",
        ",\"photos\":                       ",
        ",\"team\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.group\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "assigned_labels", &self.assigned_labels);
        v.field(3usize, "assigned_licenses", &self.assigned_licenses);
        v.field(4usize, "classification", &self.classification);
        v.field(5usize, "created_by_app_id", &self.created_by_app_id);
        v.field(6usize, "created_date_time", &self.created_date_time);
        v.field(7usize, "description", &self.description);
        v.field(8usize, "display_name", &self.display_name);
        v.field(9usize, "expiration_date_time", &self.expiration_date_time);
        v.field(10usize, "group_types", &self.group_types);
        v.field(
            11usize,
            "has_members_with_license_errors",
            &self.has_members_with_license_errors,
        );
        v.field(12usize, "info_catalogs", &self.info_catalogs);
        v.field(13usize, "is_assignable_to_role", &self.is_assignable_to_role);
        v.field(14usize, "license_processing_state", &self.license_processing_state);
        v.field(15usize, "mail", &self.mail);
        v.field(16usize, "mail_enabled", &self.mail_enabled);
        v.field(17usize, "mail_nickname", &self.mail_nickname);
        v.field(18usize, "mdm_app_id", &self.mdm_app_id);
        v.field(19usize, "membership_rule", &self.membership_rule);
        v.field(
            20usize,
            "membership_rule_processing_state",
            &self.membership_rule_processing_state,
        );
        v.field(21usize, "on_premises_domain_name", &self.on_premises_domain_name);
        v.field(
            22usize,
            "on_premises_last_sync_date_time",
            &self.on_premises_last_sync_date_time,
        );
        v.field(23usize, "on_premises_net_bios_name", &self.on_premises_net_bios_name);
        v.field(
            24usize,
            "on_premises_provisioning_errors",
            &self.on_premises_provisioning_errors,
        );
        v.field(
            25usize,
            "on_premises_sam_account_name",
            &self.on_premises_sam_account_name,
        );
        v.field(
            26usize,
            "on_premises_security_identifier",
            &self.on_premises_security_identifier,
        );
        v.field(27usize, "on_premises_sync_enabled", &self.on_premises_sync_enabled);
        v.field(28usize, "preferred_data_location", &self.preferred_data_location);
        v.field(29usize, "preferred_language", &self.preferred_language);
        v.field(30usize, "proxy_addresses", &self.proxy_addresses);
        v.field(31usize, "renewed_date_time", &self.renewed_date_time);
        v.field(32usize, "resource_behavior_options", &self.resource_behavior_options);
        v.field(
            33usize,
            "resource_provisioning_options",
            &self.resource_provisioning_options,
        );
        v.field(34usize, "security_enabled", &self.security_enabled);
        v.field(35usize, "security_identifier", &self.security_identifier);
        v.field(36usize, "theme", &self.theme);
        v.field(37usize, "visibility", &self.visibility);
        v.field(38usize, "access_type", &self.access_type);
        v.field(39usize, "allow_external_senders", &self.allow_external_senders);
        v.field(40usize, "auto_subscribe_new_members", &self.auto_subscribe_new_members);
        v.field(41usize, "hide_from_address_lists", &self.hide_from_address_lists);
        v.field(42usize, "hide_from_outlook_clients", &self.hide_from_outlook_clients);
        v.field(43usize, "is_favorite", &self.is_favorite);
        v.field(44usize, "is_subscribed_by_mail", &self.is_subscribed_by_mail);
        v.field(45usize, "unseen_conversations_count", &self.unseen_conversations_count);
        v.field(46usize, "unseen_count", &self.unseen_count);
        v.field(47usize, "unseen_messages_count", &self.unseen_messages_count);
        v.field(
            48usize,
            "membership_rule_processing_status",
            &self.membership_rule_processing_status,
        );
        v.field(49usize, "is_archived", &self.is_archived);
        v.field(50usize, "app_role_assignments", &self.app_role_assignments);
        v.field(51usize, "created_on_behalf_of", &self.created_on_behalf_of);
        v.field(52usize, "endpoints", &self.endpoints);
        v.field(53usize, "member_of", &self.member_of);
        v.field(54usize, "members", &self.members);
        v.field(
            55usize,
            "members_with_license_errors",
            &self.members_with_license_errors,
        );
        v.field(56usize, "owners", &self.owners);
        v.field(57usize, "permission_grants", &self.permission_grants);
        v.field(58usize, "settings", &self.settings);
        v.field(59usize, "transitive_member_of", &self.transitive_member_of);
        v.field(60usize, "transitive_members", &self.transitive_members);
        v.field(61usize, "accepted_senders", &self.accepted_senders);
        v.field(62usize, "calendar", &self.calendar);
        v.field(63usize, "calendar_view", &self.calendar_view);
        v.field(64usize, "conversations", &self.conversations);
        v.field(65usize, "events", &self.events);
        v.field(66usize, "rejected_senders", &self.rejected_senders);
        v.field(67usize, "threads", &self.threads);
        v.field(68usize, "drive", &self.drive);
        v.field(69usize, "drives", &self.drives);
        v.field(70usize, "sites", &self.sites);
        v.field(71usize, "extensions", &self.extensions);
        v.field(72usize, "group_lifecycle_policies", &self.group_lifecycle_policies);
        v.field(73usize, "planner", &self.planner);
        v.field(74usize, "onenote", &self.onenote);
        v.field(75usize, "photo", &self.photo);
        v.field(76usize, "photos", &self.photos);
        v.field(77usize, "team", &self.team);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Group {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.assigned_labels.read_from(r),
            3usize => self.assigned_licenses.read_from(r),
            4usize => self.classification.read_from(r),
            5usize => self.created_by_app_id.read_from(r),
            6usize => self.created_date_time.read_from(r),
            7usize => self.description.read_from(r),
            8usize => self.display_name.read_from(r),
            9usize => self.expiration_date_time.read_from(r),
            10usize => self.group_types.read_from(r),
            11usize => self.has_members_with_license_errors.read_from(r),
            12usize => self.info_catalogs.read_from(r),
            13usize => self.is_assignable_to_role.read_from(r),
            14usize => self.license_processing_state.read_from(r),
            15usize => self.mail.read_from(r),
            16usize => self.mail_enabled.read_from(r),
            17usize => self.mail_nickname.read_from(r),
            18usize => self.mdm_app_id.read_from(r),
            19usize => self.membership_rule.read_from(r),
            20usize => self.membership_rule_processing_state.read_from(r),
            21usize => self.on_premises_domain_name.read_from(r),
            22usize => self.on_premises_last_sync_date_time.read_from(r),
            23usize => self.on_premises_net_bios_name.read_from(r),
            24usize => self.on_premises_provisioning_errors.read_from(r),
            25usize => self.on_premises_sam_account_name.read_from(r),
            26usize => self.on_premises_security_identifier.read_from(r),
            27usize => self.on_premises_sync_enabled.read_from(r),
            28usize => self.preferred_data_location.read_from(r),
            29usize => self.preferred_language.read_from(r),
            30usize => self.proxy_addresses.read_from(r),
            31usize => self.renewed_date_time.read_from(r),
            32usize => self.resource_behavior_options.read_from(r),
            33usize => self.resource_provisioning_options.read_from(r),
            34usize => self.security_enabled.read_from(r),
            35usize => self.security_identifier.read_from(r),
            36usize => self.theme.read_from(r),
            37usize => self.visibility.read_from(r),
            38usize => self.access_type.read_from(r),
            39usize => self.allow_external_senders.read_from(r),
            40usize => self.auto_subscribe_new_members.read_from(r),
            41usize => self.hide_from_address_lists.read_from(r),
            42usize => self.hide_from_outlook_clients.read_from(r),
            43usize => self.is_favorite.read_from(r),
            44usize => self.is_subscribed_by_mail.read_from(r),
            45usize => self.unseen_conversations_count.read_from(r),
            46usize => self.unseen_count.read_from(r),
            47usize => self.unseen_messages_count.read_from(r),
            48usize => self.membership_rule_processing_status.read_from(r),
            49usize => self.is_archived.read_from(r),
            50usize => self.app_role_assignments.read_from(r),
            51usize => self.created_on_behalf_of.read_from(r),
            52usize => self.endpoints.read_from(r),
            53usize => self.member_of.read_from(r),
            54usize => self.members.read_from(r),
            55usize => self.members_with_license_errors.read_from(r),
            56usize => self.owners.read_from(r),
            57usize => self.permission_grants.read_from(r),
            58usize => self.settings.read_from(r),
            59usize => self.transitive_member_of.read_from(r),
            60usize => self.transitive_members.read_from(r),
            61usize => self.accepted_senders.read_from(r),
            62usize => self.calendar.read_from(r),
            63usize => self.calendar_view.read_from(r),
            64usize => self.conversations.read_from(r),
            65usize => self.events.read_from(r),
            66usize => self.rejected_senders.read_from(r),
            67usize => self.threads.read_from(r),
            68usize => self.drive.read_from(r),
            69usize => self.drives.read_from(r),
            70usize => self.sites.read_from(r),
            71usize => self.extensions.read_from(r),
            72usize => self.group_lifecycle_policies.read_from(r),
            73usize => self.planner.read_from(r),
            74usize => self.onenote.read_from(r),
            75usize => self.photo.read_from(r),
            76usize => self.photos.read_from(r),
            77usize => self.team.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.assigned_labels);
        w.field(3usize, &self.assigned_licenses);
        w.field(4usize, &self.classification);
        w.field(5usize, &self.created_by_app_id);
        w.field(6usize, &self.created_date_time);
        w.field(7usize, &self.description);
        w.field(8usize, &self.display_name);
        w.field(9usize, &self.expiration_date_time);
        w.field(10usize, &self.group_types);
        w.field(11usize, &self.has_members_with_license_errors);
        w.field(12usize, &self.info_catalogs);
        w.field(13usize, &self.is_assignable_to_role);
        w.field(14usize, &self.license_processing_state);
        w.field(15usize, &self.mail);
        w.field(16usize, &self.mail_enabled);
        w.field(17usize, &self.mail_nickname);
        w.field(18usize, &self.mdm_app_id);
        w.field(19usize, &self.membership_rule);
        w.field(20usize, &self.membership_rule_processing_state);
        w.field(21usize, &self.on_premises_domain_name);
        w.field(22usize, &self.on_premises_last_sync_date_time);
        w.field(23usize, &self.on_premises_net_bios_name);
        w.field(24usize, &self.on_premises_provisioning_errors);
        w.field(25usize, &self.on_premises_sam_account_name);
        w.field(26usize, &self.on_premises_security_identifier);
        w.field(27usize, &self.on_premises_sync_enabled);
        w.field(28usize, &self.preferred_data_location);
        w.field(29usize, &self.preferred_language);
        w.field(30usize, &self.proxy_addresses);
        w.field(31usize, &self.renewed_date_time);
        w.field(32usize, &self.resource_behavior_options);
        w.field(33usize, &self.resource_provisioning_options);
        w.field(34usize, &self.security_enabled);
        w.field(35usize, &self.security_identifier);
        w.field(36usize, &self.theme);
        w.field(37usize, &self.visibility);
        w.field(38usize, &self.access_type);
        w.field(39usize, &self.allow_external_senders);
        w.field(40usize, &self.auto_subscribe_new_members);
        w.field(41usize, &self.hide_from_address_lists);
        w.field(42usize, &self.hide_from_outlook_clients);
        w.field(43usize, &self.is_favorite);
        w.field(44usize, &self.is_subscribed_by_mail);
        w.field(45usize, &self.unseen_conversations_count);
        w.field(46usize, &self.unseen_count);
        w.field(47usize, &self.unseen_messages_count);
        w.field(48usize, &self.membership_rule_processing_status);
        w.field(49usize, &self.is_archived);
        w.field(50usize, &self.app_role_assignments);
        w.field(51usize, &self.created_on_behalf_of);
        w.field(52usize, &self.endpoints);
        w.field(53usize, &self.member_of);
        w.field(54usize, &self.members);
        w.field(55usize, &self.members_with_license_errors);
        w.field(56usize, &self.owners);
        w.field(57usize, &self.permission_grants);
        w.field(58usize, &self.settings);
        w.field(59usize, &self.transitive_member_of);
        w.field(60usize, &self.transitive_members);
        w.field(61usize, &self.accepted_senders);
        w.field(62usize, &self.calendar);
        w.field(63usize, &self.calendar_view);
        w.field(64usize, &self.conversations);
        w.field(65usize, &self.events);
        w.field(66usize, &self.rejected_senders);
        w.field(67usize, &self.threads);
        w.field(68usize, &self.drive);
        w.field(69usize, &self.drives);
        w.field(70usize, &self.sites);
        w.field(71usize, &self.extensions);
        w.field(72usize, &self.group_lifecycle_policies);
        w.field(73usize, &self.planner);
        w.field(74usize, &self.onenote);
        w.field(75usize, &self.photo);
        w.field(76usize, &self.photos);
        w.field(77usize, &self.team);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(Group);
#[cfg(msgraph_beta_core)]
rt::impl_boxed!(Group);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Group { with_id id : ::std::string::String; with_deleted_date_time deleted_date_time
    : rt::edm::DateTimeOffset; with_assigned_labels assigned_labels : ::std::vec::Vec <
    crate ::beta::AssignedLabel >; with_assigned_licenses assigned_licenses :
    ::std::vec::Vec < crate ::beta::AssignedLicense >; with_classification classification
    : ::std::string::String; with_created_by_app_id created_by_app_id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_expiration_date_time
    expiration_date_time : rt::edm::DateTimeOffset; with_group_types group_types :
    ::std::vec::Vec < ::std::string::String >; with_has_members_with_license_errors
    has_members_with_license_errors : bool; with_info_catalogs info_catalogs :
    ::std::vec::Vec < ::std::string::String >; with_is_assignable_to_role
    is_assignable_to_role : bool; with_license_processing_state license_processing_state
    : crate ::beta::LicenseProcessingState; with_mail mail : ::std::string::String;
    with_mail_enabled mail_enabled : bool; with_mail_nickname mail_nickname :
    ::std::string::String; with_mdm_app_id mdm_app_id : ::std::string::String;
    with_membership_rule membership_rule : ::std::string::String;
    with_membership_rule_processing_state membership_rule_processing_state :
    ::std::string::String; with_on_premises_domain_name on_premises_domain_name :
    ::std::string::String; with_on_premises_last_sync_date_time
    on_premises_last_sync_date_time : rt::edm::DateTimeOffset;
    with_on_premises_net_bios_name on_premises_net_bios_name : ::std::string::String;
    with_on_premises_provisioning_errors on_premises_provisioning_errors :
    ::std::vec::Vec < crate ::beta::OnPremisesProvisioningError >;
    with_on_premises_sam_account_name on_premises_sam_account_name :
    ::std::string::String; with_on_premises_security_identifier
    on_premises_security_identifier : ::std::string::String;
    with_on_premises_sync_enabled on_premises_sync_enabled : bool;
    with_preferred_data_location preferred_data_location : ::std::string::String;
    with_preferred_language preferred_language : ::std::string::String;
    with_proxy_addresses proxy_addresses : ::std::vec::Vec < ::std::string::String >;
    with_renewed_date_time renewed_date_time : rt::edm::DateTimeOffset;
    with_resource_behavior_options resource_behavior_options : ::std::vec::Vec <
    ::std::string::String >; with_resource_provisioning_options
    resource_provisioning_options : ::std::vec::Vec < ::std::string::String >;
    with_security_enabled security_enabled : bool; with_security_identifier
    security_identifier : ::std::string::String; with_theme theme :
    ::std::string::String; with_visibility visibility : ::std::string::String;
    with_access_type access_type : crate ::beta::GroupAccessType;
    with_allow_external_senders allow_external_senders : bool;
    with_auto_subscribe_new_members auto_subscribe_new_members : bool;
    with_hide_from_address_lists hide_from_address_lists : bool;
    with_hide_from_outlook_clients hide_from_outlook_clients : bool; with_is_favorite
    is_favorite : bool; with_is_subscribed_by_mail is_subscribed_by_mail : bool;
    with_unseen_conversations_count unseen_conversations_count : i32; with_unseen_count
    unseen_count : i32; with_unseen_messages_count unseen_messages_count : i32;
    with_membership_rule_processing_status membership_rule_processing_status : crate
    ::beta::MembershipRuleProcessingStatus; with_is_archived is_archived : bool;
    with_app_role_assignments app_role_assignments : ::std::vec::Vec < crate
    ::beta::AppRoleAssignment >; with_created_on_behalf_of created_on_behalf_of : crate
    ::beta::AnyDirectoryObject; with_endpoints endpoints : ::std::vec::Vec < crate
    ::beta::Endpoint >; with_member_of member_of : ::std::vec::Vec < crate
    ::beta::AnyDirectoryObject >; with_members members : ::std::vec::Vec < crate
    ::beta::AnyDirectoryObject >; with_members_with_license_errors
    members_with_license_errors : ::std::vec::Vec < crate ::beta::AnyDirectoryObject >;
    with_owners owners : ::std::vec::Vec < crate ::beta::AnyDirectoryObject >;
    with_permission_grants permission_grants : ::std::vec::Vec < crate
    ::beta::ResourceSpecificPermissionGrant >; with_settings settings : ::std::vec::Vec <
    crate ::beta::DirectorySetting >; with_transitive_member_of transitive_member_of :
    ::std::vec::Vec < crate ::beta::AnyDirectoryObject >; with_transitive_members
    transitive_members : ::std::vec::Vec < crate ::beta::AnyDirectoryObject >;
    with_accepted_senders accepted_senders : ::std::vec::Vec < crate
    ::beta::AnyDirectoryObject >; with_calendar calendar : crate ::beta::Calendar;
    with_calendar_view calendar_view : ::std::vec::Vec < crate ::beta::Event >;
    with_conversations conversations : ::std::vec::Vec < crate ::beta::Conversation >;
    with_events events : ::std::vec::Vec < crate ::beta::Event >; with_rejected_senders
    rejected_senders : ::std::vec::Vec < crate ::beta::AnyDirectoryObject >; with_threads
    threads : ::std::vec::Vec < crate ::beta::ConversationThread >; with_drive drive :
    crate ::beta::Drive; with_drives drives : ::std::vec::Vec < crate ::beta::Drive >;
    with_sites sites : ::std::vec::Vec < crate ::beta::Site >; with_extensions extensions
    : ::std::vec::Vec < crate ::beta::AnyExtension >; with_group_lifecycle_policies
    group_lifecycle_policies : ::std::vec::Vec < crate ::beta::GroupLifecyclePolicy >;
    with_planner planner : crate ::beta::PlannerGroup; with_onenote onenote : crate
    ::beta::Onenote; with_photo photo : crate ::beta::ProfilePhoto; with_photos photos :
    ::std::vec::Vec < crate ::beta::ProfilePhoto >; with_team team : ::std::boxed::Box <
    crate ::beta::Team >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Group);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.homeRealmDiscoveryPolicy`, entity type, derived from `microsoft.graph.stsPolicy`, key `id`.
///
/// Request builders: [`StsPolicyPath`](requests/trait.StsPolicyPath.html), what a path to one (`EntityPath<HomeRealmDiscoveryPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct HomeRealmDiscoveryPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `definition`: `Collection(Edm.String)`, not nullable.
    pub definition: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isOrganizationDefault`: `Edm.Boolean`, nullable.
    pub is_organization_default: rt::Field<bool>,
    /// CSDL: navigation property `appliesTo`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub applies_to: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(HomeRealmDiscoveryPolicy);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    HomeRealmDiscoveryPolicy { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_definition definition : ::std::vec::Vec < ::std::string::String >;
    with_is_organization_default is_organization_default : bool; with_applies_to
    applies_to : ::std::vec::Vec < crate ::beta::AnyDirectoryObject >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(HomeRealmDiscoveryPolicy);
