//! Items of `requests` by the first letters of their types' names (`o_q`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::OAuth2PermissionGrant {
    const SEGMENT: &'static str = "microsoft.graph.oAuth2PermissionGrant";
}
#[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
/// Features: `beta`, or one of `beta-oauth2-permission-grants`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::OAuth2PermissionGrant, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::OAuth2PermissionGrant>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyScheduleChangeRequest>
for crate::beta::AnyOfferShiftRequest {
    const SEGMENT: &'static str = "microsoft.graph.offerShiftRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyChangeTrackedEntity>
for crate::beta::AnyOfferShiftRequest {
    const SEGMENT: &'static str = "microsoft.graph.offerShiftRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyOfferShiftRequest {
    const SEGMENT: &'static str = "microsoft.graph.offerShiftRequest";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Office365ActivationCounts {
    const SEGMENT: &'static str = "microsoft.graph.office365ActivationCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Office365ActivationsUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.office365ActivationsUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Office365ActivationsUserDetail {
    const SEGMENT: &'static str = "microsoft.graph.office365ActivationsUserDetail";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Office365ActiveUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.office365ActiveUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Office365ActiveUserDetail {
    const SEGMENT: &'static str = "microsoft.graph.office365ActiveUserDetail";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Office365GroupsActivityCounts {
    const SEGMENT: &'static str = "microsoft.graph.office365GroupsActivityCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Office365GroupsActivityDetail {
    const SEGMENT: &'static str = "microsoft.graph.office365GroupsActivityDetail";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Office365GroupsActivityFileCounts {
    const SEGMENT: &'static str = "microsoft.graph.office365GroupsActivityFileCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Office365GroupsActivityGroupCounts {
    const SEGMENT: &'static str = "microsoft.graph.office365GroupsActivityGroupCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Office365GroupsActivityStorage {
    const SEGMENT: &'static str = "microsoft.graph.office365GroupsActivityStorage";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Office365ServicesUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.office365ServicesUserCounts";
}
#[cfg(msgraph_beta_office_configuration_or_search)]
/// Features: `beta`, or one of `beta-office-configuration`, `beta-search`.
impl dyn crate::beta::requests::OfficeClientConfigurationPath {
    /// Stream property `policyPayload`.
    #[inline]
    pub fn policy_payload(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("policyPayload"))
    }
    /// Structural property `userCheckinSummary` (`microsoft.graph.officeUserCheckinSummary`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn user_checkin_summary(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OfficeUserCheckinSummary> {
        crate::path::PropertyPath::new(self.node_target().segment("userCheckinSummary"))
    }
    /// Stream property `userPreferencePayload`.
    #[inline]
    pub fn user_preference_payload(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("userPreferencePayload"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.officeClientConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OfficeClientConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::OfficeClientConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::OfficeClientConfigurationAssignParams>,
        rt::request::Collection<crate::beta::OfficeClientConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyOfficeClientConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.officeClientConfiguration";
}
#[cfg(msgraph_beta_office_configuration_or_search)]
/// Features: `beta`, or one of `beta-office-configuration`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyOfficeClientConfiguration, C> {
    /// `POST .../updatePriorities`: action `microsoft.graph.updatePriorities`.
    pub fn update_priorities(
        &self,
        params: crate::beta::params::OfficeClientConfigurationCollectionUpdatePrioritiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::OfficeClientConfigurationCollectionUpdatePrioritiesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("updatePriorities"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
/// Features: `beta`, or one of `beta-office-configuration`, `beta-search`.
impl dyn crate::beta::requests::OfficeClientConfigurationAssignmentPath {
    /// Structural property `target` (`microsoft.graph.officeConfigurationAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyOfficeConfigurationAssignmentTarget> {
        crate::path::PropertyPath::new(self.node_target().segment("target"))
    }
}
#[cfg(msgraph_beta_office_configuration_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::OfficeClientConfigurationAssignment {
    const SEGMENT: &'static str = "microsoft.graph.officeClientConfigurationAssignment";
}
#[cfg(msgraph_beta_office_configuration)]
/// Features: `beta` or `beta-office-configuration`.
impl dyn crate::beta::requests::OfficeConfigurationPath {
    /// Structural property `tenantUserCheckinSummary` (`microsoft.graph.officeUserCheckinSummary`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn tenant_user_checkin_summary(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OfficeUserCheckinSummary> {
        crate::path::PropertyPath::new(
            self.node_target().segment("tenantUserCheckinSummary"),
        )
    }
    /// Containment navigation property `clientConfigurations` (`microsoft.graph.officeClientConfiguration`).
    #[inline]
    pub fn client_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyOfficeClientConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("clientConfigurations"),
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::OfficeGraphInsightsPath {
    /// Containment navigation property `shared` (`microsoft.graph.sharedInsight`).
    #[inline]
    pub fn shared(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SharedInsight,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("shared"))
    }
    /// Containment navigation property `trending` (`microsoft.graph.trending`).
    #[inline]
    pub fn trending(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Trending,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("trending"))
    }
    /// Containment navigation property `used` (`microsoft.graph.usedInsight`).
    #[inline]
    pub fn used(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UsedInsight,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("used"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyOfficeGraphInsights {
    const SEGMENT: &'static str = "microsoft.graph.officeGraphInsights";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl dyn crate::beta::requests::OfficeSuiteAppPath {
    /// Structural property `excludedApps` (`microsoft.graph.excludedApps`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn excluded_apps(&self) -> crate::path::PropertyPath<crate::beta::ExcludedApps> {
        crate::path::PropertyPath::new(self.node_target().segment("excludedApps"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::beta::MimeContent> {
        crate::path::PropertyPath::new(self.node_target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.mobileAppInstallStatus`).
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppInstallStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `installSummary` (`microsoft.graph.mobileAppInstallSummary`).
    #[inline]
    pub fn install_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::MobileAppInstallSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("installSummary"))
    }
    /// Containment navigation property `relationships` (`microsoft.graph.mobileAppRelationship`).
    #[inline]
    pub fn relationships(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyMobileAppRelationship,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("relationships"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.userAppInstallStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserAppInstallStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getRelatedAppStates`: function `microsoft.graph.getRelatedAppStates`.
    #[inline]
    pub fn get_related_app_states(
        &self,
        user_principal_name: &str,
        device_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::MobileAppRelationshipState>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getRelatedAppStates",
                    &[
                        (
                            "userPrincipalName",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(user_principal_name),
                            ),
                        ),
                        (
                            "deviceId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(device_id),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../updateRelationships`: action `microsoft.graph.updateRelationships`.
    #[inline]
    pub fn update_relationships(
        &self,
        params: crate::beta::params::MobileAppUpdateRelationshipsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppUpdateRelationshipsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("updateRelationships"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp>
for crate::beta::OfficeSuiteApp {
    const SEGMENT: &'static str = "microsoft.graph.officeSuiteApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::OfficeSuiteApp {
    const SEGMENT: &'static str = "microsoft.graph.officeSuiteApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::OfficeSuiteApp, C> {
    /// `GET .../getMobileAppCount`: function `microsoft.graph.getMobileAppCount`.
    pub fn get_mobile_app_count(
        &self,
        status: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i64>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getMobileAppCount",
                    &[
                        (
                            "status",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(status),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTopMobileApps`: function `microsoft.graph.getTopMobileApps`.
    pub fn get_top_mobile_apps(
        &self,
        status: &str,
        count: i64,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyMobileApp>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getTopMobileApps",
                    &[
                        (
                            "status",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(status),
                            ),
                        ),
                        (
                            "count",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&count),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::MobileAppCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppCollectionHasPayloadLinksParams>,
        rt::request::Collection<crate::beta::HasPayloadLinkResultItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("hasPayloadLinks"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateXml`: action `microsoft.graph.validateXml`.
    pub fn validate_xml(
        &self,
        params: crate::beta::params::MobileAppCollectionValidateXmlParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppCollectionValidateXmlParams>,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateXml"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
/// Features: `beta`, or one of `beta-on-premises-publishing-profiles`, `beta-search`.
impl dyn crate::beta::requests::OnPremisesAgentPath {
    /// Containment navigation property `agentGroups` (`microsoft.graph.onPremisesAgentGroup`).
    #[inline]
    pub fn agent_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnPremisesAgentGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("agentGroups"))
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::OnPremisesAgent {
    const SEGMENT: &'static str = "microsoft.graph.onPremisesAgent";
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
/// Features: `beta`, or one of `beta-on-premises-publishing-profiles`, `beta-search`.
impl dyn crate::beta::requests::OnPremisesAgentGroupPath {
    /// Containment navigation property `agents` (`microsoft.graph.onPremisesAgent`).
    #[inline]
    pub fn agents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnPremisesAgent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("agents"))
    }
    /// Containment navigation property `publishedResources` (`microsoft.graph.publishedResource`).
    #[inline]
    pub fn published_resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PublishedResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("publishedResources"),
        )
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::OnPremisesAgentGroup {
    const SEGMENT: &'static str = "microsoft.graph.onPremisesAgentGroup";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::OnPremisesConditionalAccessSettings {
    const SEGMENT: &'static str = "microsoft.graph.onPremisesConditionalAccessSettings";
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
/// Features: `beta`, or one of `beta-on-premises-publishing-profiles`, `beta-search`.
impl dyn crate::beta::requests::OnPremisesPublishingProfilePath {
    /// Structural property `hybridAgentUpdaterConfiguration` (`microsoft.graph.hybridAgentUpdaterConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn hybrid_agent_updater_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::HybridAgentUpdaterConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("hybridAgentUpdaterConfiguration"),
        )
    }
    /// Containment navigation property `agentGroups` (`microsoft.graph.onPremisesAgentGroup`).
    #[inline]
    pub fn agent_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnPremisesAgentGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("agentGroups"))
    }
    /// Containment navigation property `agents` (`microsoft.graph.onPremisesAgent`).
    #[inline]
    pub fn agents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnPremisesAgent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("agents"))
    }
    /// Containment navigation property `connectorGroups` (`microsoft.graph.connectorGroup`).
    #[inline]
    pub fn connector_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ConnectorGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("connectorGroups"))
    }
    /// Containment navigation property `connectors` (`microsoft.graph.connector`).
    #[inline]
    pub fn connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Connector,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("connectors"))
    }
    /// Containment navigation property `publishedResources` (`microsoft.graph.publishedResource`).
    #[inline]
    pub fn published_resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PublishedResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("publishedResources"),
        )
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::OnPremisesPublishingProfile {
    const SEGMENT: &'static str = "microsoft.graph.onPremisesPublishingProfile";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::OneDriveActivityUserDetail {
    const SEGMENT: &'static str = "microsoft.graph.oneDriveActivityUserDetail";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::OneDriveUsageAccountCounts {
    const SEGMENT: &'static str = "microsoft.graph.oneDriveUsageAccountCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::OneDriveUsageAccountDetail {
    const SEGMENT: &'static str = "microsoft.graph.oneDriveUsageAccountDetail";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::OneDriveUsageFileCounts {
    const SEGMENT: &'static str = "microsoft.graph.oneDriveUsageFileCounts";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::OnenotePath {
    /// Containment navigation property `notebooks` (`microsoft.graph.notebook`).
    #[inline]
    pub fn notebooks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Notebook,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("notebooks"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.onenoteOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnenoteOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
    /// Containment navigation property `pages` (`microsoft.graph.onenotePage`).
    #[inline]
    pub fn pages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnenotePage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("pages"))
    }
    /// Containment navigation property `resources` (`microsoft.graph.onenoteResource`).
    #[inline]
    pub fn resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnenoteResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("resources"))
    }
    /// Containment navigation property `sectionGroups` (`microsoft.graph.sectionGroup`).
    #[inline]
    pub fn section_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SectionGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sectionGroups"))
    }
    /// Containment navigation property `sections` (`microsoft.graph.onenoteSection`).
    #[inline]
    pub fn sections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnenoteSection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sections"))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Onenote {
    const SEGMENT: &'static str = "microsoft.graph.onenote";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyOnenoteEntityBaseModel {
    const SEGMENT: &'static str = "microsoft.graph.onenoteEntityBaseModel";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::OnenoteEntityHierarchyModelPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOnenoteEntitySchemaObjectModel>
for crate::beta::AnyOnenoteEntityHierarchyModel {
    const SEGMENT: &'static str = "microsoft.graph.onenoteEntityHierarchyModel";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOnenoteEntityBaseModel>
for crate::beta::AnyOnenoteEntityHierarchyModel {
    const SEGMENT: &'static str = "microsoft.graph.onenoteEntityHierarchyModel";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyOnenoteEntityHierarchyModel {
    const SEGMENT: &'static str = "microsoft.graph.onenoteEntityHierarchyModel";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOnenoteEntityBaseModel>
for crate::beta::AnyOnenoteEntitySchemaObjectModel {
    const SEGMENT: &'static str = "microsoft.graph.onenoteEntitySchemaObjectModel";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyOnenoteEntitySchemaObjectModel {
    const SEGMENT: &'static str = "microsoft.graph.onenoteEntitySchemaObjectModel";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::OnenoteOperationPath {
    /// Structural property `error` (`microsoft.graph.onenoteOperationError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OnenoteOperationError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOperation>
for crate::beta::OnenoteOperation {
    const SEGMENT: &'static str = "microsoft.graph.onenoteOperation";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::OnenoteOperation {
    const SEGMENT: &'static str = "microsoft.graph.onenoteOperation";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::OnenotePagePath {
    /// Stream property `content`.
    #[inline]
    pub fn content(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("content"))
    }
    /// Structural property `links` (`microsoft.graph.pageLinks`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn links(&self) -> crate::path::PropertyPath<crate::beta::PageLinks> {
        crate::path::PropertyPath::new(self.node_target().segment("links"))
    }
    /// Containment navigation property `parentNotebook` (`microsoft.graph.notebook`).
    #[inline]
    pub fn parent_notebook(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Notebook,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("parentNotebook"))
    }
    /// Containment navigation property `parentSection` (`microsoft.graph.onenoteSection`).
    #[inline]
    pub fn parent_section(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::OnenoteSection,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("parentSection"))
    }
    /// `POST .../copyToSection`: action `microsoft.graph.copyToSection`.
    #[inline]
    pub fn copy_to_section(
        &self,
        params: crate::beta::params::OnenotePageCopyToSectionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::OnenotePageCopyToSectionParams>,
        rt::request::Entity<crate::beta::OnenoteOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("copyToSection"),
            rt::request::Json(params),
        )
    }
    /// `POST .../onenotePatchContent`: action `microsoft.graph.onenotePatchContent`.
    #[inline]
    pub fn onenote_patch_content(
        &self,
        params: crate::beta::params::OnenotePageOnenotePatchContentParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::OnenotePageOnenotePatchContentParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("onenotePatchContent"),
            rt::request::Json(params),
        )
    }
    /// `GET .../preview`: function `microsoft.graph.preview`.
    #[inline]
    pub fn preview(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::OnenotePagePreview>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("preview", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOnenoteEntitySchemaObjectModel>
for crate::beta::OnenotePage {
    const SEGMENT: &'static str = "microsoft.graph.onenotePage";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOnenoteEntityBaseModel>
for crate::beta::OnenotePage {
    const SEGMENT: &'static str = "microsoft.graph.onenotePage";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::OnenotePage {
    const SEGMENT: &'static str = "microsoft.graph.onenotePage";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::OnenoteResourcePath {
    /// Stream property `content`.
    #[inline]
    pub fn content(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("content"))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOnenoteEntityBaseModel>
for crate::beta::OnenoteResource {
    const SEGMENT: &'static str = "microsoft.graph.onenoteResource";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::OnenoteResource {
    const SEGMENT: &'static str = "microsoft.graph.onenoteResource";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::OnenoteSectionPath {
    /// Structural property `links` (`microsoft.graph.sectionLinks`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn links(&self) -> crate::path::PropertyPath<crate::beta::SectionLinks> {
        crate::path::PropertyPath::new(self.node_target().segment("links"))
    }
    /// Containment navigation property `pages` (`microsoft.graph.onenotePage`).
    #[inline]
    pub fn pages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnenotePage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("pages"))
    }
    /// Containment navigation property `parentNotebook` (`microsoft.graph.notebook`).
    #[inline]
    pub fn parent_notebook(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Notebook,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("parentNotebook"))
    }
    /// Containment navigation property `parentSectionGroup` (`microsoft.graph.sectionGroup`).
    #[inline]
    pub fn parent_section_group(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::SectionGroup,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("parentSectionGroup"))
    }
    /// `POST .../copyToNotebook`: action `microsoft.graph.copyToNotebook`.
    #[inline]
    pub fn copy_to_notebook(
        &self,
        params: crate::beta::params::OnenoteSectionCopyToNotebookParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::OnenoteSectionCopyToNotebookParams>,
        rt::request::Entity<crate::beta::OnenoteOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("copyToNotebook"),
            rt::request::Json(params),
        )
    }
    /// `POST .../copyToSectionGroup`: action `microsoft.graph.copyToSectionGroup`.
    #[inline]
    pub fn copy_to_section_group(
        &self,
        params: crate::beta::params::OnenoteSectionCopyToSectionGroupParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::OnenoteSectionCopyToSectionGroupParams>,
        rt::request::Entity<crate::beta::OnenoteOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("copyToSectionGroup"),
            rt::request::Json(params),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOnenoteEntityHierarchyModel>
for crate::beta::OnenoteSection {
    const SEGMENT: &'static str = "microsoft.graph.onenoteSection";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOnenoteEntitySchemaObjectModel>
for crate::beta::OnenoteSection {
    const SEGMENT: &'static str = "microsoft.graph.onenoteSection";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOnenoteEntityBaseModel>
for crate::beta::OnenoteSection {
    const SEGMENT: &'static str = "microsoft.graph.onenoteSection";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::OnenoteSection {
    const SEGMENT: &'static str = "microsoft.graph.onenoteSection";
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::OnlineMeetingPath {
    /// Stream property `alternativeRecording`.
    #[inline]
    pub fn alternative_recording(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("alternativeRecording"))
    }
    /// Stream property `attendeeReport`.
    #[inline]
    pub fn attendee_report(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("attendeeReport"))
    }
    /// Structural property `audioConferencing` (`microsoft.graph.audioConferencing`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn audio_conferencing(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AudioConferencing> {
        crate::path::PropertyPath::new(self.node_target().segment("audioConferencing"))
    }
    /// Structural property `broadcastSettings` (`microsoft.graph.broadcastMeetingSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn broadcast_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::BroadcastMeetingSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("broadcastSettings"))
    }
    /// Structural property `chatInfo` (`microsoft.graph.chatInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn chat_info(&self) -> crate::path::PropertyPath<crate::beta::ChatInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("chatInfo"))
    }
    /// Structural property `joinInformation` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn join_information(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("joinInformation"))
    }
    /// Structural property `lobbyBypassSettings` (`microsoft.graph.lobbyBypassSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn lobby_bypass_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::LobbyBypassSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("lobbyBypassSettings"))
    }
    /// Structural property `participants` (`microsoft.graph.meetingParticipants`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn participants(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MeetingParticipants> {
        crate::path::PropertyPath::new(self.node_target().segment("participants"))
    }
    /// Stream property `recording`.
    #[inline]
    pub fn recording(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("recording"))
    }
    /// Containment navigation property `meetingAttendanceReport` (`microsoft.graph.meetingAttendanceReport`).
    #[inline]
    pub fn meeting_attendance_report(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::MeetingAttendanceReport,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("meetingAttendanceReport"),
        )
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::OnlineMeeting {
    const SEGMENT: &'static str = "microsoft.graph.onlineMeeting";
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::OnlineMeeting, C> {
    /// `POST .../createOrGet`: action `microsoft.graph.createOrGet`.
    pub fn create_or_get(
        &self,
        params: crate::beta::params::OnlineMeetingCollectionCreateOrGetParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::OnlineMeetingCollectionCreateOrGetParams>,
        rt::request::Entity<crate::beta::OnlineMeeting>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("createOrGet"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_identity_or_search)]
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
impl dyn crate::beta::requests::OpenIdConnectIdentityProviderPath {
    /// Structural property `claimsMapping` (`microsoft.graph.claimsMapping`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn claims_mapping(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ClaimsMapping> {
        crate::path::PropertyPath::new(self.node_target().segment("claimsMapping"))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyIdentityProviderBase>
for crate::beta::OpenIdConnectIdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.openIdConnectIdentityProvider";
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::OpenIdConnectIdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.openIdConnectIdentityProvider";
}
#[cfg(msgraph_beta_identity_or_search)]
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::OpenIdConnectIdentityProvider, C> {
    /// `GET .../availableProviderTypes`: function `microsoft.graph.availableProviderTypes`.
    pub fn available_provider_types(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("availableProviderTypes", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_identity_providers_or_search)]
/// Features: `beta`, or one of `beta-identity-providers`, `beta-search`.
impl dyn crate::beta::requests::OpenIdConnectProviderPath {
    /// Structural property `claimsMapping` (`microsoft.graph.claimsMapping`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn claims_mapping(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ClaimsMapping> {
        crate::path::PropertyPath::new(self.node_target().segment("claimsMapping"))
    }
}
#[cfg(msgraph_beta_identity_providers_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyIdentityProvider>
for crate::beta::OpenIdConnectProvider {
    const SEGMENT: &'static str = "microsoft.graph.openIdConnectProvider";
}
#[cfg(msgraph_beta_identity_providers_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::OpenIdConnectProvider {
    const SEGMENT: &'static str = "microsoft.graph.openIdConnectProvider";
}
#[cfg(msgraph_beta_identity_providers_or_search)]
/// Features: `beta`, or one of `beta-identity-providers`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::OpenIdConnectProvider, C> {
    /// `GET .../availableProviderTypes`: function `microsoft.graph.availableProviderTypes`.
    pub fn available_provider_types(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("availableProviderTypes", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::OpenShiftPath {
    /// Structural property `draftOpenShift` (`microsoft.graph.openShiftItem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn draft_open_shift(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OpenShiftItem> {
        crate::path::PropertyPath::new(self.node_target().segment("draftOpenShift"))
    }
    /// Structural property `sharedOpenShift` (`microsoft.graph.openShiftItem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn shared_open_shift(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OpenShiftItem> {
        crate::path::PropertyPath::new(self.node_target().segment("sharedOpenShift"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// `POST .../stageForDeletion`: action `microsoft.graph.stageForDeletion`.
    #[inline]
    pub fn stage_for_deletion(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("stageForDeletion"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyChangeTrackedEntity>
for crate::beta::OpenShift {
    const SEGMENT: &'static str = "microsoft.graph.openShift";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::OpenShift {
    const SEGMENT: &'static str = "microsoft.graph.openShift";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyScheduleChangeRequest>
for crate::beta::OpenShiftChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.openShiftChangeRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyChangeTrackedEntity>
for crate::beta::OpenShiftChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.openShiftChangeRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::OpenShiftChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.openShiftChangeRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyExtension>
for crate::beta::OpenTypeExtension {
    const SEGMENT: &'static str = "microsoft.graph.openTypeExtension";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::OpenTypeExtension {
    const SEGMENT: &'static str = "microsoft.graph.openTypeExtension";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyOperation {
    const SEGMENT: &'static str = "microsoft.graph.operation";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::OrgContactPath {
    /// Navigation property `directReports` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn direct_reports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("directReports"))
    }
    /// Navigation property `manager` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn manager(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("manager"))
    }
    /// Navigation property `memberOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("memberOf"))
    }
    /// Navigation property `transitiveMemberOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn transitive_member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("transitiveMemberOf"),
        )
    }
    /// Navigation property `transitiveReports` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn transitive_reports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("transitiveReports"))
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    #[inline]
    pub fn check_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    #[inline]
    pub fn get_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    #[inline]
    pub fn get_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    #[inline]
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::OrgContact {
    const SEGMENT: &'static str = "microsoft.graph.orgContact";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::OrgContact {
    const SEGMENT: &'static str = "microsoft.graph.orgContact";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::OrgContact, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::OrgContact>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getUserOwnedObjects`: action `microsoft.graph.getUserOwnedObjects`.
    pub fn get_user_owned_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionGetUserOwnedObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DirectoryObjectCollectionGetUserOwnedObjectsParams,
        >,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getUserOwnedObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DirectoryObjectCollectionValidatePropertiesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateProperties"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::OrganizationPath {
    /// Structural property `directorySizeQuota` (`microsoft.graph.directorySizeQuota`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn directory_size_quota(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DirectorySizeQuota> {
        crate::path::PropertyPath::new(self.node_target().segment("directorySizeQuota"))
    }
    /// Structural property `privacyProfile` (`microsoft.graph.privacyProfile`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn privacy_profile(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PrivacyProfile> {
        crate::path::PropertyPath::new(self.node_target().segment("privacyProfile"))
    }
    /// Structural property `certificateConnectorSetting` (`microsoft.graph.certificateConnectorSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn certificate_connector_setting(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::CertificateConnectorSetting> {
        crate::path::PropertyPath::new(
            self.node_target().segment("certificateConnectorSetting"),
        )
    }
    /// Containment navigation property `branding` (`microsoft.graph.organizationalBranding`).
    #[inline]
    pub fn branding(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::OrganizationalBranding,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("branding"))
    }
    #[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
    /// Navigation property `certificateBasedAuthConfiguration` (`microsoft.graph.certificateBasedAuthConfiguration`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn certificate_based_auth_configuration(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CertificateBasedAuthConfiguration,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("certificateBasedAuthConfiguration"),
        )
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    #[inline]
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("extensions"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.organizationSettings`).
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::OrganizationSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("settings"))
    }
    /// `POST .../activateService`: action `microsoft.graph.activateService`.
    #[inline]
    pub fn activate_service(
        &self,
        params: crate::beta::params::OrganizationActivateServiceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::OrganizationActivateServiceParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("activateService"),
            rt::request::Json(params),
        )
    }
    /// Set mobile device management authority
    ///
    /// `POST .../setMobileDeviceManagementAuthority`: action `microsoft.graph.setMobileDeviceManagementAuthority`.
    #[inline]
    pub fn set_mobile_device_management_authority(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i32>> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setMobileDeviceManagementAuthority"),
            rt::request::NoBody,
        )
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    #[inline]
    pub fn check_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    #[inline]
    pub fn get_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    #[inline]
    pub fn get_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    #[inline]
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::Organization {
    const SEGMENT: &'static str = "microsoft.graph.organization";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Organization {
    const SEGMENT: &'static str = "microsoft.graph.organization";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::Organization, C> {
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getUserOwnedObjects`: action `microsoft.graph.getUserOwnedObjects`.
    pub fn get_user_owned_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionGetUserOwnedObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DirectoryObjectCollectionGetUserOwnedObjectsParams,
        >,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getUserOwnedObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DirectoryObjectCollectionValidatePropertiesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateProperties"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::OrganizationSettingsPath {
    /// Containment navigation property `itemInsights` (`microsoft.graph.itemInsightsSettings`).
    #[inline]
    pub fn item_insights(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ItemInsightsSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("itemInsights"))
    }
    /// Containment navigation property `profileCardProperties` (`microsoft.graph.profileCardProperty`).
    #[inline]
    pub fn profile_card_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ProfileCardProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("profileCardProperties"),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::OrganizationSettings {
    const SEGMENT: &'static str = "microsoft.graph.organizationSettings";
}
#[cfg(msgraph_beta_core_or_branding)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-branding`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::OrganizationalBrandingPath {
    /// Containment navigation property `localizations` (`microsoft.graph.organizationalBrandingLocalization`).
    #[inline]
    pub fn localizations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OrganizationalBrandingLocalization,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("localizations"))
    }
    /// Stream property `backgroundImage`.
    #[inline]
    pub fn background_image(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("backgroundImage"))
    }
    /// Stream property `bannerLogo`.
    #[inline]
    pub fn banner_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("bannerLogo"))
    }
    /// Stream property `squareLogo`.
    #[inline]
    pub fn square_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("squareLogo"))
    }
}
#[cfg(msgraph_beta_core_or_branding)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOrganizationalBrandingProperties>
for crate::beta::OrganizationalBranding {
    const SEGMENT: &'static str = "microsoft.graph.organizationalBranding";
}
#[cfg(msgraph_beta_core_or_branding)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::OrganizationalBranding {
    const SEGMENT: &'static str = "microsoft.graph.organizationalBranding";
}
#[cfg(msgraph_beta_core_or_branding)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOrganizationalBrandingProperties>
for crate::beta::OrganizationalBrandingLocalization {
    const SEGMENT: &'static str = "microsoft.graph.organizationalBrandingLocalization";
}
#[cfg(msgraph_beta_core_or_branding)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::OrganizationalBrandingLocalization {
    const SEGMENT: &'static str = "microsoft.graph.organizationalBrandingLocalization";
}
#[cfg(msgraph_beta_core_or_branding)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-branding`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::OrganizationalBrandingPropertiesPath {
    /// Stream property `backgroundImage`.
    #[inline]
    pub fn background_image(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("backgroundImage"))
    }
    /// Stream property `bannerLogo`.
    #[inline]
    pub fn banner_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("bannerLogo"))
    }
    /// Stream property `squareLogo`.
    #[inline]
    pub fn square_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("squareLogo"))
    }
}
#[cfg(msgraph_beta_core_or_branding)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyOrganizationalBrandingProperties {
    const SEGMENT: &'static str = "microsoft.graph.organizationalBrandingProperties";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::OutlookCategory {
    const SEGMENT: &'static str = "microsoft.graph.outlookCategory";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyOutlookItem {
    const SEGMENT: &'static str = "microsoft.graph.outlookItem";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::OutlookTaskPath {
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
    }
    /// Structural property `completedDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn completed_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("completedDateTime"))
    }
    /// Structural property `dueDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn due_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("dueDateTime"))
    }
    /// Structural property `recurrence` (`microsoft.graph.patternedRecurrence`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn recurrence(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PatternedRecurrence> {
        crate::path::PropertyPath::new(self.node_target().segment("recurrence"))
    }
    /// Structural property `reminderDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn reminder_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("reminderDateTime"))
    }
    /// Structural property `startDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn start_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("startDateTime"))
    }
    /// Containment navigation property `attachments` (`microsoft.graph.attachment`).
    #[inline]
    pub fn attachments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyAttachment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("attachments"))
    }
    /// Containment navigation property `multiValueExtendedProperties` (`microsoft.graph.multiValueLegacyExtendedProperty`).
    #[inline]
    pub fn multi_value_extended_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MultiValueLegacyExtendedProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("multiValueExtendedProperties"),
        )
    }
    /// Containment navigation property `singleValueExtendedProperties` (`microsoft.graph.singleValueLegacyExtendedProperty`).
    #[inline]
    pub fn single_value_extended_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SingleValueLegacyExtendedProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("singleValueExtendedProperties"),
        )
    }
    /// `POST .../complete`: action `microsoft.graph.complete`.
    #[inline]
    pub fn complete(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::OutlookTask>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("complete"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOutlookItem> for crate::beta::OutlookTask {
    const SEGMENT: &'static str = "microsoft.graph.outlookTask";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::OutlookTask {
    const SEGMENT: &'static str = "microsoft.graph.outlookTask";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::OutlookTaskFolderPath {
    /// Containment navigation property `multiValueExtendedProperties` (`microsoft.graph.multiValueLegacyExtendedProperty`).
    #[inline]
    pub fn multi_value_extended_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MultiValueLegacyExtendedProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("multiValueExtendedProperties"),
        )
    }
    /// Containment navigation property `singleValueExtendedProperties` (`microsoft.graph.singleValueLegacyExtendedProperty`).
    #[inline]
    pub fn single_value_extended_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SingleValueLegacyExtendedProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("singleValueExtendedProperties"),
        )
    }
    /// Containment navigation property `tasks` (`microsoft.graph.outlookTask`).
    #[inline]
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OutlookTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tasks"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::OutlookTaskFolder {
    const SEGMENT: &'static str = "microsoft.graph.outlookTaskFolder";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::OutlookTaskGroupPath {
    /// Containment navigation property `taskFolders` (`microsoft.graph.outlookTaskFolder`).
    #[inline]
    pub fn task_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OutlookTaskFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("taskFolders"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::OutlookTaskGroup {
    const SEGMENT: &'static str = "microsoft.graph.outlookTaskGroup";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::OutlookUserPath {
    /// Containment navigation property `masterCategories` (`microsoft.graph.outlookCategory`).
    #[inline]
    pub fn master_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OutlookCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("masterCategories"))
    }
    /// Containment navigation property `taskFolders` (`microsoft.graph.outlookTaskFolder`).
    #[inline]
    pub fn task_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OutlookTaskFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("taskFolders"))
    }
    /// Containment navigation property `taskGroups` (`microsoft.graph.outlookTaskGroup`).
    #[inline]
    pub fn task_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OutlookTaskGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("taskGroups"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.outlookTask`).
    #[inline]
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OutlookTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tasks"))
    }
    /// `GET .../supportedLanguages`: function `microsoft.graph.supportedLanguages`.
    #[inline]
    pub fn supported_languages(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::LocaleInfo>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("supportedLanguages", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../supportedTimeZones`: function `microsoft.graph.supportedTimeZones`.
    #[inline]
    pub fn supported_time_zones(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TimeZoneInformation>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("supportedTimeZones", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../supportedTimeZones`: function `microsoft.graph.supportedTimeZones`.
    #[inline]
    pub fn supported_time_zones_2(
        &self,
        time_zone_standard: &crate::beta::TimeZoneStandard,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TimeZoneInformation>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "supportedTimeZones",
                    &[
                        (
                            "TimeZoneStandard",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(time_zone_standard),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::OutlookUser {
    const SEGMENT: &'static str = "microsoft.graph.outlookUser";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
impl dyn crate::beta::requests::ParticipantPath {
    /// Structural property `info` (`microsoft.graph.participantInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn info(&self) -> crate::path::PropertyPath<crate::beta::ParticipantInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("info"))
    }
    /// Structural property `recordingInfo` (`microsoft.graph.recordingInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn recording_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::RecordingInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("recordingInfo"))
    }
    /// `POST .../mute`: action `microsoft.graph.mute`.
    #[inline]
    pub fn mute(
        &self,
        params: crate::beta::params::ParticipantMuteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ParticipantMuteParams>,
        rt::request::Entity<crate::beta::MuteParticipantOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("mute"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Participant {
    const SEGMENT: &'static str = "microsoft.graph.participant";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::Participant, C> {
    /// `POST .../invite`: action `microsoft.graph.invite`.
    pub fn invite(
        &self,
        params: crate::beta::params::ParticipantCollectionInviteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ParticipantCollectionInviteParams>,
        rt::request::Entity<crate::beta::InviteParticipantsOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("invite"),
            rt::request::Json(params),
        )
    }
    /// `POST .../muteAll`: action `microsoft.graph.muteAll`.
    pub fn mute_all(
        &self,
        params: crate::beta::params::ParticipantCollectionMuteAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ParticipantCollectionMuteAllParams>,
        rt::request::Entity<crate::beta::MuteParticipantsOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("muteAll"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_search)]
/// Features: `beta` or `beta-search`.
impl dyn crate::beta::requests::ParticipantJoiningNotificationPath {
    /// Containment navigation property `call` (`microsoft.graph.call`).
    #[inline]
    pub fn call(
        &self,
    ) -> crate::path::EntityPath<crate::beta::Call, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("call"))
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ParticipantJoiningNotification {
    const SEGMENT: &'static str = "microsoft.graph.participantJoiningNotification";
}
#[cfg(msgraph_beta_search)]
/// Features: `beta` or `beta-search`.
impl dyn crate::beta::requests::ParticipantLeftNotificationPath {
    /// Containment navigation property `call` (`microsoft.graph.call`).
    #[inline]
    pub fn call(
        &self,
    ) -> crate::path::EntityPath<crate::beta::Call, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("call"))
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ParticipantLeftNotification {
    const SEGMENT: &'static str = "microsoft.graph.participantLeftNotification";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAuthenticationMethod>
for crate::beta::PasswordAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.passwordAuthenticationMethod";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PasswordAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.passwordAuthenticationMethod";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::PasswordlessMicrosoftAuthenticatorAuthenticationMethodPath {
    /// Containment navigation property `device` (`microsoft.graph.device`).
    #[inline]
    pub fn device(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Device,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("device"))
    }
    /// `POST .../disableSmsSignIn`: action `microsoft.graph.disableSmsSignIn`.
    #[inline]
    pub fn disable_sms_sign_in(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("disableSmsSignIn"),
            rt::request::NoBody,
        )
    }
    /// `POST .../enableSmsSignIn`: action `microsoft.graph.enableSmsSignIn`.
    #[inline]
    pub fn enable_sms_sign_in(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("enableSmsSignIn"),
            rt::request::NoBody,
        )
    }
    /// `POST .../resetPassword`: action `microsoft.graph.resetPassword`.
    #[inline]
    pub fn reset_password(
        &self,
        params: crate::beta::params::AuthenticationMethodResetPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::AuthenticationMethodResetPasswordParams>,
        rt::request::Entity<crate::beta::PasswordResetResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("resetPassword"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAuthenticationMethod>
for crate::beta::PasswordlessMicrosoftAuthenticatorAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.passwordlessMicrosoftAuthenticatorAuthenticationMethod";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PasswordlessMicrosoftAuthenticatorAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.passwordlessMicrosoftAuthenticatorAuthenticationMethod";
}
#[cfg(msgraph_beta_payload_response_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PayloadResponse {
    const SEGMENT: &'static str = "microsoft.graph.payloadResponse";
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PaymentMethod {
    const SEGMENT: &'static str = "microsoft.graph.paymentMethod";
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PaymentTerm {
    const SEGMENT: &'static str = "microsoft.graph.paymentTerm";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::PermissionPath {
    /// Structural property `grantedTo` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn granted_to(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("grantedTo"))
    }
    /// Structural property `inheritedFrom` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn inherited_from(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ItemReference> {
        crate::path::PropertyPath::new(self.node_target().segment("inheritedFrom"))
    }
    /// Structural property `invitation` (`microsoft.graph.sharingInvitation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn invitation(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SharingInvitation> {
        crate::path::PropertyPath::new(self.node_target().segment("invitation"))
    }
    /// Structural property `link` (`microsoft.graph.sharingLink`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn link(&self) -> crate::path::PropertyPath<crate::beta::SharingLink> {
        crate::path::PropertyPath::new(self.node_target().segment("link"))
    }
    /// `POST .../grant`: action `microsoft.graph.grant`.
    #[inline]
    pub fn grant(
        &self,
        params: crate::beta::params::PermissionGrantParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PermissionGrantParams>,
        rt::request::Collection<crate::beta::Permission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("grant"),
            rt::request::Json(params),
        )
    }
    /// `POST .../revokeGrants`: action `microsoft.graph.revokeGrants`.
    #[inline]
    pub fn revoke_grants(
        &self,
        params: crate::beta::params::PermissionRevokeGrantsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PermissionRevokeGrantsParams>,
        rt::request::Entity<crate::beta::Permission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("revokeGrants"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Permission {
    const SEGMENT: &'static str = "microsoft.graph.permission";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PermissionGrantConditionSet {
    const SEGMENT: &'static str = "microsoft.graph.permissionGrantConditionSet";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::PermissionGrantPolicyPath {
    /// Containment navigation property `excludes` (`microsoft.graph.permissionGrantConditionSet`).
    #[inline]
    pub fn excludes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PermissionGrantConditionSet,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("excludes"))
    }
    /// Containment navigation property `includes` (`microsoft.graph.permissionGrantConditionSet`).
    #[inline]
    pub fn includes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PermissionGrantConditionSet,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("includes"))
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    #[inline]
    pub fn check_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    #[inline]
    pub fn get_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    #[inline]
    pub fn get_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    #[inline]
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicyBase>
for crate::beta::PermissionGrantPolicy {
    const SEGMENT: &'static str = "microsoft.graph.permissionGrantPolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::PermissionGrantPolicy {
    const SEGMENT: &'static str = "microsoft.graph.permissionGrantPolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PermissionGrantPolicy {
    const SEGMENT: &'static str = "microsoft.graph.permissionGrantPolicy";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::PermissionGrantPolicy, C> {
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getUserOwnedObjects`: action `microsoft.graph.getUserOwnedObjects`.
    pub fn get_user_owned_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionGetUserOwnedObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DirectoryObjectCollectionGetUserOwnedObjectsParams,
        >,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getUserOwnedObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DirectoryObjectCollectionValidatePropertiesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateProperties"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Person {
    const SEGMENT: &'static str = "microsoft.graph.person";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::PersonAnnotationPath {
    /// Structural property `detail` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn detail(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("detail"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `inference` (`microsoft.graph.inferenceData`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn inference(&self) -> crate::path::PropertyPath<crate::beta::InferenceData> {
        crate::path::PropertyPath::new(self.node_target().segment("inference"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `source` (`microsoft.graph.personDataSources`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn source(&self) -> crate::path::PropertyPath<crate::beta::PersonDataSources> {
        crate::path::PropertyPath::new(self.node_target().segment("source"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyItemFacet>
for crate::beta::PersonAnnotation {
    const SEGMENT: &'static str = "microsoft.graph.personAnnotation";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PersonAnnotation {
    const SEGMENT: &'static str = "microsoft.graph.personAnnotation";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyItemFacet>
for crate::beta::PersonAnnualEvent {
    const SEGMENT: &'static str = "microsoft.graph.personAnnualEvent";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PersonAnnualEvent {
    const SEGMENT: &'static str = "microsoft.graph.personAnnualEvent";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyItemFacet> for crate::beta::PersonAward {
    const SEGMENT: &'static str = "microsoft.graph.personAward";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PersonAward {
    const SEGMENT: &'static str = "microsoft.graph.personAward";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyItemFacet>
for crate::beta::PersonCertification {
    const SEGMENT: &'static str = "microsoft.graph.personCertification";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PersonCertification {
    const SEGMENT: &'static str = "microsoft.graph.personCertification";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyExtension>
for crate::beta::PersonExtension {
    const SEGMENT: &'static str = "microsoft.graph.personExtension";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PersonExtension {
    const SEGMENT: &'static str = "microsoft.graph.personExtension";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyItemFacet>
for crate::beta::PersonInterest {
    const SEGMENT: &'static str = "microsoft.graph.personInterest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PersonInterest {
    const SEGMENT: &'static str = "microsoft.graph.personInterest";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::PersonNamePath {
    /// Structural property `pronunciation` (`microsoft.graph.personNamePronounciation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn pronunciation(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PersonNamePronounciation> {
        crate::path::PropertyPath::new(self.node_target().segment("pronunciation"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `inference` (`microsoft.graph.inferenceData`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn inference(&self) -> crate::path::PropertyPath<crate::beta::InferenceData> {
        crate::path::PropertyPath::new(self.node_target().segment("inference"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `source` (`microsoft.graph.personDataSources`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn source(&self) -> crate::path::PropertyPath<crate::beta::PersonDataSources> {
        crate::path::PropertyPath::new(self.node_target().segment("source"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyItemFacet> for crate::beta::PersonName {
    const SEGMENT: &'static str = "microsoft.graph.personName";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PersonName {
    const SEGMENT: &'static str = "microsoft.graph.personName";
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyItemFacet>
for crate::beta::PersonResponsibility {
    const SEGMENT: &'static str = "microsoft.graph.personResponsibility";
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PersonResponsibility {
    const SEGMENT: &'static str = "microsoft.graph.personResponsibility";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyItemFacet> for crate::beta::PersonWebsite {
    const SEGMENT: &'static str = "microsoft.graph.personWebsite";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PersonWebsite {
    const SEGMENT: &'static str = "microsoft.graph.personWebsite";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAuthenticationMethod>
for crate::beta::PhoneAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.phoneAuthenticationMethod";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PhoneAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.phoneAuthenticationMethod";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl dyn crate::beta::requests::PicturePath {
    /// Stream property `content`.
    #[inline]
    pub fn content(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("content"))
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Picture {
    const SEGMENT: &'static str = "microsoft.graph.picture";
}
#[cfg(msgraph_beta_places_or_search)]
/// Features: `beta`, or one of `beta-places`, `beta-search`.
impl dyn crate::beta::requests::PlacePath {
    /// Structural property `address` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn address(&self) -> crate::path::PropertyPath<crate::beta::PhysicalAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("address"))
    }
    /// Structural property `geoCoordinates` (`microsoft.graph.outlookGeoCoordinates`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn geo_coordinates(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OutlookGeoCoordinates> {
        crate::path::PropertyPath::new(self.node_target().segment("geoCoordinates"))
    }
}
#[cfg(msgraph_beta_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyPlace {
    const SEGMENT: &'static str = "microsoft.graph.place";
}
#[cfg(msgraph_beta_planner)]
/// Features: `beta` or `beta-planner`.
impl dyn crate::beta::requests::PlannerPath {
    /// Containment navigation property `buckets` (`microsoft.graph.plannerBucket`).
    #[inline]
    pub fn buckets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerBucket,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("buckets"))
    }
    /// Containment navigation property `plans` (`microsoft.graph.plannerPlan`).
    #[inline]
    pub fn plans(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerPlan,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("plans"))
    }
    /// Containment navigation property `rosters` (`microsoft.graph.plannerRoster`).
    #[inline]
    pub fn rosters(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerRoster,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("rosters"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.plannerTask`).
    #[inline]
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tasks"))
    }
}
#[cfg(msgraph_beta_core_or_planner)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::PlannerAssignedToTaskBoardTaskFormatPath {
    /// Structural property `orderHintsByAssignee` (`microsoft.graph.plannerOrderHintsByAssignee`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn order_hints_by_assignee(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerOrderHintsByAssignee> {
        crate::path::PropertyPath::new(
            self.node_target().segment("orderHintsByAssignee"),
        )
    }
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPlannerDelta>
for crate::beta::PlannerAssignedToTaskBoardTaskFormat {
    const SEGMENT: &'static str = "microsoft.graph.plannerAssignedToTaskBoardTaskFormat";
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PlannerAssignedToTaskBoardTaskFormat {
    const SEGMENT: &'static str = "microsoft.graph.plannerAssignedToTaskBoardTaskFormat";
}
#[cfg(msgraph_beta_core_or_planner)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<
    C,
> crate::path::CollectionPath<crate::beta::PlannerAssignedToTaskBoardTaskFormat, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyPlannerDelta>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core_or_planner)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::PlannerBucketPath {
    /// Containment navigation property `tasks` (`microsoft.graph.plannerTask`).
    #[inline]
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tasks"))
    }
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPlannerDelta>
for crate::beta::PlannerBucket {
    const SEGMENT: &'static str = "microsoft.graph.plannerBucket";
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PlannerBucket {
    const SEGMENT: &'static str = "microsoft.graph.plannerBucket";
}
#[cfg(msgraph_beta_core_or_planner)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::PlannerBucket, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyPlannerDelta>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPlannerDelta>
for crate::beta::PlannerBucketTaskBoardTaskFormat {
    const SEGMENT: &'static str = "microsoft.graph.plannerBucketTaskBoardTaskFormat";
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PlannerBucketTaskBoardTaskFormat {
    const SEGMENT: &'static str = "microsoft.graph.plannerBucketTaskBoardTaskFormat";
}
#[cfg(msgraph_beta_core_or_planner)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::PlannerBucketTaskBoardTaskFormat, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyPlannerDelta>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyPlannerDelta {
    const SEGMENT: &'static str = "microsoft.graph.plannerDelta";
}
#[cfg(msgraph_beta_core_or_planner)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::AnyPlannerDelta, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyPlannerDelta>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::PlannerGroupPath {
    /// Containment navigation property `plans` (`microsoft.graph.plannerPlan`).
    #[inline]
    pub fn plans(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerPlan,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("plans"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PlannerGroup {
    const SEGMENT: &'static str = "microsoft.graph.plannerGroup";
}
#[cfg(msgraph_beta_core_or_planner)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::PlannerPlanPath {
    /// Structural property `container` (`microsoft.graph.plannerPlanContainer`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn container(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerPlanContainer> {
        crate::path::PropertyPath::new(self.node_target().segment("container"))
    }
    /// Structural property `contexts` (`microsoft.graph.plannerPlanContextCollection`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn contexts(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerPlanContextCollection> {
        crate::path::PropertyPath::new(self.node_target().segment("contexts"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Containment navigation property `buckets` (`microsoft.graph.plannerBucket`).
    #[inline]
    pub fn buckets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerBucket,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("buckets"))
    }
    /// Containment navigation property `details` (`microsoft.graph.plannerPlanDetails`).
    #[inline]
    pub fn details(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PlannerPlanDetails,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("details"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.plannerTask`).
    #[inline]
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tasks"))
    }
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPlannerDelta>
for crate::beta::PlannerPlan {
    const SEGMENT: &'static str = "microsoft.graph.plannerPlan";
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PlannerPlan {
    const SEGMENT: &'static str = "microsoft.graph.plannerPlan";
}
#[cfg(msgraph_beta_core_or_planner)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::PlannerPlan, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyPlannerDelta>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core_or_planner)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::PlannerPlanDetailsPath {
    /// Structural property `categoryDescriptions` (`microsoft.graph.plannerCategoryDescriptions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn category_descriptions(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerCategoryDescriptions> {
        crate::path::PropertyPath::new(
            self.node_target().segment("categoryDescriptions"),
        )
    }
    /// Structural property `contextDetails` (`microsoft.graph.plannerPlanContextDetailsCollection`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn context_details(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerPlanContextDetailsCollection> {
        crate::path::PropertyPath::new(self.node_target().segment("contextDetails"))
    }
    /// Structural property `sharedWith` (`microsoft.graph.plannerUserIds`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn shared_with(&self) -> crate::path::PropertyPath<crate::beta::PlannerUserIds> {
        crate::path::PropertyPath::new(self.node_target().segment("sharedWith"))
    }
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPlannerDelta>
for crate::beta::PlannerPlanDetails {
    const SEGMENT: &'static str = "microsoft.graph.plannerPlanDetails";
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PlannerPlanDetails {
    const SEGMENT: &'static str = "microsoft.graph.plannerPlanDetails";
}
#[cfg(msgraph_beta_core_or_planner)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::PlannerPlanDetails, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyPlannerDelta>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPlannerDelta>
for crate::beta::PlannerProgressTaskBoardTaskFormat {
    const SEGMENT: &'static str = "microsoft.graph.plannerProgressTaskBoardTaskFormat";
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PlannerProgressTaskBoardTaskFormat {
    const SEGMENT: &'static str = "microsoft.graph.plannerProgressTaskBoardTaskFormat";
}
#[cfg(msgraph_beta_core_or_planner)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::PlannerProgressTaskBoardTaskFormat, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyPlannerDelta>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_planner_or_search)]
/// Features: `beta`, or one of `beta-planner`, `beta-search`.
impl dyn crate::beta::requests::PlannerRosterPath {
    /// Containment navigation property `members` (`microsoft.graph.plannerRosterMember`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerRosterMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
    /// Navigation property `plans` (`microsoft.graph.plannerPlan`).
    #[inline]
    pub fn plans(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerPlan,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("plans"))
    }
}
#[cfg(msgraph_beta_planner_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PlannerRoster {
    const SEGMENT: &'static str = "microsoft.graph.plannerRoster";
}
#[cfg(msgraph_beta_planner_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PlannerRosterMember {
    const SEGMENT: &'static str = "microsoft.graph.plannerRosterMember";
}
#[cfg(msgraph_beta_core_or_planner)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::PlannerTaskPath {
    /// Structural property `appliedCategories` (`microsoft.graph.plannerAppliedCategories`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn applied_categories(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerAppliedCategories> {
        crate::path::PropertyPath::new(self.node_target().segment("appliedCategories"))
    }
    /// Structural property `assignments` (`microsoft.graph.plannerAssignments`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerAssignments> {
        crate::path::PropertyPath::new(self.node_target().segment("assignments"))
    }
    /// Structural property `completedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn completed_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("completedBy"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `creationSource` (`microsoft.graph.plannerTaskCreation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn creation_source(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerTaskCreation> {
        crate::path::PropertyPath::new(self.node_target().segment("creationSource"))
    }
    /// Containment navigation property `assignedToTaskBoardFormat` (`microsoft.graph.plannerAssignedToTaskBoardTaskFormat`).
    #[inline]
    pub fn assigned_to_task_board_format(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PlannerAssignedToTaskBoardTaskFormat,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("assignedToTaskBoardFormat"),
        )
    }
    /// Containment navigation property `bucketTaskBoardFormat` (`microsoft.graph.plannerBucketTaskBoardTaskFormat`).
    #[inline]
    pub fn bucket_task_board_format(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PlannerBucketTaskBoardTaskFormat,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("bucketTaskBoardFormat"))
    }
    /// Containment navigation property `details` (`microsoft.graph.plannerTaskDetails`).
    #[inline]
    pub fn details(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PlannerTaskDetails,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("details"))
    }
    /// Containment navigation property `progressTaskBoardFormat` (`microsoft.graph.plannerProgressTaskBoardTaskFormat`).
    #[inline]
    pub fn progress_task_board_format(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PlannerProgressTaskBoardTaskFormat,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("progressTaskBoardFormat"),
        )
    }
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPlannerDelta>
for crate::beta::PlannerTask {
    const SEGMENT: &'static str = "microsoft.graph.plannerTask";
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PlannerTask {
    const SEGMENT: &'static str = "microsoft.graph.plannerTask";
}
#[cfg(msgraph_beta_core_or_planner)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::PlannerTask, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyPlannerDelta>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core_or_planner)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::PlannerTaskDetailsPath {
    /// Structural property `checklist` (`microsoft.graph.plannerChecklistItems`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn checklist(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerChecklistItems> {
        crate::path::PropertyPath::new(self.node_target().segment("checklist"))
    }
    /// Structural property `references` (`microsoft.graph.plannerExternalReferences`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn references(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerExternalReferences> {
        crate::path::PropertyPath::new(self.node_target().segment("references"))
    }
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPlannerDelta>
for crate::beta::PlannerTaskDetails {
    const SEGMENT: &'static str = "microsoft.graph.plannerTaskDetails";
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PlannerTaskDetails {
    const SEGMENT: &'static str = "microsoft.graph.plannerTaskDetails";
}
#[cfg(msgraph_beta_core_or_planner)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::PlannerTaskDetails, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyPlannerDelta>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core_or_planner)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::PlannerUserPath {
    /// Structural property `favoritePlanReferences` (`microsoft.graph.plannerFavoritePlanReferenceCollection`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn favorite_plan_references(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerFavoritePlanReferenceCollection> {
        crate::path::PropertyPath::new(
            self.node_target().segment("favoritePlanReferences"),
        )
    }
    /// Structural property `recentPlanReferences` (`microsoft.graph.plannerRecentPlanReferenceCollection`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn recent_plan_references(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerRecentPlanReferenceCollection> {
        crate::path::PropertyPath::new(
            self.node_target().segment("recentPlanReferences"),
        )
    }
    /// Containment navigation property `all` (`microsoft.graph.plannerDelta`).
    #[inline]
    pub fn all(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyPlannerDelta,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("all"))
    }
    /// Navigation property `favoritePlans` (`microsoft.graph.plannerPlan`).
    #[inline]
    pub fn favorite_plans(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerPlan,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("favoritePlans"))
    }
    /// Containment navigation property `plans` (`microsoft.graph.plannerPlan`).
    #[inline]
    pub fn plans(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerPlan,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("plans"))
    }
    /// Navigation property `recentPlans` (`microsoft.graph.plannerPlan`).
    #[inline]
    pub fn recent_plans(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerPlan,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("recentPlans"))
    }
    /// Navigation property `rosterPlans` (`microsoft.graph.plannerPlan`).
    #[inline]
    pub fn roster_plans(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerPlan,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("rosterPlans"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.plannerTask`).
    #[inline]
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tasks"))
    }
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPlannerDelta>
for crate::beta::PlannerUser {
    const SEGMENT: &'static str = "microsoft.graph.plannerUser";
}
#[cfg(msgraph_beta_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PlannerUser {
    const SEGMENT: &'static str = "microsoft.graph.plannerUser";
}
#[cfg(msgraph_beta_core_or_planner)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::PlannerUser, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyPlannerDelta>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyCommsOperation>
for crate::beta::PlayPromptOperation {
    const SEGMENT: &'static str = "microsoft.graph.playPromptOperation";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PlayPromptOperation {
    const SEGMENT: &'static str = "microsoft.graph.playPromptOperation";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::AnyPolicyBase {
    const SEGMENT: &'static str = "microsoft.graph.policyBase";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyPolicyBase {
    const SEGMENT: &'static str = "microsoft.graph.policyBase";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::AnyPolicyBase, C> {
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getUserOwnedObjects`: action `microsoft.graph.getUserOwnedObjects`.
    pub fn get_user_owned_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionGetUserOwnedObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DirectoryObjectCollectionGetUserOwnedObjectsParams,
        >,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getUserOwnedObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DirectoryObjectCollectionValidatePropertiesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateProperties"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_policies)]
/// Features: `beta` or `beta-policies`.
impl dyn crate::beta::requests::PolicyRootPath {
    /// Containment navigation property `authenticationMethodsPolicy` (`microsoft.graph.authenticationMethodsPolicy`).
    #[inline]
    pub fn authentication_methods_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AuthenticationMethodsPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("authenticationMethodsPolicy"),
        )
    }
    /// Containment navigation property `authenticationFlowsPolicy` (`microsoft.graph.authenticationFlowsPolicy`).
    #[inline]
    pub fn authentication_flows_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AuthenticationFlowsPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("authenticationFlowsPolicy"),
        )
    }
    /// Containment navigation property `b2cAuthenticationMethodsPolicy` (`microsoft.graph.b2cAuthenticationMethodsPolicy`).
    #[inline]
    pub fn b2c_authentication_methods_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::B2cAuthenticationMethodsPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("b2cAuthenticationMethodsPolicy"),
        )
    }
    /// Containment navigation property `activityBasedTimeoutPolicies` (`microsoft.graph.activityBasedTimeoutPolicy`).
    #[inline]
    pub fn activity_based_timeout_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ActivityBasedTimeoutPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("activityBasedTimeoutPolicies"),
        )
    }
    /// Containment navigation property `authorizationPolicy` (`microsoft.graph.authorizationPolicy`).
    #[inline]
    pub fn authorization_policy(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AuthorizationPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("authorizationPolicy"),
        )
    }
    /// Containment navigation property `claimsMappingPolicies` (`microsoft.graph.claimsMappingPolicy`).
    #[inline]
    pub fn claims_mapping_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ClaimsMappingPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("claimsMappingPolicies"),
        )
    }
    /// Containment navigation property `homeRealmDiscoveryPolicies` (`microsoft.graph.homeRealmDiscoveryPolicy`).
    #[inline]
    pub fn home_realm_discovery_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::HomeRealmDiscoveryPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("homeRealmDiscoveryPolicies"),
        )
    }
    /// Containment navigation property `permissionGrantPolicies` (`microsoft.graph.permissionGrantPolicy`).
    #[inline]
    pub fn permission_grant_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PermissionGrantPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("permissionGrantPolicies"),
        )
    }
    /// Containment navigation property `tokenIssuancePolicies` (`microsoft.graph.tokenIssuancePolicy`).
    #[inline]
    pub fn token_issuance_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TokenIssuancePolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("tokenIssuancePolicies"),
        )
    }
    /// Containment navigation property `tokenLifetimePolicies` (`microsoft.graph.tokenLifetimePolicy`).
    #[inline]
    pub fn token_lifetime_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TokenLifetimePolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("tokenLifetimePolicies"),
        )
    }
    /// Containment navigation property `featureRolloutPolicies` (`microsoft.graph.featureRolloutPolicy`).
    #[inline]
    pub fn feature_rollout_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::FeatureRolloutPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("featureRolloutPolicies"),
        )
    }
    /// Containment navigation property `accessReviewPolicy` (`microsoft.graph.accessReviewPolicy`).
    #[inline]
    pub fn access_review_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AccessReviewPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("accessReviewPolicy"))
    }
    /// Containment navigation property `adminConsentRequestPolicy` (`microsoft.graph.adminConsentRequestPolicy`).
    #[inline]
    pub fn admin_consent_request_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AdminConsentRequestPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("adminConsentRequestPolicy"),
        )
    }
    /// Containment navigation property `directoryRoleAccessReviewPolicy` (`microsoft.graph.directoryRoleAccessReviewPolicy`).
    #[inline]
    pub fn directory_role_access_review_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DirectoryRoleAccessReviewPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("directoryRoleAccessReviewPolicy"),
        )
    }
    /// Containment navigation property `conditionalAccessPolicies` (`microsoft.graph.conditionalAccessPolicy`).
    #[inline]
    pub fn conditional_access_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ConditionalAccessPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("conditionalAccessPolicies"),
        )
    }
    /// Containment navigation property `identitySecurityDefaultsEnforcementPolicy` (`microsoft.graph.identitySecurityDefaultsEnforcementPolicy`).
    #[inline]
    pub fn identity_security_defaults_enforcement_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::IdentitySecurityDefaultsEnforcementPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("identitySecurityDefaultsEnforcementPolicy"),
        )
    }
    /// Containment navigation property `roleManagementPolicies` (`microsoft.graph.unifiedRoleManagementPolicy`).
    #[inline]
    pub fn role_management_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleManagementPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("roleManagementPolicies"),
        )
    }
    /// Containment navigation property `roleManagementPolicyAssignments` (`microsoft.graph.unifiedRoleManagementPolicyAssignment`).
    #[inline]
    pub fn role_management_policy_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleManagementPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("roleManagementPolicyAssignments"),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl dyn crate::beta::requests::PolicySetPath {
    /// Containment navigation property `assignments` (`microsoft.graph.policySetAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PolicySetAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `items` (`microsoft.graph.policySetItem`).
    #[inline]
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyPolicySetItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("items"))
    }
    /// `POST .../update`: action `microsoft.graph.update`.
    #[inline]
    pub fn update_2(
        &self,
        params: crate::beta::params::PolicySetUpdateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PolicySetUpdateParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("update"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PolicySet {
    const SEGMENT: &'static str = "microsoft.graph.policySet";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::PolicySet, C> {
    /// `POST .../getPolicySets`: action `microsoft.graph.getPolicySets`.
    pub fn get_policy_sets(
        &self,
        params: crate::beta::params::PolicySetCollectionGetPolicySetsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PolicySetCollectionGetPolicySetsParams>,
        rt::request::Collection<crate::beta::PolicySet>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getPolicySets"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl dyn crate::beta::requests::PolicySetAssignmentPath {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("target"))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PolicySetAssignment {
    const SEGMENT: &'static str = "microsoft.graph.policySetAssignment";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.policySetItem";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::PostPath {
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
    }
    /// Structural property `from` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn from(&self) -> crate::path::PropertyPath<crate::beta::AnyRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("from"))
    }
    /// Structural property `sender` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sender(&self) -> crate::path::PropertyPath<crate::beta::AnyRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("sender"))
    }
    /// Containment navigation property `attachments` (`microsoft.graph.attachment`).
    #[inline]
    pub fn attachments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyAttachment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("attachments"))
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    #[inline]
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("extensions"))
    }
    /// Containment navigation property `inReplyTo` (`microsoft.graph.post`).
    #[inline]
    pub fn in_reply_to(
        &self,
    ) -> crate::path::EntityPath<crate::beta::Post, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("inReplyTo"))
    }
    /// Containment navigation property `mentions` (`microsoft.graph.mention`).
    #[inline]
    pub fn mentions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Mention,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("mentions"))
    }
    /// Containment navigation property `multiValueExtendedProperties` (`microsoft.graph.multiValueLegacyExtendedProperty`).
    #[inline]
    pub fn multi_value_extended_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MultiValueLegacyExtendedProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("multiValueExtendedProperties"),
        )
    }
    /// Containment navigation property `singleValueExtendedProperties` (`microsoft.graph.singleValueLegacyExtendedProperty`).
    #[inline]
    pub fn single_value_extended_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SingleValueLegacyExtendedProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("singleValueExtendedProperties"),
        )
    }
    /// `POST .../forward`: action `microsoft.graph.forward`.
    #[inline]
    pub fn forward(
        &self,
        params: crate::beta::params::PostForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PostForwardParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("forward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../reply`: action `microsoft.graph.reply`.
    #[inline]
    pub fn reply(
        &self,
        params: crate::beta::params::PostReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PostReplyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reply"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOutlookItem> for crate::beta::Post {
    const SEGMENT: &'static str = "microsoft.graph.post";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Post {
    const SEGMENT: &'static str = "microsoft.graph.post";
}
#[cfg(msgraph_beta_core_or_communications)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::PresencePath {
    /// Structural property `outOfOfficeSettings` (`microsoft.graph.outOfOfficeSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn out_of_office_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OutOfOfficeSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("outOfOfficeSettings"))
    }
    /// `POST .../clearPresence`: action `microsoft.graph.clearPresence`.
    #[inline]
    pub fn clear_presence(
        &self,
        params: crate::beta::params::PresenceClearPresenceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PresenceClearPresenceParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("clearPresence"),
            rt::request::Json(params),
        )
    }
    /// `POST .../setPresence`: action `microsoft.graph.setPresence`.
    #[inline]
    pub fn set_presence(
        &self,
        params: crate::beta::params::PresenceSetPresenceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PresenceSetPresenceParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setPresence"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core_or_communications)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Presence {
    const SEGMENT: &'static str = "microsoft.graph.presence";
}
#[cfg(msgraph_beta_search)]
/// Features: `beta` or `beta-search`.
impl dyn crate::beta::requests::PresentationPath {
    /// Containment navigation property `comments` (`microsoft.graph.documentComment`).
    #[inline]
    pub fn comments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DocumentComment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("comments"))
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Presentation {
    const SEGMENT: &'static str = "microsoft.graph.presentation";
}
#[cfg(msgraph_beta_print)]
/// Features: `beta` or `beta-print`.
impl dyn crate::beta::requests::PrintPath {
    /// Structural property `settings` (`microsoft.graph.printSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn settings(&self) -> crate::path::PropertyPath<crate::beta::PrintSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("settings"))
    }
    /// Containment navigation property `connectors` (`microsoft.graph.printConnector`).
    #[inline]
    pub fn connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintConnector,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("connectors"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.printOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyPrintOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
    /// Containment navigation property `printers` (`microsoft.graph.printer`).
    #[inline]
    pub fn printers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Printer,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("printers"))
    }
    /// Containment navigation property `printerShares` (`microsoft.graph.printerShare`).
    #[inline]
    pub fn printer_shares(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrinterShare,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("printerShares"))
    }
    /// Containment navigation property `reports` (`microsoft.graph.reportRoot`).
    #[inline]
    pub fn reports(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ReportRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("reports"))
    }
    /// Containment navigation property `services` (`microsoft.graph.printService`).
    #[inline]
    pub fn services(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintService,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("services"))
    }
    /// Containment navigation property `shares` (`microsoft.graph.printerShare`).
    #[inline]
    pub fn shares(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrinterShare,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("shares"))
    }
    /// Containment navigation property `taskDefinitions` (`microsoft.graph.printTaskDefinition`).
    #[inline]
    pub fn task_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintTaskDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("taskDefinitions"))
    }
}
#[cfg(msgraph_beta_print_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-search`.
impl dyn crate::beta::requests::PrintConnectorPath {
    /// Structural property `deviceHealth` (`microsoft.graph.deviceHealth`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_health(&self) -> crate::path::PropertyPath<crate::beta::DeviceHealth> {
        crate::path::PropertyPath::new(self.node_target().segment("deviceHealth"))
    }
    /// Structural property `location` (`microsoft.graph.printerLocation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::beta::PrinterLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PrintConnector {
    const SEGMENT: &'static str = "microsoft.graph.printConnector";
}
#[cfg(msgraph_beta_print_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-search`.
impl dyn crate::beta::requests::PrintDocumentPath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
    /// Structural property `configuration` (`microsoft.graph.printerDocumentConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PrinterDocumentConfiguration> {
        crate::path::PropertyPath::new(self.node_target().segment("configuration"))
    }
    /// `POST .../createUploadSession`: action `microsoft.graph.createUploadSession`.
    #[inline]
    pub fn create_upload_session(
        &self,
        params: crate::beta::params::PrintDocumentCreateUploadSessionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PrintDocumentCreateUploadSessionParams>,
        rt::request::Entity<crate::beta::UploadSession>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createUploadSession"),
            rt::request::Json(params),
        )
    }
    /// `POST .../uploadData`: action `microsoft.graph.uploadData`.
    #[inline]
    pub fn upload_data(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("uploadData"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PrintDocument {
    const SEGMENT: &'static str = "microsoft.graph.printDocument";
}
#[cfg(msgraph_beta_print_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-search`.
impl dyn crate::beta::requests::PrintJobPath {
    /// Structural property `configuration` (`microsoft.graph.printJobConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PrintJobConfiguration> {
        crate::path::PropertyPath::new(self.node_target().segment("configuration"))
    }
    /// Structural property `createdBy` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::UserIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `status` (`microsoft.graph.printJobStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status(&self) -> crate::path::PropertyPath<crate::beta::PrintJobStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("status"))
    }
    /// Containment navigation property `documents` (`microsoft.graph.printDocument`).
    #[inline]
    pub fn documents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintDocument,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("documents"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.printTask`).
    #[inline]
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tasks"))
    }
    /// `POST .../abort`: action `microsoft.graph.abort`.
    #[inline]
    pub fn abort(
        &self,
        params: crate::beta::params::PrintJobAbortParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PrintJobAbortParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("abort"),
            rt::request::Json(params),
        )
    }
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    #[inline]
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("cancel"),
            rt::request::NoBody,
        )
    }
    /// `POST .../cancelPrintJob`: action `microsoft.graph.cancelPrintJob`.
    #[inline]
    pub fn cancel_print_job(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("cancelPrintJob"),
            rt::request::NoBody,
        )
    }
    /// `POST .../redirect`: action `microsoft.graph.redirect`.
    #[inline]
    pub fn redirect(
        &self,
        params: crate::beta::params::PrintJobRedirectParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PrintJobRedirectParams>,
        rt::request::Entity<crate::beta::PrintJob>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("redirect"),
            rt::request::Json(params),
        )
    }
    /// `POST .../start`: action `microsoft.graph.start`.
    #[inline]
    pub fn start(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::PrintJobStatus>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("start"),
            rt::request::NoBody,
        )
    }
    /// `POST .../startPrintJob`: action `microsoft.graph.startPrintJob`.
    #[inline]
    pub fn start_print_job(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::PrintJobStatus>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("startPrintJob"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PrintJob {
    const SEGMENT: &'static str = "microsoft.graph.printJob";
}
#[cfg(msgraph_beta_print_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-search`.
impl dyn crate::beta::requests::PrintOperationPath {
    /// Structural property `status` (`microsoft.graph.printOperationStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PrintOperationStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("status"))
    }
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyPrintOperation {
    const SEGMENT: &'static str = "microsoft.graph.printOperation";
}
#[cfg(msgraph_beta_print_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-search`.
impl dyn crate::beta::requests::PrintServicePath {
    /// Containment navigation property `endpoints` (`microsoft.graph.printServiceEndpoint`).
    #[inline]
    pub fn endpoints(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintServiceEndpoint,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("endpoints"))
    }
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PrintService {
    const SEGMENT: &'static str = "microsoft.graph.printService";
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PrintServiceEndpoint {
    const SEGMENT: &'static str = "microsoft.graph.printServiceEndpoint";
}
#[cfg(msgraph_beta_print_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-search`.
impl dyn crate::beta::requests::PrintTaskPath {
    /// Structural property `status` (`microsoft.graph.printTaskStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status(&self) -> crate::path::PropertyPath<crate::beta::PrintTaskStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("status"))
    }
    /// Navigation property `definition` (`microsoft.graph.printTaskDefinition`).
    #[inline]
    pub fn definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PrintTaskDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("definition"))
    }
    /// Navigation property `trigger` (`microsoft.graph.printTaskTrigger`).
    #[inline]
    pub fn trigger(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PrintTaskTrigger,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("trigger"))
    }
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PrintTask {
    const SEGMENT: &'static str = "microsoft.graph.printTask";
}
#[cfg(msgraph_beta_print_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-search`.
impl dyn crate::beta::requests::PrintTaskDefinitionPath {
    /// Structural property `createdBy` (`microsoft.graph.appIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::AppIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.printTask`).
    #[inline]
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tasks"))
    }
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PrintTaskDefinition {
    const SEGMENT: &'static str = "microsoft.graph.printTaskDefinition";
}
#[cfg(msgraph_beta_print_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-search`.
impl dyn crate::beta::requests::PrintTaskTriggerPath {
    /// Navigation property `definition` (`microsoft.graph.printTaskDefinition`).
    #[inline]
    pub fn definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PrintTaskDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("definition"))
    }
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PrintTaskTrigger {
    const SEGMENT: &'static str = "microsoft.graph.printTaskTrigger";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyPrintUsage {
    const SEGMENT: &'static str = "microsoft.graph.printUsage";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPrintUsage>
for crate::beta::PrintUsageByPrinter {
    const SEGMENT: &'static str = "microsoft.graph.printUsageByPrinter";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PrintUsageByPrinter {
    const SEGMENT: &'static str = "microsoft.graph.printUsageByPrinter";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPrintUsage>
for crate::beta::PrintUsageByUser {
    const SEGMENT: &'static str = "microsoft.graph.printUsageByUser";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PrintUsageByUser {
    const SEGMENT: &'static str = "microsoft.graph.printUsageByUser";
}
#[cfg(msgraph_beta_print_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-search`.
impl dyn crate::beta::requests::PrinterPath {
    /// Navigation property `connectors` (`microsoft.graph.printConnector`).
    #[inline]
    pub fn connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintConnector,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("connectors"))
    }
    /// Navigation property `share` (`microsoft.graph.printerShare`).
    #[inline]
    pub fn share(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PrinterShare,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("share"))
    }
    /// Navigation property `shares` (`microsoft.graph.printerShare`).
    #[inline]
    pub fn shares(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrinterShare,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("shares"))
    }
    /// Containment navigation property `taskTriggers` (`microsoft.graph.printTaskTrigger`).
    #[inline]
    pub fn task_triggers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintTaskTrigger,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("taskTriggers"))
    }
    /// `GET .../getCapabilities`: function `microsoft.graph.getCapabilities`.
    #[inline]
    pub fn get_capabilities(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::PrinterCapabilities>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getCapabilities", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../resetDefaults`: action `microsoft.graph.resetDefaults`.
    #[inline]
    pub fn reset_defaults(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("resetDefaults"),
            rt::request::NoBody,
        )
    }
    /// `POST .../restoreFactoryDefaults`: action `microsoft.graph.restoreFactoryDefaults`.
    #[inline]
    pub fn restore_factory_defaults(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restoreFactoryDefaults"),
            rt::request::NoBody,
        )
    }
    /// Structural property `capabilities` (`microsoft.graph.printerCapabilities`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn capabilities(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PrinterCapabilities> {
        crate::path::PropertyPath::new(self.node_target().segment("capabilities"))
    }
    /// Structural property `defaults` (`microsoft.graph.printerDefaults`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn defaults(&self) -> crate::path::PropertyPath<crate::beta::PrinterDefaults> {
        crate::path::PropertyPath::new(self.node_target().segment("defaults"))
    }
    /// Structural property `location` (`microsoft.graph.printerLocation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::beta::PrinterLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
    /// Structural property `status` (`microsoft.graph.printerStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status(&self) -> crate::path::PropertyPath<crate::beta::PrinterStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("status"))
    }
    /// Containment navigation property `jobs` (`microsoft.graph.printJob`).
    #[inline]
    pub fn jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("jobs"))
    }
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPrinterBase> for crate::beta::Printer {
    const SEGMENT: &'static str = "microsoft.graph.printer";
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Printer {
    const SEGMENT: &'static str = "microsoft.graph.printer";
}
#[cfg(msgraph_beta_print_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::Printer, C> {
    /// `POST .../create`: action `microsoft.graph.create`.
    pub fn create_2(
        &self,
        params: crate::beta::params::PrinterCollectionCreateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PrinterCollectionCreateParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("create"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_print_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-search`.
impl dyn crate::beta::requests::PrinterBasePath {
    /// Structural property `capabilities` (`microsoft.graph.printerCapabilities`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn capabilities(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PrinterCapabilities> {
        crate::path::PropertyPath::new(self.node_target().segment("capabilities"))
    }
    /// Structural property `defaults` (`microsoft.graph.printerDefaults`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn defaults(&self) -> crate::path::PropertyPath<crate::beta::PrinterDefaults> {
        crate::path::PropertyPath::new(self.node_target().segment("defaults"))
    }
    /// Structural property `location` (`microsoft.graph.printerLocation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::beta::PrinterLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
    /// Structural property `status` (`microsoft.graph.printerStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status(&self) -> crate::path::PropertyPath<crate::beta::PrinterStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("status"))
    }
    /// Containment navigation property `jobs` (`microsoft.graph.printJob`).
    #[inline]
    pub fn jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("jobs"))
    }
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyPrinterBase {
    const SEGMENT: &'static str = "microsoft.graph.printerBase";
}
#[cfg(msgraph_beta_print_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-search`.
impl dyn crate::beta::requests::PrinterCreateOperationPath {
    /// Navigation property `printer` (`microsoft.graph.printer`).
    #[inline]
    pub fn printer(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Printer,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("printer"))
    }
    /// Structural property `status` (`microsoft.graph.printOperationStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PrintOperationStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("status"))
    }
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPrintOperation>
for crate::beta::PrinterCreateOperation {
    const SEGMENT: &'static str = "microsoft.graph.printerCreateOperation";
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PrinterCreateOperation {
    const SEGMENT: &'static str = "microsoft.graph.printerCreateOperation";
}
#[cfg(msgraph_beta_print_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-search`.
impl dyn crate::beta::requests::PrinterSharePath {
    #[cfg(msgraph_beta_core)]
    /// Navigation property `allowedGroups` (`microsoft.graph.group`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn allowed_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Group,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("allowedGroups"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `allowedUsers` (`microsoft.graph.user`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn allowed_users(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::User,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("allowedUsers"))
    }
    /// Navigation property `printer` (`microsoft.graph.printer`).
    #[inline]
    pub fn printer(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Printer,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("printer"))
    }
    /// Structural property `capabilities` (`microsoft.graph.printerCapabilities`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn capabilities(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PrinterCapabilities> {
        crate::path::PropertyPath::new(self.node_target().segment("capabilities"))
    }
    /// Structural property `defaults` (`microsoft.graph.printerDefaults`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn defaults(&self) -> crate::path::PropertyPath<crate::beta::PrinterDefaults> {
        crate::path::PropertyPath::new(self.node_target().segment("defaults"))
    }
    /// Structural property `location` (`microsoft.graph.printerLocation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::beta::PrinterLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
    /// Structural property `status` (`microsoft.graph.printerStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status(&self) -> crate::path::PropertyPath<crate::beta::PrinterStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("status"))
    }
    /// Containment navigation property `jobs` (`microsoft.graph.printJob`).
    #[inline]
    pub fn jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("jobs"))
    }
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPrinterBase>
for crate::beta::PrinterShare {
    const SEGMENT: &'static str = "microsoft.graph.printerShare";
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PrinterShare {
    const SEGMENT: &'static str = "microsoft.graph.printerShare";
}
#[cfg(msgraph_beta_privileged_access_or_search)]
/// Features: `beta`, or one of `beta-privileged-access`, `beta-search`.
impl dyn crate::beta::requests::PrivilegedAccessPath {
    /// Containment navigation property `resources` (`microsoft.graph.governanceResource`).
    #[inline]
    pub fn resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GovernanceResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("resources"))
    }
    /// Containment navigation property `roleAssignmentRequests` (`microsoft.graph.governanceRoleAssignmentRequest`).
    #[inline]
    pub fn role_assignment_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GovernanceRoleAssignmentRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("roleAssignmentRequests"),
        )
    }
    /// Containment navigation property `roleAssignments` (`microsoft.graph.governanceRoleAssignment`).
    #[inline]
    pub fn role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GovernanceRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("roleAssignments"))
    }
    /// Containment navigation property `roleDefinitions` (`microsoft.graph.governanceRoleDefinition`).
    #[inline]
    pub fn role_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GovernanceRoleDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("roleDefinitions"))
    }
    /// Containment navigation property `roleSettings` (`microsoft.graph.governanceRoleSetting`).
    #[inline]
    pub fn role_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GovernanceRoleSetting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("roleSettings"))
    }
}
#[cfg(msgraph_beta_privileged_access_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PrivilegedAccess {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccess";
}
#[cfg(msgraph_beta_privileged_approval_or_search)]
/// Features: `beta`, or one of `beta-privileged-approval`, `beta-search`.
impl dyn crate::beta::requests::PrivilegedApprovalPath {
    #[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
    /// Navigation property `request` (`microsoft.graph.privilegedRoleAssignmentRequest`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn request(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PrivilegedRoleAssignmentRequest,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("request"))
    }
    /// Containment navigation property `roleInfo` (`microsoft.graph.privilegedRole`).
    #[inline]
    pub fn role_info(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PrivilegedRole,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleInfo"))
    }
}
#[cfg(msgraph_beta_privileged_approval_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PrivilegedApproval {
    const SEGMENT: &'static str = "microsoft.graph.privilegedApproval";
}
#[cfg(msgraph_beta_privileged_approval_or_search)]
/// Features: `beta`, or one of `beta-privileged-approval`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::PrivilegedApproval, C> {
    /// `GET .../myRequests`: function `microsoft.graph.myRequests`.
    pub fn my_requests(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::PrivilegedApproval>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("myRequests", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_privileged_operation_events_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PrivilegedOperationEvent {
    const SEGMENT: &'static str = "microsoft.graph.privilegedOperationEvent";
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
/// Features: `beta`, or one of `beta-privileged-approval`, `beta-privileged-role-assignment-requests`, `beta-privileged-role-assignments`, `beta-privileged-roles`, `beta-search`.
impl dyn crate::beta::requests::PrivilegedRolePath {
    /// Navigation property `assignments` (`microsoft.graph.privilegedRoleAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrivilegedRoleAssignment,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.privilegedRoleSettings`).
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PrivilegedRoleSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("settings"))
    }
    /// Containment navigation property `summary` (`microsoft.graph.privilegedRoleSummary`).
    #[inline]
    pub fn summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PrivilegedRoleSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("summary"))
    }
    /// `POST .../selfActivate`: action `microsoft.graph.selfActivate`.
    #[inline]
    pub fn self_activate(
        &self,
        params: crate::beta::params::PrivilegedRoleSelfActivateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PrivilegedRoleSelfActivateParams>,
        rt::request::Entity<crate::beta::PrivilegedRoleAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("selfActivate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../selfDeactivate`: action `microsoft.graph.selfDeactivate`.
    #[inline]
    pub fn self_deactivate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::PrivilegedRoleAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("selfDeactivate"),
            rt::request::NoBody,
        )
    }
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PrivilegedRole {
    const SEGMENT: &'static str = "microsoft.graph.privilegedRole";
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
/// Features: `beta`, or one of `beta-privileged-approval`, `beta-privileged-role-assignment-requests`, `beta-privileged-role-assignments`, `beta-privileged-roles`, `beta-search`.
impl dyn crate::beta::requests::PrivilegedRoleAssignmentPath {
    /// Containment navigation property `roleInfo` (`microsoft.graph.privilegedRole`).
    #[inline]
    pub fn role_info(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PrivilegedRole,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleInfo"))
    }
    /// `POST .../makeEligible`: action `microsoft.graph.makeEligible`.
    #[inline]
    pub fn make_eligible(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::PrivilegedRoleAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("makeEligible"),
            rt::request::NoBody,
        )
    }
    /// `POST .../makePermanent`: action `microsoft.graph.makePermanent`.
    #[inline]
    pub fn make_permanent(
        &self,
        params: crate::beta::params::PrivilegedRoleAssignmentMakePermanentParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::PrivilegedRoleAssignmentMakePermanentParams,
        >,
        rt::request::Entity<crate::beta::PrivilegedRoleAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("makePermanent"),
            rt::request::Json(params),
        )
    }
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PrivilegedRoleAssignment {
    const SEGMENT: &'static str = "microsoft.graph.privilegedRoleAssignment";
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
/// Features: `beta`, or one of `beta-privileged-approval`, `beta-privileged-role-assignment-requests`, `beta-privileged-role-assignments`, `beta-privileged-roles`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::PrivilegedRoleAssignment, C> {
    /// `GET .../my`: function `microsoft.graph.my`.
    pub fn my(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::PrivilegedRoleAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("my", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
/// Features: `beta`, or one of `beta-privileged-role-assignment-requests`, `beta-search`.
impl dyn crate::beta::requests::PrivilegedRoleAssignmentRequestPath {
    /// Structural property `schedule` (`microsoft.graph.governanceSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::GovernanceSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("schedule"))
    }
    /// Containment navigation property `roleInfo` (`microsoft.graph.privilegedRole`).
    #[inline]
    pub fn role_info(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PrivilegedRole,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleInfo"))
    }
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    #[inline]
    pub fn cancel(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::PrivilegedRoleAssignmentRequest>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("cancel"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PrivilegedRoleAssignmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.privilegedRoleAssignmentRequest";
}
#[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
/// Features: `beta`, or one of `beta-privileged-role-assignment-requests`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::PrivilegedRoleAssignmentRequest, C> {
    /// `GET .../my`: function `microsoft.graph.my`.
    pub fn my(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::PrivilegedRoleAssignmentRequest>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("my", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PrivilegedRoleSettings {
    const SEGMENT: &'static str = "microsoft.graph.privilegedRoleSettings";
}
#[cfg(
    msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PrivilegedRoleSummary {
    const SEGMENT: &'static str = "microsoft.graph.privilegedRoleSummary";
}
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PrivilegedSignupStatus {
    const SEGMENT: &'static str = "microsoft.graph.privilegedSignupStatus";
}
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
/// Features: `beta`, or one of `beta-privileged-signup-status`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::PrivilegedSignupStatus, C> {
    /// `GET .../canSignUp`: function `microsoft.graph.canSignUp`.
    pub fn can_sign_up(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<bool>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("canSignUp", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../completeSetup`: action `microsoft.graph.completeSetup`.
    pub fn complete_setup(
        &self,
        params: crate::beta::params::PrivilegedSignupStatusCollectionCompleteSetupParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::PrivilegedSignupStatusCollectionCompleteSetupParams,
        >,
        rt::request::Collection<crate::beta::RoleSuccessStatistics>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("completeSetup"),
            rt::request::Json(params),
        )
    }
    /// `GET .../isSignedUp`: function `microsoft.graph.isSignedUp`.
    pub fn is_signed_up(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<bool>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("isSignedUp", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../signUp`: action `microsoft.graph.signUp`.
    pub fn sign_up(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::PrivilegedSignupStatus>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("signUp"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ProfilePath {
    /// Containment navigation property `account` (`microsoft.graph.userAccountInformation`).
    #[inline]
    pub fn account(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserAccountInformation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("account"))
    }
    /// Containment navigation property `addresses` (`microsoft.graph.itemAddress`).
    #[inline]
    pub fn addresses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ItemAddress,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("addresses"))
    }
    /// Containment navigation property `anniversaries` (`microsoft.graph.personAnnualEvent`).
    #[inline]
    pub fn anniversaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PersonAnnualEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("anniversaries"))
    }
    /// Containment navigation property `awards` (`microsoft.graph.personAward`).
    #[inline]
    pub fn awards(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PersonAward,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("awards"))
    }
    /// Containment navigation property `certifications` (`microsoft.graph.personCertification`).
    #[inline]
    pub fn certifications(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PersonCertification,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("certifications"))
    }
    /// Containment navigation property `educationalActivities` (`microsoft.graph.educationalActivity`).
    #[inline]
    pub fn educational_activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationalActivity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("educationalActivities"),
        )
    }
    /// Containment navigation property `emails` (`microsoft.graph.itemEmail`).
    #[inline]
    pub fn emails(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ItemEmail,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("emails"))
    }
    /// Containment navigation property `interests` (`microsoft.graph.personInterest`).
    #[inline]
    pub fn interests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PersonInterest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("interests"))
    }
    /// Containment navigation property `languages` (`microsoft.graph.languageProficiency`).
    #[inline]
    pub fn languages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::LanguageProficiency,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("languages"))
    }
    /// Containment navigation property `names` (`microsoft.graph.personName`).
    #[inline]
    pub fn names(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PersonName,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("names"))
    }
    /// Containment navigation property `notes` (`microsoft.graph.personAnnotation`).
    #[inline]
    pub fn notes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PersonAnnotation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("notes"))
    }
    /// Containment navigation property `patents` (`microsoft.graph.itemPatent`).
    #[inline]
    pub fn patents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ItemPatent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("patents"))
    }
    /// Containment navigation property `phones` (`microsoft.graph.itemPhone`).
    #[inline]
    pub fn phones(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ItemPhone,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("phones"))
    }
    /// Containment navigation property `positions` (`microsoft.graph.workPosition`).
    #[inline]
    pub fn positions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WorkPosition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("positions"))
    }
    /// Containment navigation property `projects` (`microsoft.graph.projectParticipation`).
    #[inline]
    pub fn projects(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ProjectParticipation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("projects"))
    }
    /// Containment navigation property `publications` (`microsoft.graph.itemPublication`).
    #[inline]
    pub fn publications(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ItemPublication,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("publications"))
    }
    /// Containment navigation property `skills` (`microsoft.graph.skillProficiency`).
    #[inline]
    pub fn skills(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SkillProficiency,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("skills"))
    }
    /// Containment navigation property `webAccounts` (`microsoft.graph.webAccount`).
    #[inline]
    pub fn web_accounts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WebAccount,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("webAccounts"))
    }
    /// Containment navigation property `websites` (`microsoft.graph.personWebsite`).
    #[inline]
    pub fn websites(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PersonWebsite,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("websites"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Profile {
    const SEGMENT: &'static str = "microsoft.graph.profile";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ProfileCardProperty {
    const SEGMENT: &'static str = "microsoft.graph.profileCardProperty";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ProfilePhotoPath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ProfilePhoto {
    const SEGMENT: &'static str = "microsoft.graph.profilePhoto";
}
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
/// Features: `beta`, or one of `beta-program-controls`, `beta-programs`, `beta-search`.
impl dyn crate::beta::requests::ProgramPath {
    /// Containment navigation property `controls` (`microsoft.graph.programControl`).
    #[inline]
    pub fn controls(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ProgramControl,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("controls"))
    }
}
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Program {
    const SEGMENT: &'static str = "microsoft.graph.program";
}
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
/// Features: `beta`, or one of `beta-program-controls`, `beta-programs`, `beta-search`.
impl dyn crate::beta::requests::ProgramControlPath {
    /// Structural property `owner` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn owner(&self) -> crate::path::PropertyPath<crate::beta::UserIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("owner"))
    }
    /// Structural property `resource` (`microsoft.graph.programResource`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn resource(&self) -> crate::path::PropertyPath<crate::beta::ProgramResource> {
        crate::path::PropertyPath::new(self.node_target().segment("resource"))
    }
    /// Containment navigation property `program` (`microsoft.graph.program`).
    #[inline]
    pub fn program(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Program,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("program"))
    }
}
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ProgramControl {
    const SEGMENT: &'static str = "microsoft.graph.programControl";
}
#[cfg(msgraph_beta_program_control_types_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ProgramControlType {
    const SEGMENT: &'static str = "microsoft.graph.programControlType";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ProjectParticipationPath {
    /// Structural property `client` (`microsoft.graph.companyDetail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn client(&self) -> crate::path::PropertyPath<crate::beta::CompanyDetail> {
        crate::path::PropertyPath::new(self.node_target().segment("client"))
    }
    /// Structural property `detail` (`microsoft.graph.positionDetail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn detail(&self) -> crate::path::PropertyPath<crate::beta::PositionDetail> {
        crate::path::PropertyPath::new(self.node_target().segment("detail"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `inference` (`microsoft.graph.inferenceData`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn inference(&self) -> crate::path::PropertyPath<crate::beta::InferenceData> {
        crate::path::PropertyPath::new(self.node_target().segment("inference"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `source` (`microsoft.graph.personDataSources`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn source(&self) -> crate::path::PropertyPath<crate::beta::PersonDataSources> {
        crate::path::PropertyPath::new(self.node_target().segment("source"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyItemFacet>
for crate::beta::ProjectParticipation {
    const SEGMENT: &'static str = "microsoft.graph.projectParticipation";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ProjectParticipation {
    const SEGMENT: &'static str = "microsoft.graph.projectParticipation";
}
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ProviderTenantSetting {
    const SEGMENT: &'static str = "microsoft.graph.providerTenantSetting";
}
#[cfg(msgraph_beta_audit_logs_or_search)]
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
impl dyn crate::beta::requests::ProvisioningObjectSummaryPath {
    /// Structural property `initiatedBy` (`microsoft.graph.initiator`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn initiated_by(&self) -> crate::path::PropertyPath<crate::beta::Initiator> {
        crate::path::PropertyPath::new(self.node_target().segment("initiatedBy"))
    }
    /// Structural property `provisioningStatusInfo` (`microsoft.graph.provisioningStatusInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn provisioning_status_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ProvisioningStatusInfo> {
        crate::path::PropertyPath::new(
            self.node_target().segment("provisioningStatusInfo"),
        )
    }
    /// Structural property `servicePrincipal` (`microsoft.graph.provisioningServicePrincipal`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn service_principal(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ProvisioningServicePrincipal> {
        crate::path::PropertyPath::new(self.node_target().segment("servicePrincipal"))
    }
    /// Structural property `sourceIdentity` (`microsoft.graph.provisionedIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn source_identity(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ProvisionedIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("sourceIdentity"))
    }
    /// Structural property `sourceSystem` (`microsoft.graph.provisioningSystem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn source_system(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ProvisioningSystem> {
        crate::path::PropertyPath::new(self.node_target().segment("sourceSystem"))
    }
    /// Structural property `statusInfo` (`microsoft.graph.statusBase`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status_info(&self) -> crate::path::PropertyPath<crate::beta::AnyStatusBase> {
        crate::path::PropertyPath::new(self.node_target().segment("statusInfo"))
    }
    /// Structural property `targetIdentity` (`microsoft.graph.provisionedIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_identity(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ProvisionedIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("targetIdentity"))
    }
    /// Structural property `targetSystem` (`microsoft.graph.provisioningSystem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_system(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ProvisioningSystem> {
        crate::path::PropertyPath::new(self.node_target().segment("targetSystem"))
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ProvisioningObjectSummary {
    const SEGMENT: &'static str = "microsoft.graph.provisioningObjectSummary";
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
/// Features: `beta`, or one of `beta-on-premises-publishing-profiles`, `beta-search`.
impl dyn crate::beta::requests::PublishedResourcePath {
    /// Containment navigation property `agentGroups` (`microsoft.graph.onPremisesAgentGroup`).
    #[inline]
    pub fn agent_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnPremisesAgentGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("agentGroups"))
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PublishedResource {
    const SEGMENT: &'static str = "microsoft.graph.publishedResource";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl dyn crate::beta::requests::PurchaseInvoicePath {
    /// Structural property `buyFromAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn buy_from_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.node_target().segment("buyFromAddress"))
    }
    /// Structural property `payToAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn pay_to_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.node_target().segment("payToAddress"))
    }
    /// Structural property `shipToAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn ship_to_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.node_target().segment("shipToAddress"))
    }
    /// Containment navigation property `currency` (`microsoft.graph.currency`).
    #[inline]
    pub fn currency(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Currency,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("currency"))
    }
    /// Containment navigation property `purchaseInvoiceLines` (`microsoft.graph.purchaseInvoiceLine`).
    #[inline]
    pub fn purchase_invoice_lines(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PurchaseInvoiceLine,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("purchaseInvoiceLines"),
        )
    }
    /// Containment navigation property `vendor` (`microsoft.graph.vendor`).
    #[inline]
    pub fn vendor(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Vendor,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("vendor"))
    }
    /// `POST .../post`: action `microsoft.graph.post`.
    #[inline]
    pub fn post(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("post"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PurchaseInvoice {
    const SEGMENT: &'static str = "microsoft.graph.purchaseInvoice";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl dyn crate::beta::requests::PurchaseInvoiceLinePath {
    /// Containment navigation property `account` (`microsoft.graph.account`).
    #[inline]
    pub fn account(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Account,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("account"))
    }
    /// Containment navigation property `item` (`microsoft.graph.item`).
    #[inline]
    pub fn item(
        &self,
    ) -> crate::path::EntityPath<crate::beta::Item, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("item"))
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::PurchaseInvoiceLine {
    const SEGMENT: &'static str = "microsoft.graph.purchaseInvoiceLine";
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<
    crate::beta::windows_updates::AnySoftwareUpdateCatalogEntry,
> for crate::beta::windows_updates::QualityUpdateCatalogEntry {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.qualityUpdateCatalogEntry";
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::windows_updates::AnyCatalogEntry>
for crate::beta::windows_updates::QualityUpdateCatalogEntry {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.qualityUpdateCatalogEntry";
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::windows_updates::QualityUpdateCatalogEntry {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.qualityUpdateCatalogEntry";
}
