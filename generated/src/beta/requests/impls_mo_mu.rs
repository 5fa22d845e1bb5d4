//! Items of `requests` by the first letters of their types' names (`mo_mu`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::MobileAppPath<C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyMobileApp {
    const SEGMENT: &'static str = "microsoft.graph.mobileApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyMobileApp, C> {
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
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::MobileAppAssignmentPath<C> {
    /// Structural property `settings` (`microsoft.graph.mobileAppAssignmentSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyMobileAppAssignmentSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("settings"))
    }
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
for crate::beta::MobileAppAssignment {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppAssignment";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MobileAppCategory {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppCategory";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::MobileAppContentPath<C> {
    /// Containment navigation property `containedApps` (`microsoft.graph.mobileContainedApp`).
    pub fn contained_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyMobileContainedApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("containedApps"))
    }
    /// Containment navigation property `files` (`microsoft.graph.mobileAppContentFile`).
    pub fn files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppContentFile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("files"))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::MobileAppContent {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppContent";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::MobileAppContentFilePath<C> {
    /// Commits a file of a given app.
    ///
    /// `POST .../commit`: action `microsoft.graph.commit`.
    pub fn commit(
        &self,
        params: crate::beta::params::MobileAppContentFileCommitParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MobileAppContentFileCommitParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("commit"),
            rt::request::Json(params),
        )
    }
    /// Renews the SAS URI for an application file upload.
    ///
    /// `POST .../renewUpload`: action `microsoft.graph.renewUpload`.
    pub fn renew_upload(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("renewUpload"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MobileAppContentFile {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppContentFile";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileAppRelationship>
for crate::beta::MobileAppDependency {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppDependency";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MobileAppDependency {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppDependency";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::MobileAppInstallStatusPath<C> {
    /// Navigation property `app` (`microsoft.graph.mobileApp`).
    pub fn app(
        &self,
    ) -> crate::beta::requests::MobileAppPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::MobileAppPath::new(self.0.target().segment("app"))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MobileAppInstallStatus {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppInstallStatus";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MobileAppInstallSummary {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppInstallSummary";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MobileAppIntentAndState {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppIntentAndState";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::MobileAppPolicySetItemPath<C> {
    /// Structural property `settings` (`microsoft.graph.mobileAppAssignmentSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyMobileAppAssignmentSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("settings"))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicySetItem>
for crate::beta::MobileAppPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppPolicySetItem";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MobileAppPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppPolicySetItem";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MobileAppProvisioningConfigGroupAssignment {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppProvisioningConfigGroupAssignment";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyMobileAppRelationship {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppRelationship";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMobileAppRelationship>
for crate::beta::MobileAppSupersedence {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppSupersedence";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MobileAppSupersedence {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppSupersedence";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::MobileAppTroubleshootingEventPath<C> {
    /// Containment navigation property `appLogCollectionRequests` (`microsoft.graph.appLogCollectionRequest`).
    pub fn app_log_collection_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AppLogCollectionRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("appLogCollectionRequests"),
        )
    }
    /// Structural property `troubleshootingErrorDetails` (`microsoft.graph.deviceManagementTroubleshootingErrorDetails`), addressed on its own: `GET` or `PATCH` it.
    pub fn troubleshooting_error_details(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementTroubleshootingErrorDetails,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("troubleshootingErrorDetails"),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceManagementTroubleshootingEvent>
for crate::beta::MobileAppTroubleshootingEvent {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppTroubleshootingEvent";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MobileAppTroubleshootingEvent {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppTroubleshootingEvent";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyMobileContainedApp {
    const SEGMENT: &'static str = "microsoft.graph.mobileContainedApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::MobileLobAppPath<C> {
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("contentVersions"))
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
for crate::beta::AnyMobileLobApp {
    const SEGMENT: &'static str = "microsoft.graph.mobileLobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyMobileLobApp {
    const SEGMENT: &'static str = "microsoft.graph.mobileLobApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyMobileLobApp, C> {
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MobileThreatDefenseConnector {
    const SEGMENT: &'static str = "microsoft.graph.mobileThreatDefenseConnector";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MultiValueLegacyExtendedProperty {
    const SEGMENT: &'static str = "microsoft.graph.multiValueLegacyExtendedProperty";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
impl<C> crate::beta::requests::MuteParticipantOperationPath<C> {
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::beta::ResultInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("resultInfo"))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyCommsOperation>
for crate::beta::MuteParticipantOperation {
    const SEGMENT: &'static str = "microsoft.graph.muteParticipantOperation";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MuteParticipantOperation {
    const SEGMENT: &'static str = "microsoft.graph.muteParticipantOperation";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
impl<C> crate::beta::requests::MuteParticipantsOperationPath<C> {
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::beta::ResultInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("resultInfo"))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyCommsOperation>
for crate::beta::MuteParticipantsOperation {
    const SEGMENT: &'static str = "microsoft.graph.muteParticipantsOperation";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::MuteParticipantsOperation {
    const SEGMENT: &'static str = "microsoft.graph.muteParticipantsOperation";
}
