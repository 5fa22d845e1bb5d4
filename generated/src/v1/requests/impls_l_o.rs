//! Items of `requests` by the first letters of their types' names (`l_o`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::LabelContentRight, C> {
    /// Navigation property `label` (`microsoft.graph.sensitivityLabel`).
    pub fn label(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::SensitivityLabel,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("label"))
    }
}
#[cfg(msgraph_v1_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LabelContentRight {
    const SEGMENT: &'static str = "microsoft.graph.labelContentRight";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::LandingPage, C> {
    /// Structural property `createdBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `details` (`microsoft.graph.landingPageDetail`).
    pub fn details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::LandingPageDetail,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("details"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LandingPage {
    const SEGMENT: &'static str = "microsoft.graph.landingPage";
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LandingPageDetail {
    const SEGMENT: &'static str = "microsoft.graph.landingPageDetail";
}
#[cfg(msgraph_v1_employee_experience_or_search)]
/// Features: `v1`, or one of `v1-employee-experience`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::LearningAssignment, C> {
    /// Structural property `dueDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn due_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.target().segment("dueDateTime"))
    }
    /// Structural property `notes` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn notes(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.target().segment("notes"))
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyLearningCourseActivity>
for crate::v1::LearningAssignment {
    const SEGMENT: &'static str = "microsoft.graph.learningAssignment";
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LearningAssignment {
    const SEGMENT: &'static str = "microsoft.graph.learningAssignment";
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LearningContent {
    const SEGMENT: &'static str = "microsoft.graph.learningContent";
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyLearningCourseActivity {
    const SEGMENT: &'static str = "microsoft.graph.learningCourseActivity";
}
#[cfg(msgraph_v1_employee_experience_or_search)]
/// Features: `v1`, or one of `v1-employee-experience`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::LearningProvider, C> {
    /// Containment navigation property `learningContents` (`microsoft.graph.learningContent`).
    pub fn learning_contents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::LearningContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("learningContents"))
    }
    /// Containment navigation property `learningCourseActivities` (`microsoft.graph.learningCourseActivity`).
    pub fn learning_course_activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyLearningCourseActivity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("learningCourseActivities"),
        )
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LearningProvider {
    const SEGMENT: &'static str = "microsoft.graph.learningProvider";
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyLearningCourseActivity>
for crate::v1::LearningSelfInitiatedCourse {
    const SEGMENT: &'static str = "microsoft.graph.learningSelfInitiatedCourse";
}
#[cfg(msgraph_v1_employee_experience_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::LearningSelfInitiatedCourse {
    const SEGMENT: &'static str = "microsoft.graph.learningSelfInitiatedCourse";
}
#[cfg(msgraph_v1_places_or_search)]
/// Features: `v1`, or one of `v1-places`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::LevelMap, C> {
    /// Containment navigation property `fixtures` (`microsoft.graph.fixtureMap`).
    pub fn fixtures(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::FixtureMap,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("fixtures"))
    }
    /// Containment navigation property `sections` (`microsoft.graph.sectionMap`).
    pub fn sections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SectionMap,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("sections"))
    }
    /// Containment navigation property `units` (`microsoft.graph.unitMap`).
    pub fn units(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnitMap,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("units"))
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseMapFeature> for crate::v1::LevelMap {
    const SEGMENT: &'static str = "microsoft.graph.levelMap";
}
#[cfg(msgraph_v1_places_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LevelMap {
    const SEGMENT: &'static str = "microsoft.graph.levelMap";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LicenseDetails {
    const SEGMENT: &'static str = "microsoft.graph.licenseDetails";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::LicenseDetails, C> {
    /// `GET .../getTeamsLicensingDetails`: function `microsoft.graph.getTeamsLicensingDetails`.
    pub fn get_teams_licensing_details(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::TeamsLicensingDetails>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getTeamsLicensingDetails", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LinkedResource {
    const SEGMENT: &'static str = "microsoft.graph.linkedResource";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::List, C> {
    /// Structural property `list` (`microsoft.graph.listInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn list_2(&self) -> crate::path::PropertyPath<crate::v1::ListInfo> {
        crate::path::PropertyPath::new(self.target().segment("list"))
    }
    /// Structural property `sharepointIds` (`microsoft.graph.sharepointIds`), addressed on its own: `GET` or `PATCH` it.
    pub fn sharepoint_ids(&self) -> crate::path::PropertyPath<crate::v1::SharepointIds> {
        crate::path::PropertyPath::new(self.target().segment("sharepointIds"))
    }
    /// Structural property `system` (`microsoft.graph.systemFacet`), addressed on its own: `GET` or `PATCH` it.
    pub fn system(&self) -> crate::path::PropertyPath<crate::v1::SystemFacet> {
        crate::path::PropertyPath::new(self.target().segment("system"))
    }
    /// Containment navigation property `columns` (`microsoft.graph.columnDefinition`).
    pub fn columns(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ColumnDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("columns"))
    }
    /// Containment navigation property `contentTypes` (`microsoft.graph.contentType`).
    pub fn content_types(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ContentType,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("contentTypes"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `drive` (`microsoft.graph.drive`).
    ///
    /// Features: `v1`, or one of `v1-drives`, `v1-search`.
    pub fn drive(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Drive,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("drive"))
    }
    /// Containment navigation property `items` (`microsoft.graph.listItem`).
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ListItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("items"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.richLongRunningOperation`).
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::RichLongRunningOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("operations"))
    }
    /// Containment navigation property `permissions` (`microsoft.graph.permission`).
    pub fn permissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Permission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("permissions"))
    }
    /// Containment navigation property `subscriptions` (`microsoft.graph.subscription`).
    pub fn subscriptions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Subscription,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("subscriptions"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ItemReference> {
        crate::path::PropertyPath::new(self.target().segment("parentReference"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn created_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("createdByUser"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn last_modified_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("lastModifiedByUser"))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItem> for crate::v1::List {
    const SEGMENT: &'static str = "microsoft.graph.list";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::List {
    const SEGMENT: &'static str = "microsoft.graph.list";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::ListItem, C> {
    /// Structural property `contentType` (`microsoft.graph.contentTypeInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn content_type(&self) -> crate::path::PropertyPath<crate::v1::ContentTypeInfo> {
        crate::path::PropertyPath::new(self.target().segment("contentType"))
    }
    /// Structural property `deleted` (`microsoft.graph.deleted`), addressed on its own: `GET` or `PATCH` it.
    pub fn deleted(&self) -> crate::path::PropertyPath<crate::v1::Deleted> {
        crate::path::PropertyPath::new(self.target().segment("deleted"))
    }
    /// Structural property `sharepointIds` (`microsoft.graph.sharepointIds`), addressed on its own: `GET` or `PATCH` it.
    pub fn sharepoint_ids(&self) -> crate::path::PropertyPath<crate::v1::SharepointIds> {
        crate::path::PropertyPath::new(self.target().segment("sharepointIds"))
    }
    #[cfg(msgraph_v1_core_or_drives_or_sites)]
    /// Navigation property `analytics` (`microsoft.graph.itemAnalytics`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn analytics(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ItemAnalytics,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("analytics"))
    }
    /// Containment navigation property `documentSetVersions` (`microsoft.graph.documentSetVersion`).
    pub fn document_set_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DocumentSetVersion,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("documentSetVersions"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `driveItem` (`microsoft.graph.driveItem`).
    ///
    /// Features: `v1`, or one of `v1-drives`, `v1-search`.
    pub fn drive_item(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DriveItem,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("driveItem"))
    }
    /// Containment navigation property `fields` (`microsoft.graph.fieldValueSet`).
    pub fn fields(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::FieldValueSet,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("fields"))
    }
    /// Containment navigation property `permissions` (`microsoft.graph.permission`).
    pub fn permissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Permission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("permissions"))
    }
    /// Containment navigation property `versions` (`microsoft.graph.listItemVersion`).
    pub fn versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyListItemVersion,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("versions"))
    }
    /// `POST .../createLink`: action `microsoft.graph.createLink`.
    pub fn create_link(
        &self,
        params: crate::v1::params::ListItemCreateLinkParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ListItemCreateLinkParams>,
        rt::request::Entity<crate::v1::Permission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("createLink"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getActivitiesByInterval`: function `microsoft.graph.getActivitiesByInterval`.
    pub fn get_activities_by_interval(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ItemActivityStat>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getActivitiesByInterval", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getActivitiesByInterval`: function `microsoft.graph.getActivitiesByInterval`.
    pub fn get_activities_by_interval_2(
        &self,
        start_date_time: &str,
        end_date_time: &str,
        interval: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ItemActivityStat>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getActivitiesByInterval",
                    &[
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
                        (
                            "interval",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(interval),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ItemReference> {
        crate::path::PropertyPath::new(self.target().segment("parentReference"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn created_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("createdByUser"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn last_modified_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("lastModifiedByUser"))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItem> for crate::v1::ListItem {
    const SEGMENT: &'static str = "microsoft.graph.listItem";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ListItem {
    const SEGMENT: &'static str = "microsoft.graph.listItem";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::ListItem, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ListItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta_2(
        &self,
        token: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ListItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "delta",
                    &[
                        (
                            "token",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(token),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::AnyListItemVersion, C> {
    /// Containment navigation property `fields` (`microsoft.graph.fieldValueSet`).
    pub fn fields(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::FieldValueSet,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("fields"))
    }
    /// `POST .../restoreVersion`: action `microsoft.graph.restoreVersion`.
    pub fn restore_version(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("restoreVersion"),
            rt::request::NoBody,
        )
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// Structural property `publication` (`microsoft.graph.publicationFacet`), addressed on its own: `GET` or `PATCH` it.
    pub fn publication(&self) -> crate::path::PropertyPath<crate::v1::PublicationFacet> {
        crate::path::PropertyPath::new(self.target().segment("publication"))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItemVersion>
for crate::v1::AnyListItemVersion {
    const SEGMENT: &'static str = "microsoft.graph.listItemVersion";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyListItemVersion {
    const SEGMENT: &'static str = "microsoft.graph.listItemVersion";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::LocalizedNotificationMessage {
    const SEGMENT: &'static str = "microsoft.graph.localizedNotificationMessage";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::LoginPage, C> {
    /// Structural property `createdBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LoginPage {
    const SEGMENT: &'static str = "microsoft.graph.loginPage";
}
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyLongRunningOperation {
    const SEGMENT: &'static str = "microsoft.graph.longRunningOperation";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<
    crate::v1::identity_governance::LifecycleManagementSettings,
    C,
> {
    /// Structural property `emailSettings` (`microsoft.graph.emailSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn email_settings(&self) -> crate::path::PropertyPath<crate::v1::EmailSettings> {
        crate::path::PropertyPath::new(self.target().segment("emailSettings"))
    }
    /// Structural property `quarantineConfiguration` (`microsoft.graph.identityGovernance.quarantineConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn quarantine_configuration(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::identity_governance::QuarantineConfiguration,
    > {
        crate::path::PropertyPath::new(self.target().segment("quarantineConfiguration"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::LifecycleManagementSettings {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.lifecycleManagementSettings";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<
    crate::v1::identity_governance::LifecycleWorkflowsContainer,
    C,
> {
    /// Containment navigation property `customTaskExtensions` (`microsoft.graph.identityGovernance.customTaskExtension`).
    pub fn custom_task_extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::CustomTaskExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("customTaskExtensions"))
    }
    /// Containment navigation property `deletedItems` (`microsoft.graph.deletedItemContainer`).
    pub fn deleted_items(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeletedItemContainer,
        crate::path::caps::GetDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("deletedItems"))
    }
    /// Containment navigation property `insights` (`microsoft.graph.identityGovernance.insights`).
    pub fn insights(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::identity_governance::Insights,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("insights"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.identityGovernance.lifecycleManagementSettings`).
    pub fn settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::identity_governance::LifecycleManagementSettings,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.target().segment("settings"))
    }
    /// Containment navigation property `taskDefinitions` (`microsoft.graph.identityGovernance.taskDefinition`).
    pub fn task_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::TaskDefinition,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(self.target().segment("taskDefinitions"))
    }
    /// Containment navigation property `workflows` (`microsoft.graph.identityGovernance.workflow`).
    pub fn workflows(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::Workflow,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("workflows"))
    }
    /// Containment navigation property `workflowTemplates` (`microsoft.graph.identityGovernance.workflowTemplate`).
    pub fn workflow_templates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::WorkflowTemplate,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(self.target().segment("workflowTemplates"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::LifecycleWorkflowsContainer {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.lifecycleWorkflowsContainer";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::security::LabelsRoot, C> {
    /// Containment navigation property `authorities` (`microsoft.graph.security.authorityTemplate`).
    pub fn authorities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::AuthorityTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("authorities"))
    }
    /// Containment navigation property `categories` (`microsoft.graph.security.categoryTemplate`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::CategoryTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("categories"))
    }
    /// Containment navigation property `citations` (`microsoft.graph.security.citationTemplate`).
    pub fn citations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::CitationTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("citations"))
    }
    /// Containment navigation property `departments` (`microsoft.graph.security.departmentTemplate`).
    pub fn departments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::DepartmentTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("departments"))
    }
    /// Containment navigation property `filePlanReferences` (`microsoft.graph.security.filePlanReferenceTemplate`).
    pub fn file_plan_references(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::FilePlanReferenceTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("filePlanReferences"))
    }
    /// Containment navigation property `retentionLabels` (`microsoft.graph.security.retentionLabel`).
    pub fn retention_labels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::RetentionLabel,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("retentionLabels"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::LabelsRoot {
    const SEGMENT: &'static str = "microsoft.graph.security.labelsRoot";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::M365AppsInstallationOptions, C> {
    /// Structural property `appsForMac` (`microsoft.graph.appsInstallationOptionsForMac`), addressed on its own: `GET` or `PATCH` it.
    pub fn apps_for_mac(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AppsInstallationOptionsForMac> {
        crate::path::PropertyPath::new(self.target().segment("appsForMac"))
    }
    /// Structural property `appsForWindows` (`microsoft.graph.appsInstallationOptionsForWindows`), addressed on its own: `GET` or `PATCH` it.
    pub fn apps_for_windows(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AppsInstallationOptionsForWindows> {
        crate::path::PropertyPath::new(self.target().segment("appsForWindows"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::M365AppsInstallationOptions {
    const SEGMENT: &'static str = "microsoft.graph.m365AppsInstallationOptions";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::MacOsCompliancePolicy, C> {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceCompliancePolicyAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceCompliancePolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceComplianceDeviceStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceComplianceDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceComplianceDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceComplianceDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `scheduledActionsForRule` (`microsoft.graph.deviceComplianceScheduledActionForRule`).
    pub fn scheduled_actions_for_rule(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceComplianceScheduledActionForRule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("scheduledActionsForRule"),
        )
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceComplianceUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceComplianceUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceComplianceUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceComplianceUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceCompliancePolicyAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceCompliancePolicyAssignParams>,
        rt::request::Collection<crate::v1::DeviceCompliancePolicyAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../scheduleActionsForRules`: action `microsoft.graph.scheduleActionsForRules`.
    pub fn schedule_actions_for_rules(
        &self,
        params: crate::v1::params::DeviceCompliancePolicyScheduleActionsForRulesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DeviceCompliancePolicyScheduleActionsForRulesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("scheduleActionsForRules"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceCompliancePolicy>
for crate::v1::MacOsCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.macOSCompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MacOsCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.macOSCompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::MacOsCustomConfiguration, C> {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceConfigurationDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceConfigurationUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::v1::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    pub fn get_oma_setting_plain_text_value(
        &self,
        secret_reference_value_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOmaSettingPlainTextValue",
                    &[
                        (
                            "secretReferenceValueId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(
                                    secret_reference_value_id,
                                ),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::MacOsCustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSCustomConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MacOsCustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSCustomConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::MacOsDeviceFeaturesConfiguration, C> {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceConfigurationDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceConfigurationUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::v1::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    pub fn get_oma_setting_plain_text_value(
        &self,
        secret_reference_value_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOmaSettingPlainTextValue",
                    &[
                        (
                            "secretReferenceValueId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(
                                    secret_reference_value_id,
                                ),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyAppleDeviceFeaturesConfigurationBase>
for crate::v1::MacOsDeviceFeaturesConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSDeviceFeaturesConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::MacOsDeviceFeaturesConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSDeviceFeaturesConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MacOsDeviceFeaturesConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSDeviceFeaturesConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::MacOsDmgApp, C> {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.macOSMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MacOsMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileLobApp> for crate::v1::MacOsDmgApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSDmgApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::MacOsDmgApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSDmgApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MacOsDmgApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSDmgApp";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::MacOsGeneralDeviceConfiguration, C> {
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceConfigurationDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceConfigurationUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::v1::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    pub fn get_oma_setting_plain_text_value(
        &self,
        secret_reference_value_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOmaSettingPlainTextValue",
                    &[
                        (
                            "secretReferenceValueId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(
                                    secret_reference_value_id,
                                ),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::MacOsGeneralDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSGeneralDeviceConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MacOsGeneralDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSGeneralDeviceConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::MacOsLobApp, C> {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.macOSMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MacOsMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileLobApp> for crate::v1::MacOsLobApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::MacOsLobApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MacOsLobApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::MacOsMicrosoftDefenderApp, C> {
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::MacOsMicrosoftDefenderApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSMicrosoftDefenderApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MacOsMicrosoftDefenderApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSMicrosoftDefenderApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::MacOsMicrosoftEdgeApp, C> {
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::MacOsMicrosoftEdgeApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSMicrosoftEdgeApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MacOsMicrosoftEdgeApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSMicrosoftEdgeApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::MacOsOfficeSuiteApp, C> {
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::MacOsOfficeSuiteApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSOfficeSuiteApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MacOsOfficeSuiteApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSOfficeSuiteApp";
}
#[cfg(msgraph_v1_information_protection_or_search)]
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::MailAssessmentRequest, C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Containment navigation property `results` (`microsoft.graph.threatAssessmentResult`).
    pub fn results(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ThreatAssessmentResult,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("results"))
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyThreatAssessmentRequest>
for crate::v1::MailAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.mailAssessmentRequest";
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MailAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.mailAssessmentRequest";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::AnyMailFolder, C> {
    /// Containment navigation property `childFolders` (`microsoft.graph.mailFolder`).
    pub fn child_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMailFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("childFolders"))
    }
    /// Containment navigation property `messageRules` (`microsoft.graph.messageRule`).
    pub fn message_rules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MessageRule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("messageRules"))
    }
    /// Containment navigation property `messages` (`microsoft.graph.message`).
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("messages"))
    }
    /// `POST .../copy`: action `microsoft.graph.copy`.
    pub fn copy(
        &self,
        params: crate::v1::params::MailFolderCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MailFolderCopyParams>,
        rt::request::Entity<crate::v1::AnyMailFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("copy"),
            rt::request::Json(params),
        )
    }
    /// `POST .../move`: action `microsoft.graph.move`.
    pub fn move_(
        &self,
        params: crate::v1::params::MailFolderMoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MailFolderMoveParams>,
        rt::request::Entity<crate::v1::AnyMailFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("move"),
            rt::request::Json(params),
        )
    }
    /// `POST .../permanentDelete`: action `microsoft.graph.permanentDelete`.
    pub fn permanent_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("permanentDelete"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyMailFolder {
    const SEGMENT: &'static str = "microsoft.graph.mailFolder";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AnyMailFolder, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyMailFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::MailSearchFolder, C> {
    /// Containment navigation property `childFolders` (`microsoft.graph.mailFolder`).
    pub fn child_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMailFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("childFolders"))
    }
    /// Containment navigation property `messageRules` (`microsoft.graph.messageRule`).
    pub fn message_rules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MessageRule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("messageRules"))
    }
    /// Containment navigation property `messages` (`microsoft.graph.message`).
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("messages"))
    }
    /// `POST .../copy`: action `microsoft.graph.copy`.
    pub fn copy(
        &self,
        params: crate::v1::params::MailFolderCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MailFolderCopyParams>,
        rt::request::Entity<crate::v1::AnyMailFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("copy"),
            rt::request::Json(params),
        )
    }
    /// `POST .../move`: action `microsoft.graph.move`.
    pub fn move_(
        &self,
        params: crate::v1::params::MailFolderMoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MailFolderMoveParams>,
        rt::request::Entity<crate::v1::AnyMailFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("move"),
            rt::request::Json(params),
        )
    }
    /// `POST .../permanentDelete`: action `microsoft.graph.permanentDelete`.
    pub fn permanent_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("permanentDelete"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyMailFolder> for crate::v1::MailSearchFolder {
    const SEGMENT: &'static str = "microsoft.graph.mailSearchFolder";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MailSearchFolder {
    const SEGMENT: &'static str = "microsoft.graph.mailSearchFolder";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::MailSearchFolder, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyMailFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::Mailbox, C> {
    /// Containment navigation property `folders` (`microsoft.graph.mailboxFolder`).
    pub fn folders(
        &self,
    ) -> crate::path::CollectionPath<crate::v1::MailboxFolder, crate::path::caps::List> {
        crate::path::CollectionPath::new(self.target().segment("folders"))
    }
    /// `POST .../createImportSession`: action `microsoft.graph.createImportSession`.
    pub fn create_import_session(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::MailboxItemImportSession>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("createImportSession"),
            rt::request::NoBody,
        )
    }
    /// `POST .../exportItems`: action `microsoft.graph.exportItems`.
    pub fn export_items(
        &self,
        params: crate::v1::params::MailboxExportItemsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MailboxExportItemsParams>,
        rt::request::Collection<crate::v1::ExportItemResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("exportItems"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    pub fn check_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    pub fn get_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    pub fn get_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject> for crate::v1::Mailbox {
    const SEGMENT: &'static str = "microsoft.graph.mailbox";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Mailbox {
    const SEGMENT: &'static str = "microsoft.graph.mailbox";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::Mailbox, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
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
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::MailboxFolder, C> {
    /// Containment navigation property `childFolders` (`microsoft.graph.mailboxFolder`).
    pub fn child_folders(
        &self,
    ) -> crate::path::CollectionPath<crate::v1::MailboxFolder, crate::path::caps::List> {
        crate::path::CollectionPath::new(self.target().segment("childFolders"))
    }
    /// Containment navigation property `items` (`microsoft.graph.mailboxItem`).
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<crate::v1::MailboxItem, crate::path::caps::List> {
        crate::path::CollectionPath::new(self.target().segment("items"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MailboxFolder {
    const SEGMENT: &'static str = "microsoft.graph.mailboxFolder";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::MailboxFolder, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::MailboxFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyOutlookItem> for crate::v1::MailboxItem {
    const SEGMENT: &'static str = "microsoft.graph.mailboxItem";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MailboxItem {
    const SEGMENT: &'static str = "microsoft.graph.mailboxItem";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::MailboxItem, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::MailboxItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::MailboxProtectionRule, C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.target().segment("error"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// `POST .../deleteAndUnprotect`: action `microsoft.graph.deleteAndUnprotect`.
    pub fn delete_and_unprotect(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionRuleBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("deleteAndUnprotect"),
            rt::request::NoBody,
        )
    }
    /// `POST .../run`: action `microsoft.graph.run`.
    pub fn run(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionRuleBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("run"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionRuleBase>
for crate::v1::MailboxProtectionRule {
    const SEGMENT: &'static str = "microsoft.graph.mailboxProtectionRule";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MailboxProtectionRule {
    const SEGMENT: &'static str = "microsoft.graph.mailboxProtectionRule";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::MailboxProtectionUnit, C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.target().segment("error"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// `POST .../cancelOffboard`: action `microsoft.graph.cancelOffboard`.
    pub fn cancel_offboard(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionUnitBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("cancelOffboard"),
            rt::request::NoBody,
        )
    }
    /// `POST .../offboard`: action `microsoft.graph.offboard`.
    pub fn offboard(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionUnitBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("offboard"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionUnitBase>
for crate::v1::MailboxProtectionUnit {
    const SEGMENT: &'static str = "microsoft.graph.mailboxProtectionUnit";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MailboxProtectionUnit {
    const SEGMENT: &'static str = "microsoft.graph.mailboxProtectionUnit";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::MailboxProtectionUnitsBulkAdditionJob, C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.target().segment("error"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionUnitsBulkJobBase>
for crate::v1::MailboxProtectionUnitsBulkAdditionJob {
    const SEGMENT: &'static str = "microsoft.graph.mailboxProtectionUnitsBulkAdditionJob";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MailboxProtectionUnitsBulkAdditionJob {
    const SEGMENT: &'static str = "microsoft.graph.mailboxProtectionUnitsBulkAdditionJob";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::AnyMailboxRestoreArtifact, C> {
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.target().segment("error"))
    }
    /// Navigation property `restorePoint` (`microsoft.graph.restorePoint`).
    pub fn restore_point(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::RestorePoint,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("restorePoint"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyRestoreArtifactBase>
for crate::v1::AnyMailboxRestoreArtifact {
    const SEGMENT: &'static str = "microsoft.graph.mailboxRestoreArtifact";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyMailboxRestoreArtifact {
    const SEGMENT: &'static str = "microsoft.graph.mailboxRestoreArtifact";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<
    C,
> crate::path::EntityPath<crate::v1::MailboxRestoreArtifactsBulkAdditionRequest, C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.target().segment("error"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// Structural property `protectionTimePeriod` (`microsoft.graph.timePeriod`), addressed on its own: `GET` or `PATCH` it.
    pub fn protection_time_period(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TimePeriod> {
        crate::path::PropertyPath::new(self.target().segment("protectionTimePeriod"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyRestoreArtifactsBulkRequestBase>
for crate::v1::MailboxRestoreArtifactsBulkAdditionRequest {
    const SEGMENT: &'static str = "microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MailboxRestoreArtifactsBulkAdditionRequest {
    const SEGMENT: &'static str = "microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MalwareStateForWindowsDevice {
    const SEGMENT: &'static str = "microsoft.graph.malwareStateForWindowsDevice";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::ManagedAndroidLobApp, C> {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.androidMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AndroidMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedMobileLobApp>
for crate::v1::ManagedAndroidLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedApp>
for crate::v1::ManagedAndroidLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::ManagedAndroidLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ManagedAndroidLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::ManagedAndroidStoreApp, C> {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.androidMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AndroidMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedApp>
for crate::v1::ManagedAndroidStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidStoreApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::ManagedAndroidStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidStoreApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedAndroidStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidStoreApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::AnyManagedApp, C> {
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::AnyManagedApp {
    const SEGMENT: &'static str = "microsoft.graph.managedApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyManagedApp {
    const SEGMENT: &'static str = "microsoft.graph.managedApp";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::AnyManagedAppConfiguration, C> {
    /// `POST .../targetApps`: action `microsoft.graph.targetApps`.
    pub fn target_apps(
        &self,
        params: crate::v1::params::ManagedAppPolicyTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedAppPolicyTargetAppsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("targetApps"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppPolicy>
for crate::v1::AnyManagedAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.managedAppConfiguration";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyManagedAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.managedAppConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ManagedAppOperation {
    const SEGMENT: &'static str = "microsoft.graph.managedAppOperation";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::AnyManagedAppPolicy, C> {
    /// `POST .../targetApps`: action `microsoft.graph.targetApps`.
    pub fn target_apps(
        &self,
        params: crate::v1::params::ManagedAppPolicyTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedAppPolicyTargetAppsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("targetApps"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyManagedAppPolicy {
    const SEGMENT: &'static str = "microsoft.graph.managedAppPolicy";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedAppPolicyDeploymentSummary {
    const SEGMENT: &'static str = "microsoft.graph.managedAppPolicyDeploymentSummary";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::AnyManagedAppProtection, C> {
    /// `POST .../targetApps`: action `microsoft.graph.targetApps`.
    pub fn target_apps(
        &self,
        params: crate::v1::params::ManagedAppProtectionTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedAppProtectionTargetAppsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("targetApps"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppPolicy>
for crate::v1::AnyManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.managedAppProtection";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.managedAppProtection";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::AnyManagedAppRegistration, C> {
    /// Structural property `appIdentifier` (`microsoft.graph.mobileAppIdentifier`), addressed on its own: `GET` or `PATCH` it.
    pub fn app_identifier(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyMobileAppIdentifier> {
        crate::path::PropertyPath::new(self.target().segment("appIdentifier"))
    }
    /// Containment navigation property `appliedPolicies` (`microsoft.graph.managedAppPolicy`).
    pub fn applied_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyManagedAppPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("appliedPolicies"))
    }
    /// Containment navigation property `intendedPolicies` (`microsoft.graph.managedAppPolicy`).
    pub fn intended_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyManagedAppPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("intendedPolicies"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.managedAppOperation`).
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedAppOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("operations"))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyManagedAppRegistration {
    const SEGMENT: &'static str = "microsoft.graph.managedAppRegistration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AnyManagedAppRegistration, C> {
    /// `GET .../getUserIdsWithFlaggedAppRegistration`: function `microsoft.graph.getUserIdsWithFlaggedAppRegistration`.
    pub fn get_user_ids_with_flagged_app_registration(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getUserIdsWithFlaggedAppRegistration", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyManagedAppStatus {
    const SEGMENT: &'static str = "microsoft.graph.managedAppStatus";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppStatus>
for crate::v1::ManagedAppStatusRaw {
    const SEGMENT: &'static str = "microsoft.graph.managedAppStatusRaw";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ManagedAppStatusRaw {
    const SEGMENT: &'static str = "microsoft.graph.managedAppStatusRaw";
}
#[cfg(msgraph_v1_core_or_device_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::ManagedDevice, C> {
    /// Structural property `configurationManagerClientEnabledFeatures` (`microsoft.graph.configurationManagerClientEnabledFeatures`), addressed on its own: `GET` or `PATCH` it.
    pub fn configuration_manager_client_enabled_features(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::ConfigurationManagerClientEnabledFeatures,
    > {
        crate::path::PropertyPath::new(
            self.target().segment("configurationManagerClientEnabledFeatures"),
        )
    }
    /// Structural property `deviceHealthAttestationState` (`microsoft.graph.deviceHealthAttestationState`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_health_attestation_state(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DeviceHealthAttestationState> {
        crate::path::PropertyPath::new(
            self.target().segment("deviceHealthAttestationState"),
        )
    }
    /// Containment navigation property `deviceCategory` (`microsoft.graph.deviceCategory`).
    pub fn device_category(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceCategory,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("deviceCategory"))
    }
    /// Containment navigation property `deviceCompliancePolicyStates` (`microsoft.graph.deviceCompliancePolicyState`).
    pub fn device_compliance_policy_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceCompliancePolicyState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("deviceCompliancePolicyStates"),
        )
    }
    /// Containment navigation property `deviceConfigurationStates` (`microsoft.graph.deviceConfigurationState`).
    pub fn device_configuration_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("deviceConfigurationStates"),
        )
    }
    /// Containment navigation property `logCollectionRequests` (`microsoft.graph.deviceLogCollectionResponse`).
    pub fn log_collection_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceLogCollectionResponse,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("logCollectionRequests"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `users` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn users(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyUser,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("users"))
    }
    /// Containment navigation property `windowsProtectionState` (`microsoft.graph.windowsProtectionState`).
    pub fn windows_protection_state(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WindowsProtectionState,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("windowsProtectionState"))
    }
    /// Bypass activation lock
    ///
    /// `POST .../bypassActivationLock`: action `microsoft.graph.bypassActivationLock`.
    pub fn bypass_activation_lock(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("bypassActivationLock"),
            rt::request::NoBody,
        )
    }
    /// Clean Windows device
    ///
    /// `POST .../cleanWindowsDevice`: action `microsoft.graph.cleanWindowsDevice`.
    pub fn clean_windows_device(
        &self,
        params: crate::v1::params::ManagedDeviceCleanWindowsDeviceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedDeviceCleanWindowsDeviceParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("cleanWindowsDevice"),
            rt::request::Json(params),
        )
    }
    /// Delete user from shared Apple device
    ///
    /// `POST .../deleteUserFromSharedAppleDevice`: action `microsoft.graph.deleteUserFromSharedAppleDevice`.
    pub fn delete_user_from_shared_apple_device(
        &self,
        params: crate::v1::params::ManagedDeviceDeleteUserFromSharedAppleDeviceParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ManagedDeviceDeleteUserFromSharedAppleDeviceParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("deleteUserFromSharedAppleDevice"),
            rt::request::Json(params),
        )
    }
    /// Disable lost mode
    ///
    /// `POST .../disableLostMode`: action `microsoft.graph.disableLostMode`.
    pub fn disable_lost_mode(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("disableLostMode"),
            rt::request::NoBody,
        )
    }
    /// Locate a device
    ///
    /// `POST .../locateDevice`: action `microsoft.graph.locateDevice`.
    pub fn locate_device(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("locateDevice"),
            rt::request::NoBody,
        )
    }
    /// Logout shared Apple device active user
    ///
    /// `POST .../logoutSharedAppleDeviceActiveUser`: action `microsoft.graph.logoutSharedAppleDeviceActiveUser`.
    pub fn logout_shared_apple_device_active_user(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("logoutSharedAppleDeviceActiveUser"),
            rt::request::NoBody,
        )
    }
    /// Reboot device
    ///
    /// `POST .../rebootNow`: action `microsoft.graph.rebootNow`.
    pub fn reboot_now(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("rebootNow"),
            rt::request::NoBody,
        )
    }
    /// Recover passcode
    ///
    /// `POST .../recoverPasscode`: action `microsoft.graph.recoverPasscode`.
    pub fn recover_passcode(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("recoverPasscode"),
            rt::request::NoBody,
        )
    }
    /// Remote lock
    ///
    /// `POST .../remoteLock`: action `microsoft.graph.remoteLock`.
    pub fn remote_lock(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("remoteLock"),
            rt::request::NoBody,
        )
    }
    /// Request remote assistance
    ///
    /// `POST .../requestRemoteAssistance`: action `microsoft.graph.requestRemoteAssistance`.
    pub fn request_remote_assistance(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("requestRemoteAssistance"),
            rt::request::NoBody,
        )
    }
    /// Reset passcode
    ///
    /// `POST .../resetPasscode`: action `microsoft.graph.resetPasscode`.
    pub fn reset_passcode(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("resetPasscode"),
            rt::request::NoBody,
        )
    }
    /// Retire a device
    ///
    /// `POST .../retire`: action `microsoft.graph.retire`.
    pub fn retire(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("retire"),
            rt::request::NoBody,
        )
    }
    /// Shut down device
    ///
    /// `POST .../shutDown`: action `microsoft.graph.shutDown`.
    pub fn shut_down(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("shutDown"),
            rt::request::NoBody,
        )
    }
    /// `POST .../syncDevice`: action `microsoft.graph.syncDevice`.
    pub fn sync_device(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("syncDevice"),
            rt::request::NoBody,
        )
    }
    /// `POST .../updateWindowsDeviceAccount`: action `microsoft.graph.updateWindowsDeviceAccount`.
    pub fn update_windows_device_account(
        &self,
        params: crate::v1::params::ManagedDeviceUpdateWindowsDeviceAccountParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ManagedDeviceUpdateWindowsDeviceAccountParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("updateWindowsDeviceAccount"),
            rt::request::Json(params),
        )
    }
    /// `POST .../windowsDefenderScan`: action `microsoft.graph.windowsDefenderScan`.
    pub fn windows_defender_scan(
        &self,
        params: crate::v1::params::ManagedDeviceWindowsDefenderScanParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedDeviceWindowsDefenderScanParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("windowsDefenderScan"),
            rt::request::Json(params),
        )
    }
    /// `POST .../windowsDefenderUpdateSignatures`: action `microsoft.graph.windowsDefenderUpdateSignatures`.
    pub fn windows_defender_update_signatures(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("windowsDefenderUpdateSignatures"),
            rt::request::NoBody,
        )
    }
    /// Wipe a device
    ///
    /// `POST .../wipe`: action `microsoft.graph.wipe`.
    pub fn wipe(
        &self,
        params: crate::v1::params::ManagedDeviceWipeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedDeviceWipeParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("wipe"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ManagedDevice {
    const SEGMENT: &'static str = "microsoft.graph.managedDevice";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::AnyManagedDeviceMobileAppConfiguration, C> {
    /// Containment navigation property `assignments` (`microsoft.graph.managedDeviceMobileAppConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedDeviceMobileAppConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedDeviceMobileAppConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusSummary` (`microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary`).
    pub fn device_status_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ManagedDeviceMobileAppConfigurationDeviceSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("deviceStatusSummary"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.managedDeviceMobileAppConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedDeviceMobileAppConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusSummary` (`microsoft.graph.managedDeviceMobileAppConfigurationUserSummary`).
    pub fn user_status_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ManagedDeviceMobileAppConfigurationUserSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("userStatusSummary"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::ManagedDeviceMobileAppConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ManagedDeviceMobileAppConfigurationAssignParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyManagedDeviceMobileAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<crate::v1::ManagedDeviceMobileAppConfigurationAssignment, C> {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.target().segment("target"))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedDeviceMobileAppConfigurationAssignment {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationAssignment";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedDeviceMobileAppConfigurationDeviceStatus {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedDeviceMobileAppConfigurationDeviceSummary {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedDeviceMobileAppConfigurationUserStatus {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationUserStatus";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedDeviceMobileAppConfigurationUserSummary {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationUserSummary";
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::ManagedDeviceOverview, C> {
    /// Structural property `deviceExchangeAccessStateSummary` (`microsoft.graph.deviceExchangeAccessStateSummary`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_exchange_access_state_summary(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DeviceExchangeAccessStateSummary> {
        crate::path::PropertyPath::new(
            self.target().segment("deviceExchangeAccessStateSummary"),
        )
    }
    /// Structural property `deviceOperatingSystemSummary` (`microsoft.graph.deviceOperatingSystemSummary`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_operating_system_summary(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DeviceOperatingSystemSummary> {
        crate::path::PropertyPath::new(
            self.target().segment("deviceOperatingSystemSummary"),
        )
    }
}
#[cfg(msgraph_v1_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedDeviceOverview {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceOverview";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::AnyManagedEBook, C> {
    /// Structural property `largeCover` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_cover(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.target().segment("largeCover"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.managedEBookAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyManagedEBookAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Containment navigation property `deviceStates` (`microsoft.graph.deviceInstallState`).
    pub fn device_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceInstallState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("deviceStates"))
    }
    /// Containment navigation property `installSummary` (`microsoft.graph.eBookInstallSummary`).
    pub fn install_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::EBookInstallSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("installSummary"))
    }
    /// Containment navigation property `userStateSummary` (`microsoft.graph.userInstallStateSummary`).
    pub fn user_state_summary(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserInstallStateSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("userStateSummary"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::ManagedEBookAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedEBookAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyManagedEBook {
    const SEGMENT: &'static str = "microsoft.graph.managedEBook";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::AnyManagedEBookAssignment, C> {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.target().segment("target"))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyManagedEBookAssignment {
    const SEGMENT: &'static str = "microsoft.graph.managedEBookAssignment";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::ManagedIosLobApp, C> {
    /// Structural property `applicableDeviceType` (`microsoft.graph.iosDeviceType`), addressed on its own: `GET` or `PATCH` it.
    pub fn applicable_device_type(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IosDeviceType> {
        crate::path::PropertyPath::new(self.target().segment("applicableDeviceType"))
    }
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.iosMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IosMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedMobileLobApp>
for crate::v1::ManagedIosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedApp> for crate::v1::ManagedIosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::ManagedIosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ManagedIosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::ManagedIosStoreApp, C> {
    /// Structural property `applicableDeviceType` (`microsoft.graph.iosDeviceType`), addressed on its own: `GET` or `PATCH` it.
    pub fn applicable_device_type(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IosDeviceType> {
        crate::path::PropertyPath::new(self.target().segment("applicableDeviceType"))
    }
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.iosMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IosMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedApp>
for crate::v1::ManagedIosStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSStoreApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::ManagedIosStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSStoreApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ManagedIosStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSStoreApp";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::ManagedMobileApp, C> {
    /// Structural property `mobileAppIdentifier` (`microsoft.graph.mobileAppIdentifier`), addressed on its own: `GET` or `PATCH` it.
    pub fn mobile_app_identifier(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyMobileAppIdentifier> {
        crate::path::PropertyPath::new(self.target().segment("mobileAppIdentifier"))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ManagedMobileApp {
    const SEGMENT: &'static str = "microsoft.graph.managedMobileApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::AnyManagedMobileLobApp, C> {
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedApp>
for crate::v1::AnyManagedMobileLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedMobileLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::AnyManagedMobileLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedMobileLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyManagedMobileLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedMobileLobApp";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::MdmWindowsInformationProtectionPolicy, C> {
    /// Structural property `dataRecoveryCertificate` (`microsoft.graph.windowsInformationProtectionDataRecoveryCertificate`), addressed on its own: `GET` or `PATCH` it.
    pub fn data_recovery_certificate(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::WindowsInformationProtectionDataRecoveryCertificate,
    > {
        crate::path::PropertyPath::new(self.target().segment("dataRecoveryCertificate"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.targetedManagedAppPolicyAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TargetedManagedAppPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Containment navigation property `exemptAppLockerFiles` (`microsoft.graph.windowsInformationProtectionAppLockerFile`).
    pub fn exempt_app_locker_files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WindowsInformationProtectionAppLockerFile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("exemptAppLockerFiles"))
    }
    /// Containment navigation property `protectedAppLockerFiles` (`microsoft.graph.windowsInformationProtectionAppLockerFile`).
    pub fn protected_app_locker_files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WindowsInformationProtectionAppLockerFile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("protectedAppLockerFiles"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::WindowsInformationProtectionAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::WindowsInformationProtectionAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../targetApps`: action `microsoft.graph.targetApps`.
    pub fn target_apps(
        &self,
        params: crate::v1::params::ManagedAppPolicyTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedAppPolicyTargetAppsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("targetApps"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl crate::path::DerivedFrom<crate::v1::AnyWindowsInformationProtection>
for crate::v1::MdmWindowsInformationProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.mdmWindowsInformationProtectionPolicy";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppPolicy>
for crate::v1::MdmWindowsInformationProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.mdmWindowsInformationProtectionPolicy";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MdmWindowsInformationProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.mdmWindowsInformationProtectionPolicy";
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::MeetingAttendanceReport, C> {
    /// Containment navigation property `attendanceRecords` (`microsoft.graph.attendanceRecord`).
    pub fn attendance_records(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AttendanceRecord,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("attendanceRecords"))
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MeetingAttendanceReport {
    const SEGMENT: &'static str = "microsoft.graph.meetingAttendanceReport";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::MembershipOutlierInsight, C> {
    /// Navigation property `container` (`microsoft.graph.directoryObject`).
    pub fn container(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("container"))
    }
    /// Navigation property `lastModifiedBy` (`microsoft.graph.user`).
    pub fn last_modified_by(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("lastModifiedBy"))
    }
    /// Navigation property `member` (`microsoft.graph.directoryObject`).
    pub fn member(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("member"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyGovernanceInsight>
for crate::v1::MembershipOutlierInsight {
    const SEGMENT: &'static str = "microsoft.graph.membershipOutlierInsight";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MembershipOutlierInsight {
    const SEGMENT: &'static str = "microsoft.graph.membershipOutlierInsight";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::AnyMessage, C> {
    /// The media content (`$value`) of this entity.
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("$value"))
    }
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.target().segment("body"))
    }
    /// Structural property `flag` (`microsoft.graph.followupFlag`), addressed on its own: `GET` or `PATCH` it.
    pub fn flag(&self) -> crate::path::PropertyPath<crate::v1::FollowupFlag> {
        crate::path::PropertyPath::new(self.target().segment("flag"))
    }
    /// Structural property `from` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    pub fn from(&self) -> crate::path::PropertyPath<crate::v1::AnyRecipient> {
        crate::path::PropertyPath::new(self.target().segment("from"))
    }
    /// Structural property `sender` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    pub fn sender(&self) -> crate::path::PropertyPath<crate::v1::AnyRecipient> {
        crate::path::PropertyPath::new(self.target().segment("sender"))
    }
    /// Structural property `uniqueBody` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn unique_body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.target().segment("uniqueBody"))
    }
    /// Containment navigation property `attachments` (`microsoft.graph.attachment`).
    pub fn attachments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAttachment,
        crate::path::caps::ListCreateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("attachments"))
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("extensions"))
    }
    /// `POST .../copy`: action `microsoft.graph.copy`.
    pub fn copy(
        &self,
        params: crate::v1::params::MessageCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCopyParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("copy"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createForward`: action `microsoft.graph.createForward`.
    pub fn create_forward(
        &self,
        params: crate::v1::params::MessageCreateForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCreateForwardParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("createForward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createReply`: action `microsoft.graph.createReply`.
    pub fn create_reply(
        &self,
        params: crate::v1::params::MessageCreateReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCreateReplyParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("createReply"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createReplyAll`: action `microsoft.graph.createReplyAll`.
    pub fn create_reply_all(
        &self,
        params: crate::v1::params::MessageCreateReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCreateReplyAllParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("createReplyAll"),
            rt::request::Json(params),
        )
    }
    /// `POST .../forward`: action `microsoft.graph.forward`.
    pub fn forward(
        &self,
        params: crate::v1::params::MessageForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageForwardParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("forward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../move`: action `microsoft.graph.move`.
    pub fn move_(
        &self,
        params: crate::v1::params::MessageMoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageMoveParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("move"),
            rt::request::Json(params),
        )
    }
    /// `POST .../permanentDelete`: action `microsoft.graph.permanentDelete`.
    pub fn permanent_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("permanentDelete"),
            rt::request::NoBody,
        )
    }
    /// `POST .../reply`: action `microsoft.graph.reply`.
    pub fn reply(
        &self,
        params: crate::v1::params::MessageReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageReplyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("reply"),
            rt::request::Json(params),
        )
    }
    /// `POST .../replyAll`: action `microsoft.graph.replyAll`.
    pub fn reply_all(
        &self,
        params: crate::v1::params::MessageReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageReplyAllParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("replyAll"),
            rt::request::Json(params),
        )
    }
    /// `POST .../send`: action `microsoft.graph.send`.
    pub fn send(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("send"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyOutlookItem> for crate::v1::AnyMessage {
    const SEGMENT: &'static str = "microsoft.graph.message";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyMessage {
    const SEGMENT: &'static str = "microsoft.graph.message";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AnyMessage, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::MessageRule, C> {
    /// Structural property `actions` (`microsoft.graph.messageRuleActions`), addressed on its own: `GET` or `PATCH` it.
    pub fn actions(&self) -> crate::path::PropertyPath<crate::v1::MessageRuleActions> {
        crate::path::PropertyPath::new(self.target().segment("actions"))
    }
    /// Structural property `conditions` (`microsoft.graph.messageRulePredicates`), addressed on its own: `GET` or `PATCH` it.
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MessageRulePredicates> {
        crate::path::PropertyPath::new(self.target().segment("conditions"))
    }
    /// Structural property `exceptions` (`microsoft.graph.messageRulePredicates`), addressed on its own: `GET` or `PATCH` it.
    pub fn exceptions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MessageRulePredicates> {
        crate::path::PropertyPath::new(self.target().segment("exceptions"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MessageRule {
    const SEGMENT: &'static str = "microsoft.graph.messageRule";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::MessageTracingRoot, C> {
    /// Containment navigation property `messageTraces` (`microsoft.graph.exchangeMessageTrace`).
    pub fn message_traces(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ExchangeMessageTrace,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("messageTraces"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MessageTracingRoot {
    const SEGMENT: &'static str = "microsoft.graph.messageTracingRoot";
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl crate::path::DerivedFrom<crate::v1::AnyConversationMember>
for crate::v1::MicrosoftAccountUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAccountUserConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MicrosoftAccountUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAccountUserConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<
    C,
> crate::path::CollectionPath<crate::v1::MicrosoftAccountUserConversationMember, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::v1::params::ConversationMemberCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ConversationMemberCollectionAddParams>,
        rt::request::Collection<crate::v1::AnyActionResultPart>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
    /// `POST .../remove`: action `microsoft.graph.remove`.
    pub fn remove(
        &self,
        params: crate::v1::params::ConversationMemberCollectionRemoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ConversationMemberCollectionRemoveParams>,
        rt::request::Collection<crate::v1::AnyActionResultPart>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("remove"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<
    C,
> crate::path::EntityPath<crate::v1::MicrosoftAuthenticatorAuthenticationMethod, C> {
    /// Navigation property `device` (`microsoft.graph.device`).
    pub fn device(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Device,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("device"))
    }
    /// `POST .../resetPassword`: action `microsoft.graph.resetPassword`.
    pub fn reset_password(
        &self,
        params: crate::v1::params::AuthenticationMethodResetPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::AuthenticationMethodResetPasswordParams>,
        rt::request::Entity<crate::v1::PasswordResetResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("resetPassword"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethod>
for crate::v1::MicrosoftAuthenticatorAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethod";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MicrosoftAuthenticatorAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethod";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<
    crate::v1::MicrosoftAuthenticatorAuthenticationMethodConfiguration,
    C,
> {
    /// Structural property `featureSettings` (`microsoft.graph.microsoftAuthenticatorFeatureSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn feature_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MicrosoftAuthenticatorFeatureSettings> {
        crate::path::PropertyPath::new(self.target().segment("featureSettings"))
    }
    /// Containment navigation property `includeTargets` (`microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget`).
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MicrosoftAuthenticatorAuthenticationMethodTarget,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("includeTargets"))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodConfiguration>
for crate::v1::MicrosoftAuthenticatorAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MicrosoftAuthenticatorAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodTarget>
for crate::v1::MicrosoftAuthenticatorAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MicrosoftAuthenticatorAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::MicrosoftStoreForBusinessApp, C> {
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::MicrosoftStoreForBusinessApp {
    const SEGMENT: &'static str = "microsoft.graph.microsoftStoreForBusinessApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MicrosoftStoreForBusinessApp {
    const SEGMENT: &'static str = "microsoft.graph.microsoftStoreForBusinessApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::AnyMobileApp, C> {
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyMobileApp {
    const SEGMENT: &'static str = "microsoft.graph.mobileApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::MobileAppAssignment, C> {
    /// Structural property `settings` (`microsoft.graph.mobileAppAssignmentSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyMobileAppAssignmentSettings> {
        crate::path::PropertyPath::new(self.target().segment("settings"))
    }
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.target().segment("target"))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MobileAppAssignment {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppAssignment";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MobileAppCategory {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppCategory";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::MobileAppContent, C> {
    /// Containment navigation property `containedApps` (`microsoft.graph.mobileContainedApp`).
    pub fn contained_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMobileContainedApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("containedApps"))
    }
    /// Containment navigation property `files` (`microsoft.graph.mobileAppContentFile`).
    pub fn files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContentFile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("files"))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MobileAppContent {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppContent";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::MobileAppContentFile, C> {
    /// Commits a file of a given app.
    ///
    /// `POST .../commit`: action `microsoft.graph.commit`.
    pub fn commit(
        &self,
        params: crate::v1::params::MobileAppContentFileCommitParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppContentFileCommitParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("commit"),
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
            self.target().segment("renewUpload"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MobileAppContentFile {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppContentFile";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MobileAppRelationship {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppRelationship";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::MobileAppTroubleshootingEvent, C> {
    /// Containment navigation property `appLogCollectionRequests` (`microsoft.graph.appLogCollectionRequest`).
    pub fn app_log_collection_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppLogCollectionRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("appLogCollectionRequests"),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MobileAppTroubleshootingEvent {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppTroubleshootingEvent";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyMobileContainedApp {
    const SEGMENT: &'static str = "microsoft.graph.mobileContainedApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::AnyMobileLobApp, C> {
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::AnyMobileLobApp {
    const SEGMENT: &'static str = "microsoft.graph.mobileLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyMobileLobApp {
    const SEGMENT: &'static str = "microsoft.graph.mobileLobApp";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MobileThreatDefenseConnector {
    const SEGMENT: &'static str = "microsoft.graph.mobileThreatDefenseConnector";
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
impl<C> crate::path::EntityPath<crate::v1::MultiTenantOrganization, C> {
    /// Containment navigation property `joinRequest` (`microsoft.graph.multiTenantOrganizationJoinRequestRecord`).
    pub fn join_request(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::MultiTenantOrganizationJoinRequestRecord,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.target().segment("joinRequest"))
    }
    /// Containment navigation property `tenants` (`microsoft.graph.multiTenantOrganizationMember`).
    pub fn tenants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MultiTenantOrganizationMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("tenants"))
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MultiTenantOrganization {
    const SEGMENT: &'static str = "microsoft.graph.multiTenantOrganization";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<
    C,
> crate::path::EntityPath<
    crate::v1::MultiTenantOrganizationIdentitySyncPolicyTemplate,
    C,
> {
    /// Structural property `userSyncInbound` (`microsoft.graph.crossTenantUserSyncInbound`), addressed on its own: `GET` or `PATCH` it.
    pub fn user_sync_inbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CrossTenantUserSyncInbound> {
        crate::path::PropertyPath::new(self.target().segment("userSyncInbound"))
    }
    /// `POST .../resetToDefaultSettings`: action `microsoft.graph.resetToDefaultSettings`.
    pub fn reset_to_default_settings(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("resetToDefaultSettings"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MultiTenantOrganizationIdentitySyncPolicyTemplate {
    const SEGMENT: &'static str = "microsoft.graph.multiTenantOrganizationIdentitySyncPolicyTemplate";
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
impl<C> crate::path::EntityPath<crate::v1::MultiTenantOrganizationJoinRequestRecord, C> {
    /// Structural property `transitionDetails` (`microsoft.graph.multiTenantOrganizationJoinRequestTransitionDetails`), addressed on its own: `GET` or `PATCH` it.
    pub fn transition_details(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::MultiTenantOrganizationJoinRequestTransitionDetails,
    > {
        crate::path::PropertyPath::new(self.target().segment("transitionDetails"))
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MultiTenantOrganizationJoinRequestRecord {
    const SEGMENT: &'static str = "microsoft.graph.multiTenantOrganizationJoinRequestRecord";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::MultiTenantOrganizationMember, C> {
    /// Structural property `transitionDetails` (`microsoft.graph.multiTenantOrganizationMemberTransitionDetails`), addressed on its own: `GET` or `PATCH` it.
    pub fn transition_details(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::MultiTenantOrganizationMemberTransitionDetails,
    > {
        crate::path::PropertyPath::new(self.target().segment("transitionDetails"))
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    pub fn check_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    pub fn get_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    pub fn get_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::MultiTenantOrganizationMember {
    const SEGMENT: &'static str = "microsoft.graph.multiTenantOrganizationMember";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MultiTenantOrganizationMember {
    const SEGMENT: &'static str = "microsoft.graph.multiTenantOrganizationMember";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::MultiTenantOrganizationMember, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
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
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<
    C,
> crate::path::EntityPath<
    crate::v1::MultiTenantOrganizationPartnerConfigurationTemplate,
    C,
> {
    /// Structural property `automaticUserConsentSettings` (`microsoft.graph.inboundOutboundPolicyConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn automatic_user_consent_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::InboundOutboundPolicyConfiguration> {
        crate::path::PropertyPath::new(
            self.target().segment("automaticUserConsentSettings"),
        )
    }
    /// Structural property `b2bCollaborationInbound` (`microsoft.graph.crossTenantAccessPolicyB2BSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn b2b_collaboration_inbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCrossTenantAccessPolicyB2bSetting> {
        crate::path::PropertyPath::new(self.target().segment("b2bCollaborationInbound"))
    }
    /// Structural property `b2bCollaborationOutbound` (`microsoft.graph.crossTenantAccessPolicyB2BSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn b2b_collaboration_outbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCrossTenantAccessPolicyB2bSetting> {
        crate::path::PropertyPath::new(self.target().segment("b2bCollaborationOutbound"))
    }
    /// Structural property `b2bDirectConnectInbound` (`microsoft.graph.crossTenantAccessPolicyB2BSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn b2b_direct_connect_inbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCrossTenantAccessPolicyB2bSetting> {
        crate::path::PropertyPath::new(self.target().segment("b2bDirectConnectInbound"))
    }
    /// Structural property `b2bDirectConnectOutbound` (`microsoft.graph.crossTenantAccessPolicyB2BSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn b2b_direct_connect_outbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCrossTenantAccessPolicyB2bSetting> {
        crate::path::PropertyPath::new(self.target().segment("b2bDirectConnectOutbound"))
    }
    /// Structural property `inboundTrust` (`microsoft.graph.crossTenantAccessPolicyInboundTrust`), addressed on its own: `GET` or `PATCH` it.
    pub fn inbound_trust(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CrossTenantAccessPolicyInboundTrust> {
        crate::path::PropertyPath::new(self.target().segment("inboundTrust"))
    }
    /// `POST .../resetToDefaultSettings`: action `microsoft.graph.resetToDefaultSettings`.
    pub fn reset_to_default_settings(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("resetToDefaultSettings"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MultiTenantOrganizationPartnerConfigurationTemplate {
    const SEGMENT: &'static str = "microsoft.graph.multiTenantOrganizationPartnerConfigurationTemplate";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MultiValueLegacyExtendedProperty {
    const SEGMENT: &'static str = "microsoft.graph.multiValueLegacyExtendedProperty";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::MuteParticipantOperation, C> {
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::v1::ResultInfo> {
        crate::path::PropertyPath::new(self.target().segment("resultInfo"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::MuteParticipantOperation {
    const SEGMENT: &'static str = "microsoft.graph.muteParticipantOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MuteParticipantOperation {
    const SEGMENT: &'static str = "microsoft.graph.muteParticipantOperation";
}
#[cfg(msgraph_v1_reports_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::partners_billing::Manifest {
    const SEGMENT: &'static str = "microsoft.graph.partners.billing.manifest";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::AnyNamedLocation, C> {
    /// `POST .../restore`: action `microsoft.graph.restore`.
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyNamedLocation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyDeletableItem>
for crate::v1::AnyNamedLocation {
    const SEGMENT: &'static str = "microsoft.graph.namedLocation";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::Notebook, C> {
    /// Structural property `links` (`microsoft.graph.notebookLinks`), addressed on its own: `GET` or `PATCH` it.
    pub fn links(&self) -> crate::path::PropertyPath<crate::v1::NotebookLinks> {
        crate::path::PropertyPath::new(self.target().segment("links"))
    }
    /// Containment navigation property `sectionGroups` (`microsoft.graph.sectionGroup`).
    pub fn section_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SectionGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("sectionGroups"))
    }
    /// Containment navigation property `sections` (`microsoft.graph.onenoteSection`).
    pub fn sections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OnenoteSection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("sections"))
    }
    /// `POST .../copyNotebook`: action `microsoft.graph.copyNotebook`.
    pub fn copy_notebook(
        &self,
        params: crate::v1::params::NotebookCopyNotebookParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::NotebookCopyNotebookParams>,
        rt::request::Entity<crate::v1::OnenoteOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("copyNotebook"),
            rt::request::Json(params),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntityHierarchyModel>
for crate::v1::Notebook {
    const SEGMENT: &'static str = "microsoft.graph.notebook";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntitySchemaObjectModel>
for crate::v1::Notebook {
    const SEGMENT: &'static str = "microsoft.graph.notebook";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntityBaseModel>
for crate::v1::Notebook {
    const SEGMENT: &'static str = "microsoft.graph.notebook";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Notebook {
    const SEGMENT: &'static str = "microsoft.graph.notebook";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::Notebook, C> {
    /// `POST .../getNotebookFromWebUrl`: action `microsoft.graph.getNotebookFromWebUrl`.
    pub fn get_notebook_from_web_url(
        &self,
        params: crate::v1::params::NotebookCollectionGetNotebookFromWebUrlParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::NotebookCollectionGetNotebookFromWebUrlParams,
        >,
        rt::request::Entity<crate::v1::CopyNotebookModel>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getNotebookFromWebUrl"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getRecentNotebooks`: function `microsoft.graph.getRecentNotebooks`.
    pub fn get_recent_notebooks(
        &self,
        include_personal_notebooks: bool,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::RecentNotebook>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getRecentNotebooks",
                    &[
                        (
                            "includePersonalNotebooks",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(
                                    &include_personal_notebooks,
                                ),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::NotificationMessageTemplate, C> {
    /// Containment navigation property `localizedNotificationMessages` (`microsoft.graph.localizedNotificationMessage`).
    pub fn localized_notification_messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::LocalizedNotificationMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("localizedNotificationMessages"),
        )
    }
    /// Sends test message using the specified notificationMessageTemplate in the default locale
    ///
    /// `POST .../sendTestMessage`: action `microsoft.graph.sendTestMessage`.
    pub fn send_test_message(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("sendTestMessage"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::NotificationMessageTemplate {
    const SEGMENT: &'static str = "microsoft.graph.notificationMessageTemplate";
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::NetworkAdapter {
    const SEGMENT: &'static str = "microsoft.graph.security.networkAdapter";
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::teams_administration::NumberAssignment {
    const SEGMENT: &'static str = "microsoft.graph.teamsAdministration.numberAssignment";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::teams_administration::NumberAssignment, C> {
    /// `POST .../microsoft.graph.teamsAdministration.assignNumber`: action `microsoft.graph.teamsAdministration.assignNumber`.
    pub fn assign_number(
        &self,
        params: crate::v1::params::NumberAssignmentCollectionAssignNumberParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::NumberAssignmentCollectionAssignNumberParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.teamsAdministration.assignNumber"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.teamsAdministration.unassignNumber`: action `microsoft.graph.teamsAdministration.unassignNumber`.
    pub fn unassign_number(
        &self,
        params: crate::v1::params::NumberAssignmentCollectionUnassignNumberParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::NumberAssignmentCollectionUnassignNumberParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.teamsAdministration.unassignNumber"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.teamsAdministration.updateNumber`: action `microsoft.graph.teamsAdministration.updateNumber`.
    pub fn update_number(
        &self,
        params: crate::v1::params::NumberAssignmentCollectionUpdateNumberParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::NumberAssignmentCollectionUpdateNumberParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.teamsAdministration.updateNumber"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OAuth2PermissionGrant {
    const SEGMENT: &'static str = "microsoft.graph.oAuth2PermissionGrant";
}
#[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
/// Features: `v1`, or one of `v1-oauth2-permission-grants`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::OAuth2PermissionGrant, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::OAuth2PermissionGrant>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::AnyOfferShiftRequest, C> {
    /// `POST .../approve`: action `microsoft.graph.approve`.
    pub fn approve(
        &self,
        params: crate::v1::params::ScheduleChangeRequestApproveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ScheduleChangeRequestApproveParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("approve"),
            rt::request::Json(params),
        )
    }
    /// `POST .../decline`: action `microsoft.graph.decline`.
    pub fn decline(
        &self,
        params: crate::v1::params::ScheduleChangeRequestDeclineParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ScheduleChangeRequestDeclineParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("decline"),
            rt::request::Json(params),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// `POST .../stageForDeletion`: action `microsoft.graph.stageForDeletion`.
    pub fn stage_for_deletion(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("stageForDeletion"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyScheduleChangeRequest>
for crate::v1::AnyOfferShiftRequest {
    const SEGMENT: &'static str = "microsoft.graph.offerShiftRequest";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity>
for crate::v1::AnyOfferShiftRequest {
    const SEGMENT: &'static str = "microsoft.graph.offerShiftRequest";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyOfferShiftRequest {
    const SEGMENT: &'static str = "microsoft.graph.offerShiftRequest";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::AnyOfficeGraphInsights, C> {
    /// Containment navigation property `shared` (`microsoft.graph.sharedInsight`).
    pub fn shared(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SharedInsight,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("shared"))
    }
    /// Containment navigation property `trending` (`microsoft.graph.trending`).
    pub fn trending(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Trending,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("trending"))
    }
    /// Containment navigation property `used` (`microsoft.graph.usedInsight`).
    pub fn used(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UsedInsight,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("used"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyOfficeGraphInsights {
    const SEGMENT: &'static str = "microsoft.graph.officeGraphInsights";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::OidcIdentityProvider, C> {
    /// Structural property `clientAuthentication` (`microsoft.graph.oidcClientAuthentication`), addressed on its own: `GET` or `PATCH` it.
    pub fn client_authentication(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOidcClientAuthentication> {
        crate::path::PropertyPath::new(self.target().segment("clientAuthentication"))
    }
    /// Structural property `inboundClaimMapping` (`microsoft.graph.oidcInboundClaimMappingOverride`), addressed on its own: `GET` or `PATCH` it.
    pub fn inbound_claim_mapping(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OidcInboundClaimMappingOverride> {
        crate::path::PropertyPath::new(self.target().segment("inboundClaimMapping"))
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyIdentityProviderBase>
for crate::v1::OidcIdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.oidcIdentityProvider";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OidcIdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.oidcIdentityProvider";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::OidcIdentityProvider, C> {
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
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::OnAttributeCollectionListener, C> {
    /// Structural property `handler` (`microsoft.graph.onAttributeCollectionHandler`), addressed on its own: `GET` or `PATCH` it.
    pub fn handler(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnAttributeCollectionHandler> {
        crate::path::PropertyPath::new(self.target().segment("handler"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventListener>
for crate::v1::OnAttributeCollectionListener {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionListener";
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnAttributeCollectionListener {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionListener";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<crate::v1::OnAttributeCollectionStartCustomExtension, C> {
    /// Structural property `behaviorOnError` (`microsoft.graph.customExtensionBehaviorOnError`), addressed on its own: `GET` or `PATCH` it.
    pub fn behavior_on_error(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCustomExtensionBehaviorOnError> {
        crate::path::PropertyPath::new(self.target().segment("behaviorOnError"))
    }
    /// `POST .../validateAuthenticationConfiguration`: action `microsoft.graph.validateAuthenticationConfiguration`.
    pub fn validate_authentication_configuration(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AuthenticationConfigurationValidation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateAuthenticationConfiguration"),
            rt::request::NoBody,
        )
    }
    /// Structural property `authenticationConfiguration` (`microsoft.graph.customExtensionAuthenticationConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn authentication_configuration(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyCustomExtensionAuthenticationConfiguration,
    > {
        crate::path::PropertyPath::new(
            self.target().segment("authenticationConfiguration"),
        )
    }
    /// Structural property `clientConfiguration` (`microsoft.graph.customExtensionClientConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn client_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CustomExtensionClientConfiguration> {
        crate::path::PropertyPath::new(self.target().segment("clientConfiguration"))
    }
    /// Structural property `endpointConfiguration` (`microsoft.graph.customExtensionEndpointConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn endpoint_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCustomExtensionEndpointConfiguration> {
        crate::path::PropertyPath::new(self.target().segment("endpointConfiguration"))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomAuthenticationExtension>
for crate::v1::OnAttributeCollectionStartCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionStartCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomCalloutExtension>
for crate::v1::OnAttributeCollectionStartCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionStartCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnAttributeCollectionStartCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionStartCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::OnAttributeCollectionStartCustomExtension, C> {
    /// `POST .../validateAuthenticationConfiguration`: action `microsoft.graph.validateAuthenticationConfiguration`.
    pub fn validate_authentication_configuration(
        &self,
        params: crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
        >,
        rt::request::Entity<crate::v1::AuthenticationConfigurationValidation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateAuthenticationConfiguration"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::OnAttributeCollectionStartListener, C> {
    /// Structural property `handler` (`microsoft.graph.onAttributeCollectionStartHandler`), addressed on its own: `GET` or `PATCH` it.
    pub fn handler(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnAttributeCollectionStartHandler> {
        crate::path::PropertyPath::new(self.target().segment("handler"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventListener>
for crate::v1::OnAttributeCollectionStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionStartListener";
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnAttributeCollectionStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionStartListener";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<crate::v1::OnAttributeCollectionSubmitCustomExtension, C> {
    /// Structural property `behaviorOnError` (`microsoft.graph.customExtensionBehaviorOnError`), addressed on its own: `GET` or `PATCH` it.
    pub fn behavior_on_error(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCustomExtensionBehaviorOnError> {
        crate::path::PropertyPath::new(self.target().segment("behaviorOnError"))
    }
    /// `POST .../validateAuthenticationConfiguration`: action `microsoft.graph.validateAuthenticationConfiguration`.
    pub fn validate_authentication_configuration(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AuthenticationConfigurationValidation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateAuthenticationConfiguration"),
            rt::request::NoBody,
        )
    }
    /// Structural property `authenticationConfiguration` (`microsoft.graph.customExtensionAuthenticationConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn authentication_configuration(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyCustomExtensionAuthenticationConfiguration,
    > {
        crate::path::PropertyPath::new(
            self.target().segment("authenticationConfiguration"),
        )
    }
    /// Structural property `clientConfiguration` (`microsoft.graph.customExtensionClientConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn client_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CustomExtensionClientConfiguration> {
        crate::path::PropertyPath::new(self.target().segment("clientConfiguration"))
    }
    /// Structural property `endpointConfiguration` (`microsoft.graph.customExtensionEndpointConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn endpoint_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCustomExtensionEndpointConfiguration> {
        crate::path::PropertyPath::new(self.target().segment("endpointConfiguration"))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomAuthenticationExtension>
for crate::v1::OnAttributeCollectionSubmitCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionSubmitCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomCalloutExtension>
for crate::v1::OnAttributeCollectionSubmitCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionSubmitCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnAttributeCollectionSubmitCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionSubmitCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::OnAttributeCollectionSubmitCustomExtension, C> {
    /// `POST .../validateAuthenticationConfiguration`: action `microsoft.graph.validateAuthenticationConfiguration`.
    pub fn validate_authentication_configuration(
        &self,
        params: crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
        >,
        rt::request::Entity<crate::v1::AuthenticationConfigurationValidation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateAuthenticationConfiguration"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::OnAttributeCollectionSubmitListener, C> {
    /// Structural property `handler` (`microsoft.graph.onAttributeCollectionSubmitHandler`), addressed on its own: `GET` or `PATCH` it.
    pub fn handler(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnAttributeCollectionSubmitHandler> {
        crate::path::PropertyPath::new(self.target().segment("handler"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventListener>
for crate::v1::OnAttributeCollectionSubmitListener {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionSubmitListener";
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnAttributeCollectionSubmitListener {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionSubmitListener";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::OnAuthenticationMethodLoadStartListener, C> {
    /// Structural property `handler` (`microsoft.graph.onAuthenticationMethodLoadStartHandler`), addressed on its own: `GET` or `PATCH` it.
    pub fn handler(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyOnAuthenticationMethodLoadStartHandler,
    > {
        crate::path::PropertyPath::new(self.target().segment("handler"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventListener>
for crate::v1::OnAuthenticationMethodLoadStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onAuthenticationMethodLoadStartListener";
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnAuthenticationMethodLoadStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onAuthenticationMethodLoadStartListener";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::OnEmailOtpSendListener, C> {
    /// Structural property `handler` (`microsoft.graph.onOtpSendHandler`), addressed on its own: `GET` or `PATCH` it.
    pub fn handler(&self) -> crate::path::PropertyPath<crate::v1::AnyOnOtpSendHandler> {
        crate::path::PropertyPath::new(self.target().segment("handler"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventListener>
for crate::v1::OnEmailOtpSendListener {
    const SEGMENT: &'static str = "microsoft.graph.onEmailOtpSendListener";
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnEmailOtpSendListener {
    const SEGMENT: &'static str = "microsoft.graph.onEmailOtpSendListener";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::OnFraudProtectionLoadStartListener, C> {
    /// Structural property `handler` (`microsoft.graph.onFraudProtectionLoadStartHandler`), addressed on its own: `GET` or `PATCH` it.
    pub fn handler(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnFraudProtectionLoadStartHandler> {
        crate::path::PropertyPath::new(self.target().segment("handler"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventListener>
for crate::v1::OnFraudProtectionLoadStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onFraudProtectionLoadStartListener";
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnFraudProtectionLoadStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onFraudProtectionLoadStartListener";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::OnInteractiveAuthFlowStartListener, C> {
    /// Structural property `handler` (`microsoft.graph.onInteractiveAuthFlowStartHandler`), addressed on its own: `GET` or `PATCH` it.
    pub fn handler(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnInteractiveAuthFlowStartHandler> {
        crate::path::PropertyPath::new(self.target().segment("handler"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventListener>
for crate::v1::OnInteractiveAuthFlowStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onInteractiveAuthFlowStartListener";
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnInteractiveAuthFlowStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onInteractiveAuthFlowStartListener";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::OnOtpSendCustomExtension, C> {
    /// Structural property `behaviorOnError` (`microsoft.graph.customExtensionBehaviorOnError`), addressed on its own: `GET` or `PATCH` it.
    pub fn behavior_on_error(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCustomExtensionBehaviorOnError> {
        crate::path::PropertyPath::new(self.target().segment("behaviorOnError"))
    }
    /// `POST .../validateAuthenticationConfiguration`: action `microsoft.graph.validateAuthenticationConfiguration`.
    pub fn validate_authentication_configuration(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AuthenticationConfigurationValidation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateAuthenticationConfiguration"),
            rt::request::NoBody,
        )
    }
    /// Structural property `authenticationConfiguration` (`microsoft.graph.customExtensionAuthenticationConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn authentication_configuration(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyCustomExtensionAuthenticationConfiguration,
    > {
        crate::path::PropertyPath::new(
            self.target().segment("authenticationConfiguration"),
        )
    }
    /// Structural property `clientConfiguration` (`microsoft.graph.customExtensionClientConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn client_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CustomExtensionClientConfiguration> {
        crate::path::PropertyPath::new(self.target().segment("clientConfiguration"))
    }
    /// Structural property `endpointConfiguration` (`microsoft.graph.customExtensionEndpointConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn endpoint_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCustomExtensionEndpointConfiguration> {
        crate::path::PropertyPath::new(self.target().segment("endpointConfiguration"))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomAuthenticationExtension>
for crate::v1::OnOtpSendCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onOtpSendCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomCalloutExtension>
for crate::v1::OnOtpSendCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onOtpSendCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnOtpSendCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onOtpSendCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::OnOtpSendCustomExtension, C> {
    /// `POST .../validateAuthenticationConfiguration`: action `microsoft.graph.validateAuthenticationConfiguration`.
    pub fn validate_authentication_configuration(
        &self,
        params: crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
        >,
        rt::request::Entity<crate::v1::AuthenticationConfigurationValidation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateAuthenticationConfiguration"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::OnPasswordSubmitCustomExtension, C> {
    /// Structural property `behaviorOnError` (`microsoft.graph.customExtensionBehaviorOnError`), addressed on its own: `GET` or `PATCH` it.
    pub fn behavior_on_error(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCustomExtensionBehaviorOnError> {
        crate::path::PropertyPath::new(self.target().segment("behaviorOnError"))
    }
    /// `POST .../validateAuthenticationConfiguration`: action `microsoft.graph.validateAuthenticationConfiguration`.
    pub fn validate_authentication_configuration(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AuthenticationConfigurationValidation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateAuthenticationConfiguration"),
            rt::request::NoBody,
        )
    }
    /// Structural property `authenticationConfiguration` (`microsoft.graph.customExtensionAuthenticationConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn authentication_configuration(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyCustomExtensionAuthenticationConfiguration,
    > {
        crate::path::PropertyPath::new(
            self.target().segment("authenticationConfiguration"),
        )
    }
    /// Structural property `clientConfiguration` (`microsoft.graph.customExtensionClientConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn client_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CustomExtensionClientConfiguration> {
        crate::path::PropertyPath::new(self.target().segment("clientConfiguration"))
    }
    /// Structural property `endpointConfiguration` (`microsoft.graph.customExtensionEndpointConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn endpoint_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCustomExtensionEndpointConfiguration> {
        crate::path::PropertyPath::new(self.target().segment("endpointConfiguration"))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomAuthenticationExtension>
for crate::v1::OnPasswordSubmitCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onPasswordSubmitCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomCalloutExtension>
for crate::v1::OnPasswordSubmitCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onPasswordSubmitCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnPasswordSubmitCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onPasswordSubmitCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::OnPasswordSubmitCustomExtension, C> {
    /// `POST .../validateAuthenticationConfiguration`: action `microsoft.graph.validateAuthenticationConfiguration`.
    pub fn validate_authentication_configuration(
        &self,
        params: crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
        >,
        rt::request::Entity<crate::v1::AuthenticationConfigurationValidation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateAuthenticationConfiguration"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::OnPasswordSubmitListener, C> {
    /// Structural property `handler` (`microsoft.graph.onPasswordSubmitHandler`), addressed on its own: `GET` or `PATCH` it.
    pub fn handler(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnPasswordSubmitHandler> {
        crate::path::PropertyPath::new(self.target().segment("handler"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventListener>
for crate::v1::OnPasswordSubmitListener {
    const SEGMENT: &'static str = "microsoft.graph.onPasswordSubmitListener";
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnPasswordSubmitListener {
    const SEGMENT: &'static str = "microsoft.graph.onPasswordSubmitListener";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnPremisesConditionalAccessSettings {
    const SEGMENT: &'static str = "microsoft.graph.onPremisesConditionalAccessSettings";
}
#[cfg(msgraph_v1_directory_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::OnPremisesDirectorySynchronization, C> {
    /// Structural property `configuration` (`microsoft.graph.onPremisesDirectorySynchronizationConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn configuration(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::OnPremisesDirectorySynchronizationConfiguration,
    > {
        crate::path::PropertyPath::new(self.target().segment("configuration"))
    }
    /// Structural property `features` (`microsoft.graph.onPremisesDirectorySynchronizationFeature`), addressed on its own: `GET` or `PATCH` it.
    pub fn features(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::OnPremisesDirectorySynchronizationFeature,
    > {
        crate::path::PropertyPath::new(self.target().segment("features"))
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnPremisesDirectorySynchronization {
    const SEGMENT: &'static str = "microsoft.graph.onPremisesDirectorySynchronization";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnPremisesSyncBehavior {
    const SEGMENT: &'static str = "microsoft.graph.onPremisesSyncBehavior";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::OnTokenIssuanceStartCustomExtension, C> {
    /// Structural property `behaviorOnError` (`microsoft.graph.customExtensionBehaviorOnError`), addressed on its own: `GET` or `PATCH` it.
    pub fn behavior_on_error(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCustomExtensionBehaviorOnError> {
        crate::path::PropertyPath::new(self.target().segment("behaviorOnError"))
    }
    /// `POST .../validateAuthenticationConfiguration`: action `microsoft.graph.validateAuthenticationConfiguration`.
    pub fn validate_authentication_configuration(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AuthenticationConfigurationValidation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateAuthenticationConfiguration"),
            rt::request::NoBody,
        )
    }
    /// Structural property `authenticationConfiguration` (`microsoft.graph.customExtensionAuthenticationConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn authentication_configuration(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyCustomExtensionAuthenticationConfiguration,
    > {
        crate::path::PropertyPath::new(
            self.target().segment("authenticationConfiguration"),
        )
    }
    /// Structural property `clientConfiguration` (`microsoft.graph.customExtensionClientConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn client_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CustomExtensionClientConfiguration> {
        crate::path::PropertyPath::new(self.target().segment("clientConfiguration"))
    }
    /// Structural property `endpointConfiguration` (`microsoft.graph.customExtensionEndpointConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn endpoint_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCustomExtensionEndpointConfiguration> {
        crate::path::PropertyPath::new(self.target().segment("endpointConfiguration"))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomAuthenticationExtension>
for crate::v1::OnTokenIssuanceStartCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onTokenIssuanceStartCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomCalloutExtension>
for crate::v1::OnTokenIssuanceStartCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onTokenIssuanceStartCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnTokenIssuanceStartCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onTokenIssuanceStartCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::OnTokenIssuanceStartCustomExtension, C> {
    /// `POST .../validateAuthenticationConfiguration`: action `microsoft.graph.validateAuthenticationConfiguration`.
    pub fn validate_authentication_configuration(
        &self,
        params: crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
        >,
        rt::request::Entity<crate::v1::AuthenticationConfigurationValidation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateAuthenticationConfiguration"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::OnTokenIssuanceStartListener, C> {
    /// Structural property `handler` (`microsoft.graph.onTokenIssuanceStartHandler`), addressed on its own: `GET` or `PATCH` it.
    pub fn handler(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnTokenIssuanceStartHandler> {
        crate::path::PropertyPath::new(self.target().segment("handler"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventListener>
for crate::v1::OnTokenIssuanceStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onTokenIssuanceStartListener";
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnTokenIssuanceStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onTokenIssuanceStartListener";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::OnUserCreateStartListener, C> {
    /// Structural property `handler` (`microsoft.graph.onUserCreateStartHandler`), addressed on its own: `GET` or `PATCH` it.
    pub fn handler(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnUserCreateStartHandler> {
        crate::path::PropertyPath::new(self.target().segment("handler"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventListener>
for crate::v1::OnUserCreateStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onUserCreateStartListener";
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnUserCreateStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onUserCreateStartListener";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<crate::v1::OnVerifiedIdClaimValidationCustomExtension, C> {
    /// Structural property `behaviorOnError` (`microsoft.graph.customExtensionBehaviorOnError`), addressed on its own: `GET` or `PATCH` it.
    pub fn behavior_on_error(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCustomExtensionBehaviorOnError> {
        crate::path::PropertyPath::new(self.target().segment("behaviorOnError"))
    }
    /// `POST .../validateAuthenticationConfiguration`: action `microsoft.graph.validateAuthenticationConfiguration`.
    pub fn validate_authentication_configuration(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AuthenticationConfigurationValidation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateAuthenticationConfiguration"),
            rt::request::NoBody,
        )
    }
    /// Structural property `authenticationConfiguration` (`microsoft.graph.customExtensionAuthenticationConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn authentication_configuration(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyCustomExtensionAuthenticationConfiguration,
    > {
        crate::path::PropertyPath::new(
            self.target().segment("authenticationConfiguration"),
        )
    }
    /// Structural property `clientConfiguration` (`microsoft.graph.customExtensionClientConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn client_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CustomExtensionClientConfiguration> {
        crate::path::PropertyPath::new(self.target().segment("clientConfiguration"))
    }
    /// Structural property `endpointConfiguration` (`microsoft.graph.customExtensionEndpointConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn endpoint_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCustomExtensionEndpointConfiguration> {
        crate::path::PropertyPath::new(self.target().segment("endpointConfiguration"))
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomAuthenticationExtension>
for crate::v1::OnVerifiedIdClaimValidationCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onVerifiedIdClaimValidationCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomCalloutExtension>
for crate::v1::OnVerifiedIdClaimValidationCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onVerifiedIdClaimValidationCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnVerifiedIdClaimValidationCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onVerifiedIdClaimValidationCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::OnVerifiedIdClaimValidationCustomExtension, C> {
    /// `POST .../validateAuthenticationConfiguration`: action `microsoft.graph.validateAuthenticationConfiguration`.
    pub fn validate_authentication_configuration(
        &self,
        params: crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
        >,
        rt::request::Entity<crate::v1::AuthenticationConfigurationValidation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateAuthenticationConfiguration"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::OnVerifiedIdClaimValidationListener, C> {
    /// Structural property `handler` (`microsoft.graph.onVerifiedIdClaimValidationHandler`), addressed on its own: `GET` or `PATCH` it.
    pub fn handler(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnVerifiedIdClaimValidationHandler> {
        crate::path::PropertyPath::new(self.target().segment("handler"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventListener>
for crate::v1::OnVerifiedIdClaimValidationListener {
    const SEGMENT: &'static str = "microsoft.graph.onVerifiedIdClaimValidationListener";
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnVerifiedIdClaimValidationListener {
    const SEGMENT: &'static str = "microsoft.graph.onVerifiedIdClaimValidationListener";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::OneDriveForBusinessBrowseSession, C> {
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.target().segment("error"))
    }
    /// `POST .../browse`: action `microsoft.graph.browse`.
    pub fn browse(
        &self,
        params: crate::v1::params::BrowseSessionBaseBrowseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::BrowseSessionBaseBrowseParams>,
        rt::request::Collection<crate::v1::BrowseQueryResponseItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("browse"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyBrowseSessionBase>
for crate::v1::OneDriveForBusinessBrowseSession {
    const SEGMENT: &'static str = "microsoft.graph.oneDriveForBusinessBrowseSession";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OneDriveForBusinessBrowseSession {
    const SEGMENT: &'static str = "microsoft.graph.oneDriveForBusinessBrowseSession";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::OneDriveForBusinessProtectionPolicy, C> {
    /// Navigation property `driveInclusionRules` (`microsoft.graph.driveProtectionRule`).
    pub fn drive_inclusion_rules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DriveProtectionRule,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("driveInclusionRules"))
    }
    /// Navigation property `driveProtectionUnits` (`microsoft.graph.driveProtectionUnit`).
    pub fn drive_protection_units(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DriveProtectionUnit,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("driveProtectionUnits"))
    }
    /// Navigation property `driveProtectionUnitsBulkAdditionJobs` (`microsoft.graph.driveProtectionUnitsBulkAdditionJob`).
    pub fn drive_protection_units_bulk_addition_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DriveProtectionUnitsBulkAdditionJob,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("driveProtectionUnitsBulkAdditionJobs"),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// Structural property `protectionPolicyArtifactCount` (`microsoft.graph.protectionPolicyArtifactCount`), addressed on its own: `GET` or `PATCH` it.
    pub fn protection_policy_artifact_count(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ProtectionPolicyArtifactCount> {
        crate::path::PropertyPath::new(
            self.target().segment("protectionPolicyArtifactCount"),
        )
    }
    /// `POST .../activate`: action `microsoft.graph.activate`.
    pub fn activate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionPolicyBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("activate"),
            rt::request::NoBody,
        )
    }
    /// `POST .../deactivate`: action `microsoft.graph.deactivate`.
    pub fn deactivate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionPolicyBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("deactivate"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionPolicyBase>
for crate::v1::OneDriveForBusinessProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.oneDriveForBusinessProtectionPolicy";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OneDriveForBusinessProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.oneDriveForBusinessProtectionPolicy";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::OneDriveForBusinessRestoreSession, C> {
    /// Containment navigation property `driveRestoreArtifacts` (`microsoft.graph.driveRestoreArtifact`).
    pub fn drive_restore_artifacts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DriveRestoreArtifact,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("driveRestoreArtifacts"))
    }
    /// Containment navigation property `driveRestoreArtifactsBulkAdditionRequests` (`microsoft.graph.driveRestoreArtifactsBulkAdditionRequest`).
    pub fn drive_restore_artifacts_bulk_addition_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DriveRestoreArtifactsBulkAdditionRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("driveRestoreArtifactsBulkAdditionRequests"),
        )
    }
    /// Containment navigation property `granularDriveRestoreArtifacts` (`microsoft.graph.granularDriveRestoreArtifact`).
    pub fn granular_drive_restore_artifacts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::GranularDriveRestoreArtifact,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("granularDriveRestoreArtifacts"),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.target().segment("error"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// Structural property `restoreSessionArtifactCount` (`microsoft.graph.restoreSessionArtifactCount`), addressed on its own: `GET` or `PATCH` it.
    pub fn restore_session_artifact_count(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RestoreSessionArtifactCount> {
        crate::path::PropertyPath::new(
            self.target().segment("restoreSessionArtifactCount"),
        )
    }
    /// `POST .../activate`: action `microsoft.graph.activate`.
    pub fn activate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyRestoreSessionBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("activate"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyRestoreSessionBase>
for crate::v1::OneDriveForBusinessRestoreSession {
    const SEGMENT: &'static str = "microsoft.graph.oneDriveForBusinessRestoreSession";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OneDriveForBusinessRestoreSession {
    const SEGMENT: &'static str = "microsoft.graph.oneDriveForBusinessRestoreSession";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::Onenote, C> {
    /// Containment navigation property `notebooks` (`microsoft.graph.notebook`).
    pub fn notebooks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Notebook,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("notebooks"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.onenoteOperation`).
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OnenoteOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("operations"))
    }
    /// Containment navigation property `pages` (`microsoft.graph.onenotePage`).
    pub fn pages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OnenotePage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("pages"))
    }
    /// Containment navigation property `resources` (`microsoft.graph.onenoteResource`).
    pub fn resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OnenoteResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("resources"))
    }
    /// Containment navigation property `sectionGroups` (`microsoft.graph.sectionGroup`).
    pub fn section_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SectionGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("sectionGroups"))
    }
    /// Containment navigation property `sections` (`microsoft.graph.onenoteSection`).
    pub fn sections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OnenoteSection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("sections"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Onenote {
    const SEGMENT: &'static str = "microsoft.graph.onenote";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyOnenoteEntityBaseModel {
    const SEGMENT: &'static str = "microsoft.graph.onenoteEntityBaseModel";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::AnyOnenoteEntityHierarchyModel, C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntitySchemaObjectModel>
for crate::v1::AnyOnenoteEntityHierarchyModel {
    const SEGMENT: &'static str = "microsoft.graph.onenoteEntityHierarchyModel";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntityBaseModel>
for crate::v1::AnyOnenoteEntityHierarchyModel {
    const SEGMENT: &'static str = "microsoft.graph.onenoteEntityHierarchyModel";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyOnenoteEntityHierarchyModel {
    const SEGMENT: &'static str = "microsoft.graph.onenoteEntityHierarchyModel";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntityBaseModel>
for crate::v1::AnyOnenoteEntitySchemaObjectModel {
    const SEGMENT: &'static str = "microsoft.graph.onenoteEntitySchemaObjectModel";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyOnenoteEntitySchemaObjectModel {
    const SEGMENT: &'static str = "microsoft.graph.onenoteEntitySchemaObjectModel";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::OnenoteOperation, C> {
    /// Structural property `error` (`microsoft.graph.onenoteOperationError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::OnenoteOperationError> {
        crate::path::PropertyPath::new(self.target().segment("error"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyOperation> for crate::v1::OnenoteOperation {
    const SEGMENT: &'static str = "microsoft.graph.onenoteOperation";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OnenoteOperation {
    const SEGMENT: &'static str = "microsoft.graph.onenoteOperation";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::OnenotePage, C> {
    /// Stream property `content`.
    pub fn content(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("content"))
    }
    /// Structural property `links` (`microsoft.graph.pageLinks`), addressed on its own: `GET` or `PATCH` it.
    pub fn links(&self) -> crate::path::PropertyPath<crate::v1::PageLinks> {
        crate::path::PropertyPath::new(self.target().segment("links"))
    }
    /// Navigation property `parentNotebook` (`microsoft.graph.notebook`).
    pub fn parent_notebook(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Notebook,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("parentNotebook"))
    }
    /// Navigation property `parentSection` (`microsoft.graph.onenoteSection`).
    pub fn parent_section(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::OnenoteSection,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("parentSection"))
    }
    /// `POST .../copyToSection`: action `microsoft.graph.copyToSection`.
    pub fn copy_to_section(
        &self,
        params: crate::v1::params::OnenotePageCopyToSectionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::OnenotePageCopyToSectionParams>,
        rt::request::Entity<crate::v1::OnenoteOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("copyToSection"),
            rt::request::Json(params),
        )
    }
    /// `POST .../onenotePatchContent`: action `microsoft.graph.onenotePatchContent`.
    pub fn onenote_patch_content(
        &self,
        params: crate::v1::params::OnenotePageOnenotePatchContentParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::OnenotePageOnenotePatchContentParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("onenotePatchContent"),
            rt::request::Json(params),
        )
    }
    /// `GET .../preview`: function `microsoft.graph.preview`.
    pub fn preview(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::OnenotePagePreview>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("preview", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntitySchemaObjectModel>
for crate::v1::OnenotePage {
    const SEGMENT: &'static str = "microsoft.graph.onenotePage";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntityBaseModel>
for crate::v1::OnenotePage {
    const SEGMENT: &'static str = "microsoft.graph.onenotePage";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OnenotePage {
    const SEGMENT: &'static str = "microsoft.graph.onenotePage";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::OnenoteResource, C> {
    /// Stream property `content`.
    pub fn content(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("content"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntityBaseModel>
for crate::v1::OnenoteResource {
    const SEGMENT: &'static str = "microsoft.graph.onenoteResource";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OnenoteResource {
    const SEGMENT: &'static str = "microsoft.graph.onenoteResource";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::OnenoteSection, C> {
    /// Structural property `links` (`microsoft.graph.sectionLinks`), addressed on its own: `GET` or `PATCH` it.
    pub fn links(&self) -> crate::path::PropertyPath<crate::v1::SectionLinks> {
        crate::path::PropertyPath::new(self.target().segment("links"))
    }
    /// Containment navigation property `pages` (`microsoft.graph.onenotePage`).
    pub fn pages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OnenotePage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("pages"))
    }
    /// Navigation property `parentNotebook` (`microsoft.graph.notebook`).
    pub fn parent_notebook(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Notebook,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("parentNotebook"))
    }
    /// Navigation property `parentSectionGroup` (`microsoft.graph.sectionGroup`).
    pub fn parent_section_group(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::SectionGroup,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("parentSectionGroup"))
    }
    /// `POST .../copyToNotebook`: action `microsoft.graph.copyToNotebook`.
    pub fn copy_to_notebook(
        &self,
        params: crate::v1::params::OnenoteSectionCopyToNotebookParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::OnenoteSectionCopyToNotebookParams>,
        rt::request::Entity<crate::v1::OnenoteOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("copyToNotebook"),
            rt::request::Json(params),
        )
    }
    /// `POST .../copyToSectionGroup`: action `microsoft.graph.copyToSectionGroup`.
    pub fn copy_to_section_group(
        &self,
        params: crate::v1::params::OnenoteSectionCopyToSectionGroupParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::OnenoteSectionCopyToSectionGroupParams>,
        rt::request::Entity<crate::v1::OnenoteOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("copyToSectionGroup"),
            rt::request::Json(params),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntityHierarchyModel>
for crate::v1::OnenoteSection {
    const SEGMENT: &'static str = "microsoft.graph.onenoteSection";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntitySchemaObjectModel>
for crate::v1::OnenoteSection {
    const SEGMENT: &'static str = "microsoft.graph.onenoteSection";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntityBaseModel>
for crate::v1::OnenoteSection {
    const SEGMENT: &'static str = "microsoft.graph.onenoteSection";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OnenoteSection {
    const SEGMENT: &'static str = "microsoft.graph.onenoteSection";
}
#[cfg(msgraph_v1_core_or_communications)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::OnlineMeeting, C> {
    /// Stream property `attendeeReport`.
    pub fn attendee_report(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("attendeeReport"))
    }
    /// Structural property `broadcastSettings` (`microsoft.graph.broadcastMeetingSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn broadcast_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::BroadcastMeetingSettings> {
        crate::path::PropertyPath::new(self.target().segment("broadcastSettings"))
    }
    /// Structural property `participants` (`microsoft.graph.meetingParticipants`), addressed on its own: `GET` or `PATCH` it.
    pub fn participants(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MeetingParticipants> {
        crate::path::PropertyPath::new(self.target().segment("participants"))
    }
    /// Containment navigation property `recordings` (`microsoft.graph.callRecording`).
    pub fn recordings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CallRecording,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("recordings"))
    }
    /// Containment navigation property `transcripts` (`microsoft.graph.callTranscript`).
    pub fn transcripts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CallTranscript,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("transcripts"))
    }
    /// `GET .../getVirtualAppointmentJoinWebUrl`: function `microsoft.graph.getVirtualAppointmentJoinWebUrl`.
    pub fn get_virtual_appointment_join_web_url(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getVirtualAppointmentJoinWebUrl", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../sendVirtualAppointmentReminderSms`: action `microsoft.graph.sendVirtualAppointmentReminderSms`.
    pub fn send_virtual_appointment_reminder_sms(
        &self,
        params: crate::v1::params::OnlineMeetingSendVirtualAppointmentReminderSmsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::OnlineMeetingSendVirtualAppointmentReminderSmsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("sendVirtualAppointmentReminderSms"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sendVirtualAppointmentSms`: action `microsoft.graph.sendVirtualAppointmentSms`.
    pub fn send_virtual_appointment_sms(
        &self,
        params: crate::v1::params::OnlineMeetingSendVirtualAppointmentSmsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::OnlineMeetingSendVirtualAppointmentSmsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("sendVirtualAppointmentSms"),
            rt::request::Json(params),
        )
    }
    /// Structural property `audioConferencing` (`microsoft.graph.audioConferencing`), addressed on its own: `GET` or `PATCH` it.
    pub fn audio_conferencing(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AudioConferencing> {
        crate::path::PropertyPath::new(self.target().segment("audioConferencing"))
    }
    /// Structural property `chatInfo` (`microsoft.graph.chatInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn chat_info(&self) -> crate::path::PropertyPath<crate::v1::ChatInfo> {
        crate::path::PropertyPath::new(self.target().segment("chatInfo"))
    }
    /// Structural property `chatRestrictions` (`microsoft.graph.chatRestrictions`), addressed on its own: `GET` or `PATCH` it.
    pub fn chat_restrictions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ChatRestrictions> {
        crate::path::PropertyPath::new(self.target().segment("chatRestrictions"))
    }
    /// Structural property `cloudVideoInteropInfo` (`microsoft.graph.cloudVideoInteropInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn cloud_video_interop_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CloudVideoInteropInfo> {
        crate::path::PropertyPath::new(self.target().segment("cloudVideoInteropInfo"))
    }
    /// Structural property `joinInformation` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn join_information(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.target().segment("joinInformation"))
    }
    /// Structural property `joinMeetingIdSettings` (`microsoft.graph.joinMeetingIdSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn join_meeting_id_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::JoinMeetingIdSettings> {
        crate::path::PropertyPath::new(self.target().segment("joinMeetingIdSettings"))
    }
    /// Structural property `lobbyBypassSettings` (`microsoft.graph.lobbyBypassSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn lobby_bypass_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::LobbyBypassSettings> {
        crate::path::PropertyPath::new(self.target().segment("lobbyBypassSettings"))
    }
    /// Structural property `sensitivityLabelAssignment` (`microsoft.graph.onlineMeetingSensitivityLabelAssignment`), addressed on its own: `GET` or `PATCH` it.
    pub fn sensitivity_label_assignment(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OnlineMeetingSensitivityLabelAssignment> {
        crate::path::PropertyPath::new(
            self.target().segment("sensitivityLabelAssignment"),
        )
    }
    /// Structural property `watermarkProtection` (`microsoft.graph.watermarkProtectionValues`), addressed on its own: `GET` or `PATCH` it.
    pub fn watermark_protection(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WatermarkProtectionValues> {
        crate::path::PropertyPath::new(self.target().segment("watermarkProtection"))
    }
    /// Containment navigation property `attendanceReports` (`microsoft.graph.meetingAttendanceReport`).
    pub fn attendance_reports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MeetingAttendanceReport,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("attendanceReports"))
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl crate::path::DerivedFrom<crate::v1::AnyOnlineMeetingBase>
for crate::v1::OnlineMeeting {
    const SEGMENT: &'static str = "microsoft.graph.onlineMeeting";
}
#[cfg(msgraph_v1_core_or_communications)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OnlineMeeting {
    const SEGMENT: &'static str = "microsoft.graph.onlineMeeting";
}
#[cfg(msgraph_v1_core_or_communications)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::OnlineMeeting, C> {
    /// `POST .../createOrGet`: action `microsoft.graph.createOrGet`.
    pub fn create_or_get(
        &self,
        params: crate::v1::params::OnlineMeetingCollectionCreateOrGetParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::OnlineMeetingCollectionCreateOrGetParams>,
        rt::request::Entity<crate::v1::OnlineMeeting>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("createOrGet"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getAllRecordings`: function `microsoft.graph.getAllRecordings`.
    pub fn get_all_recordings(
        &self,
        meeting_organizer_user_id: ::core::option::Option<&str>,
        start_date_time: ::core::option::Option<&rt::edm::DateTimeOffset>,
        end_date_time: ::core::option::Option<&rt::edm::DateTimeOffset>,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::CallRecording>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getAllRecordings",
                    &[
                        (
                            "meetingOrganizerUserId",
                            meeting_organizer_user_id
                                .map(rt::request::ToLiteral::to_literal),
                        ),
                        (
                            "startDateTime",
                            start_date_time.map(rt::request::ToLiteral::to_literal),
                        ),
                        (
                            "endDateTime",
                            end_date_time.map(rt::request::ToLiteral::to_literal),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAllTranscripts`: function `microsoft.graph.getAllTranscripts`.
    pub fn get_all_transcripts(
        &self,
        meeting_organizer_user_id: ::core::option::Option<&str>,
        start_date_time: ::core::option::Option<&rt::edm::DateTimeOffset>,
        end_date_time: ::core::option::Option<&rt::edm::DateTimeOffset>,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::CallTranscript>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getAllTranscripts",
                    &[
                        (
                            "meetingOrganizerUserId",
                            meeting_organizer_user_id
                                .map(rt::request::ToLiteral::to_literal),
                        ),
                        (
                            "startDateTime",
                            start_date_time.map(rt::request::ToLiteral::to_literal),
                        ),
                        (
                            "endDateTime",
                            end_date_time.map(rt::request::ToLiteral::to_literal),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::AnyOnlineMeetingBase, C> {
    /// Structural property `audioConferencing` (`microsoft.graph.audioConferencing`), addressed on its own: `GET` or `PATCH` it.
    pub fn audio_conferencing(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AudioConferencing> {
        crate::path::PropertyPath::new(self.target().segment("audioConferencing"))
    }
    /// Structural property `chatInfo` (`microsoft.graph.chatInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn chat_info(&self) -> crate::path::PropertyPath<crate::v1::ChatInfo> {
        crate::path::PropertyPath::new(self.target().segment("chatInfo"))
    }
    /// Structural property `chatRestrictions` (`microsoft.graph.chatRestrictions`), addressed on its own: `GET` or `PATCH` it.
    pub fn chat_restrictions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ChatRestrictions> {
        crate::path::PropertyPath::new(self.target().segment("chatRestrictions"))
    }
    /// Structural property `cloudVideoInteropInfo` (`microsoft.graph.cloudVideoInteropInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn cloud_video_interop_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CloudVideoInteropInfo> {
        crate::path::PropertyPath::new(self.target().segment("cloudVideoInteropInfo"))
    }
    /// Structural property `joinInformation` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn join_information(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.target().segment("joinInformation"))
    }
    /// Structural property `joinMeetingIdSettings` (`microsoft.graph.joinMeetingIdSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn join_meeting_id_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::JoinMeetingIdSettings> {
        crate::path::PropertyPath::new(self.target().segment("joinMeetingIdSettings"))
    }
    /// Structural property `lobbyBypassSettings` (`microsoft.graph.lobbyBypassSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn lobby_bypass_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::LobbyBypassSettings> {
        crate::path::PropertyPath::new(self.target().segment("lobbyBypassSettings"))
    }
    /// Structural property `sensitivityLabelAssignment` (`microsoft.graph.onlineMeetingSensitivityLabelAssignment`), addressed on its own: `GET` or `PATCH` it.
    pub fn sensitivity_label_assignment(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OnlineMeetingSensitivityLabelAssignment> {
        crate::path::PropertyPath::new(
            self.target().segment("sensitivityLabelAssignment"),
        )
    }
    /// Structural property `watermarkProtection` (`microsoft.graph.watermarkProtectionValues`), addressed on its own: `GET` or `PATCH` it.
    pub fn watermark_protection(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WatermarkProtectionValues> {
        crate::path::PropertyPath::new(self.target().segment("watermarkProtection"))
    }
    /// Containment navigation property `attendanceReports` (`microsoft.graph.meetingAttendanceReport`).
    pub fn attendance_reports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MeetingAttendanceReport,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("attendanceReports"))
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyOnlineMeetingBase {
    const SEGMENT: &'static str = "microsoft.graph.onlineMeetingBase";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::OnlineMeetingEngagementConversation, C> {
    /// Structural property `organizer` (`microsoft.graph.engagementIdentitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn organizer(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EngagementIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("organizer"))
    }
    /// Navigation property `onlineMeeting` (`microsoft.graph.onlineMeeting`).
    pub fn online_meeting(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::OnlineMeeting,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("onlineMeeting"))
    }
    /// Containment navigation property `messages` (`microsoft.graph.engagementConversationMessage`).
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyEngagementConversationMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("messages"))
    }
    /// Containment navigation property `starter` (`microsoft.graph.engagementConversationMessage`).
    pub fn starter(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyEngagementConversationMessage,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("starter"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEngagementConversation>
for crate::v1::OnlineMeetingEngagementConversation {
    const SEGMENT: &'static str = "microsoft.graph.onlineMeetingEngagementConversation";
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnlineMeetingEngagementConversation {
    const SEGMENT: &'static str = "microsoft.graph.onlineMeetingEngagementConversation";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::OpenShift, C> {
    /// Structural property `draftOpenShift` (`microsoft.graph.openShiftItem`), addressed on its own: `GET` or `PATCH` it.
    pub fn draft_open_shift(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OpenShiftItem> {
        crate::path::PropertyPath::new(self.target().segment("draftOpenShift"))
    }
    /// Structural property `sharedOpenShift` (`microsoft.graph.openShiftItem`), addressed on its own: `GET` or `PATCH` it.
    pub fn shared_open_shift(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OpenShiftItem> {
        crate::path::PropertyPath::new(self.target().segment("sharedOpenShift"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// `POST .../stageForDeletion`: action `microsoft.graph.stageForDeletion`.
    pub fn stage_for_deletion(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("stageForDeletion"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity>
for crate::v1::OpenShift {
    const SEGMENT: &'static str = "microsoft.graph.openShift";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OpenShift {
    const SEGMENT: &'static str = "microsoft.graph.openShift";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::OpenShiftChangeRequest, C> {
    /// `POST .../approve`: action `microsoft.graph.approve`.
    pub fn approve(
        &self,
        params: crate::v1::params::ScheduleChangeRequestApproveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ScheduleChangeRequestApproveParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("approve"),
            rt::request::Json(params),
        )
    }
    /// `POST .../decline`: action `microsoft.graph.decline`.
    pub fn decline(
        &self,
        params: crate::v1::params::ScheduleChangeRequestDeclineParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ScheduleChangeRequestDeclineParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("decline"),
            rt::request::Json(params),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// `POST .../stageForDeletion`: action `microsoft.graph.stageForDeletion`.
    pub fn stage_for_deletion(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("stageForDeletion"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyScheduleChangeRequest>
for crate::v1::OpenShiftChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.openShiftChangeRequest";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity>
for crate::v1::OpenShiftChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.openShiftChangeRequest";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OpenShiftChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.openShiftChangeRequest";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyExtension> for crate::v1::OpenTypeExtension {
    const SEGMENT: &'static str = "microsoft.graph.openTypeExtension";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OpenTypeExtension {
    const SEGMENT: &'static str = "microsoft.graph.openTypeExtension";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyOperation {
    const SEGMENT: &'static str = "microsoft.graph.operation";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::OrgContact, C> {
    /// Navigation property `directReports` (`microsoft.graph.directoryObject`).
    pub fn direct_reports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("directReports"))
    }
    /// Navigation property `manager` (`microsoft.graph.directoryObject`).
    pub fn manager(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("manager"))
    }
    /// Navigation property `memberOf` (`microsoft.graph.directoryObject`).
    pub fn member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("memberOf"))
    }
    /// Containment navigation property `onPremisesSyncBehavior` (`microsoft.graph.onPremisesSyncBehavior`).
    pub fn on_premises_sync_behavior(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::OnPremisesSyncBehavior,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("onPremisesSyncBehavior"))
    }
    /// Navigation property `transitiveMemberOf` (`microsoft.graph.directoryObject`).
    pub fn transitive_member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("transitiveMemberOf"))
    }
    /// `POST .../retryServiceProvisioning`: action `microsoft.graph.retryServiceProvisioning`.
    pub fn retry_service_provisioning(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("retryServiceProvisioning"),
            rt::request::NoBody,
        )
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    pub fn check_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    pub fn get_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    pub fn get_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject> for crate::v1::OrgContact {
    const SEGMENT: &'static str = "microsoft.graph.orgContact";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OrgContact {
    const SEGMENT: &'static str = "microsoft.graph.orgContact";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::OrgContact, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::OrgContact>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
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
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::Organization, C> {
    /// Structural property `privacyProfile` (`microsoft.graph.privacyProfile`), addressed on its own: `GET` or `PATCH` it.
    pub fn privacy_profile(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PrivacyProfile> {
        crate::path::PropertyPath::new(self.target().segment("privacyProfile"))
    }
    /// Containment navigation property `branding` (`microsoft.graph.organizationalBranding`).
    pub fn branding(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::OrganizationalBranding,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("branding"))
    }
    /// Containment navigation property `certificateBasedAuthConfiguration` (`microsoft.graph.certificateBasedAuthConfiguration`).
    pub fn certificate_based_auth_configuration(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CertificateBasedAuthConfiguration,
        crate::path::caps::ListCreateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("certificateBasedAuthConfiguration"),
        )
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("extensions"))
    }
    /// Set mobile device management authority
    ///
    /// `POST .../setMobileDeviceManagementAuthority`: action `microsoft.graph.setMobileDeviceManagementAuthority`.
    pub fn set_mobile_device_management_authority(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i32>> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("setMobileDeviceManagementAuthority"),
            rt::request::NoBody,
        )
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    pub fn check_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    pub fn get_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    pub fn get_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::Organization {
    const SEGMENT: &'static str = "microsoft.graph.organization";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Organization {
    const SEGMENT: &'static str = "microsoft.graph.organization";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::Organization, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
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
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::OrganizationalBranding, C> {
    /// Containment navigation property `localizations` (`microsoft.graph.organizationalBrandingLocalization`).
    pub fn localizations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OrganizationalBrandingLocalization,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("localizations"))
    }
    /// Stream property `backgroundImage`.
    pub fn background_image(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("backgroundImage"))
    }
    /// Stream property `bannerLogo`.
    pub fn banner_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("bannerLogo"))
    }
    /// Structural property `contentCustomization` (`microsoft.graph.contentCustomization`), addressed on its own: `GET` or `PATCH` it.
    pub fn content_customization(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ContentCustomization> {
        crate::path::PropertyPath::new(self.target().segment("contentCustomization"))
    }
    /// Stream property `customCSS`.
    pub fn custom_css(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("customCSS"))
    }
    /// Stream property `favicon`.
    pub fn favicon(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("favicon"))
    }
    /// Stream property `headerLogo`.
    pub fn header_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("headerLogo"))
    }
    /// Structural property `loginPageLayoutConfiguration` (`microsoft.graph.loginPageLayoutConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn login_page_layout_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::LoginPageLayoutConfiguration> {
        crate::path::PropertyPath::new(
            self.target().segment("loginPageLayoutConfiguration"),
        )
    }
    /// Structural property `loginPageTextVisibilitySettings` (`microsoft.graph.loginPageTextVisibilitySettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn login_page_text_visibility_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::LoginPageTextVisibilitySettings> {
        crate::path::PropertyPath::new(
            self.target().segment("loginPageTextVisibilitySettings"),
        )
    }
    /// Stream property `squareLogo`.
    pub fn square_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("squareLogo"))
    }
    /// Stream property `squareLogoDark`.
    pub fn square_logo_dark(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("squareLogoDark"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyOrganizationalBrandingProperties>
for crate::v1::OrganizationalBranding {
    const SEGMENT: &'static str = "microsoft.graph.organizationalBranding";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OrganizationalBranding {
    const SEGMENT: &'static str = "microsoft.graph.organizationalBranding";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::OrganizationalBrandingLocalization, C> {
    /// Stream property `backgroundImage`.
    pub fn background_image(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("backgroundImage"))
    }
    /// Stream property `bannerLogo`.
    pub fn banner_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("bannerLogo"))
    }
    /// Structural property `contentCustomization` (`microsoft.graph.contentCustomization`), addressed on its own: `GET` or `PATCH` it.
    pub fn content_customization(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ContentCustomization> {
        crate::path::PropertyPath::new(self.target().segment("contentCustomization"))
    }
    /// Stream property `customCSS`.
    pub fn custom_css(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("customCSS"))
    }
    /// Stream property `favicon`.
    pub fn favicon(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("favicon"))
    }
    /// Stream property `headerLogo`.
    pub fn header_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("headerLogo"))
    }
    /// Structural property `loginPageLayoutConfiguration` (`microsoft.graph.loginPageLayoutConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn login_page_layout_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::LoginPageLayoutConfiguration> {
        crate::path::PropertyPath::new(
            self.target().segment("loginPageLayoutConfiguration"),
        )
    }
    /// Structural property `loginPageTextVisibilitySettings` (`microsoft.graph.loginPageTextVisibilitySettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn login_page_text_visibility_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::LoginPageTextVisibilitySettings> {
        crate::path::PropertyPath::new(
            self.target().segment("loginPageTextVisibilitySettings"),
        )
    }
    /// Stream property `squareLogo`.
    pub fn square_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("squareLogo"))
    }
    /// Stream property `squareLogoDark`.
    pub fn square_logo_dark(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("squareLogoDark"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyOrganizationalBrandingProperties>
for crate::v1::OrganizationalBrandingLocalization {
    const SEGMENT: &'static str = "microsoft.graph.organizationalBrandingLocalization";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OrganizationalBrandingLocalization {
    const SEGMENT: &'static str = "microsoft.graph.organizationalBrandingLocalization";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::AnyOrganizationalBrandingProperties, C> {
    /// Stream property `backgroundImage`.
    pub fn background_image(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("backgroundImage"))
    }
    /// Stream property `bannerLogo`.
    pub fn banner_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("bannerLogo"))
    }
    /// Structural property `contentCustomization` (`microsoft.graph.contentCustomization`), addressed on its own: `GET` or `PATCH` it.
    pub fn content_customization(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ContentCustomization> {
        crate::path::PropertyPath::new(self.target().segment("contentCustomization"))
    }
    /// Stream property `customCSS`.
    pub fn custom_css(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("customCSS"))
    }
    /// Stream property `favicon`.
    pub fn favicon(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("favicon"))
    }
    /// Stream property `headerLogo`.
    pub fn header_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("headerLogo"))
    }
    /// Structural property `loginPageLayoutConfiguration` (`microsoft.graph.loginPageLayoutConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn login_page_layout_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::LoginPageLayoutConfiguration> {
        crate::path::PropertyPath::new(
            self.target().segment("loginPageLayoutConfiguration"),
        )
    }
    /// Structural property `loginPageTextVisibilitySettings` (`microsoft.graph.loginPageTextVisibilitySettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn login_page_text_visibility_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::LoginPageTextVisibilitySettings> {
        crate::path::PropertyPath::new(
            self.target().segment("loginPageTextVisibilitySettings"),
        )
    }
    /// Stream property `squareLogo`.
    pub fn square_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("squareLogo"))
    }
    /// Stream property `squareLogoDark`.
    pub fn square_logo_dark(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("squareLogoDark"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyOrganizationalBrandingProperties {
    const SEGMENT: &'static str = "microsoft.graph.organizationalBrandingProperties";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OutlookCategory {
    const SEGMENT: &'static str = "microsoft.graph.outlookCategory";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyOutlookItem {
    const SEGMENT: &'static str = "microsoft.graph.outlookItem";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::OutlookUser, C> {
    /// Containment navigation property `masterCategories` (`microsoft.graph.outlookCategory`).
    pub fn master_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OutlookCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("masterCategories"))
    }
    /// `GET .../supportedLanguages`: function `microsoft.graph.supportedLanguages`.
    pub fn supported_languages(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::LocaleInfo>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("supportedLanguages", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../supportedTimeZones`: function `microsoft.graph.supportedTimeZones`.
    pub fn supported_time_zones(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::TimeZoneInformation>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("supportedTimeZones", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../supportedTimeZones`: function `microsoft.graph.supportedTimeZones`.
    pub fn supported_time_zones_2(
        &self,
        time_zone_standard: &crate::v1::TimeZoneStandard,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::TimeZoneInformation>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
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
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OutlookUser {
    const SEGMENT: &'static str = "microsoft.graph.outlookUser";
}
#[cfg(msgraph_v1_policies_or_search)]
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::OwnerlessGroupPolicy, C> {
    /// Structural property `emailInfo` (`microsoft.graph.emailDetails`), addressed on its own: `GET` or `PATCH` it.
    pub fn email_info(&self) -> crate::path::PropertyPath<crate::v1::EmailDetails> {
        crate::path::PropertyPath::new(self.target().segment("emailInfo"))
    }
    /// Structural property `targetOwners` (`microsoft.graph.targetOwners`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_owners(&self) -> crate::path::PropertyPath<crate::v1::TargetOwners> {
        crate::path::PropertyPath::new(self.target().segment("targetOwners"))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OwnerlessGroupPolicy {
    const SEGMENT: &'static str = "microsoft.graph.ownerlessGroupPolicy";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::call_records::Organizer, C> {
    /// Structural property `identity` (`microsoft.graph.communicationsIdentitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn identity(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CommunicationsIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("identity"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::call_records::AnyParticipantBase>
for crate::v1::call_records::Organizer {
    const SEGMENT: &'static str = "microsoft.graph.callRecords.organizer";
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::call_records::Organizer {
    const SEGMENT: &'static str = "microsoft.graph.callRecords.organizer";
}
#[cfg(msgraph_v1_reports_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::partners_billing::AnyOperation {
    const SEGMENT: &'static str = "microsoft.graph.partners.billing.operation";
}
