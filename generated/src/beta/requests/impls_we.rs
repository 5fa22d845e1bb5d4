//! Items of `requests` by the first letters of their types' names (`we`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::WebAccountPath<C> {
    /// Structural property `service` (`microsoft.graph.serviceInformation`), addressed on its own: `GET` or `PATCH` it.
    pub fn service(&self) -> crate::path::PropertyPath<crate::beta::ServiceInformation> {
        crate::path::PropertyPath::new(self.0.target().segment("service"))
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
impl crate::path::DerivedFrom<crate::beta::AnyItemFacet> for crate::beta::WebAccount {
    const SEGMENT: &'static str = "microsoft.graph.webAccount";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::WebAccount {
    const SEGMENT: &'static str = "microsoft.graph.webAccount";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::WebAppPath<C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyMobileApp> for crate::beta::WebApp {
    const SEGMENT: &'static str = "microsoft.graph.webApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::WebApp {
    const SEGMENT: &'static str = "microsoft.graph.webApp";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::WebApp, C> {
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
