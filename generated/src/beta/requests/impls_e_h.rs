//! Items of `requests` by the first letters of their types' names (`e_h`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EBookInstallSummary {
    const SEGMENT: &'static str = "microsoft.graph.eBookInstallSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::AnyEasEmailProfileConfigurationBase {
    const SEGMENT: &'static str = "microsoft.graph.easEmailProfileConfigurationBase";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyEasEmailProfileConfigurationBase {
    const SEGMENT: &'static str = "microsoft.graph.easEmailProfileConfigurationBase";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::AnyEasEmailProfileConfigurationBase, C> {
    /// `GET .../getIosAvailableUpdateVersions`: function `microsoft.graph.getIosAvailableUpdateVersions`.
    pub fn get_ios_available_update_versions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::IosAvailableUpdateVersion>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getIosAvailableUpdateVersions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getTargetedUsersAndDevices`: action `microsoft.graph.getTargetedUsersAndDevices`.
    pub fn get_targeted_users_and_devices(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
        >,
        rt::request::Collection<crate::beta::DeviceConfigurationTargetedUserAndDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getTargetedUsersAndDevices"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
        >,
        rt::request::Collection<crate::beta::HasPayloadLinkResultItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("hasPayloadLinks"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::EditionUpgradeConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.editionUpgradeConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EditionUpgradeConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.editionUpgradeConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::EditionUpgradeConfiguration, C> {
    /// `GET .../getIosAvailableUpdateVersions`: function `microsoft.graph.getIosAvailableUpdateVersions`.
    pub fn get_ios_available_update_versions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::IosAvailableUpdateVersion>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getIosAvailableUpdateVersions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getTargetedUsersAndDevices`: action `microsoft.graph.getTargetedUsersAndDevices`.
    pub fn get_targeted_users_and_devices(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
        >,
        rt::request::Collection<crate::beta::DeviceConfigurationTargetedUserAndDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getTargetedUsersAndDevices"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
        >,
        rt::request::Collection<crate::beta::HasPayloadLinkResultItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("hasPayloadLinks"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_education_or_search)]
/// Features: `beta`, or one of `beta-education`, `beta-search`.
impl dyn crate::beta::requests::EducationAssignmentPath {
    /// Structural property `assignTo` (`microsoft.graph.educationAssignmentRecipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn assign_to(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyEducationAssignmentRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("assignTo"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `grading` (`microsoft.graph.educationAssignmentGradeType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn grading(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyEducationAssignmentGradeType> {
        crate::path::PropertyPath::new(self.node_target().segment("grading"))
    }
    /// Structural property `instructions` (`microsoft.graph.educationItemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn instructions(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::EducationItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("instructions"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `categories` (`microsoft.graph.educationCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// Containment navigation property `resources` (`microsoft.graph.educationAssignmentResource`).
    #[inline]
    pub fn resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationAssignmentResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("resources"))
    }
    /// Containment navigation property `rubric` (`microsoft.graph.educationRubric`).
    #[inline]
    pub fn rubric(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::EducationRubric,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("rubric"))
    }
    /// Containment navigation property `submissions` (`microsoft.graph.educationSubmission`).
    #[inline]
    pub fn submissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationSubmission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("submissions"))
    }
    /// `POST .../publish`: action `microsoft.graph.publish`.
    #[inline]
    pub fn publish(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::EducationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("publish"),
            rt::request::NoBody,
        )
    }
    /// `GET .../setUpResourcesFolder`: function `microsoft.graph.setUpResourcesFolder`.
    #[inline]
    pub fn set_up_resources_folder(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::EducationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("setUpResourcesFolder", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EducationAssignment {
    const SEGMENT: &'static str = "microsoft.graph.educationAssignment";
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EducationAssignmentDefaults {
    const SEGMENT: &'static str = "microsoft.graph.educationAssignmentDefaults";
}
#[cfg(msgraph_beta_education_or_search)]
/// Features: `beta`, or one of `beta-education`, `beta-search`.
impl dyn crate::beta::requests::EducationAssignmentResourcePath {
    /// Structural property `resource` (`microsoft.graph.educationResource`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn resource(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyEducationResource> {
        crate::path::PropertyPath::new(self.node_target().segment("resource"))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EducationAssignmentResource {
    const SEGMENT: &'static str = "microsoft.graph.educationAssignmentResource";
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EducationAssignmentSettings {
    const SEGMENT: &'static str = "microsoft.graph.educationAssignmentSettings";
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EducationCategory {
    const SEGMENT: &'static str = "microsoft.graph.educationCategory";
}
#[cfg(msgraph_beta_education_or_search)]
/// Features: `beta`, or one of `beta-education`, `beta-search`.
impl dyn crate::beta::requests::EducationClassPath {
    /// Structural property `course` (`microsoft.graph.educationCourse`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn course(&self) -> crate::path::PropertyPath<crate::beta::EducationCourse> {
        crate::path::PropertyPath::new(self.node_target().segment("course"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `term` (`microsoft.graph.educationTerm`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn term(&self) -> crate::path::PropertyPath<crate::beta::EducationTerm> {
        crate::path::PropertyPath::new(self.node_target().segment("term"))
    }
    /// Containment navigation property `assignmentCategories` (`microsoft.graph.educationCategory`).
    #[inline]
    pub fn assignment_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("assignmentCategories"),
        )
    }
    /// Containment navigation property `assignmentDefaults` (`microsoft.graph.educationAssignmentDefaults`).
    #[inline]
    pub fn assignment_defaults(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::EducationAssignmentDefaults,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("assignmentDefaults"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.educationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `assignmentSettings` (`microsoft.graph.educationAssignmentSettings`).
    #[inline]
    pub fn assignment_settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::EducationAssignmentSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("assignmentSettings"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `group` (`microsoft.graph.group`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn group(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Group,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("group"))
    }
    /// Navigation property `members` (`microsoft.graph.educationUser`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationUser,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
    /// Navigation property `schools` (`microsoft.graph.educationSchool`).
    #[inline]
    pub fn schools(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationSchool,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("schools"))
    }
    /// Navigation property `teachers` (`microsoft.graph.educationUser`).
    #[inline]
    pub fn teachers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationUser,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("teachers"))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::EducationClass {
    const SEGMENT: &'static str = "microsoft.graph.educationClass";
}
#[cfg(msgraph_beta_education_or_search)]
/// Features: `beta`, or one of `beta-education`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::EducationClass, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::EducationClass>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_education_or_search)]
/// Features: `beta`, or one of `beta-education`, `beta-search`.
impl dyn crate::beta::requests::EducationFeedbackOutcomePath {
    /// Structural property `feedback` (`microsoft.graph.educationFeedback`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn feedback(&self) -> crate::path::PropertyPath<crate::beta::EducationFeedback> {
        crate::path::PropertyPath::new(self.node_target().segment("feedback"))
    }
    /// Structural property `publishedFeedback` (`microsoft.graph.educationFeedback`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn published_feedback(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::EducationFeedback> {
        crate::path::PropertyPath::new(self.node_target().segment("publishedFeedback"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEducationOutcome>
for crate::beta::EducationFeedbackOutcome {
    const SEGMENT: &'static str = "microsoft.graph.educationFeedbackOutcome";
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EducationFeedbackOutcome {
    const SEGMENT: &'static str = "microsoft.graph.educationFeedbackOutcome";
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyEducationOrganization {
    const SEGMENT: &'static str = "microsoft.graph.educationOrganization";
}
#[cfg(msgraph_beta_education_or_search)]
/// Features: `beta`, or one of `beta-education`, `beta-search`.
impl dyn crate::beta::requests::EducationOutcomePath {
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyEducationOutcome {
    const SEGMENT: &'static str = "microsoft.graph.educationOutcome";
}
#[cfg(msgraph_beta_education_or_search)]
/// Features: `beta`, or one of `beta-education`, `beta-search`.
impl dyn crate::beta::requests::EducationPointsOutcomePath {
    /// Structural property `points` (`microsoft.graph.educationAssignmentPointsGrade`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn points(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::EducationAssignmentPointsGrade> {
        crate::path::PropertyPath::new(self.node_target().segment("points"))
    }
    /// Structural property `publishedPoints` (`microsoft.graph.educationAssignmentPointsGrade`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn published_points(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::EducationAssignmentPointsGrade> {
        crate::path::PropertyPath::new(self.node_target().segment("publishedPoints"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEducationOutcome>
for crate::beta::EducationPointsOutcome {
    const SEGMENT: &'static str = "microsoft.graph.educationPointsOutcome";
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EducationPointsOutcome {
    const SEGMENT: &'static str = "microsoft.graph.educationPointsOutcome";
}
#[cfg(msgraph_beta_education)]
/// Features: `beta` or `beta-education`.
impl dyn crate::beta::requests::EducationRootPath {
    /// Containment navigation property `synchronizationProfiles` (`microsoft.graph.educationSynchronizationProfile`).
    #[inline]
    pub fn synchronization_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationSynchronizationProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("synchronizationProfiles"),
        )
    }
    /// Containment navigation property `classes` (`microsoft.graph.educationClass`).
    #[inline]
    pub fn classes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationClass,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("classes"))
    }
    /// Containment navigation property `me` (`microsoft.graph.educationUser`).
    #[inline]
    pub fn me(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::EducationUser,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("me"))
    }
    /// Containment navigation property `schools` (`microsoft.graph.educationSchool`).
    #[inline]
    pub fn schools(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationSchool,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("schools"))
    }
    /// Containment navigation property `users` (`microsoft.graph.educationUser`).
    #[inline]
    pub fn users(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationUser,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("users"))
    }
}
#[cfg(msgraph_beta_education_or_search)]
/// Features: `beta`, or one of `beta-education`, `beta-search`.
impl dyn crate::beta::requests::EducationRubricPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `description` (`microsoft.graph.educationItemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn description(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::EducationItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("description"))
    }
    /// Structural property `grading` (`microsoft.graph.educationAssignmentGradeType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn grading(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyEducationAssignmentGradeType> {
        crate::path::PropertyPath::new(self.node_target().segment("grading"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::EducationRubric {
    const SEGMENT: &'static str = "microsoft.graph.educationRubric";
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEducationOutcome>
for crate::beta::EducationRubricOutcome {
    const SEGMENT: &'static str = "microsoft.graph.educationRubricOutcome";
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EducationRubricOutcome {
    const SEGMENT: &'static str = "microsoft.graph.educationRubricOutcome";
}
#[cfg(msgraph_beta_education_or_search)]
/// Features: `beta`, or one of `beta-education`, `beta-search`.
impl dyn crate::beta::requests::EducationSchoolPath {
    /// Structural property `address` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn address(&self) -> crate::path::PropertyPath<crate::beta::PhysicalAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("address"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `administrativeUnit` (`microsoft.graph.administrativeUnit`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn administrative_unit(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AdministrativeUnit,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("administrativeUnit"))
    }
    /// Navigation property `classes` (`microsoft.graph.educationClass`).
    #[inline]
    pub fn classes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationClass,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("classes"))
    }
    /// Navigation property `users` (`microsoft.graph.educationUser`).
    #[inline]
    pub fn users(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationUser,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("users"))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEducationOrganization>
for crate::beta::EducationSchool {
    const SEGMENT: &'static str = "microsoft.graph.educationSchool";
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::EducationSchool {
    const SEGMENT: &'static str = "microsoft.graph.educationSchool";
}
#[cfg(msgraph_beta_education_or_search)]
/// Features: `beta`, or one of `beta-education`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::EducationSchool, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::EducationSchool>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_education_or_search)]
/// Features: `beta`, or one of `beta-education`, `beta-search`.
impl dyn crate::beta::requests::EducationSubmissionPath {
    /// Structural property `recipient` (`microsoft.graph.educationSubmissionRecipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn recipient(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyEducationSubmissionRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("recipient"))
    }
    /// Structural property `returnedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn returned_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("returnedBy"))
    }
    /// Structural property `submittedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn submitted_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("submittedBy"))
    }
    /// Structural property `unsubmittedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn unsubmitted_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("unsubmittedBy"))
    }
    /// Containment navigation property `outcomes` (`microsoft.graph.educationOutcome`).
    #[inline]
    pub fn outcomes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyEducationOutcome,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("outcomes"))
    }
    /// Containment navigation property `resources` (`microsoft.graph.educationSubmissionResource`).
    #[inline]
    pub fn resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationSubmissionResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("resources"))
    }
    /// Containment navigation property `submittedResources` (`microsoft.graph.educationSubmissionResource`).
    #[inline]
    pub fn submitted_resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationSubmissionResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("submittedResources"),
        )
    }
    /// `POST .../return`: action `microsoft.graph.return`.
    #[inline]
    pub fn return_(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::EducationSubmission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("return"),
            rt::request::NoBody,
        )
    }
    /// `GET .../setUpResourcesFolder`: function `microsoft.graph.setUpResourcesFolder`.
    #[inline]
    pub fn set_up_resources_folder(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::EducationSubmission>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("setUpResourcesFolder", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../submit`: action `microsoft.graph.submit`.
    #[inline]
    pub fn submit(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::EducationSubmission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("submit"),
            rt::request::NoBody,
        )
    }
    /// `POST .../unsubmit`: action `microsoft.graph.unsubmit`.
    #[inline]
    pub fn unsubmit(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::EducationSubmission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unsubmit"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EducationSubmission {
    const SEGMENT: &'static str = "microsoft.graph.educationSubmission";
}
#[cfg(msgraph_beta_education_or_search)]
/// Features: `beta`, or one of `beta-education`, `beta-search`.
impl dyn crate::beta::requests::EducationSubmissionResourcePath {
    /// Structural property `resource` (`microsoft.graph.educationResource`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn resource(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyEducationResource> {
        crate::path::PropertyPath::new(self.node_target().segment("resource"))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EducationSubmissionResource {
    const SEGMENT: &'static str = "microsoft.graph.educationSubmissionResource";
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EducationSynchronizationError {
    const SEGMENT: &'static str = "microsoft.graph.educationSynchronizationError";
}
#[cfg(msgraph_beta_education_or_search)]
/// Features: `beta`, or one of `beta-education`, `beta-search`.
impl dyn crate::beta::requests::EducationSynchronizationProfilePath {
    /// Structural property `dataProvider` (`microsoft.graph.educationSynchronizationDataProvider`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn data_provider(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyEducationSynchronizationDataProvider,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("dataProvider"))
    }
    /// Structural property `identitySynchronizationConfiguration` (`microsoft.graph.educationIdentitySynchronizationConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn identity_synchronization_configuration(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyEducationIdentitySynchronizationConfiguration,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("identitySynchronizationConfiguration"),
        )
    }
    /// Containment navigation property `errors` (`microsoft.graph.educationSynchronizationError`).
    #[inline]
    pub fn errors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationSynchronizationError,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("errors"))
    }
    /// Containment navigation property `profileStatus` (`microsoft.graph.educationSynchronizationProfileStatus`).
    #[inline]
    pub fn profile_status(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::EducationSynchronizationProfileStatus,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("profileStatus"))
    }
    /// `POST .../pause`: action `microsoft.graph.pause`.
    #[inline]
    pub fn pause(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("pause"),
            rt::request::NoBody,
        )
    }
    /// `POST .../reset`: action `microsoft.graph.reset`.
    #[inline]
    pub fn reset(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reset"),
            rt::request::NoBody,
        )
    }
    /// `POST .../resume`: action `microsoft.graph.resume`.
    #[inline]
    pub fn resume(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("resume"),
            rt::request::NoBody,
        )
    }
    /// `POST .../start`: action `microsoft.graph.start`.
    #[inline]
    pub fn start(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::beta::EducationFileSynchronizationVerificationMessage,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("start"),
            rt::request::NoBody,
        )
    }
    /// `GET .../uploadUrl`: function `microsoft.graph.uploadUrl`.
    #[inline]
    pub fn upload_url(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("uploadUrl", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EducationSynchronizationProfile {
    const SEGMENT: &'static str = "microsoft.graph.educationSynchronizationProfile";
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EducationSynchronizationProfileStatus {
    const SEGMENT: &'static str = "microsoft.graph.educationSynchronizationProfileStatus";
}
#[cfg(msgraph_beta_education_or_search)]
/// Features: `beta`, or one of `beta-education`, `beta-search`.
impl dyn crate::beta::requests::EducationUserPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `mailingAddress` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn mailing_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PhysicalAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("mailingAddress"))
    }
    /// Structural property `onPremisesInfo` (`microsoft.graph.educationOnPremisesInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn on_premises_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::EducationOnPremisesInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("onPremisesInfo"))
    }
    /// Structural property `passwordProfile` (`microsoft.graph.passwordProfile`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn password_profile(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PasswordProfile> {
        crate::path::PropertyPath::new(self.node_target().segment("passwordProfile"))
    }
    /// Structural property `residenceAddress` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn residence_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PhysicalAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("residenceAddress"))
    }
    /// Structural property `student` (`microsoft.graph.educationStudent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn student(&self) -> crate::path::PropertyPath<crate::beta::EducationStudent> {
        crate::path::PropertyPath::new(self.node_target().segment("student"))
    }
    /// Structural property `teacher` (`microsoft.graph.educationTeacher`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn teacher(&self) -> crate::path::PropertyPath<crate::beta::EducationTeacher> {
        crate::path::PropertyPath::new(self.node_target().segment("teacher"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.educationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `rubrics` (`microsoft.graph.educationRubric`).
    #[inline]
    pub fn rubrics(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationRubric,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("rubrics"))
    }
    /// Navigation property `classes` (`microsoft.graph.educationClass`).
    #[inline]
    pub fn classes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationClass,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("classes"))
    }
    /// Navigation property `schools` (`microsoft.graph.educationSchool`).
    #[inline]
    pub fn schools(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationSchool,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("schools"))
    }
    /// Navigation property `taughtClasses` (`microsoft.graph.educationClass`).
    #[inline]
    pub fn taught_classes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EducationClass,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("taughtClasses"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `user` (`microsoft.graph.user`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn user(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::User,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("user"))
    }
}
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::EducationUser {
    const SEGMENT: &'static str = "microsoft.graph.educationUser";
}
#[cfg(msgraph_beta_education_or_search)]
/// Features: `beta`, or one of `beta-education`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::EducationUser, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::EducationUser>,
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
impl dyn crate::beta::requests::EducationalActivityPath {
    /// Structural property `institution` (`microsoft.graph.institutionData`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn institution(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::InstitutionData> {
        crate::path::PropertyPath::new(self.node_target().segment("institution"))
    }
    /// Structural property `program` (`microsoft.graph.educationalActivityDetail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn program(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::EducationalActivityDetail> {
        crate::path::PropertyPath::new(self.node_target().segment("program"))
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
for crate::beta::EducationalActivity {
    const SEGMENT: &'static str = "microsoft.graph.educationalActivity";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EducationalActivity {
    const SEGMENT: &'static str = "microsoft.graph.educationalActivity";
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyActivityStatistics>
for crate::beta::EmailActivityStatistics {
    const SEGMENT: &'static str = "microsoft.graph.emailActivityStatistics";
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EmailActivityStatistics {
    const SEGMENT: &'static str = "microsoft.graph.emailActivityStatistics";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EmailActivitySummary {
    const SEGMENT: &'static str = "microsoft.graph.emailActivitySummary";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EmailActivityUserDetail {
    const SEGMENT: &'static str = "microsoft.graph.emailActivityUserDetail";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EmailAppUsageAppsUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.emailAppUsageAppsUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EmailAppUsageUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.emailAppUsageUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EmailAppUsageUserDetail {
    const SEGMENT: &'static str = "microsoft.graph.emailAppUsageUserDetail";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EmailAppUsageVersionsUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.emailAppUsageVersionsUserCounts";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAuthenticationMethod>
for crate::beta::EmailAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.emailAuthenticationMethod";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EmailAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.emailAuthenticationMethod";
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
impl dyn crate::beta::requests::EmailAuthenticationMethodConfigurationPath {
    /// Containment navigation property `includeTargets` (`microsoft.graph.authenticationMethodTarget`).
    #[inline]
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyAuthenticationMethodTarget,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("includeTargets"))
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAuthenticationMethodConfiguration>
for crate::beta::EmailAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.emailAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EmailAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.emailAuthenticationMethodConfiguration";
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyThreatAssessmentRequest>
for crate::beta::EmailFileAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.emailFileAssessmentRequest";
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EmailFileAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.emailFileAssessmentRequest";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::EmbeddedSimActivationCodePoolPath {
    /// Containment navigation property `assignments` (`microsoft.graph.embeddedSIMActivationCodePoolAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EmbeddedSimActivationCodePoolAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceStates` (`microsoft.graph.embeddedSIMDeviceState`).
    #[inline]
    pub fn device_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::EmbeddedSimDeviceState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStates"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::EmbeddedSimActivationCodePoolAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::EmbeddedSimActivationCodePoolAssignParams,
        >,
        rt::request::Collection<crate::beta::EmbeddedSimActivationCodePoolAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EmbeddedSimActivationCodePool {
    const SEGMENT: &'static str = "microsoft.graph.embeddedSIMActivationCodePool";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::EmbeddedSimActivationCodePoolAssignmentPath {
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EmbeddedSimActivationCodePoolAssignment {
    const SEGMENT: &'static str = "microsoft.graph.embeddedSIMActivationCodePoolAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EmbeddedSimDeviceState {
    const SEGMENT: &'static str = "microsoft.graph.embeddedSIMDeviceState";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl dyn crate::beta::requests::EmployeePath {
    /// Structural property `address` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn address(&self) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.node_target().segment("address"))
    }
    /// Containment navigation property `picture` (`microsoft.graph.picture`).
    #[inline]
    pub fn picture(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Picture,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("picture"))
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Employee {
    const SEGMENT: &'static str = "microsoft.graph.employee";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::Endpoint {
    const SEGMENT: &'static str = "microsoft.graph.endpoint";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Endpoint {
    const SEGMENT: &'static str = "microsoft.graph.endpoint";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::Endpoint, C> {
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
impl dyn crate::beta::requests::EnrollmentConfigurationAssignmentPath {
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
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EnrollmentConfigurationAssignment {
    const SEGMENT: &'static str = "microsoft.graph.enrollmentConfigurationAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::EnrollmentProfilePath {
    /// Exports the mobile configuration
    ///
    /// `GET .../exportMobileConfig`: function `microsoft.graph.exportMobileConfig`.
    #[inline]
    pub fn export_mobile_config(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("exportMobileConfig", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../setDefaultProfile`: action `microsoft.graph.setDefaultProfile`.
    #[inline]
    pub fn set_default_profile(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setDefaultProfile"),
            rt::request::NoBody,
        )
    }
    /// `POST .../updateDeviceProfileAssignment`: action `microsoft.graph.updateDeviceProfileAssignment`.
    #[inline]
    pub fn update_device_profile_assignment(
        &self,
        params: crate::beta::params::EnrollmentProfileUpdateDeviceProfileAssignmentParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::EnrollmentProfileUpdateDeviceProfileAssignmentParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("updateDeviceProfileAssignment"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyEnrollmentProfile {
    const SEGMENT: &'static str = "microsoft.graph.enrollmentProfile";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicySetItem>
for crate::beta::EnrollmentRestrictionsConfigurationPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.enrollmentRestrictionsConfigurationPolicySetItem";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EnrollmentRestrictionsConfigurationPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.enrollmentRestrictionsConfigurationPolicySetItem";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceManagementTroubleshootingEvent>
for crate::beta::EnrollmentTroubleshootingEvent {
    const SEGMENT: &'static str = "microsoft.graph.enrollmentTroubleshootingEvent";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EnrollmentTroubleshootingEvent {
    const SEGMENT: &'static str = "microsoft.graph.enrollmentTroubleshootingEvent";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EnterpriseCodeSigningCertificate {
    const SEGMENT: &'static str = "microsoft.graph.enterpriseCodeSigningCertificate";
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::EntitlementManagementPath {
    /// Containment navigation property `accessPackageAssignmentApprovals` (`microsoft.graph.approval`).
    #[inline]
    pub fn access_package_assignment_approvals(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Approval,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageAssignmentApprovals"),
        )
    }
    /// Containment navigation property `accessPackageAssignmentPolicies` (`microsoft.graph.accessPackageAssignmentPolicy`).
    #[inline]
    pub fn access_package_assignment_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageAssignmentPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageAssignmentPolicies"),
        )
    }
    /// Containment navigation property `accessPackageAssignmentRequests` (`microsoft.graph.accessPackageAssignmentRequest`).
    #[inline]
    pub fn access_package_assignment_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageAssignmentRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageAssignmentRequests"),
        )
    }
    /// Containment navigation property `accessPackageAssignmentResourceRoles` (`microsoft.graph.accessPackageAssignmentResourceRole`).
    #[inline]
    pub fn access_package_assignment_resource_roles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageAssignmentResourceRole,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageAssignmentResourceRoles"),
        )
    }
    /// Containment navigation property `accessPackageAssignments` (`microsoft.graph.accessPackageAssignment`).
    #[inline]
    pub fn access_package_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageAssignments"),
        )
    }
    /// Containment navigation property `accessPackageCatalogs` (`microsoft.graph.accessPackageCatalog`).
    #[inline]
    pub fn access_package_catalogs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageCatalog,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageCatalogs"),
        )
    }
    /// Containment navigation property `accessPackageResourceEnvironments` (`microsoft.graph.accessPackageResourceEnvironment`).
    #[inline]
    pub fn access_package_resource_environments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageResourceEnvironment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageResourceEnvironments"),
        )
    }
    /// Containment navigation property `accessPackageResourceRequests` (`microsoft.graph.accessPackageResourceRequest`).
    #[inline]
    pub fn access_package_resource_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageResourceRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageResourceRequests"),
        )
    }
    /// Containment navigation property `accessPackageResourceRoleScopes` (`microsoft.graph.accessPackageResourceRoleScope`).
    #[inline]
    pub fn access_package_resource_role_scopes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageResourceRoleScope,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageResourceRoleScopes"),
        )
    }
    /// Containment navigation property `accessPackageResources` (`microsoft.graph.accessPackageResource`).
    #[inline]
    pub fn access_package_resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackageResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageResources"),
        )
    }
    /// Containment navigation property `accessPackages` (`microsoft.graph.accessPackage`).
    #[inline]
    pub fn access_packages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessPackage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("accessPackages"))
    }
    /// Containment navigation property `connectedOrganizations` (`microsoft.graph.connectedOrganization`).
    #[inline]
    pub fn connected_organizations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ConnectedOrganization,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("connectedOrganizations"),
        )
    }
    /// Containment navigation property `settings` (`microsoft.graph.entitlementManagementSettings`).
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::EntitlementManagementSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("settings"))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EntitlementManagement {
    const SEGMENT: &'static str = "microsoft.graph.entitlementManagement";
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EntitlementManagementSettings {
    const SEGMENT: &'static str = "microsoft.graph.entitlementManagementSettings";
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::EvaluateLabelJobResponsePath {
    /// Structural property `result` (`microsoft.graph.evaluateLabelJobResultGroup`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn result(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::EvaluateLabelJobResultGroup> {
        crate::path::PropertyPath::new(self.node_target().segment("result"))
    }
    /// Structural property `error` (`microsoft.graph.classificationError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::beta::ClassificationError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyJobResponseBase>
for crate::beta::EvaluateLabelJobResponse {
    const SEGMENT: &'static str = "microsoft.graph.evaluateLabelJobResponse";
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EvaluateLabelJobResponse {
    const SEGMENT: &'static str = "microsoft.graph.evaluateLabelJobResponse";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::EventPath {
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
    }
    /// Structural property `end` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn end(&self) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("end"))
    }
    /// Structural property `location` (`microsoft.graph.location`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::beta::AnyLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
    /// Structural property `onlineMeeting` (`microsoft.graph.onlineMeetingInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn online_meeting(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OnlineMeetingInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("onlineMeeting"))
    }
    /// Structural property `organizer` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn organizer(&self) -> crate::path::PropertyPath<crate::beta::AnyRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("organizer"))
    }
    /// Structural property `recurrence` (`microsoft.graph.patternedRecurrence`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn recurrence(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PatternedRecurrence> {
        crate::path::PropertyPath::new(self.node_target().segment("recurrence"))
    }
    /// Structural property `responseStatus` (`microsoft.graph.responseStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn response_status(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ResponseStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("responseStatus"))
    }
    /// Structural property `start` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn start(&self) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("start"))
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
    /// Containment navigation property `calendar` (`microsoft.graph.calendar`).
    #[inline]
    pub fn calendar(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Calendar,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("calendar"))
    }
    /// Containment navigation property `exceptionOccurrences` (`microsoft.graph.event`).
    #[inline]
    pub fn exception_occurrences(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Event,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("exceptionOccurrences"),
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
    /// Containment navigation property `instances` (`microsoft.graph.event`).
    #[inline]
    pub fn instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Event,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("instances"))
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
    /// `POST .../accept`: action `microsoft.graph.accept`.
    #[inline]
    pub fn accept(
        &self,
        params: crate::beta::params::EventAcceptParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::EventAcceptParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("accept"),
            rt::request::Json(params),
        )
    }
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    #[inline]
    pub fn cancel(
        &self,
        params: crate::beta::params::EventCancelParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::EventCancelParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("cancel"),
            rt::request::Json(params),
        )
    }
    /// `POST .../decline`: action `microsoft.graph.decline`.
    #[inline]
    pub fn decline(
        &self,
        params: crate::beta::params::EventDeclineParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::EventDeclineParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("decline"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dismissReminder`: action `microsoft.graph.dismissReminder`.
    #[inline]
    pub fn dismiss_reminder(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("dismissReminder"),
            rt::request::NoBody,
        )
    }
    /// `POST .../forward`: action `microsoft.graph.forward`.
    #[inline]
    pub fn forward(
        &self,
        params: crate::beta::params::EventForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::EventForwardParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("forward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../snoozeReminder`: action `microsoft.graph.snoozeReminder`.
    #[inline]
    pub fn snooze_reminder(
        &self,
        params: crate::beta::params::EventSnoozeReminderParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::EventSnoozeReminderParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("snoozeReminder"),
            rt::request::Json(params),
        )
    }
    /// `POST .../tentativelyAccept`: action `microsoft.graph.tentativelyAccept`.
    #[inline]
    pub fn tentatively_accept(
        &self,
        params: crate::beta::params::EventTentativelyAcceptParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::EventTentativelyAcceptParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("tentativelyAccept"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOutlookItem> for crate::beta::Event {
    const SEGMENT: &'static str = "microsoft.graph.event";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Event {
    const SEGMENT: &'static str = "microsoft.graph.event";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::Event, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Event>,
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
impl dyn crate::beta::requests::EventMessagePath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
    /// Structural property `endDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn end_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("endDateTime"))
    }
    /// Structural property `location` (`microsoft.graph.location`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::beta::AnyLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
    /// Structural property `recurrence` (`microsoft.graph.patternedRecurrence`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn recurrence(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PatternedRecurrence> {
        crate::path::PropertyPath::new(self.node_target().segment("recurrence"))
    }
    /// Structural property `startDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn start_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("startDateTime"))
    }
    /// Containment navigation property `event` (`microsoft.graph.event`).
    #[inline]
    pub fn event(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Event,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("event"))
    }
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
    }
    /// Structural property `flag` (`microsoft.graph.followupFlag`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn flag(&self) -> crate::path::PropertyPath<crate::beta::FollowupFlag> {
        crate::path::PropertyPath::new(self.node_target().segment("flag"))
    }
    /// Structural property `from` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn from(&self) -> crate::path::PropertyPath<crate::beta::AnyRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("from"))
    }
    /// Structural property `mentionsPreview` (`microsoft.graph.mentionsPreview`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn mentions_preview(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MentionsPreview> {
        crate::path::PropertyPath::new(self.node_target().segment("mentionsPreview"))
    }
    /// Structural property `sender` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sender(&self) -> crate::path::PropertyPath<crate::beta::AnyRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("sender"))
    }
    /// Structural property `uniqueBody` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn unique_body(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("uniqueBody"))
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
    /// `POST .../copy`: action `microsoft.graph.copy`.
    #[inline]
    pub fn copy(
        &self,
        params: crate::beta::params::MessageCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageCopyParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("copy"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createForward`: action `microsoft.graph.createForward`.
    #[inline]
    pub fn create_forward(
        &self,
        params: crate::beta::params::MessageCreateForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageCreateForwardParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createForward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createReply`: action `microsoft.graph.createReply`.
    #[inline]
    pub fn create_reply(
        &self,
        params: crate::beta::params::MessageCreateReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageCreateReplyParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createReply"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createReplyAll`: action `microsoft.graph.createReplyAll`.
    #[inline]
    pub fn create_reply_all(
        &self,
        params: crate::beta::params::MessageCreateReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageCreateReplyAllParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createReplyAll"),
            rt::request::Json(params),
        )
    }
    /// `POST .../forward`: action `microsoft.graph.forward`.
    #[inline]
    pub fn forward(
        &self,
        params: crate::beta::params::MessageForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageForwardParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("forward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../move`: action `microsoft.graph.move`.
    #[inline]
    pub fn move_(
        &self,
        params: crate::beta::params::MessageMoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageMoveParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("move"),
            rt::request::Json(params),
        )
    }
    /// `POST .../reply`: action `microsoft.graph.reply`.
    #[inline]
    pub fn reply(
        &self,
        params: crate::beta::params::MessageReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageReplyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reply"),
            rt::request::Json(params),
        )
    }
    /// `POST .../replyAll`: action `microsoft.graph.replyAll`.
    #[inline]
    pub fn reply_all(
        &self,
        params: crate::beta::params::MessageReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageReplyAllParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("replyAll"),
            rt::request::Json(params),
        )
    }
    /// `POST .../send`: action `microsoft.graph.send`.
    #[inline]
    pub fn send(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("send"),
            rt::request::NoBody,
        )
    }
    /// `POST .../unsubscribe`: action `microsoft.graph.unsubscribe`.
    #[inline]
    pub fn unsubscribe(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unsubscribe"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMessage> for crate::beta::AnyEventMessage {
    const SEGMENT: &'static str = "microsoft.graph.eventMessage";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOutlookItem>
for crate::beta::AnyEventMessage {
    const SEGMENT: &'static str = "microsoft.graph.eventMessage";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyEventMessage {
    const SEGMENT: &'static str = "microsoft.graph.eventMessage";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::AnyEventMessage, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyMessage>,
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
impl dyn crate::beta::requests::EventMessageRequestPath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
    /// Structural property `previousEndDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn previous_end_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("previousEndDateTime"))
    }
    /// Structural property `previousLocation` (`microsoft.graph.location`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn previous_location(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("previousLocation"))
    }
    /// Structural property `previousStartDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn previous_start_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(
            self.node_target().segment("previousStartDateTime"),
        )
    }
    /// `POST .../accept`: action `microsoft.graph.accept`.
    #[inline]
    pub fn accept(
        &self,
        params: crate::beta::params::EventMessageRequestAcceptParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::EventMessageRequestAcceptParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("accept"),
            rt::request::Json(params),
        )
    }
    /// `POST .../decline`: action `microsoft.graph.decline`.
    #[inline]
    pub fn decline(
        &self,
        params: crate::beta::params::EventMessageRequestDeclineParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::EventMessageRequestDeclineParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("decline"),
            rt::request::Json(params),
        )
    }
    /// `POST .../tentativelyAccept`: action `microsoft.graph.tentativelyAccept`.
    #[inline]
    pub fn tentatively_accept(
        &self,
        params: crate::beta::params::EventMessageRequestTentativelyAcceptParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::EventMessageRequestTentativelyAcceptParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("tentativelyAccept"),
            rt::request::Json(params),
        )
    }
    /// Structural property `endDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn end_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("endDateTime"))
    }
    /// Structural property `location` (`microsoft.graph.location`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::beta::AnyLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
    /// Structural property `recurrence` (`microsoft.graph.patternedRecurrence`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn recurrence(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PatternedRecurrence> {
        crate::path::PropertyPath::new(self.node_target().segment("recurrence"))
    }
    /// Structural property `startDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn start_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("startDateTime"))
    }
    /// Containment navigation property `event` (`microsoft.graph.event`).
    #[inline]
    pub fn event(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Event,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("event"))
    }
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
    }
    /// Structural property `flag` (`microsoft.graph.followupFlag`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn flag(&self) -> crate::path::PropertyPath<crate::beta::FollowupFlag> {
        crate::path::PropertyPath::new(self.node_target().segment("flag"))
    }
    /// Structural property `from` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn from(&self) -> crate::path::PropertyPath<crate::beta::AnyRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("from"))
    }
    /// Structural property `mentionsPreview` (`microsoft.graph.mentionsPreview`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn mentions_preview(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MentionsPreview> {
        crate::path::PropertyPath::new(self.node_target().segment("mentionsPreview"))
    }
    /// Structural property `sender` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sender(&self) -> crate::path::PropertyPath<crate::beta::AnyRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("sender"))
    }
    /// Structural property `uniqueBody` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn unique_body(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("uniqueBody"))
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
    /// `POST .../copy`: action `microsoft.graph.copy`.
    #[inline]
    pub fn copy(
        &self,
        params: crate::beta::params::MessageCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageCopyParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("copy"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createForward`: action `microsoft.graph.createForward`.
    #[inline]
    pub fn create_forward(
        &self,
        params: crate::beta::params::MessageCreateForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageCreateForwardParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createForward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createReply`: action `microsoft.graph.createReply`.
    #[inline]
    pub fn create_reply(
        &self,
        params: crate::beta::params::MessageCreateReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageCreateReplyParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createReply"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createReplyAll`: action `microsoft.graph.createReplyAll`.
    #[inline]
    pub fn create_reply_all(
        &self,
        params: crate::beta::params::MessageCreateReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageCreateReplyAllParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createReplyAll"),
            rt::request::Json(params),
        )
    }
    /// `POST .../forward`: action `microsoft.graph.forward`.
    #[inline]
    pub fn forward(
        &self,
        params: crate::beta::params::MessageForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageForwardParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("forward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../move`: action `microsoft.graph.move`.
    #[inline]
    pub fn move_(
        &self,
        params: crate::beta::params::MessageMoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageMoveParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("move"),
            rt::request::Json(params),
        )
    }
    /// `POST .../reply`: action `microsoft.graph.reply`.
    #[inline]
    pub fn reply(
        &self,
        params: crate::beta::params::MessageReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageReplyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reply"),
            rt::request::Json(params),
        )
    }
    /// `POST .../replyAll`: action `microsoft.graph.replyAll`.
    #[inline]
    pub fn reply_all(
        &self,
        params: crate::beta::params::MessageReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageReplyAllParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("replyAll"),
            rt::request::Json(params),
        )
    }
    /// `POST .../send`: action `microsoft.graph.send`.
    #[inline]
    pub fn send(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("send"),
            rt::request::NoBody,
        )
    }
    /// `POST .../unsubscribe`: action `microsoft.graph.unsubscribe`.
    #[inline]
    pub fn unsubscribe(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unsubscribe"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEventMessage>
for crate::beta::EventMessageRequest {
    const SEGMENT: &'static str = "microsoft.graph.eventMessageRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMessage>
for crate::beta::EventMessageRequest {
    const SEGMENT: &'static str = "microsoft.graph.eventMessageRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOutlookItem>
for crate::beta::EventMessageRequest {
    const SEGMENT: &'static str = "microsoft.graph.eventMessageRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EventMessageRequest {
    const SEGMENT: &'static str = "microsoft.graph.eventMessageRequest";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::EventMessageRequest, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyMessage>,
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
impl dyn crate::beta::requests::EventMessageResponsePath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
    /// Structural property `proposedNewTime` (`microsoft.graph.timeSlot`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn proposed_new_time(&self) -> crate::path::PropertyPath<crate::beta::TimeSlot> {
        crate::path::PropertyPath::new(self.node_target().segment("proposedNewTime"))
    }
    /// Structural property `endDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn end_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("endDateTime"))
    }
    /// Structural property `location` (`microsoft.graph.location`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::beta::AnyLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
    /// Structural property `recurrence` (`microsoft.graph.patternedRecurrence`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn recurrence(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PatternedRecurrence> {
        crate::path::PropertyPath::new(self.node_target().segment("recurrence"))
    }
    /// Structural property `startDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn start_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("startDateTime"))
    }
    /// Containment navigation property `event` (`microsoft.graph.event`).
    #[inline]
    pub fn event(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Event,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("event"))
    }
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
    }
    /// Structural property `flag` (`microsoft.graph.followupFlag`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn flag(&self) -> crate::path::PropertyPath<crate::beta::FollowupFlag> {
        crate::path::PropertyPath::new(self.node_target().segment("flag"))
    }
    /// Structural property `from` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn from(&self) -> crate::path::PropertyPath<crate::beta::AnyRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("from"))
    }
    /// Structural property `mentionsPreview` (`microsoft.graph.mentionsPreview`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn mentions_preview(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MentionsPreview> {
        crate::path::PropertyPath::new(self.node_target().segment("mentionsPreview"))
    }
    /// Structural property `sender` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sender(&self) -> crate::path::PropertyPath<crate::beta::AnyRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("sender"))
    }
    /// Structural property `uniqueBody` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn unique_body(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("uniqueBody"))
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
    /// `POST .../copy`: action `microsoft.graph.copy`.
    #[inline]
    pub fn copy(
        &self,
        params: crate::beta::params::MessageCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageCopyParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("copy"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createForward`: action `microsoft.graph.createForward`.
    #[inline]
    pub fn create_forward(
        &self,
        params: crate::beta::params::MessageCreateForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageCreateForwardParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createForward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createReply`: action `microsoft.graph.createReply`.
    #[inline]
    pub fn create_reply(
        &self,
        params: crate::beta::params::MessageCreateReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageCreateReplyParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createReply"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createReplyAll`: action `microsoft.graph.createReplyAll`.
    #[inline]
    pub fn create_reply_all(
        &self,
        params: crate::beta::params::MessageCreateReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageCreateReplyAllParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createReplyAll"),
            rt::request::Json(params),
        )
    }
    /// `POST .../forward`: action `microsoft.graph.forward`.
    #[inline]
    pub fn forward(
        &self,
        params: crate::beta::params::MessageForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageForwardParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("forward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../move`: action `microsoft.graph.move`.
    #[inline]
    pub fn move_(
        &self,
        params: crate::beta::params::MessageMoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageMoveParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("move"),
            rt::request::Json(params),
        )
    }
    /// `POST .../reply`: action `microsoft.graph.reply`.
    #[inline]
    pub fn reply(
        &self,
        params: crate::beta::params::MessageReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageReplyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reply"),
            rt::request::Json(params),
        )
    }
    /// `POST .../replyAll`: action `microsoft.graph.replyAll`.
    #[inline]
    pub fn reply_all(
        &self,
        params: crate::beta::params::MessageReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageReplyAllParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("replyAll"),
            rt::request::Json(params),
        )
    }
    /// `POST .../send`: action `microsoft.graph.send`.
    #[inline]
    pub fn send(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("send"),
            rt::request::NoBody,
        )
    }
    /// `POST .../unsubscribe`: action `microsoft.graph.unsubscribe`.
    #[inline]
    pub fn unsubscribe(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unsubscribe"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEventMessage>
for crate::beta::EventMessageResponse {
    const SEGMENT: &'static str = "microsoft.graph.eventMessageResponse";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyMessage>
for crate::beta::EventMessageResponse {
    const SEGMENT: &'static str = "microsoft.graph.eventMessageResponse";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOutlookItem>
for crate::beta::EventMessageResponse {
    const SEGMENT: &'static str = "microsoft.graph.eventMessageResponse";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::EventMessageResponse {
    const SEGMENT: &'static str = "microsoft.graph.eventMessageResponse";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::EventMessageResponse, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
impl dyn crate::beta::requests::ExactMatchDataStorePath {
    /// Containment navigation property `sessions` (`microsoft.graph.exactMatchSession`).
    #[inline]
    pub fn sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ExactMatchSession,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sessions"))
    }
    /// `POST .../lookup`: action `microsoft.graph.lookup`.
    #[inline]
    pub fn lookup(
        &self,
        params: crate::beta::params::ExactMatchDataStoreLookupParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ExactMatchDataStoreLookupParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("lookup"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyExactMatchDataStoreBase>
for crate::beta::ExactMatchDataStore {
    const SEGMENT: &'static str = "microsoft.graph.exactMatchDataStore";
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ExactMatchDataStore {
    const SEGMENT: &'static str = "microsoft.graph.exactMatchDataStore";
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyExactMatchDataStoreBase {
    const SEGMENT: &'static str = "microsoft.graph.exactMatchDataStoreBase";
}
#[cfg(msgraph_beta_data_classification_or_search)]
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
impl dyn crate::beta::requests::ExactMatchJobBasePath {
    /// Structural property `error` (`microsoft.graph.classificationError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::beta::ClassificationError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyExactMatchJobBase {
    const SEGMENT: &'static str = "microsoft.graph.exactMatchJobBase";
}
#[cfg(msgraph_beta_search)]
/// Features: `beta` or `beta-search`.
impl dyn crate::beta::requests::ExactMatchLookupJobPath {
    /// Containment navigation property `matchingRows` (`microsoft.graph.lookupResultRow`).
    #[inline]
    pub fn matching_rows(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::LookupResultRow,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("matchingRows"))
    }
    /// Structural property `error` (`microsoft.graph.classificationError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::beta::ClassificationError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyExactMatchJobBase>
for crate::beta::ExactMatchLookupJob {
    const SEGMENT: &'static str = "microsoft.graph.exactMatchLookupJob";
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ExactMatchLookupJob {
    const SEGMENT: &'static str = "microsoft.graph.exactMatchLookupJob";
}
#[cfg(msgraph_beta_data_classification_or_search)]
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
impl dyn crate::beta::requests::ExactMatchSessionPath {
    /// Containment navigation property `uploadAgent` (`microsoft.graph.exactMatchUploadAgent`).
    #[inline]
    pub fn upload_agent(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ExactMatchUploadAgent,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("uploadAgent"))
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
    /// `POST .../commit`: action `microsoft.graph.commit`.
    #[inline]
    pub fn commit(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("commit"),
            rt::request::NoBody,
        )
    }
    /// `POST .../renew`: action `microsoft.graph.renew`.
    #[inline]
    pub fn renew(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::ExactMatchSession>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("renew"),
            rt::request::NoBody,
        )
    }
    /// Structural property `error` (`microsoft.graph.classificationError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::beta::ClassificationError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyExactMatchSessionBase>
for crate::beta::ExactMatchSession {
    const SEGMENT: &'static str = "microsoft.graph.exactMatchSession";
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyExactMatchJobBase>
for crate::beta::ExactMatchSession {
    const SEGMENT: &'static str = "microsoft.graph.exactMatchSession";
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ExactMatchSession {
    const SEGMENT: &'static str = "microsoft.graph.exactMatchSession";
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyExactMatchJobBase>
for crate::beta::AnyExactMatchSessionBase {
    const SEGMENT: &'static str = "microsoft.graph.exactMatchSessionBase";
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyExactMatchSessionBase {
    const SEGMENT: &'static str = "microsoft.graph.exactMatchSessionBase";
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ExactMatchUploadAgent {
    const SEGMENT: &'static str = "microsoft.graph.exactMatchUploadAgent";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyExtension {
    const SEGMENT: &'static str = "microsoft.graph.extension";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::ExtensionProperty {
    const SEGMENT: &'static str = "microsoft.graph.extensionProperty";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ExtensionProperty {
    const SEGMENT: &'static str = "microsoft.graph.extensionProperty";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::ExtensionProperty, C> {
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
#[cfg(msgraph_beta_search)]
/// Features: `beta` or `beta-search`.
impl dyn crate::beta::requests::ExternalPath {
    /// Containment navigation property `connections` (`microsoft.graph.externalConnection`).
    #[inline]
    pub fn connections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ExternalConnection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("connections"))
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::External {
    const SEGMENT: &'static str = "microsoft.graph.external";
}
#[cfg(msgraph_beta_search)]
/// Features: `beta` or `beta-search`.
impl dyn crate::beta::requests::ExternalConnectionPath {
    /// Structural property `configuration` (`microsoft.graph.configuration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::Configuration> {
        crate::path::PropertyPath::new(self.node_target().segment("configuration"))
    }
    /// Containment navigation property `groups` (`microsoft.graph.externalGroup`).
    #[inline]
    pub fn groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ExternalGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("groups"))
    }
    /// Containment navigation property `items` (`microsoft.graph.externalItem`).
    #[inline]
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ExternalItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("items"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.connectionOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ConnectionOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
    /// Containment navigation property `schema` (`microsoft.graph.schema`).
    #[inline]
    pub fn schema(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Schema,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("schema"))
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ExternalConnection {
    const SEGMENT: &'static str = "microsoft.graph.externalConnection";
}
#[cfg(msgraph_beta_search)]
/// Features: `beta` or `beta-search`.
impl dyn crate::beta::requests::ExternalGroupPath {
    /// Containment navigation property `members` (`microsoft.graph.externalGroupMember`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ExternalGroupMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ExternalGroup {
    const SEGMENT: &'static str = "microsoft.graph.externalGroup";
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ExternalGroupMember {
    const SEGMENT: &'static str = "microsoft.graph.externalGroupMember";
}
#[cfg(msgraph_beta_search)]
/// Features: `beta` or `beta-search`.
impl dyn crate::beta::requests::ExternalItemPath {
    /// Structural property `content` (`microsoft.graph.externalItemContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn content(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ExternalItemContent> {
        crate::path::PropertyPath::new(self.node_target().segment("content"))
    }
    /// Structural property `properties` (`microsoft.graph.properties`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn properties(&self) -> crate::path::PropertyPath<crate::beta::Properties> {
        crate::path::PropertyPath::new(self.node_target().segment("properties"))
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ExternalItem {
    const SEGMENT: &'static str = "microsoft.graph.externalItem";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl dyn crate::beta::requests::ediscovery::EdiscoveryrootPath {
    /// Containment navigation property `cases` (`microsoft.graph.ediscovery.case`).
    #[inline]
    pub fn cases(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::Case,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("cases"))
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::Ediscoveryroot {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.ediscoveryroot";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl dyn crate::beta::requests::ediscovery::EstimateStatisticsOperationPath {
    /// Navigation property `sourceCollection` (`microsoft.graph.ediscovery.sourceCollection`).
    #[inline]
    pub fn source_collection(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ediscovery::SourceCollection,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("sourceCollection"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::beta::ResultInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("resultInfo"))
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::ediscovery::AnyCaseOperation>
for crate::beta::ediscovery::EstimateStatisticsOperation {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.estimateStatisticsOperation";
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::EstimateStatisticsOperation {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.estimateStatisticsOperation";
}
#[cfg(msgraph_beta_external)]
/// Features: `beta` or `beta-external`.
impl dyn crate::beta::requests::external_connectors::ExternalPath {
    /// Containment navigation property `connections` (`microsoft.graph.externalConnectors.externalConnection`).
    #[inline]
    pub fn connections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::external_connectors::ExternalConnection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("connections"))
    }
}
#[cfg(msgraph_beta_connections_or_external_or_search)]
/// Features: `beta`, or one of `beta-connections`, `beta-external`, `beta-search`.
impl dyn crate::beta::requests::external_connectors::ExternalConnectionPath {
    /// Structural property `configuration` (`microsoft.graph.externalConnectors.configuration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::external_connectors::Configuration> {
        crate::path::PropertyPath::new(self.node_target().segment("configuration"))
    }
    /// Containment navigation property `groups` (`microsoft.graph.externalConnectors.externalGroup`).
    #[inline]
    pub fn groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::external_connectors::ExternalGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("groups"))
    }
    /// Containment navigation property `items` (`microsoft.graph.externalConnectors.externalItem`).
    #[inline]
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::external_connectors::ExternalItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("items"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.externalConnectors.connectionOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::external_connectors::ConnectionOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
    /// Containment navigation property `schema` (`microsoft.graph.externalConnectors.schema`).
    #[inline]
    pub fn schema(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::external_connectors::Schema,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("schema"))
    }
}
#[cfg(msgraph_beta_connections_or_external_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::external_connectors::ExternalConnection {
    const SEGMENT: &'static str = "microsoft.graph.externalConnectors.externalConnection";
}
#[cfg(msgraph_beta_connections_or_external_or_search)]
/// Features: `beta`, or one of `beta-connections`, `beta-external`, `beta-search`.
impl dyn crate::beta::requests::external_connectors::ExternalGroupPath {
    /// Containment navigation property `members` (`microsoft.graph.externalConnectors.externalGroupMember`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::external_connectors::ExternalGroupMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
}
#[cfg(msgraph_beta_connections_or_external_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::external_connectors::ExternalGroup {
    const SEGMENT: &'static str = "microsoft.graph.externalConnectors.externalGroup";
}
#[cfg(msgraph_beta_connections_or_external_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::external_connectors::ExternalGroupMember {
    const SEGMENT: &'static str = "microsoft.graph.externalConnectors.externalGroupMember";
}
#[cfg(msgraph_beta_connections_or_external_or_search)]
/// Features: `beta`, or one of `beta-connections`, `beta-external`, `beta-search`.
impl dyn crate::beta::requests::external_connectors::ExternalItemPath {
    /// Structural property `content` (`microsoft.graph.externalConnectors.externalItemContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn content(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::external_connectors::ExternalItemContent,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("content"))
    }
    /// Structural property `properties` (`microsoft.graph.externalConnectors.properties`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn properties(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::external_connectors::Properties> {
        crate::path::PropertyPath::new(self.node_target().segment("properties"))
    }
}
#[cfg(msgraph_beta_connections_or_external_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::external_connectors::ExternalItem {
    const SEGMENT: &'static str = "microsoft.graph.externalConnectors.externalItem";
}
#[cfg(msgraph_beta_directory_or_policies_or_search)]
/// Features: `beta`, or one of `beta-directory`, `beta-policies`, `beta-search`.
impl dyn crate::beta::requests::FeatureRolloutPolicyPath {
    /// Containment navigation property `appliesTo` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn applies_to(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("appliesTo"))
    }
}
#[cfg(msgraph_beta_directory_or_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::FeatureRolloutPolicy {
    const SEGMENT: &'static str = "microsoft.graph.featureRolloutPolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAuthenticationMethod>
for crate::beta::Fido2AuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.fido2AuthenticationMethod";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Fido2AuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.fido2AuthenticationMethod";
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
impl dyn crate::beta::requests::Fido2AuthenticationMethodConfigurationPath {
    /// Structural property `keyRestrictions` (`microsoft.graph.fido2KeyRestrictions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn key_restrictions(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::Fido2KeyRestrictions> {
        crate::path::PropertyPath::new(self.node_target().segment("keyRestrictions"))
    }
    /// Containment navigation property `includeTargets` (`microsoft.graph.authenticationMethodTarget`).
    #[inline]
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyAuthenticationMethodTarget,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("includeTargets"))
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAuthenticationMethodConfiguration>
for crate::beta::Fido2AuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.fido2AuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::Fido2AuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.fido2AuthenticationMethodConfiguration";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::FieldValueSet {
    const SEGMENT: &'static str = "microsoft.graph.fieldValueSet";
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyThreatAssessmentRequest>
for crate::beta::FileAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.fileAssessmentRequest";
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::FileAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.fileAssessmentRequest";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::FileAttachmentPath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAttachment>
for crate::beta::FileAttachment {
    const SEGMENT: &'static str = "microsoft.graph.fileAttachment";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::FileAttachment {
    const SEGMENT: &'static str = "microsoft.graph.fileAttachment";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::FileAttachment, C> {
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
#[cfg(msgraph_beta_data_classification_or_search)]
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
impl dyn crate::beta::requests::FileClassificationRequestPath {
    /// Stream property `file`.
    #[inline]
    pub fn file(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("file"))
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::FileClassificationRequest {
    const SEGMENT: &'static str = "microsoft.graph.fileClassificationRequest";
}
#[cfg(msgraph_beta_search_or_security)]
/// Features: `beta`, or one of `beta-search`, `beta-security`.
impl dyn crate::beta::requests::FileSecurityProfilePath {
    /// Structural property `vendorInformation` (`microsoft.graph.securityVendorInformation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn vendor_information(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SecurityVendorInformation> {
        crate::path::PropertyPath::new(self.node_target().segment("vendorInformation"))
    }
}
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::FileSecurityProfile {
    const SEGMENT: &'static str = "microsoft.graph.fileSecurityProfile";
}
#[cfg(msgraph_beta_core_or_filter_operators)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::FilterOperatorSchema {
    const SEGMENT: &'static str = "microsoft.graph.filterOperatorSchema";
}
#[cfg(msgraph_beta_financials)]
/// Features: `beta` or `beta-financials`.
impl dyn crate::beta::requests::FinancialsPath {
    /// Containment navigation property `companies` (`microsoft.graph.company`).
    #[inline]
    pub fn companies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Company,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("companies"))
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyActivityStatistics>
for crate::beta::FocusActivityStatistics {
    const SEGMENT: &'static str = "microsoft.graph.focusActivityStatistics";
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::FocusActivityStatistics {
    const SEGMENT: &'static str = "microsoft.graph.focusActivityStatistics";
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<
    crate::beta::windows_updates::AnySoftwareUpdateCatalogEntry,
> for crate::beta::windows_updates::FeatureUpdateCatalogEntry {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.featureUpdateCatalogEntry";
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::windows_updates::AnyCatalogEntry>
for crate::beta::windows_updates::FeatureUpdateCatalogEntry {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.featureUpdateCatalogEntry";
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::windows_updates::FeatureUpdateCatalogEntry {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.featureUpdateCatalogEntry";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl dyn crate::beta::requests::GeneralLedgerEntryPath {
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
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GeneralLedgerEntry {
    const SEGMENT: &'static str = "microsoft.graph.generalLedgerEntry";
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
/// Features: `beta`, or one of `beta-approval-workflow-providers`, `beta-search`.
impl dyn crate::beta::requests::GovernancePolicyTemplatePath {
    /// Structural property `policy` (`microsoft.graph.governancePolicy`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn policy(&self) -> crate::path::PropertyPath<crate::beta::GovernancePolicy> {
        crate::path::PropertyPath::new(self.node_target().segment("policy"))
    }
    /// Structural property `settings` (`microsoft.graph.businessFlowSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::BusinessFlowSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("settings"))
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GovernancePolicyTemplate {
    const SEGMENT: &'static str = "microsoft.graph.governancePolicyTemplate";
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
/// Features: `beta`, or one of `beta-governance-resources`, `beta-governance-role-assignment-requests`, `beta-governance-role-assignments`, `beta-governance-role-definitions`, `beta-governance-role-settings`, `beta-privileged-access`, `beta-search`.
impl dyn crate::beta::requests::GovernanceResourcePath {
    /// Containment navigation property `parent` (`microsoft.graph.governanceResource`).
    #[inline]
    pub fn parent(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::GovernanceResource,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("parent"))
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
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GovernanceResource {
    const SEGMENT: &'static str = "microsoft.graph.governanceResource";
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
/// Features: `beta`, or one of `beta-governance-resources`, `beta-governance-role-assignment-requests`, `beta-governance-role-assignments`, `beta-governance-role-definitions`, `beta-governance-role-settings`, `beta-privileged-access`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::GovernanceResource, C> {
    /// `POST .../register`: action `microsoft.graph.register`.
    pub fn register(
        &self,
        params: crate::beta::params::GovernanceResourceCollectionRegisterParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::GovernanceResourceCollectionRegisterParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("register"),
            rt::request::Json(params),
        )
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
/// Features: `beta`, or one of `beta-governance-resources`, `beta-governance-role-assignment-requests`, `beta-governance-role-assignments`, `beta-governance-role-definitions`, `beta-governance-role-settings`, `beta-privileged-access`, `beta-search`.
impl dyn crate::beta::requests::GovernanceRoleAssignmentPath {
    /// Navigation property `linkedEligibleRoleAssignment` (`microsoft.graph.governanceRoleAssignment`).
    #[inline]
    pub fn linked_eligible_role_assignment(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::GovernanceRoleAssignment,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("linkedEligibleRoleAssignment"),
        )
    }
    /// Containment navigation property `resource` (`microsoft.graph.governanceResource`).
    #[inline]
    pub fn resource(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::GovernanceResource,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("resource"))
    }
    /// Containment navigation property `roleDefinition` (`microsoft.graph.governanceRoleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::GovernanceRoleDefinition,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
    }
    /// Containment navigation property `subject` (`microsoft.graph.governanceSubject`).
    #[inline]
    pub fn subject(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::GovernanceSubject,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("subject"))
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GovernanceRoleAssignment {
    const SEGMENT: &'static str = "microsoft.graph.governanceRoleAssignment";
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
/// Features: `beta`, or one of `beta-governance-resources`, `beta-governance-role-assignment-requests`, `beta-governance-role-assignments`, `beta-governance-role-definitions`, `beta-governance-role-settings`, `beta-privileged-access`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::GovernanceRoleAssignment, C> {
    /// `GET .../export`: function `microsoft.graph.export`.
    pub fn export(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("export", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
/// Features: `beta`, or one of `beta-governance-resources`, `beta-governance-role-assignment-requests`, `beta-governance-role-assignments`, `beta-governance-role-definitions`, `beta-governance-role-settings`, `beta-privileged-access`, `beta-search`.
impl dyn crate::beta::requests::GovernanceRoleAssignmentRequestPath {
    /// Structural property `schedule` (`microsoft.graph.governanceSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::GovernanceSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("schedule"))
    }
    /// Structural property `status` (`microsoft.graph.governanceRoleAssignmentRequestStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::GovernanceRoleAssignmentRequestStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("status"))
    }
    /// Containment navigation property `resource` (`microsoft.graph.governanceResource`).
    #[inline]
    pub fn resource(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::GovernanceResource,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("resource"))
    }
    /// Containment navigation property `roleDefinition` (`microsoft.graph.governanceRoleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::GovernanceRoleDefinition,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
    }
    /// Containment navigation property `subject` (`microsoft.graph.governanceSubject`).
    #[inline]
    pub fn subject(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::GovernanceSubject,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("subject"))
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
    /// `POST .../updateRequest`: action `microsoft.graph.updateRequest`.
    #[inline]
    pub fn update_request(
        &self,
        params: crate::beta::params::GovernanceRoleAssignmentRequestUpdateRequestParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::GovernanceRoleAssignmentRequestUpdateRequestParams,
        >,
        rt::request::Entity<crate::beta::GovernanceRoleAssignmentRequest>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("updateRequest"),
            rt::request::Json(params),
        )
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GovernanceRoleAssignmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.governanceRoleAssignmentRequest";
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
/// Features: `beta`, or one of `beta-governance-resources`, `beta-governance-role-assignment-requests`, `beta-governance-role-assignments`, `beta-governance-role-definitions`, `beta-governance-role-settings`, `beta-privileged-access`, `beta-search`.
impl dyn crate::beta::requests::GovernanceRoleDefinitionPath {
    /// Containment navigation property `resource` (`microsoft.graph.governanceResource`).
    #[inline]
    pub fn resource(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::GovernanceResource,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("resource"))
    }
    /// Containment navigation property `roleSetting` (`microsoft.graph.governanceRoleSetting`).
    #[inline]
    pub fn role_setting(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::GovernanceRoleSetting,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleSetting"))
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GovernanceRoleDefinition {
    const SEGMENT: &'static str = "microsoft.graph.governanceRoleDefinition";
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
/// Features: `beta`, or one of `beta-governance-resources`, `beta-governance-role-assignment-requests`, `beta-governance-role-assignments`, `beta-governance-role-definitions`, `beta-governance-role-settings`, `beta-privileged-access`, `beta-search`.
impl dyn crate::beta::requests::GovernanceRoleSettingPath {
    /// Containment navigation property `resource` (`microsoft.graph.governanceResource`).
    #[inline]
    pub fn resource(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::GovernanceResource,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("resource"))
    }
    /// Containment navigation property `roleDefinition` (`microsoft.graph.governanceRoleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::GovernanceRoleDefinition,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GovernanceRoleSetting {
    const SEGMENT: &'static str = "microsoft.graph.governanceRoleSetting";
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more_80
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GovernanceSubject {
    const SEGMENT: &'static str = "microsoft.graph.governanceSubject";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::GroupPath {
    /// Structural property `licenseProcessingState` (`microsoft.graph.licenseProcessingState`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn license_processing_state(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::LicenseProcessingState> {
        crate::path::PropertyPath::new(
            self.node_target().segment("licenseProcessingState"),
        )
    }
    /// Structural property `membershipRuleProcessingStatus` (`microsoft.graph.membershipRuleProcessingStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn membership_rule_processing_status(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MembershipRuleProcessingStatus> {
        crate::path::PropertyPath::new(
            self.node_target().segment("membershipRuleProcessingStatus"),
        )
    }
    /// Containment navigation property `appRoleAssignments` (`microsoft.graph.appRoleAssignment`).
    #[inline]
    pub fn app_role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AppRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("appRoleAssignments"),
        )
    }
    /// Navigation property `createdOnBehalfOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn created_on_behalf_of(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdOnBehalfOf"))
    }
    /// Containment navigation property `endpoints` (`microsoft.graph.endpoint`).
    #[inline]
    pub fn endpoints(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Endpoint,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("endpoints"))
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
    /// Navigation property `members` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
    /// Navigation property `membersWithLicenseErrors` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn members_with_license_errors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("membersWithLicenseErrors"),
        )
    }
    /// Navigation property `owners` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn owners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("owners"))
    }
    /// Containment navigation property `permissionGrants` (`microsoft.graph.resourceSpecificPermissionGrant`).
    #[inline]
    pub fn permission_grants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ResourceSpecificPermissionGrant,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("permissionGrants"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.directorySetting`).
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DirectorySetting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("settings"))
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
    /// Navigation property `transitiveMembers` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn transitive_members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("transitiveMembers"))
    }
    /// Navigation property `acceptedSenders` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn accepted_senders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("acceptedSenders"))
    }
    /// Containment navigation property `calendar` (`microsoft.graph.calendar`).
    #[inline]
    pub fn calendar(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Calendar,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("calendar"))
    }
    /// Containment navigation property `calendarView` (`microsoft.graph.event`).
    #[inline]
    pub fn calendar_view(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Event,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("calendarView"))
    }
    /// Containment navigation property `conversations` (`microsoft.graph.conversation`).
    #[inline]
    pub fn conversations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Conversation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("conversations"))
    }
    /// Containment navigation property `events` (`microsoft.graph.event`).
    #[inline]
    pub fn events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Event,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("events"))
    }
    /// Navigation property `rejectedSenders` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn rejected_senders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("rejectedSenders"))
    }
    /// Containment navigation property `threads` (`microsoft.graph.conversationThread`).
    #[inline]
    pub fn threads(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ConversationThread,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("threads"))
    }
    /// Containment navigation property `drive` (`microsoft.graph.drive`).
    #[inline]
    pub fn drive(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Drive,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("drive"))
    }
    /// Containment navigation property `drives` (`microsoft.graph.drive`).
    #[inline]
    pub fn drives(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Drive,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("drives"))
    }
    /// Containment navigation property `sites` (`microsoft.graph.site`).
    #[inline]
    pub fn sites(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Site,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sites"))
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
    /// Containment navigation property `groupLifecyclePolicies` (`microsoft.graph.groupLifecyclePolicy`).
    #[inline]
    pub fn group_lifecycle_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GroupLifecyclePolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("groupLifecyclePolicies"),
        )
    }
    /// Containment navigation property `planner` (`microsoft.graph.plannerGroup`).
    #[inline]
    pub fn planner(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PlannerGroup,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("planner"))
    }
    /// Containment navigation property `onenote` (`microsoft.graph.onenote`).
    #[inline]
    pub fn onenote(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Onenote,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("onenote"))
    }
    /// Containment navigation property `photo` (`microsoft.graph.profilePhoto`).
    #[inline]
    pub fn photo(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ProfilePhoto,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("photo"))
    }
    /// Containment navigation property `photos` (`microsoft.graph.profilePhoto`).
    #[inline]
    pub fn photos(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ProfilePhoto,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("photos"))
    }
    /// Containment navigation property `team` (`microsoft.graph.team`).
    #[inline]
    pub fn team(
        &self,
    ) -> crate::path::EntityPath<crate::beta::Team, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("team"))
    }
    /// `POST .../addFavorite`: action `microsoft.graph.addFavorite`.
    #[inline]
    pub fn add_favorite(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("addFavorite"),
            rt::request::NoBody,
        )
    }
    /// `POST .../assignLicense`: action `microsoft.graph.assignLicense`.
    #[inline]
    pub fn assign_license(
        &self,
        params: crate::beta::params::GroupAssignLicenseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::GroupAssignLicenseParams>,
        rt::request::Entity<crate::beta::Group>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assignLicense"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkGrantedPermissionsForApp`: action `microsoft.graph.checkGrantedPermissionsForApp`.
    #[inline]
    pub fn check_granted_permissions_for_app(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ResourceSpecificPermissionGrant>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkGrantedPermissionsForApp"),
            rt::request::NoBody,
        )
    }
    /// `POST .../evaluateDynamicMembership`: action `microsoft.graph.evaluateDynamicMembership`.
    #[inline]
    pub fn evaluate_dynamic_membership(
        &self,
        params: crate::beta::params::GroupEvaluateDynamicMembershipParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::GroupEvaluateDynamicMembershipParams>,
        rt::request::Entity<crate::beta::EvaluateDynamicMembershipResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("evaluateDynamicMembership"),
            rt::request::Json(params),
        )
    }
    /// `POST .../removeFavorite`: action `microsoft.graph.removeFavorite`.
    #[inline]
    pub fn remove_favorite(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("removeFavorite"),
            rt::request::NoBody,
        )
    }
    /// `POST .../renew`: action `microsoft.graph.renew`.
    #[inline]
    pub fn renew(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("renew"),
            rt::request::NoBody,
        )
    }
    /// `POST .../resetUnseenCount`: action `microsoft.graph.resetUnseenCount`.
    #[inline]
    pub fn reset_unseen_count(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("resetUnseenCount"),
            rt::request::NoBody,
        )
    }
    /// `POST .../subscribeByMail`: action `microsoft.graph.subscribeByMail`.
    #[inline]
    pub fn subscribe_by_mail(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("subscribeByMail"),
            rt::request::NoBody,
        )
    }
    /// `POST .../unsubscribeByMail`: action `microsoft.graph.unsubscribeByMail`.
    #[inline]
    pub fn unsubscribe_by_mail(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unsubscribeByMail"),
            rt::request::NoBody,
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    #[inline]
    pub fn validate_properties(
        &self,
        params: crate::beta::params::GroupValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::GroupValidatePropertiesParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("validateProperties"),
            rt::request::Json(params),
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
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject> for crate::beta::Group {
    const SEGMENT: &'static str = "microsoft.graph.group";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Group {
    const SEGMENT: &'static str = "microsoft.graph.group";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::Group, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Group>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../evaluateDynamicMembership`: action `microsoft.graph.evaluateDynamicMembership`.
    pub fn evaluate_dynamic_membership(
        &self,
        params: crate::beta::params::GroupCollectionEvaluateDynamicMembershipParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::GroupCollectionEvaluateDynamicMembershipParams,
        >,
        rt::request::Entity<crate::beta::EvaluateDynamicMembershipResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("evaluateDynamicMembership"),
            rt::request::Json(params),
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
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::GroupLifecyclePolicyPath {
    /// `POST .../addGroup`: action `microsoft.graph.addGroup`.
    #[inline]
    pub fn add_group(
        &self,
        params: crate::beta::params::GroupLifecyclePolicyAddGroupParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::GroupLifecyclePolicyAddGroupParams>,
        rt::request::ValueOf<bool>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("addGroup"),
            rt::request::Json(params),
        )
    }
    /// `POST .../removeGroup`: action `microsoft.graph.removeGroup`.
    #[inline]
    pub fn remove_group(
        &self,
        params: crate::beta::params::GroupLifecyclePolicyRemoveGroupParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::GroupLifecyclePolicyRemoveGroupParams>,
        rt::request::ValueOf<bool>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("removeGroup"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupLifecyclePolicy {
    const SEGMENT: &'static str = "microsoft.graph.groupLifecyclePolicy";
}
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::GroupLifecyclePolicy, C> {
    /// `POST .../renewGroup`: action `microsoft.graph.renewGroup`.
    pub fn renew_group(
        &self,
        params: crate::beta::params::GroupLifecyclePolicyCollectionRenewGroupParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::GroupLifecyclePolicyCollectionRenewGroupParams,
        >,
        rt::request::ValueOf<bool>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("renewGroup"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::GroupPolicyCategoryPath {
    /// Navigation property `children` (`microsoft.graph.groupPolicyCategory`).
    #[inline]
    pub fn children(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GroupPolicyCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("children"))
    }
    /// Navigation property `definitionFile` (`microsoft.graph.groupPolicyDefinitionFile`).
    #[inline]
    pub fn definition_file(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyGroupPolicyDefinitionFile,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("definitionFile"))
    }
    /// Navigation property `definitions` (`microsoft.graph.groupPolicyDefinition`).
    #[inline]
    pub fn definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GroupPolicyDefinition,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("definitions"))
    }
    /// Navigation property `parent` (`microsoft.graph.groupPolicyCategory`).
    #[inline]
    pub fn parent(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::GroupPolicyCategory,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("parent"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyCategory {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyCategory";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::GroupPolicyConfigurationPath {
    /// Containment navigation property `assignments` (`microsoft.graph.groupPolicyConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GroupPolicyConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `definitionValues` (`microsoft.graph.groupPolicyDefinitionValue`).
    #[inline]
    pub fn definition_values(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GroupPolicyDefinitionValue,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("definitionValues"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::GroupPolicyConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::GroupPolicyConfigurationAssignParams>,
        rt::request::Collection<crate::beta::GroupPolicyConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../updateDefinitionValues`: action `microsoft.graph.updateDefinitionValues`.
    #[inline]
    pub fn update_definition_values(
        &self,
        params: crate::beta::params::GroupPolicyConfigurationUpdateDefinitionValuesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::GroupPolicyConfigurationUpdateDefinitionValuesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("updateDefinitionValues"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::GroupPolicyConfigurationAssignmentPath {
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyConfigurationAssignment {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyConfigurationAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::GroupPolicyDefinitionPath {
    /// Navigation property `category` (`microsoft.graph.groupPolicyCategory`).
    #[inline]
    pub fn category(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::GroupPolicyCategory,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("category"))
    }
    /// Navigation property `definitionFile` (`microsoft.graph.groupPolicyDefinitionFile`).
    #[inline]
    pub fn definition_file(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyGroupPolicyDefinitionFile,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("definitionFile"))
    }
    /// Containment navigation property `presentations` (`microsoft.graph.groupPolicyPresentation`).
    #[inline]
    pub fn presentations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyGroupPolicyPresentation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("presentations"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyDefinition {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyDefinition";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::GroupPolicyDefinitionFilePath {
    /// Navigation property `definitions` (`microsoft.graph.groupPolicyDefinition`).
    #[inline]
    pub fn definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GroupPolicyDefinition,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("definitions"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyGroupPolicyDefinitionFile {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyDefinitionFile";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::GroupPolicyDefinitionValuePath {
    /// Navigation property `definition` (`microsoft.graph.groupPolicyDefinition`).
    #[inline]
    pub fn definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::GroupPolicyDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("definition"))
    }
    /// Containment navigation property `presentationValues` (`microsoft.graph.groupPolicyPresentationValue`).
    #[inline]
    pub fn presentation_values(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyGroupPolicyPresentationValue,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("presentationValues"),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyDefinitionValue {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyDefinitionValue";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::GroupPolicyMigrationReportPath {
    /// Containment navigation property `groupPolicySettingMappings` (`microsoft.graph.groupPolicySettingMapping`).
    #[inline]
    pub fn group_policy_setting_mappings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GroupPolicySettingMapping,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("groupPolicySettingMappings"),
        )
    }
    /// Containment navigation property `unsupportedGroupPolicyExtensions` (`microsoft.graph.unsupportedGroupPolicyExtension`).
    #[inline]
    pub fn unsupported_group_policy_extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnsupportedGroupPolicyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("unsupportedGroupPolicyExtensions"),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyMigrationReport {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyMigrationReport";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::GroupPolicyMigrationReport, C> {
    /// `POST .../createMigrationReport`: action `microsoft.graph.createMigrationReport`.
    pub fn create_migration_report(
        &self,
        params: crate::beta::params::GroupPolicyMigrationReportCollectionCreateMigrationReportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::GroupPolicyMigrationReportCollectionCreateMigrationReportParams,
        >,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("createMigrationReport"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyObjectFile {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyObjectFile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyOperation {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyOperation";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::GroupPolicyPresentationPath {
    /// Navigation property `definition` (`microsoft.graph.groupPolicyDefinition`).
    #[inline]
    pub fn definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::GroupPolicyDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("definition"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyGroupPolicyPresentation {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentation";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyGroupPolicyPresentation>
for crate::beta::GroupPolicyPresentationCheckBox {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationCheckBox";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyPresentationCheckBox {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationCheckBox";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyGroupPolicyPresentation>
for crate::beta::GroupPolicyPresentationComboBox {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationComboBox";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyPresentationComboBox {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationComboBox";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyGroupPolicyPresentation>
for crate::beta::GroupPolicyPresentationDecimalTextBox {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationDecimalTextBox";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyPresentationDecimalTextBox {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationDecimalTextBox";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::GroupPolicyPresentationDropdownListPath {
    /// Structural property `defaultItem` (`microsoft.graph.groupPolicyPresentationDropdownListItem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn default_item(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::GroupPolicyPresentationDropdownListItem,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("defaultItem"))
    }
    /// Navigation property `definition` (`microsoft.graph.groupPolicyDefinition`).
    #[inline]
    pub fn definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::GroupPolicyDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("definition"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyGroupPolicyPresentation>
for crate::beta::GroupPolicyPresentationDropdownList {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationDropdownList";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyPresentationDropdownList {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationDropdownList";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyGroupPolicyPresentation>
for crate::beta::GroupPolicyPresentationListBox {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationListBox";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyPresentationListBox {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationListBox";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyGroupPolicyPresentation>
for crate::beta::GroupPolicyPresentationLongDecimalTextBox {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationLongDecimalTextBox";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyPresentationLongDecimalTextBox {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationLongDecimalTextBox";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyGroupPolicyPresentation>
for crate::beta::GroupPolicyPresentationMultiTextBox {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationMultiTextBox";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyPresentationMultiTextBox {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationMultiTextBox";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyGroupPolicyPresentation>
for crate::beta::GroupPolicyPresentationText {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationText";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyPresentationText {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationText";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyGroupPolicyPresentation>
for crate::beta::GroupPolicyPresentationTextBox {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationTextBox";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyPresentationTextBox {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationTextBox";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::GroupPolicyPresentationValuePath {
    /// Navigation property `definitionValue` (`microsoft.graph.groupPolicyDefinitionValue`).
    #[inline]
    pub fn definition_value(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::GroupPolicyDefinitionValue,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("definitionValue"))
    }
    /// Navigation property `presentation` (`microsoft.graph.groupPolicyPresentation`).
    #[inline]
    pub fn presentation(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyGroupPolicyPresentation,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("presentation"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyGroupPolicyPresentationValue {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationValue";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyGroupPolicyPresentationValue>
for crate::beta::GroupPolicyPresentationValueBoolean {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationValueBoolean";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyPresentationValueBoolean {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationValueBoolean";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyGroupPolicyPresentationValue>
for crate::beta::GroupPolicyPresentationValueDecimal {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationValueDecimal";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyPresentationValueDecimal {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationValueDecimal";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyGroupPolicyPresentationValue>
for crate::beta::GroupPolicyPresentationValueList {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationValueList";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyPresentationValueList {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationValueList";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyGroupPolicyPresentationValue>
for crate::beta::GroupPolicyPresentationValueLongDecimal {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationValueLongDecimal";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyPresentationValueLongDecimal {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationValueLongDecimal";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyGroupPolicyPresentationValue>
for crate::beta::GroupPolicyPresentationValueMultiText {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationValueMultiText";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyPresentationValueMultiText {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationValueMultiText";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyGroupPolicyPresentationValue>
for crate::beta::GroupPolicyPresentationValueText {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationValueText";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyPresentationValueText {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyPresentationValueText";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicySettingMapping {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicySettingMapping";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::GroupPolicyUploadedDefinitionFilePath {
    /// Containment navigation property `groupPolicyOperations` (`microsoft.graph.groupPolicyOperation`).
    #[inline]
    pub fn group_policy_operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GroupPolicyOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("groupPolicyOperations"),
        )
    }
    /// `POST .../addLanguageFiles`: action `microsoft.graph.addLanguageFiles`.
    #[inline]
    pub fn add_language_files(
        &self,
        params: crate::beta::params::GroupPolicyUploadedDefinitionFileAddLanguageFilesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::GroupPolicyUploadedDefinitionFileAddLanguageFilesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("addLanguageFiles"),
            rt::request::Json(params),
        )
    }
    /// `POST .../remove`: action `microsoft.graph.remove`.
    #[inline]
    pub fn remove(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("remove"),
            rt::request::NoBody,
        )
    }
    /// `POST .../removeLanguageFiles`: action `microsoft.graph.removeLanguageFiles`.
    #[inline]
    pub fn remove_language_files(
        &self,
        params: crate::beta::params::GroupPolicyUploadedDefinitionFileRemoveLanguageFilesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::GroupPolicyUploadedDefinitionFileRemoveLanguageFilesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("removeLanguageFiles"),
            rt::request::Json(params),
        )
    }
    /// `POST .../updateLanguageFiles`: action `microsoft.graph.updateLanguageFiles`.
    #[inline]
    pub fn update_language_files(
        &self,
        params: crate::beta::params::GroupPolicyUploadedDefinitionFileUpdateLanguageFilesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::GroupPolicyUploadedDefinitionFileUpdateLanguageFilesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("updateLanguageFiles"),
            rt::request::Json(params),
        )
    }
    /// `POST .../uploadNewVersion`: action `microsoft.graph.uploadNewVersion`.
    #[inline]
    pub fn upload_new_version(
        &self,
        params: crate::beta::params::GroupPolicyUploadedDefinitionFileUploadNewVersionParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::GroupPolicyUploadedDefinitionFileUploadNewVersionParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("uploadNewVersion"),
            rt::request::Json(params),
        )
    }
    /// Navigation property `definitions` (`microsoft.graph.groupPolicyDefinition`).
    #[inline]
    pub fn definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GroupPolicyDefinition,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("definitions"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyGroupPolicyDefinitionFile>
for crate::beta::GroupPolicyUploadedDefinitionFile {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyUploadedDefinitionFile";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::GroupPolicyUploadedDefinitionFile {
    const SEGMENT: &'static str = "microsoft.graph.groupPolicyUploadedDefinitionFile";
}
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::term_store::GroupPath {
    /// Containment navigation property `sets` (`microsoft.graph.termStore.set`).
    #[inline]
    pub fn sets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::term_store::Set,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sets"))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::term_store::Group {
    const SEGMENT: &'static str = "microsoft.graph.termStore.group";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyStsPolicy>
for crate::beta::HomeRealmDiscoveryPolicy {
    const SEGMENT: &'static str = "microsoft.graph.homeRealmDiscoveryPolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicyBase>
for crate::beta::HomeRealmDiscoveryPolicy {
    const SEGMENT: &'static str = "microsoft.graph.homeRealmDiscoveryPolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::HomeRealmDiscoveryPolicy {
    const SEGMENT: &'static str = "microsoft.graph.homeRealmDiscoveryPolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::HomeRealmDiscoveryPolicy {
    const SEGMENT: &'static str = "microsoft.graph.homeRealmDiscoveryPolicy";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::HomeRealmDiscoveryPolicy, C> {
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
#[cfg(msgraph_beta_search_or_security)]
/// Features: `beta`, or one of `beta-search`, `beta-security`.
impl dyn crate::beta::requests::HostSecurityProfilePath {
    /// Structural property `vendorInformation` (`microsoft.graph.securityVendorInformation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn vendor_information(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SecurityVendorInformation> {
        crate::path::PropertyPath::new(self.node_target().segment("vendorInformation"))
    }
}
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::HostSecurityProfile {
    const SEGMENT: &'static str = "microsoft.graph.hostSecurityProfile";
}
