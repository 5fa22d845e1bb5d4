//! Items of `requests` by the first letters of their types' names (`o_r`): split out of the parent module to keep files small (re-exported there).
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
impl<C, T> crate::beta::requests::OfficeClientConfigurationPath<C, T> {
    /// Stream property `policyPayload`.
    pub fn policy_payload(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("policyPayload"))
    }
    /// Structural property `userCheckinSummary` (`microsoft.graph.officeUserCheckinSummary`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_checkin_summary(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OfficeUserCheckinSummary> {
        crate::path::PropertyPath::new(self.0.target().segment("userCheckinSummary"))
    }
    /// Stream property `userPreferencePayload`.
    pub fn user_preference_payload(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("userPreferencePayload"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.officeClientConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OfficeClientConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::OfficeClientConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::OfficeClientConfigurationAssignParams>,
        rt::request::Collection<crate::beta::OfficeClientConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
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
impl<C> crate::beta::requests::OfficeClientConfigurationAssignmentPath<C> {
    /// Structural property `target` (`microsoft.graph.officeConfigurationAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyOfficeConfigurationAssignmentTarget> {
        crate::path::PropertyPath::new(self.0.target().segment("target"))
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
impl<C> crate::beta::requests::OfficeConfigurationPath<C> {
    /// Structural property `tenantUserCheckinSummary` (`microsoft.graph.officeUserCheckinSummary`), addressed on its own: `GET` or `PATCH` it.
    pub fn tenant_user_checkin_summary(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OfficeUserCheckinSummary> {
        crate::path::PropertyPath::new(
            self.0.target().segment("tenantUserCheckinSummary"),
        )
    }
    /// Containment navigation property `clientConfigurations` (`microsoft.graph.officeClientConfiguration`).
    pub fn client_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyOfficeClientConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("clientConfigurations"))
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C, T> crate::beta::requests::OfficeGraphInsightsPath<C, T> {
    /// Containment navigation property `shared` (`microsoft.graph.sharedInsight`).
    pub fn shared(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SharedInsight,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("shared"))
    }
    /// Containment navigation property `trending` (`microsoft.graph.trending`).
    pub fn trending(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Trending,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("trending"))
    }
    /// Containment navigation property `used` (`microsoft.graph.usedInsight`).
    pub fn used(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UsedInsight,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("used"))
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
impl<C> crate::beta::requests::OfficeSuiteAppPath<C> {
    /// Structural property `excludedApps` (`microsoft.graph.excludedApps`), addressed on its own: `GET` or `PATCH` it.
    pub fn excluded_apps(&self) -> crate::path::PropertyPath<crate::beta::ExcludedApps> {
        crate::path::PropertyPath::new(self.0.target().segment("excludedApps"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::beta::MimeContent> {
        crate::path::PropertyPath::new(self.0.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.mobileAppInstallStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppInstallStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `installSummary` (`microsoft.graph.mobileAppInstallSummary`).
    pub fn install_summary(
        &self,
    ) -> crate::beta::requests::MobileAppInstallSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::MobileAppInstallSummaryPath::new(
            self.0.target().segment("installSummary"),
        )
    }
    /// Containment navigation property `relationships` (`microsoft.graph.mobileAppRelationship`).
    pub fn relationships(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyMobileAppRelationship,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("relationships"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.userAppInstallStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserAppInstallStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getRelatedAppStates`: function `microsoft.graph.getRelatedAppStates`.
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
                .0
                .target()
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
    pub fn update_relationships(
        &self,
        params: crate::beta::params::MobileAppUpdateRelationshipsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppUpdateRelationshipsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("updateRelationships"),
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
impl<C> crate::beta::requests::OnPremisesAgentPath<C> {
    /// Containment navigation property `agentGroups` (`microsoft.graph.onPremisesAgentGroup`).
    pub fn agent_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnPremisesAgentGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("agentGroups"))
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::OnPremisesAgent {
    const SEGMENT: &'static str = "microsoft.graph.onPremisesAgent";
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
/// Features: `beta`, or one of `beta-on-premises-publishing-profiles`, `beta-search`.
impl<C> crate::beta::requests::OnPremisesAgentGroupPath<C> {
    /// Containment navigation property `agents` (`microsoft.graph.onPremisesAgent`).
    pub fn agents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnPremisesAgent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("agents"))
    }
    /// Containment navigation property `publishedResources` (`microsoft.graph.publishedResource`).
    pub fn published_resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PublishedResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("publishedResources"))
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
impl<C> crate::beta::requests::OnPremisesPublishingProfilePath<C> {
    /// Structural property `hybridAgentUpdaterConfiguration` (`microsoft.graph.hybridAgentUpdaterConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn hybrid_agent_updater_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::HybridAgentUpdaterConfiguration> {
        crate::path::PropertyPath::new(
            self.0.target().segment("hybridAgentUpdaterConfiguration"),
        )
    }
    /// Containment navigation property `agentGroups` (`microsoft.graph.onPremisesAgentGroup`).
    pub fn agent_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnPremisesAgentGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("agentGroups"))
    }
    /// Containment navigation property `agents` (`microsoft.graph.onPremisesAgent`).
    pub fn agents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnPremisesAgent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("agents"))
    }
    /// Containment navigation property `connectorGroups` (`microsoft.graph.connectorGroup`).
    pub fn connector_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ConnectorGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("connectorGroups"))
    }
    /// Containment navigation property `connectors` (`microsoft.graph.connector`).
    pub fn connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Connector,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("connectors"))
    }
    /// Containment navigation property `publishedResources` (`microsoft.graph.publishedResource`).
    pub fn published_resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PublishedResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("publishedResources"))
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
impl<C> crate::beta::requests::OnenotePath<C> {
    /// Containment navigation property `notebooks` (`microsoft.graph.notebook`).
    pub fn notebooks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Notebook,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("notebooks"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.onenoteOperation`).
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnenoteOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("operations"))
    }
    /// Containment navigation property `pages` (`microsoft.graph.onenotePage`).
    pub fn pages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnenotePage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("pages"))
    }
    /// Containment navigation property `resources` (`microsoft.graph.onenoteResource`).
    pub fn resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnenoteResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("resources"))
    }
    /// Containment navigation property `sectionGroups` (`microsoft.graph.sectionGroup`).
    pub fn section_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SectionGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("sectionGroups"))
    }
    /// Containment navigation property `sections` (`microsoft.graph.onenoteSection`).
    pub fn sections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnenoteSection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("sections"))
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
impl<C> crate::beta::requests::OnenoteEntityHierarchyModelPath<C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
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
impl<C> crate::beta::requests::OnenoteOperationPath<C> {
    /// Structural property `error` (`microsoft.graph.onenoteOperationError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OnenoteOperationError> {
        crate::path::PropertyPath::new(self.0.target().segment("error"))
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
impl<C> crate::beta::requests::OnenotePagePath<C> {
    /// Stream property `content`.
    pub fn content(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("content"))
    }
    /// Structural property `links` (`microsoft.graph.pageLinks`), addressed on its own: `GET` or `PATCH` it.
    pub fn links(&self) -> crate::path::PropertyPath<crate::beta::PageLinks> {
        crate::path::PropertyPath::new(self.0.target().segment("links"))
    }
    /// Containment navigation property `parentNotebook` (`microsoft.graph.notebook`).
    pub fn parent_notebook(
        &self,
    ) -> crate::beta::requests::NotebookPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::NotebookPath::new(
            self.0.target().segment("parentNotebook"),
        )
    }
    /// Containment navigation property `parentSection` (`microsoft.graph.onenoteSection`).
    pub fn parent_section(
        &self,
    ) -> crate::beta::requests::OnenoteSectionPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::OnenoteSectionPath::new(
            self.0.target().segment("parentSection"),
        )
    }
    /// `POST .../copyToSection`: action `microsoft.graph.copyToSection`.
    pub fn copy_to_section(
        &self,
        params: crate::beta::params::OnenotePageCopyToSectionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::OnenotePageCopyToSectionParams>,
        rt::request::Entity<crate::beta::OnenoteOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("copyToSection"),
            rt::request::Json(params),
        )
    }
    /// `POST .../onenotePatchContent`: action `microsoft.graph.onenotePatchContent`.
    pub fn onenote_patch_content(
        &self,
        params: crate::beta::params::OnenotePageOnenotePatchContentParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::OnenotePageOnenotePatchContentParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("onenotePatchContent"),
            rt::request::Json(params),
        )
    }
    /// `GET .../preview`: function `microsoft.graph.preview`.
    pub fn preview(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::OnenotePagePreview>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("preview", &[]),
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
impl<C> crate::beta::requests::OnenoteResourcePath<C> {
    /// Stream property `content`.
    pub fn content(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("content"))
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
impl<C> crate::beta::requests::OnenoteSectionPath<C> {
    /// Structural property `links` (`microsoft.graph.sectionLinks`), addressed on its own: `GET` or `PATCH` it.
    pub fn links(&self) -> crate::path::PropertyPath<crate::beta::SectionLinks> {
        crate::path::PropertyPath::new(self.0.target().segment("links"))
    }
    /// Containment navigation property `pages` (`microsoft.graph.onenotePage`).
    pub fn pages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnenotePage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("pages"))
    }
    /// Containment navigation property `parentNotebook` (`microsoft.graph.notebook`).
    pub fn parent_notebook(
        &self,
    ) -> crate::beta::requests::NotebookPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::NotebookPath::new(
            self.0.target().segment("parentNotebook"),
        )
    }
    /// Containment navigation property `parentSectionGroup` (`microsoft.graph.sectionGroup`).
    pub fn parent_section_group(
        &self,
    ) -> crate::beta::requests::SectionGroupPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::SectionGroupPath::new(
            self.0.target().segment("parentSectionGroup"),
        )
    }
    /// `POST .../copyToNotebook`: action `microsoft.graph.copyToNotebook`.
    pub fn copy_to_notebook(
        &self,
        params: crate::beta::params::OnenoteSectionCopyToNotebookParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::OnenoteSectionCopyToNotebookParams>,
        rt::request::Entity<crate::beta::OnenoteOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("copyToNotebook"),
            rt::request::Json(params),
        )
    }
    /// `POST .../copyToSectionGroup`: action `microsoft.graph.copyToSectionGroup`.
    pub fn copy_to_section_group(
        &self,
        params: crate::beta::params::OnenoteSectionCopyToSectionGroupParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::OnenoteSectionCopyToSectionGroupParams>,
        rt::request::Entity<crate::beta::OnenoteOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("copyToSectionGroup"),
            rt::request::Json(params),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
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
impl<C> crate::beta::requests::OnlineMeetingPath<C> {
    /// Stream property `alternativeRecording`.
    pub fn alternative_recording(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("alternativeRecording"))
    }
    /// Stream property `attendeeReport`.
    pub fn attendee_report(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("attendeeReport"))
    }
    /// Structural property `audioConferencing` (`microsoft.graph.audioConferencing`), addressed on its own: `GET` or `PATCH` it.
    pub fn audio_conferencing(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AudioConferencing> {
        crate::path::PropertyPath::new(self.0.target().segment("audioConferencing"))
    }
    /// Structural property `broadcastSettings` (`microsoft.graph.broadcastMeetingSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn broadcast_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::BroadcastMeetingSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("broadcastSettings"))
    }
    /// Structural property `chatInfo` (`microsoft.graph.chatInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn chat_info(&self) -> crate::path::PropertyPath<crate::beta::ChatInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("chatInfo"))
    }
    /// Structural property `joinInformation` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn join_information(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.0.target().segment("joinInformation"))
    }
    /// Structural property `lobbyBypassSettings` (`microsoft.graph.lobbyBypassSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn lobby_bypass_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::LobbyBypassSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("lobbyBypassSettings"))
    }
    /// Structural property `participants` (`microsoft.graph.meetingParticipants`), addressed on its own: `GET` or `PATCH` it.
    pub fn participants(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MeetingParticipants> {
        crate::path::PropertyPath::new(self.0.target().segment("participants"))
    }
    /// Stream property `recording`.
    pub fn recording(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("recording"))
    }
    /// Containment navigation property `meetingAttendanceReport` (`microsoft.graph.meetingAttendanceReport`).
    pub fn meeting_attendance_report(
        &self,
    ) -> crate::beta::requests::MeetingAttendanceReportPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::MeetingAttendanceReportPath::new(
            self.0.target().segment("meetingAttendanceReport"),
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
impl<C> crate::beta::requests::OpenIdConnectIdentityProviderPath<C> {
    /// Structural property `claimsMapping` (`microsoft.graph.claimsMapping`), addressed on its own: `GET` or `PATCH` it.
    pub fn claims_mapping(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ClaimsMapping> {
        crate::path::PropertyPath::new(self.0.target().segment("claimsMapping"))
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
impl<C> crate::beta::requests::OpenIdConnectProviderPath<C> {
    /// Structural property `claimsMapping` (`microsoft.graph.claimsMapping`), addressed on its own: `GET` or `PATCH` it.
    pub fn claims_mapping(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ClaimsMapping> {
        crate::path::PropertyPath::new(self.0.target().segment("claimsMapping"))
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
impl<C> crate::beta::requests::OpenShiftPath<C> {
    /// Structural property `draftOpenShift` (`microsoft.graph.openShiftItem`), addressed on its own: `GET` or `PATCH` it.
    pub fn draft_open_shift(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OpenShiftItem> {
        crate::path::PropertyPath::new(self.0.target().segment("draftOpenShift"))
    }
    /// Structural property `sharedOpenShift` (`microsoft.graph.openShiftItem`), addressed on its own: `GET` or `PATCH` it.
    pub fn shared_open_shift(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OpenShiftItem> {
        crate::path::PropertyPath::new(self.0.target().segment("sharedOpenShift"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
    }
    /// `POST .../stageForDeletion`: action `microsoft.graph.stageForDeletion`.
    pub fn stage_for_deletion(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("stageForDeletion"),
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
impl<C> crate::beta::requests::OrgContactPath<C> {
    /// Navigation property `directReports` (`microsoft.graph.directoryObject`).
    pub fn direct_reports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("directReports"))
    }
    /// Navigation property `manager` (`microsoft.graph.directoryObject`).
    pub fn manager(
        &self,
    ) -> crate::beta::requests::DirectoryObjectPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DirectoryObjectPath::new(
            self.0.target().segment("manager"),
        )
    }
    /// Navigation property `memberOf` (`microsoft.graph.directoryObject`).
    pub fn member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("memberOf"))
    }
    /// Navigation property `transitiveMemberOf` (`microsoft.graph.directoryObject`).
    pub fn transitive_member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("transitiveMemberOf"))
    }
    /// Navigation property `transitiveReports` (`microsoft.graph.directoryObject`).
    pub fn transitive_reports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("transitiveReports"))
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    pub fn check_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    pub fn check_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    pub fn get_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    pub fn get_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("restore"),
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
impl<C> crate::beta::requests::OrganizationPath<C> {
    /// Structural property `directorySizeQuota` (`microsoft.graph.directorySizeQuota`), addressed on its own: `GET` or `PATCH` it.
    pub fn directory_size_quota(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DirectorySizeQuota> {
        crate::path::PropertyPath::new(self.0.target().segment("directorySizeQuota"))
    }
    /// Structural property `privacyProfile` (`microsoft.graph.privacyProfile`), addressed on its own: `GET` or `PATCH` it.
    pub fn privacy_profile(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PrivacyProfile> {
        crate::path::PropertyPath::new(self.0.target().segment("privacyProfile"))
    }
    /// Structural property `certificateConnectorSetting` (`microsoft.graph.certificateConnectorSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn certificate_connector_setting(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::CertificateConnectorSetting> {
        crate::path::PropertyPath::new(
            self.0.target().segment("certificateConnectorSetting"),
        )
    }
    /// Containment navigation property `branding` (`microsoft.graph.organizationalBranding`).
    pub fn branding(
        &self,
    ) -> crate::beta::requests::OrganizationalBrandingPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::OrganizationalBrandingPath::new(
            self.0.target().segment("branding"),
        )
    }
    #[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
    /// Navigation property `certificateBasedAuthConfiguration` (`microsoft.graph.certificateBasedAuthConfiguration`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn certificate_based_auth_configuration(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CertificateBasedAuthConfiguration,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("certificateBasedAuthConfiguration"),
        )
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("extensions"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.organizationSettings`).
    pub fn settings(
        &self,
    ) -> crate::beta::requests::OrganizationSettingsPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::OrganizationSettingsPath::new(
            self.0.target().segment("settings"),
        )
    }
    /// `POST .../activateService`: action `microsoft.graph.activateService`.
    pub fn activate_service(
        &self,
        params: crate::beta::params::OrganizationActivateServiceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::OrganizationActivateServiceParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("activateService"),
            rt::request::Json(params),
        )
    }
    /// Set mobile device management authority
    ///
    /// `POST .../setMobileDeviceManagementAuthority`: action `microsoft.graph.setMobileDeviceManagementAuthority`.
    pub fn set_mobile_device_management_authority(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i32>> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("setMobileDeviceManagementAuthority"),
            rt::request::NoBody,
        )
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    pub fn check_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    pub fn check_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    pub fn get_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    pub fn get_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("restore"),
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
impl<C> crate::beta::requests::OrganizationSettingsPath<C> {
    /// Containment navigation property `itemInsights` (`microsoft.graph.itemInsightsSettings`).
    pub fn item_insights(
        &self,
    ) -> crate::beta::requests::ItemInsightsSettingsPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::ItemInsightsSettingsPath::new(
            self.0.target().segment("itemInsights"),
        )
    }
    /// Containment navigation property `profileCardProperties` (`microsoft.graph.profileCardProperty`).
    pub fn profile_card_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ProfileCardProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("profileCardProperties"),
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
impl<C> crate::beta::requests::OrganizationalBrandingPath<C> {
    /// Containment navigation property `localizations` (`microsoft.graph.organizationalBrandingLocalization`).
    pub fn localizations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OrganizationalBrandingLocalization,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("localizations"))
    }
    /// Stream property `backgroundImage`.
    pub fn background_image(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("backgroundImage"))
    }
    /// Stream property `bannerLogo`.
    pub fn banner_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("bannerLogo"))
    }
    /// Stream property `squareLogo`.
    pub fn square_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("squareLogo"))
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
impl<C, T> crate::beta::requests::OrganizationalBrandingPropertiesPath<C, T> {
    /// Stream property `backgroundImage`.
    pub fn background_image(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("backgroundImage"))
    }
    /// Stream property `bannerLogo`.
    pub fn banner_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("bannerLogo"))
    }
    /// Stream property `squareLogo`.
    pub fn square_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("squareLogo"))
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
impl<C> crate::beta::requests::OutlookTaskPath<C> {
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn body(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.0.target().segment("body"))
    }
    /// Structural property `completedDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn completed_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.0.target().segment("completedDateTime"))
    }
    /// Structural property `dueDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn due_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.0.target().segment("dueDateTime"))
    }
    /// Structural property `recurrence` (`microsoft.graph.patternedRecurrence`), addressed on its own: `GET` or `PATCH` it.
    pub fn recurrence(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PatternedRecurrence> {
        crate::path::PropertyPath::new(self.0.target().segment("recurrence"))
    }
    /// Structural property `reminderDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn reminder_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.0.target().segment("reminderDateTime"))
    }
    /// Structural property `startDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn start_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.0.target().segment("startDateTime"))
    }
    /// Containment navigation property `attachments` (`microsoft.graph.attachment`).
    pub fn attachments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyAttachment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("attachments"))
    }
    /// Containment navigation property `multiValueExtendedProperties` (`microsoft.graph.multiValueLegacyExtendedProperty`).
    pub fn multi_value_extended_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MultiValueLegacyExtendedProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("multiValueExtendedProperties"),
        )
    }
    /// Containment navigation property `singleValueExtendedProperties` (`microsoft.graph.singleValueLegacyExtendedProperty`).
    pub fn single_value_extended_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SingleValueLegacyExtendedProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("singleValueExtendedProperties"),
        )
    }
    /// `POST .../complete`: action `microsoft.graph.complete`.
    pub fn complete(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::OutlookTask>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("complete"),
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
impl<C> crate::beta::requests::OutlookTaskFolderPath<C> {
    /// Containment navigation property `multiValueExtendedProperties` (`microsoft.graph.multiValueLegacyExtendedProperty`).
    pub fn multi_value_extended_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MultiValueLegacyExtendedProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("multiValueExtendedProperties"),
        )
    }
    /// Containment navigation property `singleValueExtendedProperties` (`microsoft.graph.singleValueLegacyExtendedProperty`).
    pub fn single_value_extended_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SingleValueLegacyExtendedProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("singleValueExtendedProperties"),
        )
    }
    /// Containment navigation property `tasks` (`microsoft.graph.outlookTask`).
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OutlookTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("tasks"))
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
impl<C> crate::beta::requests::OutlookTaskGroupPath<C> {
    /// Containment navigation property `taskFolders` (`microsoft.graph.outlookTaskFolder`).
    pub fn task_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OutlookTaskFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("taskFolders"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::OutlookTaskGroup {
    const SEGMENT: &'static str = "microsoft.graph.outlookTaskGroup";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::OutlookUserPath<C> {
    /// Containment navigation property `masterCategories` (`microsoft.graph.outlookCategory`).
    pub fn master_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OutlookCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("masterCategories"))
    }
    /// Containment navigation property `taskFolders` (`microsoft.graph.outlookTaskFolder`).
    pub fn task_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OutlookTaskFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("taskFolders"))
    }
    /// Containment navigation property `taskGroups` (`microsoft.graph.outlookTaskGroup`).
    pub fn task_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OutlookTaskGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("taskGroups"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.outlookTask`).
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OutlookTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("tasks"))
    }
    /// `GET .../supportedLanguages`: function `microsoft.graph.supportedLanguages`.
    pub fn supported_languages(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::LocaleInfo>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("supportedLanguages", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../supportedTimeZones`: function `microsoft.graph.supportedTimeZones`.
    pub fn supported_time_zones(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TimeZoneInformation>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("supportedTimeZones", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../supportedTimeZones`: function `microsoft.graph.supportedTimeZones`.
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
                .0
                .target()
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
impl<C> crate::beta::requests::ParticipantPath<C> {
    /// Structural property `info` (`microsoft.graph.participantInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn info(&self) -> crate::path::PropertyPath<crate::beta::ParticipantInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("info"))
    }
    /// Structural property `recordingInfo` (`microsoft.graph.recordingInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn recording_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::RecordingInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("recordingInfo"))
    }
    /// `POST .../mute`: action `microsoft.graph.mute`.
    pub fn mute(
        &self,
        params: crate::beta::params::ParticipantMuteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ParticipantMuteParams>,
        rt::request::Entity<crate::beta::MuteParticipantOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("mute"),
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
impl<C> crate::beta::requests::ParticipantJoiningNotificationPath<C> {
    /// Containment navigation property `call` (`microsoft.graph.call`).
    pub fn call(
        &self,
    ) -> crate::beta::requests::CallPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::CallPath::new(self.0.target().segment("call"))
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
impl<C> crate::beta::requests::ParticipantLeftNotificationPath<C> {
    /// Containment navigation property `call` (`microsoft.graph.call`).
    pub fn call(
        &self,
    ) -> crate::beta::requests::CallPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::CallPath::new(self.0.target().segment("call"))
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
impl<
    C,
> crate::beta::requests::PasswordlessMicrosoftAuthenticatorAuthenticationMethodPath<C> {
    /// Containment navigation property `device` (`microsoft.graph.device`).
    pub fn device(
        &self,
    ) -> crate::beta::requests::DevicePath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::DevicePath::new(self.0.target().segment("device"))
    }
    /// `POST .../disableSmsSignIn`: action `microsoft.graph.disableSmsSignIn`.
    pub fn disable_sms_sign_in(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("disableSmsSignIn"),
            rt::request::NoBody,
        )
    }
    /// `POST .../enableSmsSignIn`: action `microsoft.graph.enableSmsSignIn`.
    pub fn enable_sms_sign_in(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("enableSmsSignIn"),
            rt::request::NoBody,
        )
    }
    /// `POST .../resetPassword`: action `microsoft.graph.resetPassword`.
    pub fn reset_password(
        &self,
        params: crate::beta::params::AuthenticationMethodResetPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::AuthenticationMethodResetPasswordParams>,
        rt::request::Entity<crate::beta::PasswordResetResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("resetPassword"),
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
impl<C> crate::beta::requests::PermissionPath<C> {
    /// Structural property `grantedTo` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn granted_to(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("grantedTo"))
    }
    /// Structural property `inheritedFrom` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    pub fn inherited_from(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ItemReference> {
        crate::path::PropertyPath::new(self.0.target().segment("inheritedFrom"))
    }
    /// Structural property `invitation` (`microsoft.graph.sharingInvitation`), addressed on its own: `GET` or `PATCH` it.
    pub fn invitation(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SharingInvitation> {
        crate::path::PropertyPath::new(self.0.target().segment("invitation"))
    }
    /// Structural property `link` (`microsoft.graph.sharingLink`), addressed on its own: `GET` or `PATCH` it.
    pub fn link(&self) -> crate::path::PropertyPath<crate::beta::SharingLink> {
        crate::path::PropertyPath::new(self.0.target().segment("link"))
    }
    /// `POST .../grant`: action `microsoft.graph.grant`.
    pub fn grant(
        &self,
        params: crate::beta::params::PermissionGrantParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PermissionGrantParams>,
        rt::request::Collection<crate::beta::Permission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("grant"),
            rt::request::Json(params),
        )
    }
    /// `POST .../revokeGrants`: action `microsoft.graph.revokeGrants`.
    pub fn revoke_grants(
        &self,
        params: crate::beta::params::PermissionRevokeGrantsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PermissionRevokeGrantsParams>,
        rt::request::Entity<crate::beta::Permission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("revokeGrants"),
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
impl<C> crate::beta::requests::PermissionGrantPolicyPath<C> {
    /// Containment navigation property `excludes` (`microsoft.graph.permissionGrantConditionSet`).
    pub fn excludes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PermissionGrantConditionSet,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("excludes"))
    }
    /// Containment navigation property `includes` (`microsoft.graph.permissionGrantConditionSet`).
    pub fn includes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PermissionGrantConditionSet,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("includes"))
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    pub fn check_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    pub fn check_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    pub fn get_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    pub fn get_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("restore"),
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
impl<C> crate::beta::requests::PersonAnnotationPath<C> {
    /// Structural property `detail` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn detail(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.0.target().segment("detail"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `inference` (`microsoft.graph.inferenceData`), addressed on its own: `GET` or `PATCH` it.
    pub fn inference(&self) -> crate::path::PropertyPath<crate::beta::InferenceData> {
        crate::path::PropertyPath::new(self.0.target().segment("inference"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
    }
    /// Structural property `source` (`microsoft.graph.personDataSources`), addressed on its own: `GET` or `PATCH` it.
    pub fn source(&self) -> crate::path::PropertyPath<crate::beta::PersonDataSources> {
        crate::path::PropertyPath::new(self.0.target().segment("source"))
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
impl<C> crate::beta::requests::PersonNamePath<C> {
    /// Structural property `pronunciation` (`microsoft.graph.personNamePronounciation`), addressed on its own: `GET` or `PATCH` it.
    pub fn pronunciation(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PersonNamePronounciation> {
        crate::path::PropertyPath::new(self.0.target().segment("pronunciation"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `inference` (`microsoft.graph.inferenceData`), addressed on its own: `GET` or `PATCH` it.
    pub fn inference(&self) -> crate::path::PropertyPath<crate::beta::InferenceData> {
        crate::path::PropertyPath::new(self.0.target().segment("inference"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
    }
    /// Structural property `source` (`microsoft.graph.personDataSources`), addressed on its own: `GET` or `PATCH` it.
    pub fn source(&self) -> crate::path::PropertyPath<crate::beta::PersonDataSources> {
        crate::path::PropertyPath::new(self.0.target().segment("source"))
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
impl<C> crate::beta::requests::PicturePath<C> {
    /// Stream property `content`.
    pub fn content(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("content"))
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Picture {
    const SEGMENT: &'static str = "microsoft.graph.picture";
}
#[cfg(msgraph_beta_places_or_search)]
/// Features: `beta`, or one of `beta-places`, `beta-search`.
impl<C, T> crate::beta::requests::PlacePath<C, T> {
    /// Structural property `address` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    pub fn address(&self) -> crate::path::PropertyPath<crate::beta::PhysicalAddress> {
        crate::path::PropertyPath::new(self.0.target().segment("address"))
    }
    /// Structural property `geoCoordinates` (`microsoft.graph.outlookGeoCoordinates`), addressed on its own: `GET` or `PATCH` it.
    pub fn geo_coordinates(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OutlookGeoCoordinates> {
        crate::path::PropertyPath::new(self.0.target().segment("geoCoordinates"))
    }
}
#[cfg(msgraph_beta_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyPlace {
    const SEGMENT: &'static str = "microsoft.graph.place";
}
#[cfg(msgraph_beta_planner)]
/// Features: `beta` or `beta-planner`.
impl<C> crate::beta::requests::PlannerPath<C> {
    /// Containment navigation property `buckets` (`microsoft.graph.plannerBucket`).
    pub fn buckets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerBucket,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("buckets"))
    }
    /// Containment navigation property `plans` (`microsoft.graph.plannerPlan`).
    pub fn plans(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerPlan,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("plans"))
    }
    /// Containment navigation property `rosters` (`microsoft.graph.plannerRoster`).
    pub fn rosters(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerRoster,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("rosters"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.plannerTask`).
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("tasks"))
    }
}
#[cfg(msgraph_beta_core_or_planner)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::PlannerAssignedToTaskBoardTaskFormatPath<C> {
    /// Structural property `orderHintsByAssignee` (`microsoft.graph.plannerOrderHintsByAssignee`), addressed on its own: `GET` or `PATCH` it.
    pub fn order_hints_by_assignee(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerOrderHintsByAssignee> {
        crate::path::PropertyPath::new(self.0.target().segment("orderHintsByAssignee"))
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
impl<C> crate::beta::requests::PlannerBucketPath<C> {
    /// Containment navigation property `tasks` (`microsoft.graph.plannerTask`).
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("tasks"))
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
impl<C> crate::beta::requests::PlannerGroupPath<C> {
    /// Containment navigation property `plans` (`microsoft.graph.plannerPlan`).
    pub fn plans(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerPlan,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("plans"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PlannerGroup {
    const SEGMENT: &'static str = "microsoft.graph.plannerGroup";
}
#[cfg(msgraph_beta_core_or_planner)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::PlannerPlanPath<C> {
    /// Structural property `container` (`microsoft.graph.plannerPlanContainer`), addressed on its own: `GET` or `PATCH` it.
    pub fn container(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerPlanContainer> {
        crate::path::PropertyPath::new(self.0.target().segment("container"))
    }
    /// Structural property `contexts` (`microsoft.graph.plannerPlanContextCollection`), addressed on its own: `GET` or `PATCH` it.
    pub fn contexts(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerPlanContextCollection> {
        crate::path::PropertyPath::new(self.0.target().segment("contexts"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Containment navigation property `buckets` (`microsoft.graph.plannerBucket`).
    pub fn buckets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerBucket,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("buckets"))
    }
    /// Containment navigation property `details` (`microsoft.graph.plannerPlanDetails`).
    pub fn details(
        &self,
    ) -> crate::beta::requests::PlannerPlanDetailsPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::PlannerPlanDetailsPath::new(
            self.0.target().segment("details"),
        )
    }
    /// Containment navigation property `tasks` (`microsoft.graph.plannerTask`).
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("tasks"))
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
impl<C> crate::beta::requests::PlannerPlanDetailsPath<C> {
    /// Structural property `categoryDescriptions` (`microsoft.graph.plannerCategoryDescriptions`), addressed on its own: `GET` or `PATCH` it.
    pub fn category_descriptions(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerCategoryDescriptions> {
        crate::path::PropertyPath::new(self.0.target().segment("categoryDescriptions"))
    }
    /// Structural property `contextDetails` (`microsoft.graph.plannerPlanContextDetailsCollection`), addressed on its own: `GET` or `PATCH` it.
    pub fn context_details(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerPlanContextDetailsCollection> {
        crate::path::PropertyPath::new(self.0.target().segment("contextDetails"))
    }
    /// Structural property `sharedWith` (`microsoft.graph.plannerUserIds`), addressed on its own: `GET` or `PATCH` it.
    pub fn shared_with(&self) -> crate::path::PropertyPath<crate::beta::PlannerUserIds> {
        crate::path::PropertyPath::new(self.0.target().segment("sharedWith"))
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
impl<C> crate::beta::requests::PlannerRosterPath<C> {
    /// Containment navigation property `members` (`microsoft.graph.plannerRosterMember`).
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerRosterMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("members"))
    }
    /// Navigation property `plans` (`microsoft.graph.plannerPlan`).
    pub fn plans(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerPlan,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("plans"))
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
impl<C> crate::beta::requests::PlannerTaskPath<C> {
    /// Structural property `appliedCategories` (`microsoft.graph.plannerAppliedCategories`), addressed on its own: `GET` or `PATCH` it.
    pub fn applied_categories(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerAppliedCategories> {
        crate::path::PropertyPath::new(self.0.target().segment("appliedCategories"))
    }
    /// Structural property `assignments` (`microsoft.graph.plannerAssignments`), addressed on its own: `GET` or `PATCH` it.
    pub fn assignments(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerAssignments> {
        crate::path::PropertyPath::new(self.0.target().segment("assignments"))
    }
    /// Structural property `completedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn completed_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("completedBy"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `creationSource` (`microsoft.graph.plannerTaskCreation`), addressed on its own: `GET` or `PATCH` it.
    pub fn creation_source(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerTaskCreation> {
        crate::path::PropertyPath::new(self.0.target().segment("creationSource"))
    }
    /// Containment navigation property `assignedToTaskBoardFormat` (`microsoft.graph.plannerAssignedToTaskBoardTaskFormat`).
    pub fn assigned_to_task_board_format(
        &self,
    ) -> crate::beta::requests::PlannerAssignedToTaskBoardTaskFormatPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::PlannerAssignedToTaskBoardTaskFormatPath::new(
            self.0.target().segment("assignedToTaskBoardFormat"),
        )
    }
    /// Containment navigation property `bucketTaskBoardFormat` (`microsoft.graph.plannerBucketTaskBoardTaskFormat`).
    pub fn bucket_task_board_format(
        &self,
    ) -> crate::beta::requests::PlannerBucketTaskBoardTaskFormatPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::PlannerBucketTaskBoardTaskFormatPath::new(
            self.0.target().segment("bucketTaskBoardFormat"),
        )
    }
    /// Containment navigation property `details` (`microsoft.graph.plannerTaskDetails`).
    pub fn details(
        &self,
    ) -> crate::beta::requests::PlannerTaskDetailsPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::PlannerTaskDetailsPath::new(
            self.0.target().segment("details"),
        )
    }
    /// Containment navigation property `progressTaskBoardFormat` (`microsoft.graph.plannerProgressTaskBoardTaskFormat`).
    pub fn progress_task_board_format(
        &self,
    ) -> crate::beta::requests::PlannerProgressTaskBoardTaskFormatPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::PlannerProgressTaskBoardTaskFormatPath::new(
            self.0.target().segment("progressTaskBoardFormat"),
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
impl<C> crate::beta::requests::PlannerTaskDetailsPath<C> {
    /// Structural property `checklist` (`microsoft.graph.plannerChecklistItems`), addressed on its own: `GET` or `PATCH` it.
    pub fn checklist(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerChecklistItems> {
        crate::path::PropertyPath::new(self.0.target().segment("checklist"))
    }
    /// Structural property `references` (`microsoft.graph.plannerExternalReferences`), addressed on its own: `GET` or `PATCH` it.
    pub fn references(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerExternalReferences> {
        crate::path::PropertyPath::new(self.0.target().segment("references"))
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
impl<C> crate::beta::requests::PlannerUserPath<C> {
    /// Structural property `favoritePlanReferences` (`microsoft.graph.plannerFavoritePlanReferenceCollection`), addressed on its own: `GET` or `PATCH` it.
    pub fn favorite_plan_references(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerFavoritePlanReferenceCollection> {
        crate::path::PropertyPath::new(self.0.target().segment("favoritePlanReferences"))
    }
    /// Structural property `recentPlanReferences` (`microsoft.graph.plannerRecentPlanReferenceCollection`), addressed on its own: `GET` or `PATCH` it.
    pub fn recent_plan_references(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PlannerRecentPlanReferenceCollection> {
        crate::path::PropertyPath::new(self.0.target().segment("recentPlanReferences"))
    }
    /// Containment navigation property `all` (`microsoft.graph.plannerDelta`).
    pub fn all(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyPlannerDelta,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("all"))
    }
    /// Navigation property `favoritePlans` (`microsoft.graph.plannerPlan`).
    pub fn favorite_plans(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerPlan,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("favoritePlans"))
    }
    /// Containment navigation property `plans` (`microsoft.graph.plannerPlan`).
    pub fn plans(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerPlan,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("plans"))
    }
    /// Navigation property `recentPlans` (`microsoft.graph.plannerPlan`).
    pub fn recent_plans(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerPlan,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("recentPlans"))
    }
    /// Navigation property `rosterPlans` (`microsoft.graph.plannerPlan`).
    pub fn roster_plans(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerPlan,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("rosterPlans"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.plannerTask`).
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PlannerTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("tasks"))
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
impl<C> crate::beta::requests::PolicyRootPath<C> {
    /// Containment navigation property `authenticationMethodsPolicy` (`microsoft.graph.authenticationMethodsPolicy`).
    pub fn authentication_methods_policy(
        &self,
    ) -> crate::beta::requests::AuthenticationMethodsPolicyPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::AuthenticationMethodsPolicyPath::new(
            self.0.target().segment("authenticationMethodsPolicy"),
        )
    }
    /// Containment navigation property `authenticationFlowsPolicy` (`microsoft.graph.authenticationFlowsPolicy`).
    pub fn authentication_flows_policy(
        &self,
    ) -> crate::beta::requests::AuthenticationFlowsPolicyPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::AuthenticationFlowsPolicyPath::new(
            self.0.target().segment("authenticationFlowsPolicy"),
        )
    }
    /// Containment navigation property `b2cAuthenticationMethodsPolicy` (`microsoft.graph.b2cAuthenticationMethodsPolicy`).
    pub fn b2c_authentication_methods_policy(
        &self,
    ) -> crate::beta::requests::B2cAuthenticationMethodsPolicyPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::B2cAuthenticationMethodsPolicyPath::new(
            self.0.target().segment("b2cAuthenticationMethodsPolicy"),
        )
    }
    /// Containment navigation property `activityBasedTimeoutPolicies` (`microsoft.graph.activityBasedTimeoutPolicy`).
    pub fn activity_based_timeout_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ActivityBasedTimeoutPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("activityBasedTimeoutPolicies"),
        )
    }
    /// Containment navigation property `authorizationPolicy` (`microsoft.graph.authorizationPolicy`).
    pub fn authorization_policy(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AuthorizationPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("authorizationPolicy"))
    }
    /// Containment navigation property `claimsMappingPolicies` (`microsoft.graph.claimsMappingPolicy`).
    pub fn claims_mapping_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ClaimsMappingPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("claimsMappingPolicies"),
        )
    }
    /// Containment navigation property `homeRealmDiscoveryPolicies` (`microsoft.graph.homeRealmDiscoveryPolicy`).
    pub fn home_realm_discovery_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::HomeRealmDiscoveryPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("homeRealmDiscoveryPolicies"),
        )
    }
    /// Containment navigation property `permissionGrantPolicies` (`microsoft.graph.permissionGrantPolicy`).
    pub fn permission_grant_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PermissionGrantPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("permissionGrantPolicies"),
        )
    }
    /// Containment navigation property `tokenIssuancePolicies` (`microsoft.graph.tokenIssuancePolicy`).
    pub fn token_issuance_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TokenIssuancePolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("tokenIssuancePolicies"),
        )
    }
    /// Containment navigation property `tokenLifetimePolicies` (`microsoft.graph.tokenLifetimePolicy`).
    pub fn token_lifetime_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TokenLifetimePolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("tokenLifetimePolicies"),
        )
    }
    /// Containment navigation property `featureRolloutPolicies` (`microsoft.graph.featureRolloutPolicy`).
    pub fn feature_rollout_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::FeatureRolloutPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("featureRolloutPolicies"),
        )
    }
    /// Containment navigation property `accessReviewPolicy` (`microsoft.graph.accessReviewPolicy`).
    pub fn access_review_policy(
        &self,
    ) -> crate::beta::requests::AccessReviewPolicyPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::AccessReviewPolicyPath::new(
            self.0.target().segment("accessReviewPolicy"),
        )
    }
    /// Containment navigation property `adminConsentRequestPolicy` (`microsoft.graph.adminConsentRequestPolicy`).
    pub fn admin_consent_request_policy(
        &self,
    ) -> crate::beta::requests::AdminConsentRequestPolicyPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::AdminConsentRequestPolicyPath::new(
            self.0.target().segment("adminConsentRequestPolicy"),
        )
    }
    /// Containment navigation property `directoryRoleAccessReviewPolicy` (`microsoft.graph.directoryRoleAccessReviewPolicy`).
    pub fn directory_role_access_review_policy(
        &self,
    ) -> crate::beta::requests::DirectoryRoleAccessReviewPolicyPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DirectoryRoleAccessReviewPolicyPath::new(
            self.0.target().segment("directoryRoleAccessReviewPolicy"),
        )
    }
    /// Containment navigation property `conditionalAccessPolicies` (`microsoft.graph.conditionalAccessPolicy`).
    pub fn conditional_access_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ConditionalAccessPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("conditionalAccessPolicies"),
        )
    }
    /// Containment navigation property `identitySecurityDefaultsEnforcementPolicy` (`microsoft.graph.identitySecurityDefaultsEnforcementPolicy`).
    pub fn identity_security_defaults_enforcement_policy(
        &self,
    ) -> crate::beta::requests::IdentitySecurityDefaultsEnforcementPolicyPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::IdentitySecurityDefaultsEnforcementPolicyPath::new(
            self.0.target().segment("identitySecurityDefaultsEnforcementPolicy"),
        )
    }
    /// Containment navigation property `roleManagementPolicies` (`microsoft.graph.unifiedRoleManagementPolicy`).
    pub fn role_management_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleManagementPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("roleManagementPolicies"),
        )
    }
    /// Containment navigation property `roleManagementPolicyAssignments` (`microsoft.graph.unifiedRoleManagementPolicyAssignment`).
    pub fn role_management_policy_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleManagementPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("roleManagementPolicyAssignments"),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::PolicySetPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.policySetAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PolicySetAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `items` (`microsoft.graph.policySetItem`).
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyPolicySetItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("items"))
    }
    /// `POST .../update`: action `microsoft.graph.update`.
    pub fn update_2(
        &self,
        params: crate::beta::params::PolicySetUpdateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PolicySetUpdateParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("update"),
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
impl<C> crate::beta::requests::PolicySetAssignmentPath<C> {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("target"))
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
impl<C> crate::beta::requests::PostPath<C> {
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn body(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.0.target().segment("body"))
    }
    /// Structural property `from` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    pub fn from(&self) -> crate::path::PropertyPath<crate::beta::AnyRecipient> {
        crate::path::PropertyPath::new(self.0.target().segment("from"))
    }
    /// Structural property `sender` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    pub fn sender(&self) -> crate::path::PropertyPath<crate::beta::AnyRecipient> {
        crate::path::PropertyPath::new(self.0.target().segment("sender"))
    }
    /// Containment navigation property `attachments` (`microsoft.graph.attachment`).
    pub fn attachments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyAttachment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("attachments"))
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("extensions"))
    }
    /// Containment navigation property `inReplyTo` (`microsoft.graph.post`).
    pub fn in_reply_to(
        &self,
    ) -> crate::beta::requests::PostPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::PostPath::new(self.0.target().segment("inReplyTo"))
    }
    /// Containment navigation property `mentions` (`microsoft.graph.mention`).
    pub fn mentions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Mention,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("mentions"))
    }
    /// Containment navigation property `multiValueExtendedProperties` (`microsoft.graph.multiValueLegacyExtendedProperty`).
    pub fn multi_value_extended_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MultiValueLegacyExtendedProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("multiValueExtendedProperties"),
        )
    }
    /// Containment navigation property `singleValueExtendedProperties` (`microsoft.graph.singleValueLegacyExtendedProperty`).
    pub fn single_value_extended_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SingleValueLegacyExtendedProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("singleValueExtendedProperties"),
        )
    }
    /// `POST .../forward`: action `microsoft.graph.forward`.
    pub fn forward(
        &self,
        params: crate::beta::params::PostForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PostForwardParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("forward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../reply`: action `microsoft.graph.reply`.
    pub fn reply(
        &self,
        params: crate::beta::params::PostReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PostReplyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("reply"),
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
impl<C> crate::beta::requests::PresencePath<C> {
    /// Structural property `outOfOfficeSettings` (`microsoft.graph.outOfOfficeSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn out_of_office_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OutOfOfficeSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("outOfOfficeSettings"))
    }
    /// `POST .../clearPresence`: action `microsoft.graph.clearPresence`.
    pub fn clear_presence(
        &self,
        params: crate::beta::params::PresenceClearPresenceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PresenceClearPresenceParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("clearPresence"),
            rt::request::Json(params),
        )
    }
    /// `POST .../setPresence`: action `microsoft.graph.setPresence`.
    pub fn set_presence(
        &self,
        params: crate::beta::params::PresenceSetPresenceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PresenceSetPresenceParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("setPresence"),
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
impl<C> crate::beta::requests::PresentationPath<C> {
    /// Containment navigation property `comments` (`microsoft.graph.documentComment`).
    pub fn comments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DocumentComment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("comments"))
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Presentation {
    const SEGMENT: &'static str = "microsoft.graph.presentation";
}
#[cfg(msgraph_beta_print)]
/// Features: `beta` or `beta-print`.
impl<C> crate::beta::requests::PrintPath<C> {
    /// Structural property `settings` (`microsoft.graph.printSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn settings(&self) -> crate::path::PropertyPath<crate::beta::PrintSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("settings"))
    }
    /// Containment navigation property `connectors` (`microsoft.graph.printConnector`).
    pub fn connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintConnector,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("connectors"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.printOperation`).
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyPrintOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("operations"))
    }
    /// Containment navigation property `printers` (`microsoft.graph.printer`).
    pub fn printers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Printer,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("printers"))
    }
    /// Containment navigation property `printerShares` (`microsoft.graph.printerShare`).
    pub fn printer_shares(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrinterShare,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("printerShares"))
    }
    /// Containment navigation property `reports` (`microsoft.graph.reportRoot`).
    pub fn reports(
        &self,
    ) -> crate::beta::requests::ReportRootPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::ReportRootPath::new(self.0.target().segment("reports"))
    }
    /// Containment navigation property `services` (`microsoft.graph.printService`).
    pub fn services(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintService,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("services"))
    }
    /// Containment navigation property `shares` (`microsoft.graph.printerShare`).
    pub fn shares(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrinterShare,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("shares"))
    }
    /// Containment navigation property `taskDefinitions` (`microsoft.graph.printTaskDefinition`).
    pub fn task_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintTaskDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("taskDefinitions"))
    }
}
#[cfg(msgraph_beta_print_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-search`.
impl<C> crate::beta::requests::PrintConnectorPath<C> {
    /// Structural property `deviceHealth` (`microsoft.graph.deviceHealth`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_health(&self) -> crate::path::PropertyPath<crate::beta::DeviceHealth> {
        crate::path::PropertyPath::new(self.0.target().segment("deviceHealth"))
    }
    /// Structural property `location` (`microsoft.graph.printerLocation`), addressed on its own: `GET` or `PATCH` it.
    pub fn location(&self) -> crate::path::PropertyPath<crate::beta::PrinterLocation> {
        crate::path::PropertyPath::new(self.0.target().segment("location"))
    }
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PrintConnector {
    const SEGMENT: &'static str = "microsoft.graph.printConnector";
}
#[cfg(msgraph_beta_print_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-search`.
impl<C> crate::beta::requests::PrintDocumentPath<C> {
    /// The media content (`$value`) of this entity.
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("$value"))
    }
    /// Structural property `configuration` (`microsoft.graph.printerDocumentConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PrinterDocumentConfiguration> {
        crate::path::PropertyPath::new(self.0.target().segment("configuration"))
    }
    /// `POST .../createUploadSession`: action `microsoft.graph.createUploadSession`.
    pub fn create_upload_session(
        &self,
        params: crate::beta::params::PrintDocumentCreateUploadSessionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PrintDocumentCreateUploadSessionParams>,
        rt::request::Entity<crate::beta::UploadSession>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createUploadSession"),
            rt::request::Json(params),
        )
    }
    /// `POST .../uploadData`: action `microsoft.graph.uploadData`.
    pub fn upload_data(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("uploadData"),
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
impl<C> crate::beta::requests::PrintJobPath<C> {
    /// Structural property `configuration` (`microsoft.graph.printJobConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PrintJobConfiguration> {
        crate::path::PropertyPath::new(self.0.target().segment("configuration"))
    }
    /// Structural property `createdBy` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::UserIdentity> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `status` (`microsoft.graph.printJobStatus`), addressed on its own: `GET` or `PATCH` it.
    pub fn status(&self) -> crate::path::PropertyPath<crate::beta::PrintJobStatus> {
        crate::path::PropertyPath::new(self.0.target().segment("status"))
    }
    /// Containment navigation property `documents` (`microsoft.graph.printDocument`).
    pub fn documents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintDocument,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("documents"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.printTask`).
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("tasks"))
    }
    /// `POST .../abort`: action `microsoft.graph.abort`.
    pub fn abort(
        &self,
        params: crate::beta::params::PrintJobAbortParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PrintJobAbortParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("abort"),
            rt::request::Json(params),
        )
    }
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("cancel"),
            rt::request::NoBody,
        )
    }
    /// `POST .../cancelPrintJob`: action `microsoft.graph.cancelPrintJob`.
    pub fn cancel_print_job(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("cancelPrintJob"),
            rt::request::NoBody,
        )
    }
    /// `POST .../redirect`: action `microsoft.graph.redirect`.
    pub fn redirect(
        &self,
        params: crate::beta::params::PrintJobRedirectParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PrintJobRedirectParams>,
        rt::request::Entity<crate::beta::PrintJob>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("redirect"),
            rt::request::Json(params),
        )
    }
    /// `POST .../start`: action `microsoft.graph.start`.
    pub fn start(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::PrintJobStatus>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("start"),
            rt::request::NoBody,
        )
    }
    /// `POST .../startPrintJob`: action `microsoft.graph.startPrintJob`.
    pub fn start_print_job(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::PrintJobStatus>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("startPrintJob"),
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
impl<C> crate::beta::requests::PrintOperationPath<C> {
    /// Structural property `status` (`microsoft.graph.printOperationStatus`), addressed on its own: `GET` or `PATCH` it.
    pub fn status(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PrintOperationStatus> {
        crate::path::PropertyPath::new(self.0.target().segment("status"))
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
impl<C> crate::beta::requests::PrintServicePath<C> {
    /// Containment navigation property `endpoints` (`microsoft.graph.printServiceEndpoint`).
    pub fn endpoints(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintServiceEndpoint,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("endpoints"))
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
impl<C> crate::beta::requests::PrintTaskPath<C> {
    /// Structural property `status` (`microsoft.graph.printTaskStatus`), addressed on its own: `GET` or `PATCH` it.
    pub fn status(&self) -> crate::path::PropertyPath<crate::beta::PrintTaskStatus> {
        crate::path::PropertyPath::new(self.0.target().segment("status"))
    }
    /// Navigation property `definition` (`microsoft.graph.printTaskDefinition`).
    pub fn definition(
        &self,
    ) -> crate::beta::requests::PrintTaskDefinitionPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::PrintTaskDefinitionPath::new(
            self.0.target().segment("definition"),
        )
    }
    /// Navigation property `trigger` (`microsoft.graph.printTaskTrigger`).
    pub fn trigger(
        &self,
    ) -> crate::beta::requests::PrintTaskTriggerPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::PrintTaskTriggerPath::new(
            self.0.target().segment("trigger"),
        )
    }
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PrintTask {
    const SEGMENT: &'static str = "microsoft.graph.printTask";
}
#[cfg(msgraph_beta_print_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-search`.
impl<C> crate::beta::requests::PrintTaskDefinitionPath<C> {
    /// Structural property `createdBy` (`microsoft.graph.appIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::AppIdentity> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.printTask`).
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("tasks"))
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
impl<C> crate::beta::requests::PrintTaskTriggerPath<C> {
    /// Navigation property `definition` (`microsoft.graph.printTaskDefinition`).
    pub fn definition(
        &self,
    ) -> crate::beta::requests::PrintTaskDefinitionPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::PrintTaskDefinitionPath::new(
            self.0.target().segment("definition"),
        )
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
impl<C> crate::beta::requests::PrinterPath<C> {
    /// Navigation property `connectors` (`microsoft.graph.printConnector`).
    pub fn connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintConnector,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("connectors"))
    }
    /// Navigation property `share` (`microsoft.graph.printerShare`).
    pub fn share(
        &self,
    ) -> crate::beta::requests::PrinterSharePath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::PrinterSharePath::new(self.0.target().segment("share"))
    }
    /// Navigation property `shares` (`microsoft.graph.printerShare`).
    pub fn shares(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrinterShare,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("shares"))
    }
    /// Containment navigation property `taskTriggers` (`microsoft.graph.printTaskTrigger`).
    pub fn task_triggers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintTaskTrigger,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("taskTriggers"))
    }
    /// `GET .../getCapabilities`: function `microsoft.graph.getCapabilities`.
    pub fn get_capabilities(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::PrinterCapabilities>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getCapabilities", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../resetDefaults`: action `microsoft.graph.resetDefaults`.
    pub fn reset_defaults(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("resetDefaults"),
            rt::request::NoBody,
        )
    }
    /// `POST .../restoreFactoryDefaults`: action `microsoft.graph.restoreFactoryDefaults`.
    pub fn restore_factory_defaults(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("restoreFactoryDefaults"),
            rt::request::NoBody,
        )
    }
    /// Structural property `capabilities` (`microsoft.graph.printerCapabilities`), addressed on its own: `GET` or `PATCH` it.
    pub fn capabilities(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PrinterCapabilities> {
        crate::path::PropertyPath::new(self.0.target().segment("capabilities"))
    }
    /// Structural property `defaults` (`microsoft.graph.printerDefaults`), addressed on its own: `GET` or `PATCH` it.
    pub fn defaults(&self) -> crate::path::PropertyPath<crate::beta::PrinterDefaults> {
        crate::path::PropertyPath::new(self.0.target().segment("defaults"))
    }
    /// Structural property `location` (`microsoft.graph.printerLocation`), addressed on its own: `GET` or `PATCH` it.
    pub fn location(&self) -> crate::path::PropertyPath<crate::beta::PrinterLocation> {
        crate::path::PropertyPath::new(self.0.target().segment("location"))
    }
    /// Structural property `status` (`microsoft.graph.printerStatus`), addressed on its own: `GET` or `PATCH` it.
    pub fn status(&self) -> crate::path::PropertyPath<crate::beta::PrinterStatus> {
        crate::path::PropertyPath::new(self.0.target().segment("status"))
    }
    /// Containment navigation property `jobs` (`microsoft.graph.printJob`).
    pub fn jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("jobs"))
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
impl<C> crate::beta::requests::PrinterBasePath<C> {
    /// Structural property `capabilities` (`microsoft.graph.printerCapabilities`), addressed on its own: `GET` or `PATCH` it.
    pub fn capabilities(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PrinterCapabilities> {
        crate::path::PropertyPath::new(self.0.target().segment("capabilities"))
    }
    /// Structural property `defaults` (`microsoft.graph.printerDefaults`), addressed on its own: `GET` or `PATCH` it.
    pub fn defaults(&self) -> crate::path::PropertyPath<crate::beta::PrinterDefaults> {
        crate::path::PropertyPath::new(self.0.target().segment("defaults"))
    }
    /// Structural property `location` (`microsoft.graph.printerLocation`), addressed on its own: `GET` or `PATCH` it.
    pub fn location(&self) -> crate::path::PropertyPath<crate::beta::PrinterLocation> {
        crate::path::PropertyPath::new(self.0.target().segment("location"))
    }
    /// Structural property `status` (`microsoft.graph.printerStatus`), addressed on its own: `GET` or `PATCH` it.
    pub fn status(&self) -> crate::path::PropertyPath<crate::beta::PrinterStatus> {
        crate::path::PropertyPath::new(self.0.target().segment("status"))
    }
    /// Containment navigation property `jobs` (`microsoft.graph.printJob`).
    pub fn jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("jobs"))
    }
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyPrinterBase {
    const SEGMENT: &'static str = "microsoft.graph.printerBase";
}
#[cfg(msgraph_beta_print_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-search`.
impl<C> crate::beta::requests::PrinterCreateOperationPath<C> {
    /// Navigation property `printer` (`microsoft.graph.printer`).
    pub fn printer(
        &self,
    ) -> crate::beta::requests::PrinterPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::PrinterPath::new(self.0.target().segment("printer"))
    }
    /// Structural property `status` (`microsoft.graph.printOperationStatus`), addressed on its own: `GET` or `PATCH` it.
    pub fn status(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PrintOperationStatus> {
        crate::path::PropertyPath::new(self.0.target().segment("status"))
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
impl<C> crate::beta::requests::PrinterSharePath<C> {
    #[cfg(msgraph_beta_core)]
    /// Navigation property `allowedGroups` (`microsoft.graph.group`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn allowed_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Group,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("allowedGroups"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `allowedUsers` (`microsoft.graph.user`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn allowed_users(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::User,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("allowedUsers"))
    }
    /// Navigation property `printer` (`microsoft.graph.printer`).
    pub fn printer(
        &self,
    ) -> crate::beta::requests::PrinterPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::PrinterPath::new(self.0.target().segment("printer"))
    }
    /// Structural property `capabilities` (`microsoft.graph.printerCapabilities`), addressed on its own: `GET` or `PATCH` it.
    pub fn capabilities(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PrinterCapabilities> {
        crate::path::PropertyPath::new(self.0.target().segment("capabilities"))
    }
    /// Structural property `defaults` (`microsoft.graph.printerDefaults`), addressed on its own: `GET` or `PATCH` it.
    pub fn defaults(&self) -> crate::path::PropertyPath<crate::beta::PrinterDefaults> {
        crate::path::PropertyPath::new(self.0.target().segment("defaults"))
    }
    /// Structural property `location` (`microsoft.graph.printerLocation`), addressed on its own: `GET` or `PATCH` it.
    pub fn location(&self) -> crate::path::PropertyPath<crate::beta::PrinterLocation> {
        crate::path::PropertyPath::new(self.0.target().segment("location"))
    }
    /// Structural property `status` (`microsoft.graph.printerStatus`), addressed on its own: `GET` or `PATCH` it.
    pub fn status(&self) -> crate::path::PropertyPath<crate::beta::PrinterStatus> {
        crate::path::PropertyPath::new(self.0.target().segment("status"))
    }
    /// Containment navigation property `jobs` (`microsoft.graph.printJob`).
    pub fn jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("jobs"))
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
impl<C> crate::beta::requests::PrivilegedAccessPath<C> {
    /// Containment navigation property `resources` (`microsoft.graph.governanceResource`).
    pub fn resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GovernanceResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("resources"))
    }
    /// Containment navigation property `roleAssignmentRequests` (`microsoft.graph.governanceRoleAssignmentRequest`).
    pub fn role_assignment_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GovernanceRoleAssignmentRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("roleAssignmentRequests"),
        )
    }
    /// Containment navigation property `roleAssignments` (`microsoft.graph.governanceRoleAssignment`).
    pub fn role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GovernanceRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("roleAssignments"))
    }
    /// Containment navigation property `roleDefinitions` (`microsoft.graph.governanceRoleDefinition`).
    pub fn role_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GovernanceRoleDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("roleDefinitions"))
    }
    /// Containment navigation property `roleSettings` (`microsoft.graph.governanceRoleSetting`).
    pub fn role_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GovernanceRoleSetting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("roleSettings"))
    }
}
#[cfg(msgraph_beta_privileged_access_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::PrivilegedAccess {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccess";
}
#[cfg(msgraph_beta_privileged_approval_or_search)]
/// Features: `beta`, or one of `beta-privileged-approval`, `beta-search`.
impl<C> crate::beta::requests::PrivilegedApprovalPath<C> {
    #[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
    /// Navigation property `request` (`microsoft.graph.privilegedRoleAssignmentRequest`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn request(
        &self,
    ) -> crate::beta::requests::PrivilegedRoleAssignmentRequestPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::PrivilegedRoleAssignmentRequestPath::new(
            self.0.target().segment("request"),
        )
    }
    /// Containment navigation property `roleInfo` (`microsoft.graph.privilegedRole`).
    pub fn role_info(
        &self,
    ) -> crate::beta::requests::PrivilegedRolePath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::PrivilegedRolePath::new(
            self.0.target().segment("roleInfo"),
        )
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
impl<C> crate::beta::requests::PrivilegedRolePath<C> {
    /// Navigation property `assignments` (`microsoft.graph.privilegedRoleAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrivilegedRoleAssignment,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.privilegedRoleSettings`).
    pub fn settings(
        &self,
    ) -> crate::beta::requests::PrivilegedRoleSettingsPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::PrivilegedRoleSettingsPath::new(
            self.0.target().segment("settings"),
        )
    }
    /// Containment navigation property `summary` (`microsoft.graph.privilegedRoleSummary`).
    pub fn summary(
        &self,
    ) -> crate::beta::requests::PrivilegedRoleSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::PrivilegedRoleSummaryPath::new(
            self.0.target().segment("summary"),
        )
    }
    /// `POST .../selfActivate`: action `microsoft.graph.selfActivate`.
    pub fn self_activate(
        &self,
        params: crate::beta::params::PrivilegedRoleSelfActivateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::PrivilegedRoleSelfActivateParams>,
        rt::request::Entity<crate::beta::PrivilegedRoleAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("selfActivate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../selfDeactivate`: action `microsoft.graph.selfDeactivate`.
    pub fn self_deactivate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::PrivilegedRoleAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("selfDeactivate"),
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
impl<C> crate::beta::requests::PrivilegedRoleAssignmentPath<C> {
    /// Containment navigation property `roleInfo` (`microsoft.graph.privilegedRole`).
    pub fn role_info(
        &self,
    ) -> crate::beta::requests::PrivilegedRolePath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::PrivilegedRolePath::new(
            self.0.target().segment("roleInfo"),
        )
    }
    /// `POST .../makeEligible`: action `microsoft.graph.makeEligible`.
    pub fn make_eligible(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::PrivilegedRoleAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("makeEligible"),
            rt::request::NoBody,
        )
    }
    /// `POST .../makePermanent`: action `microsoft.graph.makePermanent`.
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
            self.0.target().segment("makePermanent"),
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
impl<C> crate::beta::requests::PrivilegedRoleAssignmentRequestPath<C> {
    /// Structural property `schedule` (`microsoft.graph.governanceSchedule`), addressed on its own: `GET` or `PATCH` it.
    pub fn schedule(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::GovernanceSchedule> {
        crate::path::PropertyPath::new(self.0.target().segment("schedule"))
    }
    /// Containment navigation property `roleInfo` (`microsoft.graph.privilegedRole`).
    pub fn role_info(
        &self,
    ) -> crate::beta::requests::PrivilegedRolePath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::PrivilegedRolePath::new(
            self.0.target().segment("roleInfo"),
        )
    }
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    pub fn cancel(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::PrivilegedRoleAssignmentRequest>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("cancel"),
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
impl<C> crate::beta::requests::ProfilePath<C> {
    /// Containment navigation property `account` (`microsoft.graph.userAccountInformation`).
    pub fn account(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserAccountInformation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("account"))
    }
    /// Containment navigation property `addresses` (`microsoft.graph.itemAddress`).
    pub fn addresses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ItemAddress,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("addresses"))
    }
    /// Containment navigation property `anniversaries` (`microsoft.graph.personAnnualEvent`).
    pub fn anniversaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PersonAnnualEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("anniversaries"))
    }
    /// Containment navigation property `awards` (`microsoft.graph.personAward`).
    pub fn awards(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PersonAward,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("awards"))
    }
    /// Containment navigation property `certifications` (`microsoft.graph.personCertification`).
    pub fn certifications(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PersonCertification,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("certifications"))
    }
    /// Containment navigation property `educationalActivities` (`microsoft.graph.educationalActivity`).
    pub fn educational_activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationalActivity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("educationalActivities"),
        )
    }
    /// Containment navigation property `emails` (`microsoft.graph.itemEmail`).
    pub fn emails(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ItemEmail,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("emails"))
    }
    /// Containment navigation property `interests` (`microsoft.graph.personInterest`).
    pub fn interests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PersonInterest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("interests"))
    }
    /// Containment navigation property `languages` (`microsoft.graph.languageProficiency`).
    pub fn languages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::LanguageProficiency,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("languages"))
    }
    /// Containment navigation property `names` (`microsoft.graph.personName`).
    pub fn names(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PersonName,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("names"))
    }
    /// Containment navigation property `notes` (`microsoft.graph.personAnnotation`).
    pub fn notes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PersonAnnotation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("notes"))
    }
    /// Containment navigation property `patents` (`microsoft.graph.itemPatent`).
    pub fn patents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ItemPatent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("patents"))
    }
    /// Containment navigation property `phones` (`microsoft.graph.itemPhone`).
    pub fn phones(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ItemPhone,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("phones"))
    }
    /// Containment navigation property `positions` (`microsoft.graph.workPosition`).
    pub fn positions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WorkPosition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("positions"))
    }
    /// Containment navigation property `projects` (`microsoft.graph.projectParticipation`).
    pub fn projects(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ProjectParticipation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("projects"))
    }
    /// Containment navigation property `publications` (`microsoft.graph.itemPublication`).
    pub fn publications(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ItemPublication,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("publications"))
    }
    /// Containment navigation property `skills` (`microsoft.graph.skillProficiency`).
    pub fn skills(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SkillProficiency,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("skills"))
    }
    /// Containment navigation property `webAccounts` (`microsoft.graph.webAccount`).
    pub fn web_accounts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WebAccount,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("webAccounts"))
    }
    /// Containment navigation property `websites` (`microsoft.graph.personWebsite`).
    pub fn websites(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PersonWebsite,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("websites"))
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
impl<C> crate::beta::requests::ProfilePhotoPath<C> {
    /// The media content (`$value`) of this entity.
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("$value"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ProfilePhoto {
    const SEGMENT: &'static str = "microsoft.graph.profilePhoto";
}
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
/// Features: `beta`, or one of `beta-program-controls`, `beta-programs`, `beta-search`.
impl<C> crate::beta::requests::ProgramPath<C> {
    /// Containment navigation property `controls` (`microsoft.graph.programControl`).
    pub fn controls(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ProgramControl,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("controls"))
    }
}
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Program {
    const SEGMENT: &'static str = "microsoft.graph.program";
}
#[cfg(msgraph_beta_program_controls_or_programs_or_search)]
/// Features: `beta`, or one of `beta-program-controls`, `beta-programs`, `beta-search`.
impl<C> crate::beta::requests::ProgramControlPath<C> {
    /// Structural property `owner` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn owner(&self) -> crate::path::PropertyPath<crate::beta::UserIdentity> {
        crate::path::PropertyPath::new(self.0.target().segment("owner"))
    }
    /// Structural property `resource` (`microsoft.graph.programResource`), addressed on its own: `GET` or `PATCH` it.
    pub fn resource(&self) -> crate::path::PropertyPath<crate::beta::ProgramResource> {
        crate::path::PropertyPath::new(self.0.target().segment("resource"))
    }
    /// Containment navigation property `program` (`microsoft.graph.program`).
    pub fn program(
        &self,
    ) -> crate::beta::requests::ProgramPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::ProgramPath::new(self.0.target().segment("program"))
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
impl<C> crate::beta::requests::ProjectParticipationPath<C> {
    /// Structural property `client` (`microsoft.graph.companyDetail`), addressed on its own: `GET` or `PATCH` it.
    pub fn client(&self) -> crate::path::PropertyPath<crate::beta::CompanyDetail> {
        crate::path::PropertyPath::new(self.0.target().segment("client"))
    }
    /// Structural property `detail` (`microsoft.graph.positionDetail`), addressed on its own: `GET` or `PATCH` it.
    pub fn detail(&self) -> crate::path::PropertyPath<crate::beta::PositionDetail> {
        crate::path::PropertyPath::new(self.0.target().segment("detail"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `inference` (`microsoft.graph.inferenceData`), addressed on its own: `GET` or `PATCH` it.
    pub fn inference(&self) -> crate::path::PropertyPath<crate::beta::InferenceData> {
        crate::path::PropertyPath::new(self.0.target().segment("inference"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
    }
    /// Structural property `source` (`microsoft.graph.personDataSources`), addressed on its own: `GET` or `PATCH` it.
    pub fn source(&self) -> crate::path::PropertyPath<crate::beta::PersonDataSources> {
        crate::path::PropertyPath::new(self.0.target().segment("source"))
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
impl<C> crate::beta::requests::ProvisioningObjectSummaryPath<C> {
    /// Structural property `initiatedBy` (`microsoft.graph.initiator`), addressed on its own: `GET` or `PATCH` it.
    pub fn initiated_by(&self) -> crate::path::PropertyPath<crate::beta::Initiator> {
        crate::path::PropertyPath::new(self.0.target().segment("initiatedBy"))
    }
    /// Structural property `provisioningStatusInfo` (`microsoft.graph.provisioningStatusInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn provisioning_status_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ProvisioningStatusInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("provisioningStatusInfo"))
    }
    /// Structural property `servicePrincipal` (`microsoft.graph.provisioningServicePrincipal`), addressed on its own: `GET` or `PATCH` it.
    pub fn service_principal(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ProvisioningServicePrincipal> {
        crate::path::PropertyPath::new(self.0.target().segment("servicePrincipal"))
    }
    /// Structural property `sourceIdentity` (`microsoft.graph.provisionedIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn source_identity(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ProvisionedIdentity> {
        crate::path::PropertyPath::new(self.0.target().segment("sourceIdentity"))
    }
    /// Structural property `sourceSystem` (`microsoft.graph.provisioningSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn source_system(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ProvisioningSystem> {
        crate::path::PropertyPath::new(self.0.target().segment("sourceSystem"))
    }
    /// Structural property `statusInfo` (`microsoft.graph.statusBase`), addressed on its own: `GET` or `PATCH` it.
    pub fn status_info(&self) -> crate::path::PropertyPath<crate::beta::AnyStatusBase> {
        crate::path::PropertyPath::new(self.0.target().segment("statusInfo"))
    }
    /// Structural property `targetIdentity` (`microsoft.graph.provisionedIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_identity(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ProvisionedIdentity> {
        crate::path::PropertyPath::new(self.0.target().segment("targetIdentity"))
    }
    /// Structural property `targetSystem` (`microsoft.graph.provisioningSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_system(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ProvisioningSystem> {
        crate::path::PropertyPath::new(self.0.target().segment("targetSystem"))
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
impl<C> crate::beta::requests::PublishedResourcePath<C> {
    /// Containment navigation property `agentGroups` (`microsoft.graph.onPremisesAgentGroup`).
    pub fn agent_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnPremisesAgentGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("agentGroups"))
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
impl<C> crate::beta::requests::PurchaseInvoicePath<C> {
    /// Structural property `buyFromAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    pub fn buy_from_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.0.target().segment("buyFromAddress"))
    }
    /// Structural property `payToAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    pub fn pay_to_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.0.target().segment("payToAddress"))
    }
    /// Structural property `shipToAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    pub fn ship_to_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.0.target().segment("shipToAddress"))
    }
    /// Containment navigation property `currency` (`microsoft.graph.currency`).
    pub fn currency(
        &self,
    ) -> crate::beta::requests::CurrencyPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::CurrencyPath::new(self.0.target().segment("currency"))
    }
    /// Containment navigation property `purchaseInvoiceLines` (`microsoft.graph.purchaseInvoiceLine`).
    pub fn purchase_invoice_lines(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PurchaseInvoiceLine,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("purchaseInvoiceLines"))
    }
    /// Containment navigation property `vendor` (`microsoft.graph.vendor`).
    pub fn vendor(
        &self,
    ) -> crate::beta::requests::VendorPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::VendorPath::new(self.0.target().segment("vendor"))
    }
    /// `POST .../post`: action `microsoft.graph.post`.
    pub fn post(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("post"),
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
impl<C> crate::beta::requests::PurchaseInvoiceLinePath<C> {
    /// Containment navigation property `account` (`microsoft.graph.account`).
    pub fn account(
        &self,
    ) -> crate::beta::requests::AccountPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::AccountPath::new(self.0.target().segment("account"))
    }
    /// Containment navigation property `item` (`microsoft.graph.item`).
    pub fn item(
        &self,
    ) -> crate::beta::requests::ItemPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::ItemPath::new(self.0.target().segment("item"))
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
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<C> crate::beta::requests::RbacApplicationPath<C> {
    /// Containment navigation property `resourceNamespaces` (`microsoft.graph.unifiedRbacResourceNamespace`).
    pub fn resource_namespaces(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRbacResourceNamespace,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("resourceNamespaces"))
    }
    /// Containment navigation property `roleAssignments` (`microsoft.graph.unifiedRoleAssignment`).
    pub fn role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("roleAssignments"))
    }
    /// Containment navigation property `roleDefinitions` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn role_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("roleDefinitions"))
    }
    /// Containment navigation property `roleAssignmentApprovals` (`microsoft.graph.approval`).
    pub fn role_assignment_approvals(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Approval,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("roleAssignmentApprovals"),
        )
    }
    /// Containment navigation property `roleAssignmentScheduleInstances` (`microsoft.graph.unifiedRoleAssignmentScheduleInstance`).
    pub fn role_assignment_schedule_instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleAssignmentScheduleInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("roleAssignmentScheduleInstances"),
        )
    }
    /// Containment navigation property `roleAssignmentScheduleRequests` (`microsoft.graph.unifiedRoleAssignmentScheduleRequest`).
    pub fn role_assignment_schedule_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleAssignmentScheduleRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("roleAssignmentScheduleRequests"),
        )
    }
    /// Containment navigation property `roleAssignmentSchedules` (`microsoft.graph.unifiedRoleAssignmentSchedule`).
    pub fn role_assignment_schedules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleAssignmentSchedule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("roleAssignmentSchedules"),
        )
    }
    /// Containment navigation property `roleEligibilityScheduleInstances` (`microsoft.graph.unifiedRoleEligibilityScheduleInstance`).
    pub fn role_eligibility_schedule_instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleEligibilityScheduleInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("roleEligibilityScheduleInstances"),
        )
    }
    /// Containment navigation property `roleEligibilityScheduleRequests` (`microsoft.graph.unifiedRoleEligibilityScheduleRequest`).
    pub fn role_eligibility_schedule_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleEligibilityScheduleRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("roleEligibilityScheduleRequests"),
        )
    }
    /// Containment navigation property `roleEligibilitySchedules` (`microsoft.graph.unifiedRoleEligibilitySchedule`).
    pub fn role_eligibility_schedules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleEligibilitySchedule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("roleEligibilitySchedules"),
        )
    }
    /// `GET .../roleScheduleInstances`: function `microsoft.graph.roleScheduleInstances`.
    pub fn role_schedule_instances(
        &self,
        directory_scope_id: ::core::option::Option<&str>,
        app_scope_id: ::core::option::Option<&str>,
        principal_id: ::core::option::Option<&str>,
        role_definition_id: ::core::option::Option<&str>,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyUnifiedRoleScheduleInstanceBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "roleScheduleInstances",
                    &[
                        (
                            "directoryScopeId",
                            directory_scope_id.map(rt::request::ToLiteral::to_literal),
                        ),
                        (
                            "appScopeId",
                            app_scope_id.map(rt::request::ToLiteral::to_literal),
                        ),
                        (
                            "principalId",
                            principal_id.map(rt::request::ToLiteral::to_literal),
                        ),
                        (
                            "roleDefinitionId",
                            role_definition_id.map(rt::request::ToLiteral::to_literal),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../roleSchedules`: function `microsoft.graph.roleSchedules`.
    pub fn role_schedules(
        &self,
        directory_scope_id: ::core::option::Option<&str>,
        app_scope_id: ::core::option::Option<&str>,
        principal_id: ::core::option::Option<&str>,
        role_definition_id: ::core::option::Option<&str>,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyUnifiedRoleScheduleBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "roleSchedules",
                    &[
                        (
                            "directoryScopeId",
                            directory_scope_id.map(rt::request::ToLiteral::to_literal),
                        ),
                        (
                            "appScopeId",
                            app_scope_id.map(rt::request::ToLiteral::to_literal),
                        ),
                        (
                            "principalId",
                            principal_id.map(rt::request::ToLiteral::to_literal),
                        ),
                        (
                            "roleDefinitionId",
                            role_definition_id.map(rt::request::ToLiteral::to_literal),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::RbacApplication {
    const SEGMENT: &'static str = "microsoft.graph.rbacApplication";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<C> crate::beta::requests::RbacApplicationMultiplePath<C> {
    /// Containment navigation property `resourceNamespaces` (`microsoft.graph.unifiedRbacResourceNamespace`).
    pub fn resource_namespaces(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRbacResourceNamespace,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("resourceNamespaces"))
    }
    /// Containment navigation property `roleAssignments` (`microsoft.graph.unifiedRoleAssignmentMultiple`).
    pub fn role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleAssignmentMultiple,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("roleAssignments"))
    }
    /// Containment navigation property `roleDefinitions` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn role_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("roleDefinitions"))
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::RbacApplicationMultiple {
    const SEGMENT: &'static str = "microsoft.graph.rbacApplicationMultiple";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyCommsOperation>
for crate::beta::RecordOperation {
    const SEGMENT: &'static str = "microsoft.graph.recordOperation";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::RecordOperation {
    const SEGMENT: &'static str = "microsoft.graph.recordOperation";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAttachment>
for crate::beta::ReferenceAttachment {
    const SEGMENT: &'static str = "microsoft.graph.referenceAttachment";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ReferenceAttachment {
    const SEGMENT: &'static str = "microsoft.graph.referenceAttachment";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::ReferenceAttachment, C> {
    /// `POST .../createUploadSession`: action `microsoft.graph.createUploadSession`.
    pub fn create_upload_session(
        &self,
        params: crate::beta::params::AttachmentCollectionCreateUploadSessionParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::AttachmentCollectionCreateUploadSessionParams,
        >,
        rt::request::Entity<crate::beta::UploadSession>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("createUploadSession"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::RegionalAndLanguageSettingsPath<C> {
    /// Structural property `defaultDisplayLanguage` (`microsoft.graph.localeInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn default_display_language(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::LocaleInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("defaultDisplayLanguage"))
    }
    /// Structural property `defaultRegionalFormat` (`microsoft.graph.localeInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn default_regional_format(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::LocaleInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("defaultRegionalFormat"))
    }
    /// Structural property `defaultSpeechInputLanguage` (`microsoft.graph.localeInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn default_speech_input_language(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::LocaleInfo> {
        crate::path::PropertyPath::new(
            self.0.target().segment("defaultSpeechInputLanguage"),
        )
    }
    /// Structural property `defaultTranslationLanguage` (`microsoft.graph.localeInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn default_translation_language(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::LocaleInfo> {
        crate::path::PropertyPath::new(
            self.0.target().segment("defaultTranslationLanguage"),
        )
    }
    /// Structural property `regionalFormatOverrides` (`microsoft.graph.regionalFormatOverrides`), addressed on its own: `GET` or `PATCH` it.
    pub fn regional_format_overrides(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::RegionalFormatOverrides> {
        crate::path::PropertyPath::new(
            self.0.target().segment("regionalFormatOverrides"),
        )
    }
    /// Structural property `translationPreferences` (`microsoft.graph.translationPreferences`), addressed on its own: `GET` or `PATCH` it.
    pub fn translation_preferences(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TranslationPreferences> {
        crate::path::PropertyPath::new(self.0.target().segment("translationPreferences"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::RegionalAndLanguageSettings {
    const SEGMENT: &'static str = "microsoft.graph.regionalAndLanguageSettings";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::RelyingPartyDetailedSummary {
    const SEGMENT: &'static str = "microsoft.graph.relyingPartyDetailedSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::RemoteActionAudit {
    const SEGMENT: &'static str = "microsoft.graph.remoteActionAudit";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::RemoteAssistancePartnerPath<C> {
    /// A request to start onboarding.  Must be coupled with the appropriate TeamViewer account information
    ///
    /// `POST .../beginOnboarding`: action `microsoft.graph.beginOnboarding`.
    pub fn begin_onboarding(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("beginOnboarding"),
            rt::request::NoBody,
        )
    }
    /// A request to remove the active TeamViewer connector
    ///
    /// `POST .../disconnect`: action `microsoft.graph.disconnect`.
    pub fn disconnect(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("disconnect"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::RemoteAssistancePartner {
    const SEGMENT: &'static str = "microsoft.graph.remoteAssistancePartner";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
impl<C> crate::beta::requests::ReportRootPath<C> {
    /// Containment navigation property `applicationSignInDetailedSummary` (`microsoft.graph.applicationSignInDetailedSummary`).
    pub fn application_sign_in_detailed_summary(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ApplicationSignInDetailedSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("applicationSignInDetailedSummary"),
        )
    }
    /// Containment navigation property `authenticationMethods` (`microsoft.graph.authenticationMethodsRoot`).
    pub fn authentication_methods(
        &self,
    ) -> crate::beta::requests::AuthenticationMethodsRootPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::AuthenticationMethodsRootPath::new(
            self.0.target().segment("authenticationMethods"),
        )
    }
    /// Containment navigation property `credentialUserRegistrationDetails` (`microsoft.graph.credentialUserRegistrationDetails`).
    pub fn credential_user_registration_details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CredentialUserRegistrationDetails,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("credentialUserRegistrationDetails"),
        )
    }
    /// Containment navigation property `userCredentialUsageDetails` (`microsoft.graph.userCredentialUsageDetails`).
    pub fn user_credential_usage_details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserCredentialUsageDetails,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("userCredentialUsageDetails"),
        )
    }
    /// Containment navigation property `dailyPrintUsageByPrinter` (`microsoft.graph.printUsageByPrinter`).
    pub fn daily_print_usage_by_printer(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintUsageByPrinter,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("dailyPrintUsageByPrinter"),
        )
    }
    /// Containment navigation property `dailyPrintUsageByUser` (`microsoft.graph.printUsageByUser`).
    pub fn daily_print_usage_by_user(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintUsageByUser,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("dailyPrintUsageByUser"),
        )
    }
    /// Containment navigation property `dailyPrintUsageSummariesByPrinter` (`microsoft.graph.printUsageByPrinter`).
    pub fn daily_print_usage_summaries_by_printer(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintUsageByPrinter,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("dailyPrintUsageSummariesByPrinter"),
        )
    }
    /// Containment navigation property `dailyPrintUsageSummariesByUser` (`microsoft.graph.printUsageByUser`).
    pub fn daily_print_usage_summaries_by_user(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintUsageByUser,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("dailyPrintUsageSummariesByUser"),
        )
    }
    /// Containment navigation property `monthlyPrintUsageByPrinter` (`microsoft.graph.printUsageByPrinter`).
    pub fn monthly_print_usage_by_printer(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintUsageByPrinter,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("monthlyPrintUsageByPrinter"),
        )
    }
    /// Containment navigation property `monthlyPrintUsageByUser` (`microsoft.graph.printUsageByUser`).
    pub fn monthly_print_usage_by_user(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintUsageByUser,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("monthlyPrintUsageByUser"),
        )
    }
    /// Containment navigation property `monthlyPrintUsageSummariesByPrinter` (`microsoft.graph.printUsageByPrinter`).
    pub fn monthly_print_usage_summaries_by_printer(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintUsageByPrinter,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("monthlyPrintUsageSummariesByPrinter"),
        )
    }
    /// Containment navigation property `monthlyPrintUsageSummariesByUser` (`microsoft.graph.printUsageByUser`).
    pub fn monthly_print_usage_summaries_by_user(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintUsageByUser,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("monthlyPrintUsageSummariesByUser"),
        )
    }
    /// Metadata for the device configuration device activity report
    ///
    /// `GET .../deviceConfigurationDeviceActivity`: function `microsoft.graph.deviceConfigurationDeviceActivity`.
    pub fn device_configuration_device_activity(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("deviceConfigurationDeviceActivity", &[]),
            rt::request::NoBody,
        )
    }
    /// Metadata for the device configuration user activity report
    ///
    /// `GET .../deviceConfigurationUserActivity`: function `microsoft.graph.deviceConfigurationUserActivity`.
    pub fn device_configuration_user_activity(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("deviceConfigurationUserActivity", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAzureADApplicationSignInSummary`: function `microsoft.graph.getAzureADApplicationSignInSummary`.
    pub fn get_azure_ad_application_sign_in_summary(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ApplicationSignInSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getAzureADApplicationSignInSummary",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAzureADFeatureUsage`: function `microsoft.graph.getAzureADFeatureUsage`.
    pub fn get_azure_ad_feature_usage(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AzureAdFeatureUsage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getAzureADFeatureUsage",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAzureADLicenseUsage`: function `microsoft.graph.getAzureADLicenseUsage`.
    pub fn get_azure_ad_license_usage(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AzureAdLicenseUsage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getAzureADLicenseUsage",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAzureADUserFeatureUsage`: function `microsoft.graph.getAzureADUserFeatureUsage`.
    pub fn get_azure_ad_user_feature_usage(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AzureAdUserFeatureUsage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getAzureADUserFeatureUsage", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getCredentialUsageSummary`: function `microsoft.graph.getCredentialUsageSummary`.
    pub fn get_credential_usage_summary(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::CredentialUsageSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getCredentialUsageSummary",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getCredentialUserRegistrationCount`: function `microsoft.graph.getCredentialUserRegistrationCount`.
    pub fn get_credential_user_registration_count(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::CredentialUserRegistrationCount>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getCredentialUserRegistrationCount", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailActivityCounts`: function `microsoft.graph.getEmailActivityCounts`.
    pub fn get_email_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::EmailActivitySummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getEmailActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailActivityUserCounts`: function `microsoft.graph.getEmailActivityUserCounts`.
    pub fn get_email_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::EmailActivitySummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getEmailActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailActivityUserDetail`: function `microsoft.graph.getEmailActivityUserDetail`.
    pub fn get_email_activity_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::EmailActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getEmailActivityUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailActivityUserDetail`: function `microsoft.graph.getEmailActivityUserDetail`.
    pub fn get_email_activity_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::EmailActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getEmailActivityUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailAppUsageAppsUserCounts`: function `microsoft.graph.getEmailAppUsageAppsUserCounts`.
    pub fn get_email_app_usage_apps_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::EmailAppUsageAppsUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getEmailAppUsageAppsUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailAppUsageUserCounts`: function `microsoft.graph.getEmailAppUsageUserCounts`.
    pub fn get_email_app_usage_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::EmailAppUsageUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getEmailAppUsageUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailAppUsageUserDetail`: function `microsoft.graph.getEmailAppUsageUserDetail`.
    pub fn get_email_app_usage_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::EmailAppUsageUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getEmailAppUsageUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailAppUsageUserDetail`: function `microsoft.graph.getEmailAppUsageUserDetail`.
    pub fn get_email_app_usage_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::EmailAppUsageUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getEmailAppUsageUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailAppUsageVersionsUserCounts`: function `microsoft.graph.getEmailAppUsageVersionsUserCounts`.
    pub fn get_email_app_usage_versions_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::EmailAppUsageVersionsUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getEmailAppUsageVersionsUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getGroupArchivedPrintJobs`: function `microsoft.graph.getGroupArchivedPrintJobs`.
    pub fn get_group_archived_print_jobs(
        &self,
        group_id: &str,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ArchivedPrintJob>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getGroupArchivedPrintJobs",
                    &[
                        (
                            "groupId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(group_id),
                            ),
                        ),
                        (
                            "startDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(start_date_time),
                            ),
                        ),
                        (
                            "endDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(end_date_time),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getM365AppPlatformUserCounts`: function `microsoft.graph.getM365AppPlatformUserCounts`.
    pub fn get_m365_app_platform_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getM365AppPlatformUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getM365AppUserCounts`: function `microsoft.graph.getM365AppUserCounts`.
    pub fn get_m365_app_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getM365AppUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getM365AppUserDetail`: function `microsoft.graph.getM365AppUserDetail`.
    pub fn get_m365_app_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getM365AppUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getM365AppUserDetail`: function `microsoft.graph.getM365AppUserDetail`.
    pub fn get_m365_app_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getM365AppUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getMailboxUsageDetail`: function `microsoft.graph.getMailboxUsageDetail`.
    pub fn get_mailbox_usage_detail(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::MailboxUsageDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getMailboxUsageDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getMailboxUsageMailboxCounts`: function `microsoft.graph.getMailboxUsageMailboxCounts`.
    pub fn get_mailbox_usage_mailbox_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::MailboxUsageMailboxCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getMailboxUsageMailboxCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getMailboxUsageQuotaStatusMailboxCounts`: function `microsoft.graph.getMailboxUsageQuotaStatusMailboxCounts`.
    pub fn get_mailbox_usage_quota_status_mailbox_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::MailboxUsageQuotaStatusMailboxCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getMailboxUsageQuotaStatusMailboxCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getMailboxUsageStorage`: function `microsoft.graph.getMailboxUsageStorage`.
    pub fn get_mailbox_usage_storage(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::MailboxUsageStorage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getMailboxUsageStorage",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365ActivationCounts`: function `microsoft.graph.getOffice365ActivationCounts`.
    pub fn get_office365_activation_counts(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365ActivationCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getOffice365ActivationCounts", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365ActivationsUserCounts`: function `microsoft.graph.getOffice365ActivationsUserCounts`.
    pub fn get_office365_activations_user_counts(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365ActivationsUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getOffice365ActivationsUserCounts", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365ActivationsUserDetail`: function `microsoft.graph.getOffice365ActivationsUserDetail`.
    pub fn get_office365_activations_user_detail(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365ActivationsUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getOffice365ActivationsUserDetail", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365ActiveUserCounts`: function `microsoft.graph.getOffice365ActiveUserCounts`.
    pub fn get_office365_active_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365ActiveUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOffice365ActiveUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365ActiveUserDetail`: function `microsoft.graph.getOffice365ActiveUserDetail`.
    pub fn get_office365_active_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365ActiveUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOffice365ActiveUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365ActiveUserDetail`: function `microsoft.graph.getOffice365ActiveUserDetail`.
    pub fn get_office365_active_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365ActiveUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOffice365ActiveUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365GroupsActivityCounts`: function `microsoft.graph.getOffice365GroupsActivityCounts`.
    pub fn get_office365_groups_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365GroupsActivityCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOffice365GroupsActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365GroupsActivityDetail`: function `microsoft.graph.getOffice365GroupsActivityDetail`.
    pub fn get_office365_groups_activity_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365GroupsActivityDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOffice365GroupsActivityDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365GroupsActivityDetail`: function `microsoft.graph.getOffice365GroupsActivityDetail`.
    pub fn get_office365_groups_activity_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365GroupsActivityDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOffice365GroupsActivityDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365GroupsActivityFileCounts`: function `microsoft.graph.getOffice365GroupsActivityFileCounts`.
    pub fn get_office365_groups_activity_file_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365GroupsActivityFileCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOffice365GroupsActivityFileCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365GroupsActivityGroupCounts`: function `microsoft.graph.getOffice365GroupsActivityGroupCounts`.
    pub fn get_office365_groups_activity_group_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365GroupsActivityGroupCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOffice365GroupsActivityGroupCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365GroupsActivityStorage`: function `microsoft.graph.getOffice365GroupsActivityStorage`.
    pub fn get_office365_groups_activity_storage(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365GroupsActivityStorage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOffice365GroupsActivityStorage",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365ServicesUserCounts`: function `microsoft.graph.getOffice365ServicesUserCounts`.
    pub fn get_office365_services_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365ServicesUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOffice365ServicesUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveActivityFileCounts`: function `microsoft.graph.getOneDriveActivityFileCounts`.
    pub fn get_one_drive_activity_file_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SiteActivitySummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOneDriveActivityFileCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveActivityUserCounts`: function `microsoft.graph.getOneDriveActivityUserCounts`.
    pub fn get_one_drive_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SiteActivitySummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOneDriveActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveActivityUserDetail`: function `microsoft.graph.getOneDriveActivityUserDetail`.
    pub fn get_one_drive_activity_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::OneDriveActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOneDriveActivityUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveActivityUserDetail`: function `microsoft.graph.getOneDriveActivityUserDetail`.
    pub fn get_one_drive_activity_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::OneDriveActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOneDriveActivityUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveUsageAccountCounts`: function `microsoft.graph.getOneDriveUsageAccountCounts`.
    pub fn get_one_drive_usage_account_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::OneDriveUsageAccountCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOneDriveUsageAccountCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveUsageAccountDetail`: function `microsoft.graph.getOneDriveUsageAccountDetail`.
    pub fn get_one_drive_usage_account_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::OneDriveUsageAccountDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOneDriveUsageAccountDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveUsageAccountDetail`: function `microsoft.graph.getOneDriveUsageAccountDetail`.
    pub fn get_one_drive_usage_account_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::OneDriveUsageAccountDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOneDriveUsageAccountDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveUsageFileCounts`: function `microsoft.graph.getOneDriveUsageFileCounts`.
    pub fn get_one_drive_usage_file_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::OneDriveUsageFileCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOneDriveUsageFileCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveUsageStorage`: function `microsoft.graph.getOneDriveUsageStorage`.
    pub fn get_one_drive_usage_storage(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SiteUsageStorage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getOneDriveUsageStorage",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getPrinterArchivedPrintJobs`: function `microsoft.graph.getPrinterArchivedPrintJobs`.
    pub fn get_printer_archived_print_jobs(
        &self,
        printer_id: &str,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ArchivedPrintJob>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getPrinterArchivedPrintJobs",
                    &[
                        (
                            "printerId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(printer_id),
                            ),
                        ),
                        (
                            "startDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(start_date_time),
                            ),
                        ),
                        (
                            "endDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(end_date_time),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getRelyingPartyDetailedSummary`: function `microsoft.graph.getRelyingPartyDetailedSummary`.
    pub fn get_relying_party_detailed_summary(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::RelyingPartyDetailedSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getRelyingPartyDetailedSummary",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointActivityFileCounts`: function `microsoft.graph.getSharePointActivityFileCounts`.
    pub fn get_share_point_activity_file_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SiteActivitySummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSharePointActivityFileCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointActivityPages`: function `microsoft.graph.getSharePointActivityPages`.
    pub fn get_share_point_activity_pages(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SharePointActivityPages>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSharePointActivityPages",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointActivityUserCounts`: function `microsoft.graph.getSharePointActivityUserCounts`.
    pub fn get_share_point_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SharePointActivityUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSharePointActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointActivityUserDetail`: function `microsoft.graph.getSharePointActivityUserDetail`.
    pub fn get_share_point_activity_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SharePointActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSharePointActivityUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointActivityUserDetail`: function `microsoft.graph.getSharePointActivityUserDetail`.
    pub fn get_share_point_activity_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SharePointActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSharePointActivityUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointSiteUsageDetail`: function `microsoft.graph.getSharePointSiteUsageDetail`.
    pub fn get_share_point_site_usage_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SharePointSiteUsageDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSharePointSiteUsageDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointSiteUsageDetail`: function `microsoft.graph.getSharePointSiteUsageDetail`.
    pub fn get_share_point_site_usage_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SharePointSiteUsageDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSharePointSiteUsageDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointSiteUsageFileCounts`: function `microsoft.graph.getSharePointSiteUsageFileCounts`.
    pub fn get_share_point_site_usage_file_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SharePointSiteUsageFileCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSharePointSiteUsageFileCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointSiteUsagePages`: function `microsoft.graph.getSharePointSiteUsagePages`.
    pub fn get_share_point_site_usage_pages(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SharePointSiteUsagePages>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSharePointSiteUsagePages",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointSiteUsageSiteCounts`: function `microsoft.graph.getSharePointSiteUsageSiteCounts`.
    pub fn get_share_point_site_usage_site_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SharePointSiteUsageSiteCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSharePointSiteUsageSiteCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointSiteUsageStorage`: function `microsoft.graph.getSharePointSiteUsageStorage`.
    pub fn get_share_point_site_usage_storage(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SiteUsageStorage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSharePointSiteUsageStorage",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessActivityCounts`: function `microsoft.graph.getSkypeForBusinessActivityCounts`.
    pub fn get_skype_for_business_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SkypeForBusinessActivityCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSkypeForBusinessActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessActivityUserCounts`: function `microsoft.graph.getSkypeForBusinessActivityUserCounts`.
    pub fn get_skype_for_business_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SkypeForBusinessActivityUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSkypeForBusinessActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessActivityUserDetail`: function `microsoft.graph.getSkypeForBusinessActivityUserDetail`.
    pub fn get_skype_for_business_activity_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SkypeForBusinessActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSkypeForBusinessActivityUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessActivityUserDetail`: function `microsoft.graph.getSkypeForBusinessActivityUserDetail`.
    pub fn get_skype_for_business_activity_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SkypeForBusinessActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSkypeForBusinessActivityUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessDeviceUsageDistributionUserCounts`: function `microsoft.graph.getSkypeForBusinessDeviceUsageDistributionUserCounts`.
    pub fn get_skype_for_business_device_usage_distribution_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::beta::SkypeForBusinessDeviceUsageDistributionUserCounts,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSkypeForBusinessDeviceUsageDistributionUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessDeviceUsageUserCounts`: function `microsoft.graph.getSkypeForBusinessDeviceUsageUserCounts`.
    pub fn get_skype_for_business_device_usage_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SkypeForBusinessDeviceUsageUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSkypeForBusinessDeviceUsageUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessDeviceUsageUserDetail`: function `microsoft.graph.getSkypeForBusinessDeviceUsageUserDetail`.
    pub fn get_skype_for_business_device_usage_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SkypeForBusinessDeviceUsageUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSkypeForBusinessDeviceUsageUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessDeviceUsageUserDetail`: function `microsoft.graph.getSkypeForBusinessDeviceUsageUserDetail`.
    pub fn get_skype_for_business_device_usage_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SkypeForBusinessDeviceUsageUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSkypeForBusinessDeviceUsageUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessOrganizerActivityCounts`: function `microsoft.graph.getSkypeForBusinessOrganizerActivityCounts`.
    pub fn get_skype_for_business_organizer_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SkypeForBusinessOrganizerActivityCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSkypeForBusinessOrganizerActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessOrganizerActivityMinuteCounts`: function `microsoft.graph.getSkypeForBusinessOrganizerActivityMinuteCounts`.
    pub fn get_skype_for_business_organizer_activity_minute_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::beta::SkypeForBusinessOrganizerActivityMinuteCounts,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSkypeForBusinessOrganizerActivityMinuteCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessOrganizerActivityUserCounts`: function `microsoft.graph.getSkypeForBusinessOrganizerActivityUserCounts`.
    pub fn get_skype_for_business_organizer_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SkypeForBusinessOrganizerActivityUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSkypeForBusinessOrganizerActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessParticipantActivityCounts`: function `microsoft.graph.getSkypeForBusinessParticipantActivityCounts`.
    pub fn get_skype_for_business_participant_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SkypeForBusinessParticipantActivityCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSkypeForBusinessParticipantActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessParticipantActivityMinuteCounts`: function `microsoft.graph.getSkypeForBusinessParticipantActivityMinuteCounts`.
    pub fn get_skype_for_business_participant_activity_minute_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::beta::SkypeForBusinessParticipantActivityMinuteCounts,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSkypeForBusinessParticipantActivityMinuteCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessParticipantActivityUserCounts`: function `microsoft.graph.getSkypeForBusinessParticipantActivityUserCounts`.
    pub fn get_skype_for_business_participant_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::beta::SkypeForBusinessParticipantActivityUserCounts,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSkypeForBusinessParticipantActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessPeerToPeerActivityCounts`: function `microsoft.graph.getSkypeForBusinessPeerToPeerActivityCounts`.
    pub fn get_skype_for_business_peer_to_peer_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SkypeForBusinessPeerToPeerActivityCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSkypeForBusinessPeerToPeerActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessPeerToPeerActivityMinuteCounts`: function `microsoft.graph.getSkypeForBusinessPeerToPeerActivityMinuteCounts`.
    pub fn get_skype_for_business_peer_to_peer_activity_minute_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::beta::SkypeForBusinessPeerToPeerActivityMinuteCounts,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSkypeForBusinessPeerToPeerActivityMinuteCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessPeerToPeerActivityUserCounts`: function `microsoft.graph.getSkypeForBusinessPeerToPeerActivityUserCounts`.
    pub fn get_skype_for_business_peer_to_peer_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::beta::SkypeForBusinessPeerToPeerActivityUserCounts,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getSkypeForBusinessPeerToPeerActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsDeviceUsageDistributionTotalUserCounts`: function `microsoft.graph.getTeamsDeviceUsageDistributionTotalUserCounts`.
    pub fn get_teams_device_usage_distribution_total_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsDeviceUsageDistributionUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getTeamsDeviceUsageDistributionTotalUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsDeviceUsageDistributionUserCounts`: function `microsoft.graph.getTeamsDeviceUsageDistributionUserCounts`.
    pub fn get_teams_device_usage_distribution_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsDeviceUsageDistributionUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getTeamsDeviceUsageDistributionUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsDeviceUsageTotalUserCounts`: function `microsoft.graph.getTeamsDeviceUsageTotalUserCounts`.
    pub fn get_teams_device_usage_total_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsDeviceUsageUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getTeamsDeviceUsageTotalUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsDeviceUsageUserCounts`: function `microsoft.graph.getTeamsDeviceUsageUserCounts`.
    pub fn get_teams_device_usage_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsDeviceUsageUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getTeamsDeviceUsageUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsDeviceUsageUserDetail`: function `microsoft.graph.getTeamsDeviceUsageUserDetail`.
    pub fn get_teams_device_usage_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsDeviceUsageUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getTeamsDeviceUsageUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsDeviceUsageUserDetail`: function `microsoft.graph.getTeamsDeviceUsageUserDetail`.
    pub fn get_teams_device_usage_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsDeviceUsageUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getTeamsDeviceUsageUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsUserActivityCounts`: function `microsoft.graph.getTeamsUserActivityCounts`.
    pub fn get_teams_user_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsUserActivityCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getTeamsUserActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsUserActivityDistributionTotalUserCounts`: function `microsoft.graph.getTeamsUserActivityDistributionTotalUserCounts`.
    pub fn get_teams_user_activity_distribution_total_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsUserActivityDistributionUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getTeamsUserActivityDistributionTotalUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsUserActivityDistributionUserCounts`: function `microsoft.graph.getTeamsUserActivityDistributionUserCounts`.
    pub fn get_teams_user_activity_distribution_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsUserActivityDistributionUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getTeamsUserActivityDistributionUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsUserActivityTotalCounts`: function `microsoft.graph.getTeamsUserActivityTotalCounts`.
    pub fn get_teams_user_activity_total_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsUserActivityCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getTeamsUserActivityTotalCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsUserActivityTotalUserCounts`: function `microsoft.graph.getTeamsUserActivityTotalUserCounts`.
    pub fn get_teams_user_activity_total_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsUserActivityUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getTeamsUserActivityTotalUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsUserActivityUserCounts`: function `microsoft.graph.getTeamsUserActivityUserCounts`.
    pub fn get_teams_user_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsUserActivityUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getTeamsUserActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsUserActivityUserDetail`: function `microsoft.graph.getTeamsUserActivityUserDetail`.
    pub fn get_teams_user_activity_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsUserActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getTeamsUserActivityUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsUserActivityUserDetail`: function `microsoft.graph.getTeamsUserActivityUserDetail`.
    pub fn get_teams_user_activity_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsUserActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getTeamsUserActivityUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTenantSecureScores`: function `microsoft.graph.getTenantSecureScores`.
    pub fn get_tenant_secure_scores(
        &self,
        period: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getTenantSecureScores",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getUserArchivedPrintJobs`: function `microsoft.graph.getUserArchivedPrintJobs`.
    pub fn get_user_archived_print_jobs(
        &self,
        user_id: &str,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ArchivedPrintJob>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getUserArchivedPrintJobs",
                    &[
                        (
                            "userId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(user_id),
                            ),
                        ),
                        (
                            "startDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(start_date_time),
                            ),
                        ),
                        (
                            "endDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(end_date_time),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerActivityCounts`: function `microsoft.graph.getYammerActivityCounts`.
    pub fn get_yammer_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerActivitySummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getYammerActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerActivityUserCounts`: function `microsoft.graph.getYammerActivityUserCounts`.
    pub fn get_yammer_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerActivitySummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getYammerActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerActivityUserDetail`: function `microsoft.graph.getYammerActivityUserDetail`.
    pub fn get_yammer_activity_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getYammerActivityUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerActivityUserDetail`: function `microsoft.graph.getYammerActivityUserDetail`.
    pub fn get_yammer_activity_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getYammerActivityUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerDeviceUsageDistributionUserCounts`: function `microsoft.graph.getYammerDeviceUsageDistributionUserCounts`.
    pub fn get_yammer_device_usage_distribution_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerDeviceUsageDistributionUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getYammerDeviceUsageDistributionUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerDeviceUsageUserCounts`: function `microsoft.graph.getYammerDeviceUsageUserCounts`.
    pub fn get_yammer_device_usage_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerDeviceUsageUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getYammerDeviceUsageUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerDeviceUsageUserDetail`: function `microsoft.graph.getYammerDeviceUsageUserDetail`.
    pub fn get_yammer_device_usage_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerDeviceUsageUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getYammerDeviceUsageUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerDeviceUsageUserDetail`: function `microsoft.graph.getYammerDeviceUsageUserDetail`.
    pub fn get_yammer_device_usage_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerDeviceUsageUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getYammerDeviceUsageUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerGroupsActivityCounts`: function `microsoft.graph.getYammerGroupsActivityCounts`.
    pub fn get_yammer_groups_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerGroupsActivityCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getYammerGroupsActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerGroupsActivityDetail`: function `microsoft.graph.getYammerGroupsActivityDetail`.
    pub fn get_yammer_groups_activity_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerGroupsActivityDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getYammerGroupsActivityDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerGroupsActivityDetail`: function `microsoft.graph.getYammerGroupsActivityDetail`.
    pub fn get_yammer_groups_activity_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerGroupsActivityDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getYammerGroupsActivityDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerGroupsActivityGroupCounts`: function `microsoft.graph.getYammerGroupsActivityGroupCounts`.
    pub fn get_yammer_groups_activity_group_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerGroupsActivityGroupCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getYammerGroupsActivityGroupCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// Metadata for Enrollment abandonment details report
    ///
    /// `GET .../managedDeviceEnrollmentAbandonmentDetails`: function `microsoft.graph.managedDeviceEnrollmentAbandonmentDetails`.
    pub fn managed_device_enrollment_abandonment_details(
        &self,
        skip: i32,
        top: i32,
        filter: &str,
        skip_token: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "managedDeviceEnrollmentAbandonmentDetails",
                    &[
                        (
                            "skip",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&skip),
                            ),
                        ),
                        (
                            "top",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&top),
                            ),
                        ),
                        (
                            "filter",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(filter),
                            ),
                        ),
                        (
                            "skipToken",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(skip_token),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// Metadata for Enrollment abandonment summary report
    ///
    /// `GET .../managedDeviceEnrollmentAbandonmentSummary`: function `microsoft.graph.managedDeviceEnrollmentAbandonmentSummary`.
    pub fn managed_device_enrollment_abandonment_summary(
        &self,
        skip: i32,
        top: i32,
        filter: &str,
        skip_token: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "managedDeviceEnrollmentAbandonmentSummary",
                    &[
                        (
                            "skip",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&skip),
                            ),
                        ),
                        (
                            "top",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&top),
                            ),
                        ),
                        (
                            "filter",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(filter),
                            ),
                        ),
                        (
                            "skipToken",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(skip_token),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../managedDeviceEnrollmentFailureDetails`: function `microsoft.graph.managedDeviceEnrollmentFailureDetails`.
    pub fn managed_device_enrollment_failure_details(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("managedDeviceEnrollmentFailureDetails", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../managedDeviceEnrollmentFailureDetails`: function `microsoft.graph.managedDeviceEnrollmentFailureDetails`.
    pub fn managed_device_enrollment_failure_details_2(
        &self,
        skip: i32,
        top: i32,
        filter: &str,
        skip_token: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "managedDeviceEnrollmentFailureDetails",
                    &[
                        (
                            "skip",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&skip),
                            ),
                        ),
                        (
                            "top",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&top),
                            ),
                        ),
                        (
                            "filter",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(filter),
                            ),
                        ),
                        (
                            "skipToken",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(skip_token),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// Metadata for the enrollment failure trends report
    ///
    /// `GET .../managedDeviceEnrollmentFailureTrends`: function `microsoft.graph.managedDeviceEnrollmentFailureTrends`.
    pub fn managed_device_enrollment_failure_trends(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("managedDeviceEnrollmentFailureTrends", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../managedDeviceEnrollmentTopFailures`: function `microsoft.graph.managedDeviceEnrollmentTopFailures`.
    pub fn managed_device_enrollment_top_failures(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("managedDeviceEnrollmentTopFailures", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../managedDeviceEnrollmentTopFailures`: function `microsoft.graph.managedDeviceEnrollmentTopFailures`.
    pub fn managed_device_enrollment_top_failures_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "managedDeviceEnrollmentTopFailures",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ReportRoot {
    const SEGMENT: &'static str = "microsoft.graph.reportRoot";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::ReportRoot, C> {
    /// `GET .../getGroupPrintUsageSummary`: function `microsoft.graph.getGroupPrintUsageSummary`.
    pub fn get_group_print_usage_summary(
        &self,
        group_id: &str,
        period_start: &rt::edm::DateTimeOffset,
        period_end: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::GroupPrintUsageSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getGroupPrintUsageSummary",
                    &[
                        (
                            "groupId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(group_id),
                            ),
                        ),
                        (
                            "periodStart",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_start),
                            ),
                        ),
                        (
                            "periodEnd",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_end),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOverallPrintUsageSummary`: function `microsoft.graph.getOverallPrintUsageSummary`.
    pub fn get_overall_print_usage_summary(
        &self,
        period_start: &rt::edm::DateTimeOffset,
        period_end: &rt::edm::DateTimeOffset,
        top_lists_size: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::OverallPrintUsageSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOverallPrintUsageSummary",
                    &[
                        (
                            "periodStart",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_start),
                            ),
                        ),
                        (
                            "periodEnd",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_end),
                            ),
                        ),
                        (
                            "topListsSize",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&top_lists_size),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getPrintUsageSummariesByGroup`: function `microsoft.graph.getPrintUsageSummariesByGroup`.
    pub fn get_print_usage_summaries_by_group(
        &self,
        period_start: &rt::edm::DateTimeOffset,
        period_end: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::GroupPrintUsageSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getPrintUsageSummariesByGroup",
                    &[
                        (
                            "periodStart",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_start),
                            ),
                        ),
                        (
                            "periodEnd",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_end),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getPrintUsageSummariesByPrinter`: function `microsoft.graph.getPrintUsageSummariesByPrinter`.
    pub fn get_print_usage_summaries_by_printer(
        &self,
        period_start: &rt::edm::DateTimeOffset,
        period_end: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::PrinterUsageSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getPrintUsageSummariesByPrinter",
                    &[
                        (
                            "periodStart",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_start),
                            ),
                        ),
                        (
                            "periodEnd",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_end),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getPrintUsageSummariesByTimeSpan`: function `microsoft.graph.getPrintUsageSummariesByTimeSpan`.
    pub fn get_print_usage_summaries_by_time_span(
        &self,
        period_start: &rt::edm::DateTimeOffset,
        period_end: &rt::edm::DateTimeOffset,
        time_span_in_minutes: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::PrintUsageSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getPrintUsageSummariesByTimeSpan",
                    &[
                        (
                            "periodStart",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_start),
                            ),
                        ),
                        (
                            "periodEnd",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_end),
                            ),
                        ),
                        (
                            "timeSpanInMinutes",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&time_span_in_minutes),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getPrintUsageSummariesByUser`: function `microsoft.graph.getPrintUsageSummariesByUser`.
    pub fn get_print_usage_summaries_by_user(
        &self,
        period_start: &rt::edm::DateTimeOffset,
        period_end: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UserPrintUsageSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getPrintUsageSummariesByUser",
                    &[
                        (
                            "periodStart",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_start),
                            ),
                        ),
                        (
                            "periodEnd",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_end),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getPrinterUsageSummary`: function `microsoft.graph.getPrinterUsageSummary`.
    pub fn get_printer_usage_summary(
        &self,
        printer_id: &str,
        period_start: &rt::edm::DateTimeOffset,
        period_end: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::PrinterUsageSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getPrinterUsageSummary",
                    &[
                        (
                            "printerId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(printer_id),
                            ),
                        ),
                        (
                            "periodStart",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_start),
                            ),
                        ),
                        (
                            "periodEnd",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_end),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getUserPrintUsageSummary`: function `microsoft.graph.getUserPrintUsageSummary`.
    pub fn get_user_print_usage_summary(
        &self,
        user_id: &str,
        period_start: &rt::edm::DateTimeOffset,
        period_end: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::UserPrintUsageSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getUserPrintUsageSummary",
                    &[
                        (
                            "userId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(user_id),
                            ),
                        ),
                        (
                            "periodStart",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_start),
                            ),
                        ),
                        (
                            "periodEnd",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_end),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::RequestPath<C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// `POST .../recordDecisions`: action `microsoft.graph.recordDecisions`.
    pub fn record_decisions(
        &self,
        params: crate::beta::params::RequestRecordDecisionsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::RequestRecordDecisionsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("recordDecisions"),
            rt::request::Json(params),
        )
    }
    /// `POST .../stop`: action `microsoft.graph.stop`.
    pub fn stop(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("stop"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyRequest {
    const SEGMENT: &'static str = "microsoft.graph.request";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::ResourceOperationPath<C> {
    /// `GET .../getScopesForUser`: function `microsoft.graph.getScopesForUser`.
    pub fn get_scopes_for_user(
        &self,
        userid: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getScopesForUser",
                    &[
                        (
                            "userid",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(userid),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ResourceOperation {
    const SEGMENT: &'static str = "microsoft.graph.resourceOperation";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::ResourceSpecificPermissionGrant {
    const SEGMENT: &'static str = "microsoft.graph.resourceSpecificPermissionGrant";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ResourceSpecificPermissionGrant {
    const SEGMENT: &'static str = "microsoft.graph.resourceSpecificPermissionGrant";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::ResourceSpecificPermissionGrant, C> {
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::RestrictedAppsViolation {
    const SEGMENT: &'static str = "microsoft.graph.restrictedAppsViolation";
}
#[cfg(msgraph_beta_audit_logs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnySignIn> for crate::beta::RestrictedSignIn {
    const SEGMENT: &'static str = "microsoft.graph.restrictedSignIn";
}
#[cfg(msgraph_beta_audit_logs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::RestrictedSignIn {
    const SEGMENT: &'static str = "microsoft.graph.restrictedSignIn";
}
#[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
/// Features: `beta`, or one of `beta-identity-protection`, `beta-risk-detections`, `beta-search`.
impl<C> crate::beta::requests::RiskDetectionPath<C> {
    /// Structural property `location` (`microsoft.graph.signInLocation`), addressed on its own: `GET` or `PATCH` it.
    pub fn location(&self) -> crate::path::PropertyPath<crate::beta::SignInLocation> {
        crate::path::PropertyPath::new(self.0.target().segment("location"))
    }
}
#[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::RiskDetection {
    const SEGMENT: &'static str = "microsoft.graph.riskDetection";
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
/// Features: `beta`, or one of `beta-identity-protection`, `beta-risky-users`, `beta-search`.
impl<C> crate::beta::requests::RiskyUserPath<C> {
    /// Containment navigation property `history` (`microsoft.graph.riskyUserHistoryItem`).
    pub fn history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::RiskyUserHistoryItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("history"))
    }
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyRiskyUser {
    const SEGMENT: &'static str = "microsoft.graph.riskyUser";
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
/// Features: `beta`, or one of `beta-identity-protection`, `beta-risky-users`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyRiskyUser, C> {
    /// `POST .../confirmCompromised`: action `microsoft.graph.confirmCompromised`.
    pub fn confirm_compromised(
        &self,
        params: crate::beta::params::RiskyUserCollectionConfirmCompromisedParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::RiskyUserCollectionConfirmCompromisedParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("confirmCompromised"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dismiss`: action `microsoft.graph.dismiss`.
    pub fn dismiss(
        &self,
        params: crate::beta::params::RiskyUserCollectionDismissParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::RiskyUserCollectionDismissParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("dismiss"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
/// Features: `beta`, or one of `beta-identity-protection`, `beta-risky-users`, `beta-search`.
impl<C> crate::beta::requests::RiskyUserHistoryItemPath<C> {
    /// Structural property `activity` (`microsoft.graph.riskUserActivity`), addressed on its own: `GET` or `PATCH` it.
    pub fn activity(&self) -> crate::path::PropertyPath<crate::beta::RiskUserActivity> {
        crate::path::PropertyPath::new(self.0.target().segment("activity"))
    }
    /// Containment navigation property `history` (`microsoft.graph.riskyUserHistoryItem`).
    pub fn history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::RiskyUserHistoryItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("history"))
    }
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyRiskyUser>
for crate::beta::RiskyUserHistoryItem {
    const SEGMENT: &'static str = "microsoft.graph.riskyUserHistoryItem";
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::RiskyUserHistoryItem {
    const SEGMENT: &'static str = "microsoft.graph.riskyUserHistoryItem";
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
/// Features: `beta`, or one of `beta-identity-protection`, `beta-risky-users`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::RiskyUserHistoryItem, C> {
    /// `POST .../confirmCompromised`: action `microsoft.graph.confirmCompromised`.
    pub fn confirm_compromised(
        &self,
        params: crate::beta::params::RiskyUserCollectionConfirmCompromisedParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::RiskyUserCollectionConfirmCompromisedParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("confirmCompromised"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dismiss`: action `microsoft.graph.dismiss`.
    pub fn dismiss(
        &self,
        params: crate::beta::params::RiskyUserCollectionDismissParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::RiskyUserCollectionDismissParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("dismiss"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::RoleAssignmentPath<C> {
    /// Navigation property `roleDefinition` (`microsoft.graph.roleDefinition`).
    pub fn role_definition(
        &self,
    ) -> crate::beta::requests::RoleDefinitionPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::RoleDefinitionPath::new(
            self.0.target().segment("roleDefinition"),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyRoleAssignment {
    const SEGMENT: &'static str = "microsoft.graph.roleAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C, T> crate::beta::requests::RoleDefinitionPath<C, T> {
    /// Containment navigation property `roleAssignments` (`microsoft.graph.roleAssignment`).
    pub fn role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("roleAssignments"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyRoleDefinition {
    const SEGMENT: &'static str = "microsoft.graph.roleDefinition";
}
#[cfg(msgraph_beta_role_management)]
/// Features: `beta` or `beta-role-management`.
impl<C> crate::beta::requests::RoleManagementPath<C> {
    /// Containment navigation property `directory` (`microsoft.graph.rbacApplication`).
    pub fn directory(
        &self,
    ) -> crate::beta::requests::RbacApplicationPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::RbacApplicationPath::new(
            self.0.target().segment("directory"),
        )
    }
    /// Containment navigation property `cloudPC` (`microsoft.graph.rbacApplicationMultiple`).
    pub fn cloud_pc(
        &self,
    ) -> crate::beta::requests::RbacApplicationMultiplePath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::RbacApplicationMultiplePath::new(
            self.0.target().segment("cloudPC"),
        )
    }
    /// Containment navigation property `entitlementManagement` (`microsoft.graph.rbacApplication`).
    pub fn entitlement_management(
        &self,
    ) -> crate::beta::requests::RbacApplicationPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::RbacApplicationPath::new(
            self.0.target().segment("entitlementManagement"),
        )
    }
    /// Containment navigation property `deviceManagement` (`microsoft.graph.rbacApplicationMultiple`).
    pub fn device_management(
        &self,
    ) -> crate::beta::requests::RbacApplicationMultiplePath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::RbacApplicationMultiplePath::new(
            self.0.target().segment("deviceManagement"),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::RoleScopeTagPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.roleScopeTagAutoAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::RoleScopeTagAutoAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::RoleScopeTagAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::RoleScopeTagAssignParams>,
        rt::request::Collection<crate::beta::RoleScopeTagAutoAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::RoleScopeTag {
    const SEGMENT: &'static str = "microsoft.graph.roleScopeTag";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::RoleScopeTag, C> {
    /// `POST .../getRoleScopeTagsById`: action `microsoft.graph.getRoleScopeTagsById`.
    pub fn get_role_scope_tags_by_id(
        &self,
        params: crate::beta::params::RoleScopeTagCollectionGetRoleScopeTagsByIdParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::RoleScopeTagCollectionGetRoleScopeTagsByIdParams,
        >,
        rt::request::Collection<crate::beta::RoleScopeTag>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getRoleScopeTagsById"),
            rt::request::Json(params),
        )
    }
    /// `GET .../hasCustomRoleScopeTag`: function `microsoft.graph.hasCustomRoleScopeTag`.
    pub fn has_custom_role_scope_tag(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<bool>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("hasCustomRoleScopeTag", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::RoleScopeTagAutoAssignmentPath<C> {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("target"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::RoleScopeTagAutoAssignment {
    const SEGMENT: &'static str = "microsoft.graph.roleScopeTagAutoAssignment";
}
#[cfg(msgraph_beta_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPlace> for crate::beta::Room {
    const SEGMENT: &'static str = "microsoft.graph.room";
}
#[cfg(msgraph_beta_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Room {
    const SEGMENT: &'static str = "microsoft.graph.room";
}
#[cfg(msgraph_beta_places_or_search)]
/// Features: `beta`, or one of `beta-places`, `beta-search`.
impl<C> crate::beta::requests::RoomListPath<C> {
    /// Containment navigation property `rooms` (`microsoft.graph.room`).
    pub fn rooms(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Room,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("rooms"))
    }
    /// Structural property `address` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    pub fn address(&self) -> crate::path::PropertyPath<crate::beta::PhysicalAddress> {
        crate::path::PropertyPath::new(self.0.target().segment("address"))
    }
    /// Structural property `geoCoordinates` (`microsoft.graph.outlookGeoCoordinates`), addressed on its own: `GET` or `PATCH` it.
    pub fn geo_coordinates(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OutlookGeoCoordinates> {
        crate::path::PropertyPath::new(self.0.target().segment("geoCoordinates"))
    }
}
#[cfg(msgraph_beta_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPlace> for crate::beta::RoomList {
    const SEGMENT: &'static str = "microsoft.graph.roomList";
}
#[cfg(msgraph_beta_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::RoomList {
    const SEGMENT: &'static str = "microsoft.graph.roomList";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl<C> crate::beta::requests::ediscovery::ReviewSetPath<C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Containment navigation property `queries` (`microsoft.graph.ediscovery.reviewSetQuery`).
    pub fn queries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::ReviewSetQuery,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("queries"))
    }
    /// `POST .../microsoft.graph.ediscovery.addToReviewSet`: action `microsoft.graph.ediscovery.addToReviewSet`.
    pub fn add_to_review_set(
        &self,
        params: crate::beta::params::ReviewSetAddToReviewSetParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ReviewSetAddToReviewSetParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.ediscovery.addToReviewSet"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.ediscovery.export`: action `microsoft.graph.ediscovery.export`.
    pub fn export(
        &self,
        params: crate::beta::params::ReviewSetExportParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ReviewSetExportParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.ediscovery.export"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::ReviewSet {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.reviewSet";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl<C> crate::beta::requests::ediscovery::ReviewSetQueryPath<C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
    }
    /// `POST .../microsoft.graph.ediscovery.applyTags`: action `microsoft.graph.ediscovery.applyTags`.
    pub fn apply_tags(
        &self,
        params: crate::beta::params::ReviewSetQueryApplyTagsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ReviewSetQueryApplyTagsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.ediscovery.applyTags"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::ReviewSetQuery {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.reviewSetQuery";
}
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::managed_tenants::RiskyUser {
    const SEGMENT: &'static str = "microsoft.graph.managedTenants.riskyUser";
}
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::term_store::RelationPath<C> {
    /// Navigation property `fromTerm` (`microsoft.graph.termStore.term`).
    pub fn from_term(
        &self,
    ) -> crate::beta::requests::term_store::TermPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::term_store::TermPath::new(
            self.0.target().segment("fromTerm"),
        )
    }
    /// Navigation property `set` (`microsoft.graph.termStore.set`).
    pub fn set(
        &self,
    ) -> crate::beta::requests::term_store::SetPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::term_store::SetPath::new(self.0.target().segment("set"))
    }
    /// Navigation property `toTerm` (`microsoft.graph.termStore.term`).
    pub fn to_term(
        &self,
    ) -> crate::beta::requests::term_store::TermPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::term_store::TermPath::new(
            self.0.target().segment("toTerm"),
        )
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::term_store::Relation {
    const SEGMENT: &'static str = "microsoft.graph.termStore.relation";
}
