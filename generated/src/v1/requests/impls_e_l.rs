//! Items of `requests` by the first letters of their types' names (`e_l`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::EBookInstallSummary {
    const SEGMENT: &'static str = "microsoft.graph.eBookInstallSummary";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::EdgePath {
    /// Containment navigation property `internetExplorerMode` (`microsoft.graph.internetExplorerMode`).
    #[inline]
    pub fn internet_explorer_mode(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::InternetExplorerMode,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("internetExplorerMode"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Edge {
    const SEGMENT: &'static str = "microsoft.graph.edge";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::EditionUpgradeConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.editionUpgradeConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EditionUpgradeConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.editionUpgradeConfiguration";
}
#[cfg(msgraph_v1_education_or_search)]
/// Features: `v1`, or one of `v1-education`, `v1-search`.
impl dyn crate::v1::requests::EducationAssignmentPath {
    /// Structural property `assignTo` (`microsoft.graph.educationAssignmentRecipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn assign_to(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyEducationAssignmentRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("assignTo"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `grading` (`microsoft.graph.educationAssignmentGradeType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn grading(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyEducationAssignmentGradeType> {
        crate::path::PropertyPath::new(self.node_target().segment("grading"))
    }
    /// Structural property `instructions` (`microsoft.graph.educationItemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn instructions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EducationItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("instructions"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `categories` (`microsoft.graph.educationCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// Navigation property `gradingCategory` (`microsoft.graph.educationGradingCategory`).
    #[inline]
    pub fn grading_category(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::EducationGradingCategory,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("gradingCategory"))
    }
    /// Navigation property `gradingScheme` (`microsoft.graph.educationGradingScheme`).
    #[inline]
    pub fn grading_scheme(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::EducationGradingScheme,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("gradingScheme"))
    }
    /// Containment navigation property `resources` (`microsoft.graph.educationAssignmentResource`).
    #[inline]
    pub fn resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationAssignmentResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("resources"))
    }
    /// Containment navigation property `rubric` (`microsoft.graph.educationRubric`).
    #[inline]
    pub fn rubric(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::EducationRubric,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("rubric"))
    }
    /// Containment navigation property `submissions` (`microsoft.graph.educationSubmission`).
    #[inline]
    pub fn submissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationSubmission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("submissions"))
    }
    /// `POST .../activate`: action `microsoft.graph.activate`.
    #[inline]
    pub fn activate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::EducationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("activate"),
            rt::request::NoBody,
        )
    }
    /// `POST .../deactivate`: action `microsoft.graph.deactivate`.
    #[inline]
    pub fn deactivate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::EducationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("deactivate"),
            rt::request::NoBody,
        )
    }
    /// `POST .../publish`: action `microsoft.graph.publish`.
    #[inline]
    pub fn publish(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::EducationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("publish"),
            rt::request::NoBody,
        )
    }
    /// `POST .../setUpFeedbackResourcesFolder`: action `microsoft.graph.setUpFeedbackResourcesFolder`.
    #[inline]
    pub fn set_up_feedback_resources_folder(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::EducationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setUpFeedbackResourcesFolder"),
            rt::request::NoBody,
        )
    }
    /// `POST .../setUpResourcesFolder`: action `microsoft.graph.setUpResourcesFolder`.
    #[inline]
    pub fn set_up_resources_folder(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::EducationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setUpResourcesFolder"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::EducationAssignment {
    const SEGMENT: &'static str = "microsoft.graph.educationAssignment";
}
#[cfg(msgraph_v1_education_or_search)]
/// Features: `v1`, or one of `v1-education`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::EducationAssignment, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::EducationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EducationAssignmentDefaults {
    const SEGMENT: &'static str = "microsoft.graph.educationAssignmentDefaults";
}
#[cfg(msgraph_v1_education_or_search)]
/// Features: `v1`, or one of `v1-education`, `v1-search`.
impl dyn crate::v1::requests::EducationAssignmentResourcePath {
    /// Structural property `resource` (`microsoft.graph.educationResource`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn resource(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyEducationResource> {
        crate::path::PropertyPath::new(self.node_target().segment("resource"))
    }
    /// Containment navigation property `dependentResources` (`microsoft.graph.educationAssignmentResource`).
    #[inline]
    pub fn dependent_resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationAssignmentResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("dependentResources"),
        )
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EducationAssignmentResource {
    const SEGMENT: &'static str = "microsoft.graph.educationAssignmentResource";
}
#[cfg(msgraph_v1_education_or_search)]
/// Features: `v1`, or one of `v1-education`, `v1-search`.
impl dyn crate::v1::requests::EducationAssignmentSettingsPath {
    /// Navigation property `defaultGradingScheme` (`microsoft.graph.educationGradingScheme`).
    #[inline]
    pub fn default_grading_scheme(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::EducationGradingScheme,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("defaultGradingScheme"))
    }
    /// Containment navigation property `gradingCategories` (`microsoft.graph.educationGradingCategory`).
    #[inline]
    pub fn grading_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationGradingCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("gradingCategories"))
    }
    /// Containment navigation property `gradingSchemes` (`microsoft.graph.educationGradingScheme`).
    #[inline]
    pub fn grading_schemes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationGradingScheme,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("gradingSchemes"))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EducationAssignmentSettings {
    const SEGMENT: &'static str = "microsoft.graph.educationAssignmentSettings";
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::EducationCategory {
    const SEGMENT: &'static str = "microsoft.graph.educationCategory";
}
#[cfg(msgraph_v1_education_or_search)]
/// Features: `v1`, or one of `v1-education`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::EducationCategory, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::EducationCategory>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_education_or_search)]
/// Features: `v1`, or one of `v1-education`, `v1-search`.
impl dyn crate::v1::requests::EducationClassPath {
    /// Structural property `course` (`microsoft.graph.educationCourse`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn course(&self) -> crate::path::PropertyPath<crate::v1::EducationCourse> {
        crate::path::PropertyPath::new(self.node_target().segment("course"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `term` (`microsoft.graph.educationTerm`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn term(&self) -> crate::path::PropertyPath<crate::v1::EducationTerm> {
        crate::path::PropertyPath::new(self.node_target().segment("term"))
    }
    /// Containment navigation property `assignmentCategories` (`microsoft.graph.educationCategory`).
    #[inline]
    pub fn assignment_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationCategory,
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
        crate::v1::EducationAssignmentDefaults,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("assignmentDefaults"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.educationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `assignmentSettings` (`microsoft.graph.educationAssignmentSettings`).
    #[inline]
    pub fn assignment_settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::EducationAssignmentSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("assignmentSettings"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `group` (`microsoft.graph.group`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn group(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Group,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("group"))
    }
    /// Navigation property `members` (`microsoft.graph.educationUser`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationUser,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
    /// Containment navigation property `modules` (`microsoft.graph.educationModule`).
    #[inline]
    pub fn modules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationModule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("modules"))
    }
    /// Navigation property `schools` (`microsoft.graph.educationSchool`).
    #[inline]
    pub fn schools(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationSchool,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("schools"))
    }
    /// Navigation property `teachers` (`microsoft.graph.educationUser`).
    #[inline]
    pub fn teachers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationUser,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("teachers"))
    }
    /// `GET .../getRecentlyModifiedSubmissions`: function `microsoft.graph.getRecentlyModifiedSubmissions`.
    #[inline]
    pub fn get_recently_modified_submissions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::EducationSubmission>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getRecentlyModifiedSubmissions", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::EducationClass {
    const SEGMENT: &'static str = "microsoft.graph.educationClass";
}
#[cfg(msgraph_v1_education_or_search)]
/// Features: `v1`, or one of `v1-education`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::EducationClass, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::EducationClass>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_education_or_search)]
/// Features: `v1`, or one of `v1-education`, `v1-search`.
impl dyn crate::v1::requests::EducationFeedbackOutcomePath {
    /// Structural property `feedback` (`microsoft.graph.educationFeedback`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn feedback(&self) -> crate::path::PropertyPath<crate::v1::EducationFeedback> {
        crate::path::PropertyPath::new(self.node_target().segment("feedback"))
    }
    /// Structural property `publishedFeedback` (`microsoft.graph.educationFeedback`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn published_feedback(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EducationFeedback> {
        crate::path::PropertyPath::new(self.node_target().segment("publishedFeedback"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEducationOutcome>
for crate::v1::EducationFeedbackOutcome {
    const SEGMENT: &'static str = "microsoft.graph.educationFeedbackOutcome";
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EducationFeedbackOutcome {
    const SEGMENT: &'static str = "microsoft.graph.educationFeedbackOutcome";
}
#[cfg(msgraph_v1_education_or_search)]
/// Features: `v1`, or one of `v1-education`, `v1-search`.
impl dyn crate::v1::requests::EducationFeedbackResourceOutcomePath {
    /// Structural property `feedbackResource` (`microsoft.graph.educationResource`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn feedback_resource(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyEducationResource> {
        crate::path::PropertyPath::new(self.node_target().segment("feedbackResource"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEducationOutcome>
for crate::v1::EducationFeedbackResourceOutcome {
    const SEGMENT: &'static str = "microsoft.graph.educationFeedbackResourceOutcome";
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EducationFeedbackResourceOutcome {
    const SEGMENT: &'static str = "microsoft.graph.educationFeedbackResourceOutcome";
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EducationGradingCategory {
    const SEGMENT: &'static str = "microsoft.graph.educationGradingCategory";
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EducationGradingScheme {
    const SEGMENT: &'static str = "microsoft.graph.educationGradingScheme";
}
#[cfg(msgraph_v1_education_or_search)]
/// Features: `v1`, or one of `v1-education`, `v1-search`.
impl dyn crate::v1::requests::EducationModulePath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `resources` (`microsoft.graph.educationModuleResource`).
    #[inline]
    pub fn resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationModuleResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("resources"))
    }
    /// `POST .../pin`: action `microsoft.graph.pin`.
    #[inline]
    pub fn pin(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::EducationModule>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("pin"),
            rt::request::NoBody,
        )
    }
    /// `POST .../publish`: action `microsoft.graph.publish`.
    #[inline]
    pub fn publish(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::EducationModule>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("publish"),
            rt::request::NoBody,
        )
    }
    /// `POST .../setUpResourcesFolder`: action `microsoft.graph.setUpResourcesFolder`.
    #[inline]
    pub fn set_up_resources_folder(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::EducationModule>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setUpResourcesFolder"),
            rt::request::NoBody,
        )
    }
    /// `POST .../unpin`: action `microsoft.graph.unpin`.
    #[inline]
    pub fn unpin(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::EducationModule>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unpin"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::EducationModule {
    const SEGMENT: &'static str = "microsoft.graph.educationModule";
}
#[cfg(msgraph_v1_education_or_search)]
/// Features: `v1`, or one of `v1-education`, `v1-search`.
impl dyn crate::v1::requests::EducationModuleResourcePath {
    /// Structural property `resource` (`microsoft.graph.educationResource`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn resource(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyEducationResource> {
        crate::path::PropertyPath::new(self.node_target().segment("resource"))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EducationModuleResource {
    const SEGMENT: &'static str = "microsoft.graph.educationModuleResource";
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyEducationOrganization {
    const SEGMENT: &'static str = "microsoft.graph.educationOrganization";
}
#[cfg(msgraph_v1_education_or_search)]
/// Features: `v1`, or one of `v1-education`, `v1-search`.
impl dyn crate::v1::requests::EducationOutcomePath {
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyEducationOutcome {
    const SEGMENT: &'static str = "microsoft.graph.educationOutcome";
}
#[cfg(msgraph_v1_education_or_search)]
/// Features: `v1`, or one of `v1-education`, `v1-search`.
impl dyn crate::v1::requests::EducationPointsOutcomePath {
    /// Structural property `points` (`microsoft.graph.educationAssignmentPointsGrade`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn points(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EducationAssignmentPointsGrade> {
        crate::path::PropertyPath::new(self.node_target().segment("points"))
    }
    /// Structural property `publishedPoints` (`microsoft.graph.educationAssignmentPointsGrade`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn published_points(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EducationAssignmentPointsGrade> {
        crate::path::PropertyPath::new(self.node_target().segment("publishedPoints"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEducationOutcome>
for crate::v1::EducationPointsOutcome {
    const SEGMENT: &'static str = "microsoft.graph.educationPointsOutcome";
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EducationPointsOutcome {
    const SEGMENT: &'static str = "microsoft.graph.educationPointsOutcome";
}
#[cfg(msgraph_v1_education)]
/// Features: `v1` or `v1-education`.
impl dyn crate::v1::requests::EducationRootPath {
    /// Containment navigation property `classes` (`microsoft.graph.educationClass`).
    #[inline]
    pub fn classes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationClass,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("classes"))
    }
    /// Containment navigation property `me` (`microsoft.graph.educationUser`).
    #[inline]
    pub fn me(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::EducationUser,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("me"))
    }
    /// Containment navigation property `reports` (`microsoft.graph.reportsRoot`).
    #[inline]
    pub fn reports(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ReportsRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("reports"))
    }
    /// Containment navigation property `schools` (`microsoft.graph.educationSchool`).
    #[inline]
    pub fn schools(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationSchool,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("schools"))
    }
    /// Containment navigation property `users` (`microsoft.graph.educationUser`).
    #[inline]
    pub fn users(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationUser,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("users"))
    }
}
#[cfg(msgraph_v1_education_or_search)]
/// Features: `v1`, or one of `v1-education`, `v1-search`.
impl dyn crate::v1::requests::EducationRubricPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `description` (`microsoft.graph.educationItemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn description(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EducationItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("description"))
    }
    /// Structural property `grading` (`microsoft.graph.educationAssignmentGradeType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn grading(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyEducationAssignmentGradeType> {
        crate::path::PropertyPath::new(self.node_target().segment("grading"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::EducationRubric {
    const SEGMENT: &'static str = "microsoft.graph.educationRubric";
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEducationOutcome>
for crate::v1::EducationRubricOutcome {
    const SEGMENT: &'static str = "microsoft.graph.educationRubricOutcome";
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EducationRubricOutcome {
    const SEGMENT: &'static str = "microsoft.graph.educationRubricOutcome";
}
#[cfg(msgraph_v1_education_or_search)]
/// Features: `v1`, or one of `v1-education`, `v1-search`.
impl dyn crate::v1::requests::EducationSchoolPath {
    /// Structural property `address` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn address(&self) -> crate::path::PropertyPath<crate::v1::PhysicalAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("address"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `administrativeUnit` (`microsoft.graph.administrativeUnit`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn administrative_unit(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AdministrativeUnit,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("administrativeUnit"))
    }
    /// Navigation property `classes` (`microsoft.graph.educationClass`).
    #[inline]
    pub fn classes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationClass,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("classes"))
    }
    /// Navigation property `users` (`microsoft.graph.educationUser`).
    #[inline]
    pub fn users(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationUser,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("users"))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEducationOrganization>
for crate::v1::EducationSchool {
    const SEGMENT: &'static str = "microsoft.graph.educationSchool";
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::EducationSchool {
    const SEGMENT: &'static str = "microsoft.graph.educationSchool";
}
#[cfg(msgraph_v1_education_or_search)]
/// Features: `v1`, or one of `v1-education`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::EducationSchool, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::EducationSchool>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_education_or_search)]
/// Features: `v1`, or one of `v1-education`, `v1-search`.
impl dyn crate::v1::requests::EducationSubmissionPath {
    /// Structural property `excusedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn excused_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("excusedBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `reassignedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn reassigned_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("reassignedBy"))
    }
    /// Structural property `recipient` (`microsoft.graph.educationSubmissionRecipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn recipient(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyEducationSubmissionRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("recipient"))
    }
    /// Structural property `returnedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn returned_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("returnedBy"))
    }
    /// Structural property `submittedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn submitted_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("submittedBy"))
    }
    /// Structural property `unsubmittedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn unsubmitted_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("unsubmittedBy"))
    }
    /// Containment navigation property `outcomes` (`microsoft.graph.educationOutcome`).
    #[inline]
    pub fn outcomes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyEducationOutcome,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("outcomes"))
    }
    /// Containment navigation property `resources` (`microsoft.graph.educationSubmissionResource`).
    #[inline]
    pub fn resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationSubmissionResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("resources"))
    }
    /// Containment navigation property `submittedResources` (`microsoft.graph.educationSubmissionResource`).
    #[inline]
    pub fn submitted_resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationSubmissionResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("submittedResources"),
        )
    }
    /// `POST .../excuse`: action `microsoft.graph.excuse`.
    #[inline]
    pub fn excuse(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::EducationSubmission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("excuse"),
            rt::request::NoBody,
        )
    }
    /// `POST .../reassign`: action `microsoft.graph.reassign`.
    #[inline]
    pub fn reassign(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::EducationSubmission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reassign"),
            rt::request::NoBody,
        )
    }
    /// `POST .../return`: action `microsoft.graph.return`.
    #[inline]
    pub fn return_(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::EducationSubmission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("return"),
            rt::request::NoBody,
        )
    }
    /// `POST .../setUpResourcesFolder`: action `microsoft.graph.setUpResourcesFolder`.
    #[inline]
    pub fn set_up_resources_folder(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::EducationSubmission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setUpResourcesFolder"),
            rt::request::NoBody,
        )
    }
    /// `POST .../submit`: action `microsoft.graph.submit`.
    #[inline]
    pub fn submit(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::EducationSubmission>,
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
        rt::request::Entity<crate::v1::EducationSubmission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unsubmit"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::EducationSubmission {
    const SEGMENT: &'static str = "microsoft.graph.educationSubmission";
}
#[cfg(msgraph_v1_education_or_search)]
/// Features: `v1`, or one of `v1-education`, `v1-search`.
impl dyn crate::v1::requests::EducationSubmissionResourcePath {
    /// Structural property `resource` (`microsoft.graph.educationResource`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn resource(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyEducationResource> {
        crate::path::PropertyPath::new(self.node_target().segment("resource"))
    }
    /// Containment navigation property `dependentResources` (`microsoft.graph.educationSubmissionResource`).
    #[inline]
    pub fn dependent_resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationSubmissionResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("dependentResources"),
        )
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EducationSubmissionResource {
    const SEGMENT: &'static str = "microsoft.graph.educationSubmissionResource";
}
#[cfg(msgraph_v1_education_or_search)]
/// Features: `v1`, or one of `v1-education`, `v1-search`.
impl dyn crate::v1::requests::EducationUserPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `mailingAddress` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn mailing_address(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PhysicalAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("mailingAddress"))
    }
    /// Structural property `onPremisesInfo` (`microsoft.graph.educationOnPremisesInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn on_premises_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EducationOnPremisesInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("onPremisesInfo"))
    }
    /// Structural property `passwordProfile` (`microsoft.graph.passwordProfile`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn password_profile(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PasswordProfile> {
        crate::path::PropertyPath::new(self.node_target().segment("passwordProfile"))
    }
    /// Structural property `residenceAddress` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn residence_address(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PhysicalAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("residenceAddress"))
    }
    /// Structural property `student` (`microsoft.graph.educationStudent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn student(&self) -> crate::path::PropertyPath<crate::v1::EducationStudent> {
        crate::path::PropertyPath::new(self.node_target().segment("student"))
    }
    /// Structural property `teacher` (`microsoft.graph.educationTeacher`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn teacher(&self) -> crate::path::PropertyPath<crate::v1::EducationTeacher> {
        crate::path::PropertyPath::new(self.node_target().segment("teacher"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.educationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Navigation property `classes` (`microsoft.graph.educationClass`).
    #[inline]
    pub fn classes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationClass,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("classes"))
    }
    /// Containment navigation property `rubrics` (`microsoft.graph.educationRubric`).
    #[inline]
    pub fn rubrics(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationRubric,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("rubrics"))
    }
    /// Navigation property `schools` (`microsoft.graph.educationSchool`).
    #[inline]
    pub fn schools(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationSchool,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("schools"))
    }
    /// Navigation property `taughtClasses` (`microsoft.graph.educationClass`).
    #[inline]
    pub fn taught_classes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EducationClass,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("taughtClasses"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `user` (`microsoft.graph.user`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("user"))
    }
}
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::EducationUser {
    const SEGMENT: &'static str = "microsoft.graph.educationUser";
}
#[cfg(msgraph_v1_education_or_search)]
/// Features: `v1`, or one of `v1-education`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::EducationUser, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::EducationUser>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethod>
for crate::v1::EmailAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.emailAuthenticationMethod";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EmailAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.emailAuthenticationMethod";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
impl dyn crate::v1::requests::EmailAuthenticationMethodConfigurationPath {
    /// Containment navigation property `includeTargets` (`microsoft.graph.authenticationMethodTarget`).
    #[inline]
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAuthenticationMethodTarget,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("includeTargets"))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodConfiguration>
for crate::v1::EmailAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.emailAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EmailAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.emailAuthenticationMethodConfiguration";
}
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyThreatAssessmentRequest>
for crate::v1::EmailFileAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.emailFileAssessmentRequest";
}
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EmailFileAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.emailFileAssessmentRequest";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::EmailNotificationsSettingPath {
    /// Structural property `recipients` (`microsoft.graph.notificationRecipients`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn recipients(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::NotificationRecipients> {
        crate::path::PropertyPath::new(self.node_target().segment("recipients"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EmailNotificationsSetting {
    const SEGMENT: &'static str = "microsoft.graph.emailNotificationsSetting";
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl dyn crate::v1::requests::EmergencyCallEventPath {
    /// Structural property `callerInfo` (`microsoft.graph.emergencyCallerInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn caller_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmergencyCallerInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("callerInfo"))
    }
    /// Navigation property `participants` (`microsoft.graph.participant`).
    #[inline]
    pub fn participants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Participant,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("participants"))
    }
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCallEvent>
for crate::v1::EmergencyCallEvent {
    const SEGMENT: &'static str = "microsoft.graph.emergencyCallEvent";
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::EmergencyCallEvent {
    const SEGMENT: &'static str = "microsoft.graph.emergencyCallEvent";
}
#[cfg(msgraph_v1_employee_experience)]
/// Features: `v1` or `v1-employee-experience`.
impl dyn crate::v1::requests::EmployeeExperiencePath {
    /// Containment navigation property `communities` (`microsoft.graph.community`).
    #[inline]
    pub fn communities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Community,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("communities"))
    }
    /// Containment navigation property `engagementAsyncOperations` (`microsoft.graph.engagementAsyncOperation`).
    #[inline]
    pub fn engagement_async_operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EngagementAsyncOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("engagementAsyncOperations"),
        )
    }
    /// Containment navigation property `learningCourseActivities` (`microsoft.graph.learningCourseActivity`).
    #[inline]
    pub fn learning_course_activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyLearningCourseActivity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("learningCourseActivities"),
        )
    }
    /// Containment navigation property `learningProviders` (`microsoft.graph.learningProvider`).
    #[inline]
    pub fn learning_providers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::LearningProvider,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("learningProviders"))
    }
    /// Containment navigation property `roles` (`microsoft.graph.engagementRole`).
    #[inline]
    pub fn roles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EngagementRole,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("roles"))
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::EmployeeExperienceUserPath {
    /// Containment navigation property `assignedRoles` (`microsoft.graph.engagementRole`).
    #[inline]
    pub fn assigned_roles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EngagementRole,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignedRoles"))
    }
    #[cfg(msgraph_v1_employee_experience_or_search)]
    /// Navigation property `learningCourseActivities` (`microsoft.graph.learningCourseActivity`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn learning_course_activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyLearningCourseActivity,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("learningCourseActivities"),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EmployeeExperienceUser {
    const SEGMENT: &'static str = "microsoft.graph.employeeExperienceUser";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::EndUserNotificationPath {
    /// Structural property `createdBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `details` (`microsoft.graph.endUserNotificationDetail`).
    #[inline]
    pub fn details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EndUserNotificationDetail,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("details"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::EndUserNotification {
    const SEGMENT: &'static str = "microsoft.graph.endUserNotification";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::EndUserNotificationDetailPath {
    /// Structural property `sentFrom` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sent_from(&self) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("sentFrom"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EndUserNotificationDetail {
    const SEGMENT: &'static str = "microsoft.graph.endUserNotificationDetail";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyControlConfiguration>
for crate::v1::EndUserSettings {
    const SEGMENT: &'static str = "microsoft.graph.endUserSettings";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::EndUserSettings {
    const SEGMENT: &'static str = "microsoft.graph.endUserSettings";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject> for crate::v1::Endpoint {
    const SEGMENT: &'static str = "microsoft.graph.endpoint";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Endpoint {
    const SEGMENT: &'static str = "microsoft.graph.endpoint";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::Endpoint, C> {
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
#[cfg(msgraph_v1_core_or_employee_experience)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyLongRunningOperation>
for crate::v1::EngagementAsyncOperation {
    const SEGMENT: &'static str = "microsoft.graph.engagementAsyncOperation";
}
#[cfg(msgraph_v1_core_or_employee_experience)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EngagementAsyncOperation {
    const SEGMENT: &'static str = "microsoft.graph.engagementAsyncOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl dyn crate::v1::requests::EngagementConversationPath {
    /// Containment navigation property `messages` (`microsoft.graph.engagementConversationMessage`).
    #[inline]
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyEngagementConversationMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("messages"))
    }
    /// Containment navigation property `starter` (`microsoft.graph.engagementConversationMessage`).
    #[inline]
    pub fn starter(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyEngagementConversationMessage,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("starter"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyEngagementConversation {
    const SEGMENT: &'static str = "microsoft.graph.engagementConversation";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEngagementConversationMessage>
for crate::v1::EngagementConversationDiscussionMessage {
    const SEGMENT: &'static str = "microsoft.graph.engagementConversationDiscussionMessage";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EngagementConversationDiscussionMessage {
    const SEGMENT: &'static str = "microsoft.graph.engagementConversationDiscussionMessage";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl dyn crate::v1::requests::EngagementConversationMessagePath {
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
    }
    /// Structural property `from` (`microsoft.graph.engagementIdentitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn from(&self) -> crate::path::PropertyPath<crate::v1::EngagementIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("from"))
    }
    /// Navigation property `conversation` (`microsoft.graph.engagementConversation`).
    #[inline]
    pub fn conversation(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyEngagementConversation,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("conversation"))
    }
    /// Containment navigation property `reactions` (`microsoft.graph.engagementConversationMessageReaction`).
    #[inline]
    pub fn reactions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EngagementConversationMessageReaction,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("reactions"))
    }
    /// Containment navigation property `replies` (`microsoft.graph.engagementConversationMessage`).
    #[inline]
    pub fn replies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyEngagementConversationMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("replies"))
    }
    /// Navigation property `replyTo` (`microsoft.graph.engagementConversationMessage`).
    #[inline]
    pub fn reply_to(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyEngagementConversationMessage,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("replyTo"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyEngagementConversationMessage {
    const SEGMENT: &'static str = "microsoft.graph.engagementConversationMessage";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl dyn crate::v1::requests::EngagementConversationMessageReactionPath {
    /// Structural property `reactionBy` (`microsoft.graph.engagementIdentitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn reaction_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EngagementIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("reactionBy"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EngagementConversationMessageReaction {
    const SEGMENT: &'static str = "microsoft.graph.engagementConversationMessageReaction";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEngagementConversationMessage>
for crate::v1::EngagementConversationQuestionMessage {
    const SEGMENT: &'static str = "microsoft.graph.engagementConversationQuestionMessage";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EngagementConversationQuestionMessage {
    const SEGMENT: &'static str = "microsoft.graph.engagementConversationQuestionMessage";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEngagementConversationMessage>
for crate::v1::EngagementConversationSystemMessage {
    const SEGMENT: &'static str = "microsoft.graph.engagementConversationSystemMessage";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EngagementConversationSystemMessage {
    const SEGMENT: &'static str = "microsoft.graph.engagementConversationSystemMessage";
}
#[cfg(msgraph_v1_core_or_employee_experience)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-employee-experience`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::EngagementRolePath {
    /// Containment navigation property `members` (`microsoft.graph.engagementRoleMember`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::EngagementRoleMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
}
#[cfg(msgraph_v1_core_or_employee_experience)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::EngagementRole {
    const SEGMENT: &'static str = "microsoft.graph.engagementRole";
}
#[cfg(msgraph_v1_core_or_employee_experience)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-employee-experience`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::EngagementRoleMemberPath {
    #[cfg(msgraph_v1_core)]
    /// Navigation property `user` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("user"))
    }
}
#[cfg(msgraph_v1_core_or_employee_experience)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::EngagementRoleMember {
    const SEGMENT: &'static str = "microsoft.graph.engagementRoleMember";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::EnrollmentConfigurationAssignmentPath {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("target"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EnrollmentConfigurationAssignment {
    const SEGMENT: &'static str = "microsoft.graph.enrollmentConfigurationAssignment";
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceManagementTroubleshootingEvent>
for crate::v1::EnrollmentTroubleshootingEvent {
    const SEGMENT: &'static str = "microsoft.graph.enrollmentTroubleshootingEvent";
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EnrollmentTroubleshootingEvent {
    const SEGMENT: &'static str = "microsoft.graph.enrollmentTroubleshootingEvent";
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EnterpriseCodeSigningCertificate {
    const SEGMENT: &'static str = "microsoft.graph.enterpriseCodeSigningCertificate";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::EntitlementManagementPath {
    /// Containment navigation property `accessPackageAssignmentApprovals` (`microsoft.graph.approval`).
    #[inline]
    pub fn access_package_assignment_approvals(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Approval,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageAssignmentApprovals"),
        )
    }
    /// Containment navigation property `accessPackages` (`microsoft.graph.accessPackage`).
    #[inline]
    pub fn access_packages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("accessPackages"))
    }
    /// Containment navigation property `accessPackageSuggestions` (`microsoft.graph.accessPackageSuggestion`).
    #[inline]
    pub fn access_package_suggestions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackageSuggestion,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("accessPackageSuggestions"),
        )
    }
    /// Containment navigation property `assignmentPolicies` (`microsoft.graph.accessPackageAssignmentPolicy`).
    ///
    /// Updated with `PUT` (`UpdateRestrictions/UpdateMethod`): `update` sends `PUT` here.
    #[inline]
    pub fn assignment_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackageAssignmentPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("assignmentPolicies").updated_by_put(),
        )
    }
    /// Containment navigation property `assignmentRequests` (`microsoft.graph.accessPackageAssignmentRequest`).
    #[inline]
    pub fn assignment_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackageAssignmentRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("assignmentRequests"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.accessPackageAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackageAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `availableAccessPackages` (`microsoft.graph.availableAccessPackage`).
    #[inline]
    pub fn available_access_packages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AvailableAccessPackage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("availableAccessPackages"),
        )
    }
    /// Containment navigation property `catalogs` (`microsoft.graph.accessPackageCatalog`).
    #[inline]
    pub fn catalogs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackageCatalog,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("catalogs"))
    }
    /// Containment navigation property `connectedOrganizations` (`microsoft.graph.connectedOrganization`).
    #[inline]
    pub fn connected_organizations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ConnectedOrganization,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("connectedOrganizations"),
        )
    }
    /// Containment navigation property `controlConfigurations` (`microsoft.graph.controlConfiguration`).
    ///
    /// Updated with `PUT` (`UpdateRestrictions/UpdateMethod`): `update` sends `PUT` here.
    #[inline]
    pub fn control_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyControlConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("controlConfigurations").updated_by_put(),
        )
    }
    /// Containment navigation property `resourceEnvironments` (`microsoft.graph.accessPackageResourceEnvironment`).
    #[inline]
    pub fn resource_environments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackageResourceEnvironment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("resourceEnvironments"),
        )
    }
    /// Containment navigation property `resourceRequests` (`microsoft.graph.accessPackageResourceRequest`).
    #[inline]
    pub fn resource_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackageResourceRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("resourceRequests"))
    }
    /// Containment navigation property `resourceRoleScopes` (`microsoft.graph.accessPackageResourceRoleScope`).
    #[inline]
    pub fn resource_role_scopes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackageResourceRoleScope,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("resourceRoleScopes"),
        )
    }
    /// Containment navigation property `resources` (`microsoft.graph.accessPackageResource`).
    #[inline]
    pub fn resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAccessPackageResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("resources"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.entitlementManagementSettings`).
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::EntitlementManagementSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("settings"))
    }
    /// Containment navigation property `subjects` (`microsoft.graph.accessPackageSubject`).
    #[inline]
    pub fn subjects(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackageSubject,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("subjects"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EntitlementManagement {
    const SEGMENT: &'static str = "microsoft.graph.entitlementManagement";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::EntitlementManagementSettings {
    const SEGMENT: &'static str = "microsoft.graph.entitlementManagementSettings";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::EventPath {
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
    }
    /// Structural property `end` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn end(&self) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("end"))
    }
    /// Structural property `location` (`microsoft.graph.location`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::v1::AnyLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
    /// Structural property `onlineMeeting` (`microsoft.graph.onlineMeetingInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn online_meeting(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OnlineMeetingInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("onlineMeeting"))
    }
    /// Structural property `organizer` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn organizer(&self) -> crate::path::PropertyPath<crate::v1::AnyRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("organizer"))
    }
    /// Structural property `recurrence` (`microsoft.graph.patternedRecurrence`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn recurrence(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PatternedRecurrence> {
        crate::path::PropertyPath::new(self.node_target().segment("recurrence"))
    }
    /// Structural property `responseStatus` (`microsoft.graph.responseStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn response_status(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ResponseStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("responseStatus"))
    }
    /// Structural property `start` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn start(&self) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("start"))
    }
    /// Containment navigation property `attachments` (`microsoft.graph.attachment`).
    #[inline]
    pub fn attachments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAttachment,
        crate::path::caps::ListCreateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("attachments"))
    }
    /// Navigation property `calendar` (`microsoft.graph.calendar`).
    #[inline]
    pub fn calendar(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Calendar, crate::path::caps::GetRef> {
        crate::path::EntityPath::new(self.node_target().segment("calendar"))
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    #[inline]
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("extensions"))
    }
    /// Containment navigation property `instances` (`microsoft.graph.event`).
    #[inline]
    pub fn instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Event,
        crate::path::caps::NoKey<crate::path::caps::List>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("instances"))
    }
    /// `POST .../accept`: action `microsoft.graph.accept`.
    #[inline]
    pub fn accept(
        &self,
        params: crate::v1::params::EventAcceptParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::EventAcceptParams>,
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
        params: crate::v1::params::EventCancelParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::EventCancelParams>,
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
        params: crate::v1::params::EventDeclineParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::EventDeclineParams>,
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
        params: crate::v1::params::EventForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::EventForwardParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("forward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../permanentDelete`: action `microsoft.graph.permanentDelete`.
    #[inline]
    pub fn permanent_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("permanentDelete"),
            rt::request::NoBody,
        )
    }
    /// `POST .../snoozeReminder`: action `microsoft.graph.snoozeReminder`.
    #[inline]
    pub fn snooze_reminder(
        &self,
        params: crate::v1::params::EventSnoozeReminderParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::EventSnoozeReminderParams>,
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
        params: crate::v1::params::EventTentativelyAcceptParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::EventTentativelyAcceptParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("tentativelyAccept"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOutlookItem> for crate::v1::Event {
    const SEGMENT: &'static str = "microsoft.graph.event";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Event {
    const SEGMENT: &'static str = "microsoft.graph.event";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::Event, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::Event>,
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
impl dyn crate::v1::requests::EventMessagePath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
    /// Structural property `endDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn end_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("endDateTime"))
    }
    /// Structural property `location` (`microsoft.graph.location`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::v1::AnyLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
    /// Structural property `recurrence` (`microsoft.graph.patternedRecurrence`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn recurrence(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PatternedRecurrence> {
        crate::path::PropertyPath::new(self.node_target().segment("recurrence"))
    }
    /// Structural property `startDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn start_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("startDateTime"))
    }
    /// Containment navigation property `event` (`microsoft.graph.event`).
    #[inline]
    pub fn event(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Event, crate::path::caps::Get> {
        crate::path::EntityPath::new(self.node_target().segment("event"))
    }
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
    }
    /// Structural property `flag` (`microsoft.graph.followupFlag`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn flag(&self) -> crate::path::PropertyPath<crate::v1::FollowupFlag> {
        crate::path::PropertyPath::new(self.node_target().segment("flag"))
    }
    /// Structural property `from` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn from(&self) -> crate::path::PropertyPath<crate::v1::AnyRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("from"))
    }
    /// Structural property `sender` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sender(&self) -> crate::path::PropertyPath<crate::v1::AnyRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("sender"))
    }
    /// Structural property `uniqueBody` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn unique_body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("uniqueBody"))
    }
    /// Containment navigation property `attachments` (`microsoft.graph.attachment`).
    #[inline]
    pub fn attachments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAttachment,
        crate::path::caps::ListCreateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("attachments"))
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    #[inline]
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("extensions"))
    }
    /// `POST .../copy`: action `microsoft.graph.copy`.
    #[inline]
    pub fn copy(
        &self,
        params: crate::v1::params::MessageCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCopyParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
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
        params: crate::v1::params::MessageCreateForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCreateForwardParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
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
        params: crate::v1::params::MessageCreateReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCreateReplyParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
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
        params: crate::v1::params::MessageCreateReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCreateReplyAllParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
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
        params: crate::v1::params::MessageForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageForwardParams>,
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
        params: crate::v1::params::MessageMoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageMoveParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("move"),
            rt::request::Json(params),
        )
    }
    /// `POST .../permanentDelete`: action `microsoft.graph.permanentDelete`.
    #[inline]
    pub fn permanent_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("permanentDelete"),
            rt::request::NoBody,
        )
    }
    /// `POST .../reply`: action `microsoft.graph.reply`.
    #[inline]
    pub fn reply(
        &self,
        params: crate::v1::params::MessageReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageReplyParams>,
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
        params: crate::v1::params::MessageReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageReplyAllParams>,
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
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMessage> for crate::v1::AnyEventMessage {
    const SEGMENT: &'static str = "microsoft.graph.eventMessage";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOutlookItem> for crate::v1::AnyEventMessage {
    const SEGMENT: &'static str = "microsoft.graph.eventMessage";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyEventMessage {
    const SEGMENT: &'static str = "microsoft.graph.eventMessage";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AnyEventMessage, C> {
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
impl dyn crate::v1::requests::EventMessageRequestPath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
    /// Structural property `previousEndDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn previous_end_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("previousEndDateTime"))
    }
    /// Structural property `previousLocation` (`microsoft.graph.location`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn previous_location(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("previousLocation"))
    }
    /// Structural property `previousStartDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn previous_start_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(
            self.node_target().segment("previousStartDateTime"),
        )
    }
    /// Structural property `endDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn end_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("endDateTime"))
    }
    /// Structural property `location` (`microsoft.graph.location`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::v1::AnyLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
    /// Structural property `recurrence` (`microsoft.graph.patternedRecurrence`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn recurrence(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PatternedRecurrence> {
        crate::path::PropertyPath::new(self.node_target().segment("recurrence"))
    }
    /// Structural property `startDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn start_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("startDateTime"))
    }
    /// Containment navigation property `event` (`microsoft.graph.event`).
    #[inline]
    pub fn event(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Event, crate::path::caps::Get> {
        crate::path::EntityPath::new(self.node_target().segment("event"))
    }
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
    }
    /// Structural property `flag` (`microsoft.graph.followupFlag`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn flag(&self) -> crate::path::PropertyPath<crate::v1::FollowupFlag> {
        crate::path::PropertyPath::new(self.node_target().segment("flag"))
    }
    /// Structural property `from` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn from(&self) -> crate::path::PropertyPath<crate::v1::AnyRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("from"))
    }
    /// Structural property `sender` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sender(&self) -> crate::path::PropertyPath<crate::v1::AnyRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("sender"))
    }
    /// Structural property `uniqueBody` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn unique_body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("uniqueBody"))
    }
    /// Containment navigation property `attachments` (`microsoft.graph.attachment`).
    #[inline]
    pub fn attachments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAttachment,
        crate::path::caps::ListCreateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("attachments"))
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    #[inline]
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("extensions"))
    }
    /// `POST .../copy`: action `microsoft.graph.copy`.
    #[inline]
    pub fn copy(
        &self,
        params: crate::v1::params::MessageCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCopyParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
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
        params: crate::v1::params::MessageCreateForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCreateForwardParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
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
        params: crate::v1::params::MessageCreateReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCreateReplyParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
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
        params: crate::v1::params::MessageCreateReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCreateReplyAllParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
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
        params: crate::v1::params::MessageForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageForwardParams>,
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
        params: crate::v1::params::MessageMoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageMoveParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("move"),
            rt::request::Json(params),
        )
    }
    /// `POST .../permanentDelete`: action `microsoft.graph.permanentDelete`.
    #[inline]
    pub fn permanent_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("permanentDelete"),
            rt::request::NoBody,
        )
    }
    /// `POST .../reply`: action `microsoft.graph.reply`.
    #[inline]
    pub fn reply(
        &self,
        params: crate::v1::params::MessageReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageReplyParams>,
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
        params: crate::v1::params::MessageReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageReplyAllParams>,
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
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEventMessage>
for crate::v1::EventMessageRequest {
    const SEGMENT: &'static str = "microsoft.graph.eventMessageRequest";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMessage> for crate::v1::EventMessageRequest {
    const SEGMENT: &'static str = "microsoft.graph.eventMessageRequest";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOutlookItem>
for crate::v1::EventMessageRequest {
    const SEGMENT: &'static str = "microsoft.graph.eventMessageRequest";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::EventMessageRequest {
    const SEGMENT: &'static str = "microsoft.graph.eventMessageRequest";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::EventMessageRequest, C> {
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
impl dyn crate::v1::requests::EventMessageResponsePath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
    /// Structural property `proposedNewTime` (`microsoft.graph.timeSlot`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn proposed_new_time(&self) -> crate::path::PropertyPath<crate::v1::TimeSlot> {
        crate::path::PropertyPath::new(self.node_target().segment("proposedNewTime"))
    }
    /// Structural property `endDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn end_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("endDateTime"))
    }
    /// Structural property `location` (`microsoft.graph.location`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::v1::AnyLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
    /// Structural property `recurrence` (`microsoft.graph.patternedRecurrence`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn recurrence(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PatternedRecurrence> {
        crate::path::PropertyPath::new(self.node_target().segment("recurrence"))
    }
    /// Structural property `startDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn start_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("startDateTime"))
    }
    /// Containment navigation property `event` (`microsoft.graph.event`).
    #[inline]
    pub fn event(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Event, crate::path::caps::Get> {
        crate::path::EntityPath::new(self.node_target().segment("event"))
    }
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
    }
    /// Structural property `flag` (`microsoft.graph.followupFlag`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn flag(&self) -> crate::path::PropertyPath<crate::v1::FollowupFlag> {
        crate::path::PropertyPath::new(self.node_target().segment("flag"))
    }
    /// Structural property `from` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn from(&self) -> crate::path::PropertyPath<crate::v1::AnyRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("from"))
    }
    /// Structural property `sender` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sender(&self) -> crate::path::PropertyPath<crate::v1::AnyRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("sender"))
    }
    /// Structural property `uniqueBody` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn unique_body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("uniqueBody"))
    }
    /// Containment navigation property `attachments` (`microsoft.graph.attachment`).
    #[inline]
    pub fn attachments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAttachment,
        crate::path::caps::ListCreateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("attachments"))
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    #[inline]
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("extensions"))
    }
    /// `POST .../copy`: action `microsoft.graph.copy`.
    #[inline]
    pub fn copy(
        &self,
        params: crate::v1::params::MessageCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCopyParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
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
        params: crate::v1::params::MessageCreateForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCreateForwardParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
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
        params: crate::v1::params::MessageCreateReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCreateReplyParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
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
        params: crate::v1::params::MessageCreateReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCreateReplyAllParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
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
        params: crate::v1::params::MessageForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageForwardParams>,
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
        params: crate::v1::params::MessageMoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageMoveParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("move"),
            rt::request::Json(params),
        )
    }
    /// `POST .../permanentDelete`: action `microsoft.graph.permanentDelete`.
    #[inline]
    pub fn permanent_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("permanentDelete"),
            rt::request::NoBody,
        )
    }
    /// `POST .../reply`: action `microsoft.graph.reply`.
    #[inline]
    pub fn reply(
        &self,
        params: crate::v1::params::MessageReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageReplyParams>,
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
        params: crate::v1::params::MessageReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageReplyAllParams>,
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
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEventMessage>
for crate::v1::EventMessageResponse {
    const SEGMENT: &'static str = "microsoft.graph.eventMessageResponse";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMessage>
for crate::v1::EventMessageResponse {
    const SEGMENT: &'static str = "microsoft.graph.eventMessageResponse";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOutlookItem>
for crate::v1::EventMessageResponse {
    const SEGMENT: &'static str = "microsoft.graph.eventMessageResponse";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::EventMessageResponse {
    const SEGMENT: &'static str = "microsoft.graph.eventMessageResponse";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::EventMessageResponse, C> {
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
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::ExchangeAdminPath {
    /// Containment navigation property `mailboxes` (`microsoft.graph.mailbox`).
    #[inline]
    pub fn mailboxes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Mailbox,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("mailboxes"))
    }
    /// Containment navigation property `tracing` (`microsoft.graph.messageTracingRoot`).
    #[inline]
    pub fn tracing(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::MessageTracingRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("tracing"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ExchangeAdmin {
    const SEGMENT: &'static str = "microsoft.graph.exchangeAdmin";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::ExchangeMessageTracePath {
    /// `GET .../getDetailsByRecipient`: function `microsoft.graph.getDetailsByRecipient`.
    #[inline]
    pub fn get_details_by_recipient(
        &self,
        recipient_address: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ExchangeMessageTraceDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getDetailsByRecipient",
                    &[
                        (
                            "recipientAddress",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(recipient_address),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ExchangeMessageTrace {
    const SEGMENT: &'static str = "microsoft.graph.exchangeMessageTrace";
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ExchangeMessageTraceDetail {
    const SEGMENT: &'static str = "microsoft.graph.exchangeMessageTraceDetail";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::ExchangeProtectionPolicyPath {
    /// Navigation property `mailboxInclusionRules` (`microsoft.graph.mailboxProtectionRule`).
    #[inline]
    pub fn mailbox_inclusion_rules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MailboxProtectionRule,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("mailboxInclusionRules"),
        )
    }
    /// Navigation property `mailboxProtectionUnits` (`microsoft.graph.mailboxProtectionUnit`).
    #[inline]
    pub fn mailbox_protection_units(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MailboxProtectionUnit,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("mailboxProtectionUnits"),
        )
    }
    /// Navigation property `mailboxProtectionUnitsBulkAdditionJobs` (`microsoft.graph.mailboxProtectionUnitsBulkAdditionJob`).
    #[inline]
    pub fn mailbox_protection_units_bulk_addition_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MailboxProtectionUnitsBulkAdditionJob,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("mailboxProtectionUnitsBulkAdditionJobs"),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `protectionPolicyArtifactCount` (`microsoft.graph.protectionPolicyArtifactCount`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn protection_policy_artifact_count(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ProtectionPolicyArtifactCount> {
        crate::path::PropertyPath::new(
            self.node_target().segment("protectionPolicyArtifactCount"),
        )
    }
    /// `POST .../activate`: action `microsoft.graph.activate`.
    #[inline]
    pub fn activate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionPolicyBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("activate"),
            rt::request::NoBody,
        )
    }
    /// `POST .../deactivate`: action `microsoft.graph.deactivate`.
    #[inline]
    pub fn deactivate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionPolicyBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("deactivate"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionPolicyBase>
for crate::v1::ExchangeProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.exchangeProtectionPolicy";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ExchangeProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.exchangeProtectionPolicy";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::ExchangeRestoreSessionPath {
    /// Containment navigation property `granularMailboxRestoreArtifacts` (`microsoft.graph.granularMailboxRestoreArtifact`).
    #[inline]
    pub fn granular_mailbox_restore_artifacts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::GranularMailboxRestoreArtifact,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("granularMailboxRestoreArtifacts"),
        )
    }
    /// Containment navigation property `mailboxRestoreArtifacts` (`microsoft.graph.mailboxRestoreArtifact`).
    #[inline]
    pub fn mailbox_restore_artifacts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMailboxRestoreArtifact,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("mailboxRestoreArtifacts"),
        )
    }
    /// Containment navigation property `mailboxRestoreArtifactsBulkAdditionRequests` (`microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest`).
    #[inline]
    pub fn mailbox_restore_artifacts_bulk_addition_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MailboxRestoreArtifactsBulkAdditionRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("mailboxRestoreArtifactsBulkAdditionRequests"),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `restoreSessionArtifactCount` (`microsoft.graph.restoreSessionArtifactCount`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn restore_session_artifact_count(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RestoreSessionArtifactCount> {
        crate::path::PropertyPath::new(
            self.node_target().segment("restoreSessionArtifactCount"),
        )
    }
    /// `POST .../activate`: action `microsoft.graph.activate`.
    #[inline]
    pub fn activate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyRestoreSessionBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("activate"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyRestoreSessionBase>
for crate::v1::ExchangeRestoreSession {
    const SEGMENT: &'static str = "microsoft.graph.exchangeRestoreSession";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ExchangeRestoreSession {
    const SEGMENT: &'static str = "microsoft.graph.exchangeRestoreSession";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ExchangeSettings {
    const SEGMENT: &'static str = "microsoft.graph.exchangeSettings";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyExtension {
    const SEGMENT: &'static str = "microsoft.graph.extension";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::ExtensionProperty {
    const SEGMENT: &'static str = "microsoft.graph.extensionProperty";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ExtensionProperty {
    const SEGMENT: &'static str = "microsoft.graph.extensionProperty";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::ExtensionProperty, C> {
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
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethod>
for crate::v1::ExternalAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.externalAuthenticationMethod";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ExternalAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.externalAuthenticationMethod";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
impl dyn crate::v1::requests::ExternalAuthenticationMethodConfigurationPath {
    /// Structural property `openIdConnectSetting` (`microsoft.graph.openIdConnectSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn open_id_connect_setting(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OpenIdConnectSetting> {
        crate::path::PropertyPath::new(
            self.node_target().segment("openIdConnectSetting"),
        )
    }
    /// Containment navigation property `includeTargets` (`microsoft.graph.authenticationMethodTarget`).
    #[inline]
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAuthenticationMethodTarget,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("includeTargets"))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodConfiguration>
for crate::v1::ExternalAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.externalAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ExternalAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.externalAuthenticationMethodConfiguration";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ExternalDomainName {
    const SEGMENT: &'static str = "microsoft.graph.externalDomainName";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::ExternalUsersSelfServiceSignUpEventsFlowPath {
    /// Structural property `onAttributeCollection` (`microsoft.graph.onAttributeCollectionHandler`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn on_attribute_collection(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnAttributeCollectionHandler> {
        crate::path::PropertyPath::new(
            self.node_target().segment("onAttributeCollection"),
        )
    }
    /// Structural property `onAttributeCollectionStart` (`microsoft.graph.onAttributeCollectionStartHandler`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn on_attribute_collection_start(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnAttributeCollectionStartHandler> {
        crate::path::PropertyPath::new(
            self.node_target().segment("onAttributeCollectionStart"),
        )
    }
    /// Structural property `onAttributeCollectionSubmit` (`microsoft.graph.onAttributeCollectionSubmitHandler`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn on_attribute_collection_submit(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnAttributeCollectionSubmitHandler> {
        crate::path::PropertyPath::new(
            self.node_target().segment("onAttributeCollectionSubmit"),
        )
    }
    /// Structural property `onAuthenticationMethodLoadStart` (`microsoft.graph.onAuthenticationMethodLoadStartHandler`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn on_authentication_method_load_start(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyOnAuthenticationMethodLoadStartHandler,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("onAuthenticationMethodLoadStart"),
        )
    }
    /// Structural property `onInteractiveAuthFlowStart` (`microsoft.graph.onInteractiveAuthFlowStartHandler`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn on_interactive_auth_flow_start(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnInteractiveAuthFlowStartHandler> {
        crate::path::PropertyPath::new(
            self.node_target().segment("onInteractiveAuthFlowStart"),
        )
    }
    /// Structural property `onUserCreateStart` (`microsoft.graph.onUserCreateStartHandler`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn on_user_create_start(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnUserCreateStartHandler> {
        crate::path::PropertyPath::new(self.node_target().segment("onUserCreateStart"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.node_target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventsFlow>
for crate::v1::ExternalUsersSelfServiceSignUpEventsFlow {
    const SEGMENT: &'static str = "microsoft.graph.externalUsersSelfServiceSignUpEventsFlow";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ExternalUsersSelfServiceSignUpEventsFlow {
    const SEGMENT: &'static str = "microsoft.graph.externalUsersSelfServiceSignUpEventsFlow";
}
#[cfg(msgraph_v1_external)]
/// Features: `v1` or `v1-external`.
impl dyn crate::v1::requests::external_connectors::ExternalPath {
    /// Containment navigation property `connections` (`microsoft.graph.externalConnectors.externalConnection`).
    #[inline]
    pub fn connections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::external_connectors::ExternalConnection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("connections"))
    }
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
/// Features: `v1`, or one of `v1-connections`, `v1-external`, `v1-search`.
impl dyn crate::v1::requests::external_connectors::ExternalActivityPath {
    /// Navigation property `performedBy` (`microsoft.graph.externalConnectors.identity`).
    #[inline]
    pub fn performed_by(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::external_connectors::Identity,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("performedBy"))
    }
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::external_connectors::AnyExternalActivity {
    const SEGMENT: &'static str = "microsoft.graph.externalConnectors.externalActivity";
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
/// Features: `v1`, or one of `v1-connections`, `v1-external`, `v1-search`.
impl dyn crate::v1::requests::external_connectors::ExternalActivityResultPath {
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
    /// Navigation property `performedBy` (`microsoft.graph.externalConnectors.identity`).
    #[inline]
    pub fn performed_by(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::external_connectors::Identity,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("performedBy"))
    }
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::external_connectors::AnyExternalActivity>
for crate::v1::external_connectors::ExternalActivityResult {
    const SEGMENT: &'static str = "microsoft.graph.externalConnectors.externalActivityResult";
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::external_connectors::ExternalActivityResult {
    const SEGMENT: &'static str = "microsoft.graph.externalConnectors.externalActivityResult";
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
/// Features: `v1`, or one of `v1-connections`, `v1-external`, `v1-search`.
impl dyn crate::v1::requests::external_connectors::ExternalConnectionPath {
    /// Structural property `activitySettings` (`microsoft.graph.externalConnectors.activitySettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn activity_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::external_connectors::ActivitySettings> {
        crate::path::PropertyPath::new(self.node_target().segment("activitySettings"))
    }
    /// Structural property `configuration` (`microsoft.graph.externalConnectors.configuration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::external_connectors::Configuration> {
        crate::path::PropertyPath::new(self.node_target().segment("configuration"))
    }
    /// Structural property `searchSettings` (`microsoft.graph.externalConnectors.searchSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn search_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::external_connectors::SearchSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("searchSettings"))
    }
    /// Containment navigation property `groups` (`microsoft.graph.externalConnectors.externalGroup`).
    #[inline]
    pub fn groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::external_connectors::ExternalGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("groups"))
    }
    /// Containment navigation property `items` (`microsoft.graph.externalConnectors.externalItem`).
    ///
    /// Updated with `PUT` (`UpdateRestrictions/UpdateMethod`): `update` sends `PUT` here.
    #[inline]
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::external_connectors::ExternalItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("items").updated_by_put(),
        )
    }
    /// Containment navigation property `operations` (`microsoft.graph.externalConnectors.connectionOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::external_connectors::ConnectionOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
    /// Containment navigation property `schema` (`microsoft.graph.externalConnectors.schema`).
    #[inline]
    pub fn schema(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::external_connectors::Schema,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.node_target().segment("schema"))
    }
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::external_connectors::ExternalConnection {
    const SEGMENT: &'static str = "microsoft.graph.externalConnectors.externalConnection";
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
/// Features: `v1`, or one of `v1-connections`, `v1-external`, `v1-search`.
impl dyn crate::v1::requests::external_connectors::ExternalGroupPath {
    /// Containment navigation property `members` (`microsoft.graph.externalConnectors.identity`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::external_connectors::Identity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::external_connectors::ExternalGroup {
    const SEGMENT: &'static str = "microsoft.graph.externalConnectors.externalGroup";
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
/// Features: `v1`, or one of `v1-connections`, `v1-external`, `v1-search`.
impl dyn crate::v1::requests::external_connectors::ExternalItemPath {
    /// Structural property `content` (`microsoft.graph.externalConnectors.externalItemContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn content(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::external_connectors::ExternalItemContent> {
        crate::path::PropertyPath::new(self.node_target().segment("content"))
    }
    /// Structural property `informationProtectionLabel` (`microsoft.graph.externalConnectors.externalItemInformationProtectionLabel`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn information_protection_label(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::external_connectors::ExternalItemInformationProtectionLabel,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("informationProtectionLabel"),
        )
    }
    /// Structural property `properties` (`microsoft.graph.externalConnectors.properties`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn properties(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::external_connectors::Properties> {
        crate::path::PropertyPath::new(self.node_target().segment("properties"))
    }
    /// Containment navigation property `activities` (`microsoft.graph.externalConnectors.externalActivity`).
    #[inline]
    pub fn activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::external_connectors::AnyExternalActivity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("activities"))
    }
    /// `POST .../microsoft.graph.externalConnectors.addActivities`: action `microsoft.graph.externalConnectors.addActivities`.
    #[inline]
    pub fn add_activities(
        &self,
        params: crate::v1::params::ExternalItemAddActivitiesParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ExternalItemAddActivitiesParams>,
        rt::request::Collection<crate::v1::external_connectors::ExternalActivityResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self
                .node_target()
                .segment("microsoft.graph.externalConnectors.addActivities"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::external_connectors::ExternalItem {
    const SEGMENT: &'static str = "microsoft.graph.externalConnectors.externalItem";
}
#[cfg(msgraph_v1_reports_or_search)]
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
impl dyn crate::v1::requests::partners_billing::ExportSuccessOperationPath {
    /// Navigation property `resourceLocation` (`microsoft.graph.partners.billing.manifest`).
    #[inline]
    pub fn resource_location(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::partners_billing::Manifest,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("resourceLocation"))
    }
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::partners_billing::AnyOperation>
for crate::v1::partners_billing::ExportSuccessOperation {
    const SEGMENT: &'static str = "microsoft.graph.partners.billing.exportSuccessOperation";
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::partners_billing::ExportSuccessOperation {
    const SEGMENT: &'static str = "microsoft.graph.partners.billing.exportSuccessOperation";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::EdiscoveryAddToReviewSetOperationPath {
    /// Navigation property `reviewSet` (`microsoft.graph.security.ediscoveryReviewSet`).
    #[inline]
    pub fn review_set(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::EdiscoveryReviewSet,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("reviewSet"))
    }
    /// Navigation property `search` (`microsoft.graph.security.ediscoverySearch`).
    #[inline]
    pub fn search(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::EdiscoverySearch,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("search"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::v1::ResultInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("resultInfo"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyCaseOperation>
for crate::v1::security::EdiscoveryAddToReviewSetOperation {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryAddToReviewSetOperation";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::EdiscoveryAddToReviewSetOperation {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryAddToReviewSetOperation";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::EdiscoveryCasePath {
    /// Structural property `closedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn closed_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("closedBy"))
    }
    /// Containment navigation property `caseMembers` (`microsoft.graph.security.ediscoveryCaseMember`).
    #[inline]
    pub fn case_members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::EdiscoveryCaseMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("caseMembers"))
    }
    /// Containment navigation property `custodians` (`microsoft.graph.security.ediscoveryCustodian`).
    #[inline]
    pub fn custodians(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::EdiscoveryCustodian,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("custodians"))
    }
    /// Containment navigation property `noncustodialDataSources` (`microsoft.graph.security.ediscoveryNoncustodialDataSource`).
    #[inline]
    pub fn noncustodial_data_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::EdiscoveryNoncustodialDataSource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("noncustodialDataSources"),
        )
    }
    /// Containment navigation property `operations` (`microsoft.graph.security.caseOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::AnyCaseOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
    /// Containment navigation property `reviewSets` (`microsoft.graph.security.ediscoveryReviewSet`).
    #[inline]
    pub fn review_sets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::EdiscoveryReviewSet,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("reviewSets"))
    }
    /// Containment navigation property `searches` (`microsoft.graph.security.ediscoverySearch`).
    #[inline]
    pub fn searches(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::EdiscoverySearch,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("searches"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.security.ediscoveryCaseSettings`).
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::EdiscoveryCaseSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("settings"))
    }
    /// Containment navigation property `tags` (`microsoft.graph.security.ediscoveryReviewTag`).
    #[inline]
    pub fn tags(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::EdiscoveryReviewTag,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tags"))
    }
    /// `POST .../microsoft.graph.security.close`: action `microsoft.graph.security.close`.
    #[inline]
    pub fn close(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.security.close"),
            rt::request::NoBody,
        )
    }
    /// `POST .../microsoft.graph.security.reopen`: action `microsoft.graph.security.reopen`.
    #[inline]
    pub fn reopen(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.security.reopen"),
            rt::request::NoBody,
        )
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyCase>
for crate::v1::security::EdiscoveryCase {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryCase";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::EdiscoveryCase {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryCase";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::EdiscoveryCaseMember {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryCaseMember";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::EdiscoveryCaseSettingsPath {
    /// Structural property `ocr` (`microsoft.graph.security.ocrSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn ocr(&self) -> crate::path::PropertyPath<crate::v1::security::OcrSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("ocr"))
    }
    /// Structural property `redundancyDetection` (`microsoft.graph.security.redundancyDetectionSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn redundancy_detection(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::RedundancyDetectionSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("redundancyDetection"))
    }
    /// Structural property `topicModeling` (`microsoft.graph.security.topicModelingSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn topic_modeling(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::TopicModelingSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("topicModeling"))
    }
    /// `POST .../microsoft.graph.security.resetToDefault`: action `microsoft.graph.security.resetToDefault`.
    #[inline]
    pub fn reset_to_default(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.security.resetToDefault"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::EdiscoveryCaseSettings {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryCaseSettings";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::EdiscoveryCustodianPath {
    /// Navigation property `lastIndexOperation` (`microsoft.graph.security.ediscoveryIndexOperation`).
    #[inline]
    pub fn last_index_operation(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::EdiscoveryIndexOperation,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastIndexOperation"))
    }
    /// Containment navigation property `siteSources` (`microsoft.graph.security.siteSource`).
    #[inline]
    pub fn site_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::SiteSource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("siteSources"))
    }
    /// Containment navigation property `unifiedGroupSources` (`microsoft.graph.security.unifiedGroupSource`).
    #[inline]
    pub fn unified_group_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::UnifiedGroupSource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("unifiedGroupSources"),
        )
    }
    /// Containment navigation property `userSources` (`microsoft.graph.security.userSource`).
    #[inline]
    pub fn user_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::UserSource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userSources"))
    }
    /// `POST .../microsoft.graph.security.activate`: action `microsoft.graph.security.activate`.
    #[inline]
    pub fn activate(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.security.activate"),
            rt::request::NoBody,
        )
    }
    /// `POST .../microsoft.graph.security.applyHold`: action `microsoft.graph.security.applyHold`.
    #[inline]
    pub fn apply_hold(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.security.applyHold"),
            rt::request::NoBody,
        )
    }
    /// `POST .../microsoft.graph.security.release`: action `microsoft.graph.security.release`.
    #[inline]
    pub fn release(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.security.release"),
            rt::request::NoBody,
        )
    }
    /// `POST .../microsoft.graph.security.removeHold`: action `microsoft.graph.security.removeHold`.
    #[inline]
    pub fn remove_hold(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.security.removeHold"),
            rt::request::NoBody,
        )
    }
    /// `POST .../microsoft.graph.security.updateIndex`: action `microsoft.graph.security.updateIndex`.
    #[inline]
    pub fn update_index(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.security.updateIndex"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyDataSourceContainer>
for crate::v1::security::EdiscoveryCustodian {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryCustodian";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::EdiscoveryCustodian {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryCustodian";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::CollectionPath<crate::v1::security::EdiscoveryCustodian, C> {
    /// `POST .../microsoft.graph.security.applyHold`: action `microsoft.graph.security.applyHold`.
    pub fn apply_hold(
        &self,
        params: crate::v1::params::EdiscoveryCustodianCollectionApplyHoldParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::EdiscoveryCustodianCollectionApplyHoldParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.security.applyHold"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.security.removeHold`: action `microsoft.graph.security.removeHold`.
    pub fn remove_hold(
        &self,
        params: crate::v1::params::EdiscoveryCustodianCollectionRemoveHoldParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::EdiscoveryCustodianCollectionRemoveHoldParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.security.removeHold"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::EdiscoveryEstimateOperationPath {
    /// Navigation property `search` (`microsoft.graph.security.ediscoverySearch`).
    #[inline]
    pub fn search(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::EdiscoverySearch,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("search"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::v1::ResultInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("resultInfo"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyCaseOperation>
for crate::v1::security::EdiscoveryEstimateOperation {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryEstimateOperation";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::EdiscoveryEstimateOperation {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryEstimateOperation";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::EdiscoveryExportOperationPath {
    /// Navigation property `reviewSet` (`microsoft.graph.security.ediscoveryReviewSet`).
    #[inline]
    pub fn review_set(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::EdiscoveryReviewSet,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("reviewSet"))
    }
    /// Navigation property `reviewSetQuery` (`microsoft.graph.security.ediscoveryReviewSetQuery`).
    #[inline]
    pub fn review_set_query(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::EdiscoveryReviewSetQuery,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("reviewSetQuery"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::v1::ResultInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("resultInfo"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyCaseOperation>
for crate::v1::security::EdiscoveryExportOperation {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryExportOperation";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::EdiscoveryExportOperation {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryExportOperation";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyCaseOperation>
for crate::v1::security::EdiscoveryHoldOperation {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryHoldOperation";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::EdiscoveryHoldOperation {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryHoldOperation";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyCaseOperation>
for crate::v1::security::EdiscoveryHoldPolicySyncOperation {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryHoldPolicySyncOperation";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::EdiscoveryHoldPolicySyncOperation {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryHoldPolicySyncOperation";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyCaseOperation>
for crate::v1::security::EdiscoveryIndexOperation {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryIndexOperation";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::EdiscoveryIndexOperation {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryIndexOperation";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::EdiscoveryNoncustodialDataSourcePath {
    /// Containment navigation property `dataSource` (`microsoft.graph.security.dataSource`).
    #[inline]
    pub fn data_source(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::AnyDataSource,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("dataSource"))
    }
    /// Navigation property `lastIndexOperation` (`microsoft.graph.security.ediscoveryIndexOperation`).
    #[inline]
    pub fn last_index_operation(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::EdiscoveryIndexOperation,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastIndexOperation"))
    }
    /// `POST .../microsoft.graph.security.applyHold`: action `microsoft.graph.security.applyHold`.
    #[inline]
    pub fn apply_hold(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.security.applyHold"),
            rt::request::NoBody,
        )
    }
    /// `POST .../microsoft.graph.security.release`: action `microsoft.graph.security.release`.
    #[inline]
    pub fn release(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.security.release"),
            rt::request::NoBody,
        )
    }
    /// `POST .../microsoft.graph.security.removeHold`: action `microsoft.graph.security.removeHold`.
    #[inline]
    pub fn remove_hold(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.security.removeHold"),
            rt::request::NoBody,
        )
    }
    /// `POST .../microsoft.graph.security.updateIndex`: action `microsoft.graph.security.updateIndex`.
    #[inline]
    pub fn update_index(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.security.updateIndex"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyDataSourceContainer>
for crate::v1::security::EdiscoveryNoncustodialDataSource {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryNoncustodialDataSource";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::EdiscoveryNoncustodialDataSource {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryNoncustodialDataSource";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::security::EdiscoveryNoncustodialDataSource, C> {
    /// `POST .../microsoft.graph.security.applyHold`: action `microsoft.graph.security.applyHold`.
    pub fn apply_hold(
        &self,
        params: crate::v1::params::EdiscoveryNoncustodialDataSourceCollectionApplyHoldParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::EdiscoveryNoncustodialDataSourceCollectionApplyHoldParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.security.applyHold"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.security.removeHold`: action `microsoft.graph.security.removeHold`.
    pub fn remove_hold(
        &self,
        params: crate::v1::params::EdiscoveryNoncustodialDataSourceCollectionRemoveHoldParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::EdiscoveryNoncustodialDataSourceCollectionRemoveHoldParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.security.removeHold"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyCaseOperation>
for crate::v1::security::EdiscoveryPurgeDataOperation {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryPurgeDataOperation";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::EdiscoveryPurgeDataOperation {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryPurgeDataOperation";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::EdiscoveryReviewSetPath {
    /// Containment navigation property `queries` (`microsoft.graph.security.ediscoveryReviewSetQuery`).
    #[inline]
    pub fn queries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::EdiscoveryReviewSetQuery,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("queries"))
    }
    /// `POST .../microsoft.graph.security.addToReviewSet`: action `microsoft.graph.security.addToReviewSet`.
    #[inline]
    pub fn add_to_review_set(
        &self,
        params: crate::v1::params::EdiscoveryReviewSetAddToReviewSetParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::EdiscoveryReviewSetAddToReviewSetParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.security.addToReviewSet"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.security.export`: action `microsoft.graph.security.export`.
    #[inline]
    pub fn export(
        &self,
        params: crate::v1::params::EdiscoveryReviewSetExportParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::EdiscoveryReviewSetExportParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.security.export"),
            rt::request::Json(params),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyDataSet>
for crate::v1::security::EdiscoveryReviewSet {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryReviewSet";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::EdiscoveryReviewSet {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryReviewSet";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::EdiscoveryReviewSetQueryPath {
    /// `POST .../microsoft.graph.security.applyTags`: action `microsoft.graph.security.applyTags`.
    #[inline]
    pub fn apply_tags(
        &self,
        params: crate::v1::params::EdiscoveryReviewSetQueryApplyTagsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::EdiscoveryReviewSetQueryApplyTagsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.security.applyTags"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.security.export`: action `microsoft.graph.security.export`.
    #[inline]
    pub fn export(
        &self,
        params: crate::v1::params::EdiscoveryReviewSetQueryExportParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::EdiscoveryReviewSetQueryExportParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.security.export"),
            rt::request::Json(params),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnySearch>
for crate::v1::security::EdiscoveryReviewSetQuery {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryReviewSetQuery";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::EdiscoveryReviewSetQuery {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryReviewSetQuery";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::EdiscoveryReviewTagPath {
    /// Navigation property `childTags` (`microsoft.graph.security.ediscoveryReviewTag`).
    #[inline]
    pub fn child_tags(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::EdiscoveryReviewTag,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("childTags"))
    }
    /// Navigation property `parent` (`microsoft.graph.security.ediscoveryReviewTag`).
    #[inline]
    pub fn parent(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::EdiscoveryReviewTag,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("parent"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyTag>
for crate::v1::security::EdiscoveryReviewTag {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryReviewTag";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::EdiscoveryReviewTag {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryReviewTag";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::CollectionPath<crate::v1::security::EdiscoveryReviewTag, C> {
    /// `GET .../microsoft.graph.security.asHierarchy`: function `microsoft.graph.security.asHierarchy`.
    pub fn as_hierarchy(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::security::EdiscoveryReviewTag>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("microsoft.graph.security.asHierarchy", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::EdiscoverySearchPath {
    /// Containment navigation property `additionalSources` (`microsoft.graph.security.dataSource`).
    #[inline]
    pub fn additional_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::AnyDataSource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("additionalSources"))
    }
    /// Navigation property `addToReviewSetOperation` (`microsoft.graph.security.ediscoveryAddToReviewSetOperation`).
    #[inline]
    pub fn add_to_review_set_operation(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::EdiscoveryAddToReviewSetOperation,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("addToReviewSetOperation"),
        )
    }
    /// Navigation property `custodianSources` (`microsoft.graph.security.dataSource`).
    #[inline]
    pub fn custodian_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::AnyDataSource,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("custodianSources"))
    }
    /// Navigation property `lastEstimateStatisticsOperation` (`microsoft.graph.security.ediscoveryEstimateOperation`).
    #[inline]
    pub fn last_estimate_statistics_operation(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::EdiscoveryEstimateOperation,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("lastEstimateStatisticsOperation"),
        )
    }
    /// Navigation property `noncustodialSources` (`microsoft.graph.security.ediscoveryNoncustodialDataSource`).
    #[inline]
    pub fn noncustodial_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::EdiscoveryNoncustodialDataSource,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("noncustodialSources"),
        )
    }
    /// `POST .../microsoft.graph.security.estimateStatistics`: action `microsoft.graph.security.estimateStatistics`.
    #[inline]
    pub fn estimate_statistics(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.security.estimateStatistics"),
            rt::request::NoBody,
        )
    }
    /// `POST .../microsoft.graph.security.exportReport`: action `microsoft.graph.security.exportReport`.
    #[inline]
    pub fn export_report(
        &self,
        params: crate::v1::params::EdiscoverySearchExportReportParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::EdiscoverySearchExportReportParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.security.exportReport"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.security.exportResult`: action `microsoft.graph.security.exportResult`.
    #[inline]
    pub fn export_result(
        &self,
        params: crate::v1::params::EdiscoverySearchExportResultParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::EdiscoverySearchExportResultParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.security.exportResult"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.security.purgeData`: action `microsoft.graph.security.purgeData`.
    #[inline]
    pub fn purge_data(
        &self,
        params: crate::v1::params::EdiscoverySearchPurgeDataParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::EdiscoverySearchPurgeDataParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.security.purgeData"),
            rt::request::Json(params),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnySearch>
for crate::v1::security::EdiscoverySearch {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoverySearch";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::EdiscoverySearch {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoverySearch";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::EdiscoverySearchExportOperationPath {
    /// Navigation property `search` (`microsoft.graph.security.ediscoverySearch`).
    #[inline]
    pub fn search(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::EdiscoverySearch,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("search"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::v1::ResultInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("resultInfo"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyCaseOperation>
for crate::v1::security::EdiscoverySearchExportOperation {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoverySearchExportOperation";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::EdiscoverySearchExportOperation {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoverySearchExportOperation";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyCaseOperation>
for crate::v1::security::EdiscoveryTagOperation {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryTagOperation";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::EdiscoveryTagOperation {
    const SEGMENT: &'static str = "microsoft.graph.security.ediscoveryTagOperation";
}
#[cfg(msgraph_v1_policies_or_search)]
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
impl dyn crate::v1::requests::FeatureRolloutPolicyPath {
    /// Containment navigation property `appliesTo` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn applies_to(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("appliesTo"))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::FeatureRolloutPolicy {
    const SEGMENT: &'static str = "microsoft.graph.featureRolloutPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::FederatedIdentityCredential {
    const SEGMENT: &'static str = "microsoft.graph.federatedIdentityCredential";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::FederatedTokenValidationPolicyPath {
    /// Structural property `validatingDomains` (`microsoft.graph.validatingDomains`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn validating_domains(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyValidatingDomains> {
        crate::path::PropertyPath::new(self.node_target().segment("validatingDomains"))
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
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
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::FederatedTokenValidationPolicy {
    const SEGMENT: &'static str = "microsoft.graph.federatedTokenValidationPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::FederatedTokenValidationPolicy {
    const SEGMENT: &'static str = "microsoft.graph.federatedTokenValidationPolicy";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::FederatedTokenValidationPolicy, C> {
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
impl dyn crate::v1::requests::Fido2AuthenticationMethodPath {
    /// Structural property `publicKeyCredential` (`microsoft.graph.webauthnPublicKeyCredential`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn public_key_credential(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WebauthnPublicKeyCredential> {
        crate::path::PropertyPath::new(self.node_target().segment("publicKeyCredential"))
    }
    /// `POST .../resetPassword`: action `microsoft.graph.resetPassword`.
    #[inline]
    pub fn reset_password(
        &self,
        params: crate::v1::params::AuthenticationMethodResetPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::AuthenticationMethodResetPasswordParams>,
        rt::request::Entity<crate::v1::PasswordResetResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("resetPassword"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethod>
for crate::v1::Fido2AuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.fido2AuthenticationMethod";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::Fido2AuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.fido2AuthenticationMethod";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::Fido2AuthenticationMethod, C> {
    /// `GET .../creationOptions`: function `microsoft.graph.creationOptions`.
    pub fn creation_options(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WebauthnCredentialCreationOptions>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("creationOptions", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
impl dyn crate::v1::requests::Fido2AuthenticationMethodConfigurationPath {
    /// Structural property `keyRestrictions` (`microsoft.graph.fido2KeyRestrictions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn key_restrictions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::Fido2KeyRestrictions> {
        crate::path::PropertyPath::new(self.node_target().segment("keyRestrictions"))
    }
    /// Containment navigation property `includeTargets` (`microsoft.graph.passkeyAuthenticationMethodTarget`).
    #[inline]
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PasskeyAuthenticationMethodTarget,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("includeTargets"))
    }
    #[cfg(msgraph_v1_search)]
    /// Navigation property `passkeyProfiles` (`microsoft.graph.passkeyProfile`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn passkey_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PasskeyProfile,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("passkeyProfiles"))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodConfiguration>
for crate::v1::Fido2AuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.fido2AuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::Fido2AuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.fido2AuthenticationMethodConfiguration";
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationCombinationConfiguration>
for crate::v1::Fido2CombinationConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.fido2CombinationConfiguration";
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::Fido2CombinationConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.fido2CombinationConfiguration";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::FieldValueSet {
    const SEGMENT: &'static str = "microsoft.graph.fieldValueSet";
}
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyThreatAssessmentRequest>
for crate::v1::FileAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.fileAssessmentRequest";
}
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::FileAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.fileAssessmentRequest";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::FileAttachmentPath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAttachment> for crate::v1::FileAttachment {
    const SEGMENT: &'static str = "microsoft.graph.fileAttachment";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::FileAttachment {
    const SEGMENT: &'static str = "microsoft.graph.fileAttachment";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::FileAttachment, C> {
    /// `POST .../createUploadSession`: action `microsoft.graph.createUploadSession`.
    pub fn create_upload_session(
        &self,
        params: crate::v1::params::AttachmentCollectionCreateUploadSessionParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::AttachmentCollectionCreateUploadSessionParams,
        >,
        rt::request::Entity<crate::v1::UploadSession>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("createUploadSession"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_storage)]
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
impl dyn crate::v1::requests::FileStoragePath {
    /// Containment navigation property `containers` (`microsoft.graph.fileStorageContainer`).
    #[inline]
    pub fn containers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::FileStorageContainer,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("containers"))
    }
    /// Containment navigation property `containerTypeRegistrations` (`microsoft.graph.fileStorageContainerTypeRegistration`).
    #[inline]
    pub fn container_type_registrations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::FileStorageContainerTypeRegistration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("containerTypeRegistrations"),
        )
    }
    /// Containment navigation property `containerTypes` (`microsoft.graph.fileStorageContainerType`).
    #[inline]
    pub fn container_types(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::FileStorageContainerType,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("containerTypes"))
    }
    /// Containment navigation property `deletedContainers` (`microsoft.graph.fileStorageContainer`).
    #[inline]
    pub fn deleted_containers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::FileStorageContainer,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deletedContainers"))
    }
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::FileStorage {
    const SEGMENT: &'static str = "microsoft.graph.fileStorage";
}
#[cfg(msgraph_v1_search_or_storage)]
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
impl dyn crate::v1::requests::FileStorageContainerPath {
    /// Structural property `assignedSensitivityLabel` (`microsoft.graph.assignedLabel`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn assigned_sensitivity_label(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AssignedLabel> {
        crate::path::PropertyPath::new(
            self.node_target().segment("assignedSensitivityLabel"),
        )
    }
    /// Structural property `customProperties` (`microsoft.graph.fileStorageContainerCustomPropertyDictionary`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn custom_properties(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::FileStorageContainerCustomPropertyDictionary,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("customProperties"))
    }
    /// Structural property `settings` (`microsoft.graph.fileStorageContainerSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::FileStorageContainerSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("settings"))
    }
    /// Structural property `viewpoint` (`microsoft.graph.fileStorageContainerViewpoint`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn viewpoint(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::FileStorageContainerViewpoint> {
        crate::path::PropertyPath::new(self.node_target().segment("viewpoint"))
    }
    /// Containment navigation property `columns` (`microsoft.graph.columnDefinition`).
    #[inline]
    pub fn columns(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ColumnDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("columns"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `drive` (`microsoft.graph.drive`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn drive(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Drive,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("drive"))
    }
    /// Containment navigation property `migrationJobs` (`microsoft.graph.sharePointMigrationJob`).
    #[inline]
    pub fn migration_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SharePointMigrationJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("migrationJobs"))
    }
    /// Containment navigation property `permissions` (`microsoft.graph.permission`).
    #[inline]
    pub fn permissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Permission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("permissions"))
    }
    /// Containment navigation property `recycleBin` (`microsoft.graph.recycleBin`).
    #[inline]
    pub fn recycle_bin(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::RecycleBin,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("recycleBin"))
    }
    /// Containment navigation property `sharePointGroups` (`microsoft.graph.sharePointGroup`).
    #[inline]
    pub fn share_point_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SharePointGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sharePointGroups"))
    }
    /// `POST .../activate`: action `microsoft.graph.activate`.
    #[inline]
    pub fn activate(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("activate"),
            rt::request::NoBody,
        )
    }
    /// `POST .../lock`: action `microsoft.graph.lock`.
    #[inline]
    pub fn lock(
        &self,
        params: crate::v1::params::FileStorageContainerLockParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::FileStorageContainerLockParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("lock"),
            rt::request::Json(params),
        )
    }
    /// `POST .../permanentDelete`: action `microsoft.graph.permanentDelete`.
    #[inline]
    pub fn permanent_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("permanentDelete"),
            rt::request::NoBody,
        )
    }
    /// `POST .../provisionMigrationContainers`: action `microsoft.graph.provisionMigrationContainers`.
    #[inline]
    pub fn provision_migration_containers(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::SharePointMigrationContainerInfo>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("provisionMigrationContainers"),
            rt::request::NoBody,
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    #[inline]
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::FileStorageContainer>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
    /// `POST .../unlock`: action `microsoft.graph.unlock`.
    #[inline]
    pub fn unlock(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unlock"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::FileStorageContainer {
    const SEGMENT: &'static str = "microsoft.graph.fileStorageContainer";
}
#[cfg(msgraph_v1_search_or_storage)]
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
impl dyn crate::v1::requests::FileStorageContainerTypePath {
    /// Structural property `settings` (`microsoft.graph.fileStorageContainerTypeSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::FileStorageContainerTypeSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("settings"))
    }
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::FileStorageContainerType {
    const SEGMENT: &'static str = "microsoft.graph.fileStorageContainerType";
}
#[cfg(msgraph_v1_search_or_storage)]
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
impl dyn crate::v1::requests::FileStorageContainerTypeRegistrationPath {
    /// Structural property `settings` (`microsoft.graph.fileStorageContainerTypeRegistrationSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::FileStorageContainerTypeRegistrationSettings,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("settings"))
    }
    /// Containment navigation property `applicationPermissionGrants` (`microsoft.graph.fileStorageContainerTypeAppPermissionGrant`).
    #[inline]
    pub fn application_permission_grants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::FileStorageContainerTypeAppPermissionGrant,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("applicationPermissionGrants"),
        )
    }
}
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::FileStorageContainerTypeRegistration {
    const SEGMENT: &'static str = "microsoft.graph.fileStorageContainerTypeRegistration";
}
#[cfg(msgraph_v1_core_or_filter_operators)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::FilterOperatorSchema {
    const SEGMENT: &'static str = "microsoft.graph.filterOperatorSchema";
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseMapFeature> for crate::v1::FixtureMap {
    const SEGMENT: &'static str = "microsoft.graph.fixtureMap";
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::FixtureMap {
    const SEGMENT: &'static str = "microsoft.graph.fixtureMap";
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPlace> for crate::v1::Floor {
    const SEGMENT: &'static str = "microsoft.graph.floor";
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Floor {
    const SEGMENT: &'static str = "microsoft.graph.floor";
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseMapFeature> for crate::v1::FootprintMap {
    const SEGMENT: &'static str = "microsoft.graph.footprintMap";
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::FootprintMap {
    const SEGMENT: &'static str = "microsoft.graph.footprintMap";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyFraudProtectionProvider {
    const SEGMENT: &'static str = "microsoft.graph.fraudProtectionProvider";
}
#[cfg(msgraph_v1_reports_or_search)]
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
impl dyn crate::v1::requests::partners_billing::FailedOperationPath {
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::partners_billing::AnyOperation>
for crate::v1::partners_billing::FailedOperation {
    const SEGMENT: &'static str = "microsoft.graph.partners.billing.failedOperation";
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::partners_billing::FailedOperation {
    const SEGMENT: &'static str = "microsoft.graph.partners.billing.failedOperation";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::FilePlanDescriptorPath {
    /// Structural property `authority` (`microsoft.graph.security.filePlanAuthority`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn authority(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::FilePlanAuthority> {
        crate::path::PropertyPath::new(self.node_target().segment("authority"))
    }
    /// Structural property `category` (`microsoft.graph.security.filePlanAppliedCategory`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn category(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::FilePlanAppliedCategory> {
        crate::path::PropertyPath::new(self.node_target().segment("category"))
    }
    /// Structural property `citation` (`microsoft.graph.security.filePlanCitation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn citation(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::FilePlanCitation> {
        crate::path::PropertyPath::new(self.node_target().segment("citation"))
    }
    /// Structural property `department` (`microsoft.graph.security.filePlanDepartment`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn department(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::FilePlanDepartment> {
        crate::path::PropertyPath::new(self.node_target().segment("department"))
    }
    /// Structural property `filePlanReference` (`microsoft.graph.security.filePlanReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn file_plan_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::FilePlanReference> {
        crate::path::PropertyPath::new(self.node_target().segment("filePlanReference"))
    }
    /// Navigation property `authorityTemplate` (`microsoft.graph.security.authorityTemplate`).
    #[inline]
    pub fn authority_template(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::AuthorityTemplate,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("authorityTemplate"))
    }
    /// Navigation property `categoryTemplate` (`microsoft.graph.security.categoryTemplate`).
    #[inline]
    pub fn category_template(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::CategoryTemplate,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("categoryTemplate"))
    }
    /// Navigation property `citationTemplate` (`microsoft.graph.security.citationTemplate`).
    #[inline]
    pub fn citation_template(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::CitationTemplate,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("citationTemplate"))
    }
    /// Navigation property `departmentTemplate` (`microsoft.graph.security.departmentTemplate`).
    #[inline]
    pub fn department_template(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::DepartmentTemplate,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("departmentTemplate"))
    }
    /// Navigation property `filePlanReferenceTemplate` (`microsoft.graph.security.filePlanReferenceTemplate`).
    #[inline]
    pub fn file_plan_reference_template(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::FilePlanReferenceTemplate,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("filePlanReferenceTemplate"),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::FilePlanDescriptor {
    const SEGMENT: &'static str = "microsoft.graph.security.filePlanDescriptor";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::FilePlanDescriptorTemplatePath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::AnyFilePlanDescriptorTemplate {
    const SEGMENT: &'static str = "microsoft.graph.security.filePlanDescriptorTemplate";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyFilePlanDescriptorTemplate>
for crate::v1::security::FilePlanReferenceTemplate {
    const SEGMENT: &'static str = "microsoft.graph.security.filePlanReferenceTemplate";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::FilePlanReferenceTemplate {
    const SEGMENT: &'static str = "microsoft.graph.security.filePlanReferenceTemplate";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyGovernanceInsight {
    const SEGMENT: &'static str = "microsoft.graph.governanceInsight";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyGranularRestoreArtifactBase>
for crate::v1::GranularDriveRestoreArtifact {
    const SEGMENT: &'static str = "microsoft.graph.granularDriveRestoreArtifact";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::GranularDriveRestoreArtifact {
    const SEGMENT: &'static str = "microsoft.graph.granularDriveRestoreArtifact";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMailboxRestoreArtifact>
for crate::v1::GranularMailboxRestoreArtifact {
    const SEGMENT: &'static str = "microsoft.graph.granularMailboxRestoreArtifact";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyRestoreArtifactBase>
for crate::v1::GranularMailboxRestoreArtifact {
    const SEGMENT: &'static str = "microsoft.graph.granularMailboxRestoreArtifact";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::GranularMailboxRestoreArtifact {
    const SEGMENT: &'static str = "microsoft.graph.granularMailboxRestoreArtifact";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyGranularRestoreArtifactBase {
    const SEGMENT: &'static str = "microsoft.graph.granularRestoreArtifactBase";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyGranularRestoreArtifactBase>
for crate::v1::GranularSiteRestoreArtifact {
    const SEGMENT: &'static str = "microsoft.graph.granularSiteRestoreArtifact";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::GranularSiteRestoreArtifact {
    const SEGMENT: &'static str = "microsoft.graph.granularSiteRestoreArtifact";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::GroupPath {
    /// Structural property `licenseProcessingState` (`microsoft.graph.licenseProcessingState`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn license_processing_state(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::LicenseProcessingState> {
        crate::path::PropertyPath::new(
            self.node_target().segment("licenseProcessingState"),
        )
    }
    /// Structural property `onPremisesExtensionAttributes` (`microsoft.graph.onPremisesExtensionAttributes`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn on_premises_extension_attributes(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OnPremisesExtensionAttributes> {
        crate::path::PropertyPath::new(
            self.node_target().segment("onPremisesExtensionAttributes"),
        )
    }
    /// Navigation property `acceptedSenders` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn accepted_senders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("acceptedSenders"))
    }
    /// Containment navigation property `appRoleAssignments` (`microsoft.graph.appRoleAssignment`).
    #[inline]
    pub fn app_role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("appRoleAssignments"),
        )
    }
    /// Containment navigation property `calendar` (`microsoft.graph.calendar`).
    #[inline]
    pub fn calendar(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Calendar, crate::path::caps::Get> {
        crate::path::EntityPath::new(self.node_target().segment("calendar"))
    }
    /// Containment navigation property `calendarView` (`microsoft.graph.event`).
    #[inline]
    pub fn calendar_view(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Event,
        crate::path::caps::NoKey<crate::path::caps::List>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("calendarView"))
    }
    /// Containment navigation property `conversations` (`microsoft.graph.conversation`).
    #[inline]
    pub fn conversations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Conversation,
        crate::path::caps::ListCreateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("conversations"))
    }
    /// Navigation property `createdOnBehalfOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn created_on_behalf_of(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdOnBehalfOf"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `drive` (`microsoft.graph.drive`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn drive(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Drive,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("drive"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `drives` (`microsoft.graph.drive`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn drives(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Drive,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("drives"))
    }
    /// Containment navigation property `events` (`microsoft.graph.event`).
    #[inline]
    pub fn events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Event,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("events"))
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    #[inline]
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("extensions"))
    }
    /// Containment navigation property `groupLifecyclePolicies` (`microsoft.graph.groupLifecyclePolicy`).
    #[inline]
    pub fn group_lifecycle_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::GroupLifecyclePolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("groupLifecyclePolicies"),
        )
    }
    /// Navigation property `memberOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("memberOf"))
    }
    /// Navigation property `members` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
    /// Navigation property `membersWithLicenseErrors` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn members_with_license_errors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("membersWithLicenseErrors"),
        )
    }
    /// Containment navigation property `onenote` (`microsoft.graph.onenote`).
    #[inline]
    pub fn onenote(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Onenote,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("onenote"))
    }
    /// Containment navigation property `onPremisesSyncBehavior` (`microsoft.graph.onPremisesSyncBehavior`).
    #[inline]
    pub fn on_premises_sync_behavior(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::OnPremisesSyncBehavior,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("onPremisesSyncBehavior"),
        )
    }
    /// Navigation property `owners` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn owners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("owners"))
    }
    /// Containment navigation property `permissionGrants` (`microsoft.graph.resourceSpecificPermissionGrant`).
    #[inline]
    pub fn permission_grants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ResourceSpecificPermissionGrant,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("permissionGrants"))
    }
    /// Containment navigation property `photo` (`microsoft.graph.profilePhoto`).
    #[inline]
    pub fn photo(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ProfilePhoto,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("photo"))
    }
    /// Containment navigation property `photos` (`microsoft.graph.profilePhoto`).
    #[inline]
    pub fn photos(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ProfilePhoto,
        crate::path::caps::NoCount<crate::path::caps::List>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("photos"))
    }
    /// Containment navigation property `planner` (`microsoft.graph.plannerGroup`).
    #[inline]
    pub fn planner(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PlannerGroup,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("planner"))
    }
    /// Navigation property `rejectedSenders` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn rejected_senders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("rejectedSenders"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.groupSetting`).
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::GroupSetting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("settings"))
    }
    /// Containment navigation property `sites` (`microsoft.graph.site`).
    #[inline]
    pub fn sites(
        &self,
    ) -> crate::path::CollectionPath<crate::v1::Site, crate::path::caps::ListUpdate> {
        crate::path::CollectionPath::new(self.node_target().segment("sites"))
    }
    /// Containment navigation property `team` (`microsoft.graph.team`).
    ///
    /// Updated with `PUT` (`UpdateRestrictions/UpdateMethod`): `update` sends `PUT` here.
    #[inline]
    pub fn team(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Team, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("team").updated_by_put())
    }
    /// Containment navigation property `threads` (`microsoft.graph.conversationThread`).
    #[inline]
    pub fn threads(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ConversationThread,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("threads"))
    }
    /// Navigation property `transitiveMemberOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn transitive_member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
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
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("transitiveMembers"))
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
        params: crate::v1::params::GroupAssignLicenseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::GroupAssignLicenseParams>,
        rt::request::Entity<crate::v1::Group>,
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
        rt::request::Collection<crate::v1::ResourceSpecificPermissionGrant>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkGrantedPermissionsForApp"),
            rt::request::NoBody,
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
    /// `POST .../retryServiceProvisioning`: action `microsoft.graph.retryServiceProvisioning`.
    #[inline]
    pub fn retry_service_provisioning(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("retryServiceProvisioning"),
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
        params: crate::v1::params::GroupValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::GroupValidatePropertiesParams>,
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
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
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
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
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
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject> for crate::v1::Group {
    const SEGMENT: &'static str = "microsoft.graph.group";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Group {
    const SEGMENT: &'static str = "microsoft.graph.group";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::Group, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::Group>,
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
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-lifecycle-policies`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::GroupLifecyclePolicyPath {
    /// `POST .../addGroup`: action `microsoft.graph.addGroup`.
    #[inline]
    pub fn add_group(
        &self,
        params: crate::v1::params::GroupLifecyclePolicyAddGroupParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::GroupLifecyclePolicyAddGroupParams>,
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
        params: crate::v1::params::GroupLifecyclePolicyRemoveGroupParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::GroupLifecyclePolicyRemoveGroupParams>,
        rt::request::ValueOf<bool>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("removeGroup"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::GroupLifecyclePolicy {
    const SEGMENT: &'static str = "microsoft.graph.groupLifecyclePolicy";
}
#[cfg(msgraph_v1_core_or_group_settings)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::GroupSetting {
    const SEGMENT: &'static str = "microsoft.graph.groupSetting";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::GroupSettingTemplate {
    const SEGMENT: &'static str = "microsoft.graph.groupSettingTemplate";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::GroupSettingTemplate {
    const SEGMENT: &'static str = "microsoft.graph.groupSettingTemplate";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::GroupSettingTemplate, C> {
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
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::term_store::GroupPath {
    /// Containment navigation property `sets` (`microsoft.graph.termStore.set`).
    #[inline]
    pub fn sets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::term_store::Set,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sets"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::term_store::Group {
    const SEGMENT: &'static str = "microsoft.graph.termStore.group";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyStsPolicy>
for crate::v1::HomeRealmDiscoveryPolicy {
    const SEGMENT: &'static str = "microsoft.graph.homeRealmDiscoveryPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyBase>
for crate::v1::HomeRealmDiscoveryPolicy {
    const SEGMENT: &'static str = "microsoft.graph.homeRealmDiscoveryPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::HomeRealmDiscoveryPolicy {
    const SEGMENT: &'static str = "microsoft.graph.homeRealmDiscoveryPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::HomeRealmDiscoveryPolicy {
    const SEGMENT: &'static str = "microsoft.graph.homeRealmDiscoveryPolicy";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::HomeRealmDiscoveryPolicy, C> {
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
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::HorizontalSectionPath {
    /// Containment navigation property `columns` (`microsoft.graph.horizontalSectionColumn`).
    #[inline]
    pub fn columns(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::HorizontalSectionColumn,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("columns"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::HorizontalSection {
    const SEGMENT: &'static str = "microsoft.graph.horizontalSection";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::HorizontalSectionColumnPath {
    /// Containment navigation property `webparts` (`microsoft.graph.webPart`).
    #[inline]
    pub fn webparts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyWebPart,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("webparts"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::HorizontalSectionColumn {
    const SEGMENT: &'static str = "microsoft.graph.horizontalSectionColumn";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyFraudProtectionProvider>
for crate::v1::HumanSecurityFraudProtectionProvider {
    const SEGMENT: &'static str = "microsoft.graph.humanSecurityFraudProtectionProvider";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::HumanSecurityFraudProtectionProvider {
    const SEGMENT: &'static str = "microsoft.graph.humanSecurityFraudProtectionProvider";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::HealthIssue {
    const SEGMENT: &'static str = "microsoft.graph.security.healthIssue";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::HostPath {
    /// Navigation property `childHostPairs` (`microsoft.graph.security.hostPair`).
    #[inline]
    pub fn child_host_pairs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostPair,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("childHostPairs"))
    }
    /// Navigation property `components` (`microsoft.graph.security.hostComponent`).
    #[inline]
    pub fn components(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostComponent,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("components"))
    }
    /// Navigation property `cookies` (`microsoft.graph.security.hostCookie`).
    #[inline]
    pub fn cookies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostCookie,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("cookies"))
    }
    /// Navigation property `hostPairs` (`microsoft.graph.security.hostPair`).
    #[inline]
    pub fn host_pairs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostPair,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("hostPairs"))
    }
    /// Navigation property `parentHostPairs` (`microsoft.graph.security.hostPair`).
    #[inline]
    pub fn parent_host_pairs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostPair,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("parentHostPairs"))
    }
    /// Navigation property `passiveDns` (`microsoft.graph.security.passiveDnsRecord`).
    #[inline]
    pub fn passive_dns(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::PassiveDnsRecord,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("passiveDns"))
    }
    /// Navigation property `passiveDnsReverse` (`microsoft.graph.security.passiveDnsRecord`).
    #[inline]
    pub fn passive_dns_reverse(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::PassiveDnsRecord,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("passiveDnsReverse"))
    }
    /// Navigation property `ports` (`microsoft.graph.security.hostPort`).
    #[inline]
    pub fn ports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostPort,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("ports"))
    }
    /// Containment navigation property `reputation` (`microsoft.graph.security.hostReputation`).
    #[inline]
    pub fn reputation(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::HostReputation,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("reputation"))
    }
    /// Navigation property `sslCertificates` (`microsoft.graph.security.hostSslCertificate`).
    #[inline]
    pub fn ssl_certificates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostSslCertificate,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sslCertificates"))
    }
    /// Navigation property `subdomains` (`microsoft.graph.security.subdomain`).
    #[inline]
    pub fn subdomains(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::Subdomain,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("subdomains"))
    }
    /// Navigation property `trackers` (`microsoft.graph.security.hostTracker`).
    #[inline]
    pub fn trackers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostTracker,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("trackers"))
    }
    /// Navigation property `whois` (`microsoft.graph.security.whoisRecord`).
    #[inline]
    pub fn whois(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::WhoisRecord,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("whois"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyArtifact>
for crate::v1::security::AnyHost {
    const SEGMENT: &'static str = "microsoft.graph.security.host";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::AnyHost {
    const SEGMENT: &'static str = "microsoft.graph.security.host";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::HostComponentPath {
    /// Navigation property `host` (`microsoft.graph.security.host`).
    #[inline]
    pub fn host(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::AnyHost,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("host"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyArtifact>
for crate::v1::security::HostComponent {
    const SEGMENT: &'static str = "microsoft.graph.security.hostComponent";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::HostComponent {
    const SEGMENT: &'static str = "microsoft.graph.security.hostComponent";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::HostCookiePath {
    /// Navigation property `host` (`microsoft.graph.security.host`).
    #[inline]
    pub fn host(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::AnyHost,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("host"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyArtifact>
for crate::v1::security::HostCookie {
    const SEGMENT: &'static str = "microsoft.graph.security.hostCookie";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::HostCookie {
    const SEGMENT: &'static str = "microsoft.graph.security.hostCookie";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::HostPairPath {
    /// Navigation property `childHost` (`microsoft.graph.security.host`).
    #[inline]
    pub fn child_host(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::AnyHost,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("childHost"))
    }
    /// Navigation property `parentHost` (`microsoft.graph.security.host`).
    #[inline]
    pub fn parent_host(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::AnyHost,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("parentHost"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::HostPair {
    const SEGMENT: &'static str = "microsoft.graph.security.hostPair";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::HostPortPath {
    /// Navigation property `host` (`microsoft.graph.security.host`).
    #[inline]
    pub fn host(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::AnyHost,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("host"))
    }
    /// Navigation property `mostRecentSslCertificate` (`microsoft.graph.security.sslCertificate`).
    #[inline]
    pub fn most_recent_ssl_certificate(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::SslCertificate,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("mostRecentSslCertificate"),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::HostPort {
    const SEGMENT: &'static str = "microsoft.graph.security.hostPort";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::HostReputation {
    const SEGMENT: &'static str = "microsoft.graph.security.hostReputation";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::HostSslCertificatePath {
    /// Navigation property `host` (`microsoft.graph.security.host`).
    #[inline]
    pub fn host(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::AnyHost,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("host"))
    }
    /// Navigation property `sslCertificate` (`microsoft.graph.security.sslCertificate`).
    #[inline]
    pub fn ssl_certificate(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::SslCertificate,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("sslCertificate"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyArtifact>
for crate::v1::security::HostSslCertificate {
    const SEGMENT: &'static str = "microsoft.graph.security.hostSslCertificate";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::HostSslCertificate {
    const SEGMENT: &'static str = "microsoft.graph.security.hostSslCertificate";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::HostTrackerPath {
    /// Navigation property `host` (`microsoft.graph.security.host`).
    #[inline]
    pub fn host(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::AnyHost,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("host"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyArtifact>
for crate::v1::security::HostTracker {
    const SEGMENT: &'static str = "microsoft.graph.security.hostTracker";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::HostTracker {
    const SEGMENT: &'static str = "microsoft.graph.security.hostTracker";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyHost>
for crate::v1::security::Hostname {
    const SEGMENT: &'static str = "microsoft.graph.security.hostname";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyArtifact>
for crate::v1::security::Hostname {
    const SEGMENT: &'static str = "microsoft.graph.security.hostname";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::Hostname {
    const SEGMENT: &'static str = "microsoft.graph.security.hostname";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::IdentityApiConnectorPath {
    /// Structural property `authenticationConfiguration` (`microsoft.graph.apiAuthenticationConfigurationBase`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn authentication_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyApiAuthenticationConfigurationBase> {
        crate::path::PropertyPath::new(
            self.node_target().segment("authenticationConfiguration"),
        )
    }
    /// `POST .../uploadClientCertificate`: action `microsoft.graph.uploadClientCertificate`.
    #[inline]
    pub fn upload_client_certificate(
        &self,
        params: crate::v1::params::IdentityApiConnectorUploadClientCertificateParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::IdentityApiConnectorUploadClientCertificateParams,
        >,
        rt::request::Entity<crate::v1::IdentityApiConnector>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("uploadClientCertificate"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::IdentityApiConnector {
    const SEGMENT: &'static str = "microsoft.graph.identityApiConnector";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyIdentityUserFlowAttribute>
for crate::v1::IdentityBuiltInUserFlowAttribute {
    const SEGMENT: &'static str = "microsoft.graph.identityBuiltInUserFlowAttribute";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IdentityBuiltInUserFlowAttribute {
    const SEGMENT: &'static str = "microsoft.graph.identityBuiltInUserFlowAttribute";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::IdentityContainerPath {
    /// Containment navigation property `apiConnectors` (`microsoft.graph.identityApiConnector`).
    #[inline]
    pub fn api_connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::IdentityApiConnector,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("apiConnectors"))
    }
    /// Containment navigation property `authenticationEventListeners` (`microsoft.graph.authenticationEventListener`).
    #[inline]
    pub fn authentication_event_listeners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAuthenticationEventListener,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("authenticationEventListeners"),
        )
    }
    /// Containment navigation property `authenticationEventsFlows` (`microsoft.graph.authenticationEventsFlow`).
    #[inline]
    pub fn authentication_events_flows(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAuthenticationEventsFlow,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("authenticationEventsFlows"),
        )
    }
    /// Containment navigation property `b2xUserFlows` (`microsoft.graph.b2xIdentityUserFlow`).
    #[inline]
    pub fn b2x_user_flows(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::B2xIdentityUserFlow,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("b2xUserFlows"))
    }
    /// Containment navigation property `conditionalAccess` (`microsoft.graph.conditionalAccessRoot`).
    #[inline]
    pub fn conditional_access(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ConditionalAccessRoot,
        crate::path::caps::Get,
    > {
        crate::path::EntityPath::new(self.node_target().segment("conditionalAccess"))
    }
    /// Containment navigation property `customAuthenticationExtensions` (`microsoft.graph.customAuthenticationExtension`).
    #[inline]
    pub fn custom_authentication_extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyCustomAuthenticationExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("customAuthenticationExtensions"),
        )
    }
    /// Containment navigation property `identityProviders` (`microsoft.graph.identityProviderBase`).
    #[inline]
    pub fn identity_providers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyIdentityProviderBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("identityProviders"))
    }
    /// Containment navigation property `riskPrevention` (`microsoft.graph.riskPreventionContainer`).
    #[inline]
    pub fn risk_prevention(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::RiskPreventionContainer,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("riskPrevention"))
    }
    /// Containment navigation property `userFlowAttributes` (`microsoft.graph.identityUserFlowAttribute`).
    #[inline]
    pub fn user_flow_attributes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyIdentityUserFlowAttribute,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userFlowAttributes"),
        )
    }
    /// Containment navigation property `verifiedId` (`microsoft.graph.identityVerifiedIdRoot`).
    #[inline]
    pub fn verified_id(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::IdentityVerifiedIdRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("verifiedId"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::IdentityContainer {
    const SEGMENT: &'static str = "microsoft.graph.identityContainer";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyIdentityUserFlowAttribute>
for crate::v1::IdentityCustomUserFlowAttribute {
    const SEGMENT: &'static str = "microsoft.graph.identityCustomUserFlowAttribute";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IdentityCustomUserFlowAttribute {
    const SEGMENT: &'static str = "microsoft.graph.identityCustomUserFlowAttribute";
}
#[cfg(msgraph_v1_identity_governance)]
/// Features: `v1` or `v1-identity-governance`.
impl dyn crate::v1::requests::IdentityGovernancePath {
    /// Containment navigation property `accessReviews` (`microsoft.graph.accessReviewSet`).
    #[inline]
    pub fn access_reviews(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AccessReviewSet,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("accessReviews"))
    }
    /// Containment navigation property `appConsent` (`microsoft.graph.appConsentApprovalRoute`).
    #[inline]
    pub fn app_consent(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AppConsentApprovalRoute,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("appConsent"))
    }
    /// Containment navigation property `catalogs` (`microsoft.graph.accessPackageCatalog`).
    #[inline]
    pub fn catalogs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AccessPackageCatalog,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("catalogs"))
    }
    /// Containment navigation property `entitlementManagement` (`microsoft.graph.entitlementManagement`).
    #[inline]
    pub fn entitlement_management(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::EntitlementManagement,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("entitlementManagement"))
    }
    /// Containment navigation property `lifecycleWorkflows` (`microsoft.graph.identityGovernance.lifecycleWorkflowsContainer`).
    #[inline]
    pub fn lifecycle_workflows(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::identity_governance::LifecycleWorkflowsContainer,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lifecycleWorkflows"))
    }
    /// Containment navigation property `privilegedAccess` (`microsoft.graph.privilegedAccessRoot`).
    #[inline]
    pub fn privileged_access(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PrivilegedAccessRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("privilegedAccess"))
    }
    /// Containment navigation property `termsOfUse` (`microsoft.graph.termsOfUseContainer`).
    #[inline]
    pub fn terms_of_use(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TermsOfUseContainer,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("termsOfUse"))
    }
}
#[cfg(msgraph_v1_identity_protection)]
/// Features: `v1` or `v1-identity-protection`.
impl dyn crate::v1::requests::IdentityProtectionRootPath {
    /// Containment navigation property `riskDetections` (`microsoft.graph.riskDetection`).
    #[inline]
    pub fn risk_detections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::RiskDetection,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("riskDetections"))
    }
    /// Containment navigation property `riskyServicePrincipals` (`microsoft.graph.riskyServicePrincipal`).
    #[inline]
    pub fn risky_service_principals(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyRiskyServicePrincipal,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("riskyServicePrincipals"),
        )
    }
    /// Containment navigation property `riskyUsers` (`microsoft.graph.riskyUser`).
    #[inline]
    pub fn risky_users(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyRiskyUser,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("riskyUsers"))
    }
    /// Containment navigation property `servicePrincipalRiskDetections` (`microsoft.graph.servicePrincipalRiskDetection`).
    #[inline]
    pub fn service_principal_risk_detections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ServicePrincipalRiskDetection,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("servicePrincipalRiskDetections"),
        )
    }
}
#[cfg(msgraph_v1_identity_providers_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::IdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.identityProvider";
}
#[cfg(msgraph_v1_identity_providers_or_search)]
/// Features: `v1`, or one of `v1-identity-providers`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::IdentityProvider, C> {
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
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyIdentityProviderBase {
    const SEGMENT: &'static str = "microsoft.graph.identityProviderBase";
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-domains`, `v1-identity`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AnyIdentityProviderBase, C> {
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
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyBase>
for crate::v1::IdentitySecurityDefaultsEnforcementPolicy {
    const SEGMENT: &'static str = "microsoft.graph.identitySecurityDefaultsEnforcementPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::IdentitySecurityDefaultsEnforcementPolicy {
    const SEGMENT: &'static str = "microsoft.graph.identitySecurityDefaultsEnforcementPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IdentitySecurityDefaultsEnforcementPolicy {
    const SEGMENT: &'static str = "microsoft.graph.identitySecurityDefaultsEnforcementPolicy";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<
    C,
> crate::path::CollectionPath<crate::v1::IdentitySecurityDefaultsEnforcementPolicy, C> {
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
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyIdentityUserFlow {
    const SEGMENT: &'static str = "microsoft.graph.identityUserFlow";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyIdentityUserFlowAttribute {
    const SEGMENT: &'static str = "microsoft.graph.identityUserFlowAttribute";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::IdentityUserFlowAttributeAssignmentPath {
    /// Navigation property `userAttribute` (`microsoft.graph.identityUserFlowAttribute`).
    #[inline]
    pub fn user_attribute(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyIdentityUserFlowAttribute,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userAttribute"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IdentityUserFlowAttributeAssignment {
    const SEGMENT: &'static str = "microsoft.graph.identityUserFlowAttributeAssignment";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::IdentityUserFlowAttributeAssignment, C> {
    /// `GET .../getOrder`: function `microsoft.graph.getOrder`.
    pub fn get_order(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AssignmentOrder>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getOrder", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../setOrder`: action `microsoft.graph.setOrder`.
    pub fn set_order(
        &self,
        params: crate::v1::params::IdentityUserFlowAttributeAssignmentCollectionSetOrderParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::IdentityUserFlowAttributeAssignmentCollectionSetOrderParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("setOrder"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::IdentityVerifiedIdRootPath {
    /// Containment navigation property `profiles` (`microsoft.graph.verifiedIdProfile`).
    #[inline]
    pub fn profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VerifiedIdProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("profiles"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IdentityVerifiedIdRoot {
    const SEGMENT: &'static str = "microsoft.graph.identityVerifiedIdRoot";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::ImportedWindowsAutopilotDeviceIdentityPath {
    /// Structural property `state` (`microsoft.graph.importedWindowsAutopilotDeviceIdentityState`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn state(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::ImportedWindowsAutopilotDeviceIdentityState,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("state"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ImportedWindowsAutopilotDeviceIdentity {
    const SEGMENT: &'static str = "microsoft.graph.importedWindowsAutopilotDeviceIdentity";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::ImportedWindowsAutopilotDeviceIdentity, C> {
    /// `POST .../import`: action `microsoft.graph.import`.
    pub fn import(
        &self,
        params: crate::v1::params::ImportedWindowsAutopilotDeviceIdentityCollectionImportParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ImportedWindowsAutopilotDeviceIdentityCollectionImportParams,
        >,
        rt::request::Collection<crate::v1::ImportedWindowsAutopilotDeviceIdentity>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("import"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl dyn crate::v1::requests::ImportedWindowsAutopilotDeviceIdentityUploadPath {
    /// Containment navigation property `deviceIdentities` (`microsoft.graph.importedWindowsAutopilotDeviceIdentity`).
    #[inline]
    pub fn device_identities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ImportedWindowsAutopilotDeviceIdentity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceIdentities"))
    }
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ImportedWindowsAutopilotDeviceIdentityUpload {
    const SEGMENT: &'static str = "microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::InferenceClassificationPath {
    /// Containment navigation property `overrides` (`microsoft.graph.inferenceClassificationOverride`).
    #[inline]
    pub fn overrides(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::InferenceClassificationOverride,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("overrides"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::InferenceClassification {
    const SEGMENT: &'static str = "microsoft.graph.inferenceClassification";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::InferenceClassificationOverridePath {
    /// Structural property `senderEmailAddress` (`microsoft.graph.emailAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sender_email_address(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmailAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("senderEmailAddress"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::InferenceClassificationOverride {
    const SEGMENT: &'static str = "microsoft.graph.inferenceClassificationOverride";
}
#[cfg(msgraph_v1_information_protection)]
/// Features: `v1` or `v1-information-protection`.
impl dyn crate::v1::requests::InformationProtectionPath {
    /// Containment navigation property `bitlocker` (`microsoft.graph.bitlocker`).
    #[inline]
    pub fn bitlocker(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Bitlocker, crate::path::caps::Get> {
        crate::path::EntityPath::new(self.node_target().segment("bitlocker"))
    }
    /// Containment navigation property `threatAssessmentRequests` (`microsoft.graph.threatAssessmentRequest`).
    #[inline]
    pub fn threat_assessment_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyThreatAssessmentRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("threatAssessmentRequests"),
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::InheritablePermissionPath {
    /// Structural property `inheritableScopes` (`microsoft.graph.inheritableScopes`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn inheritable_scopes(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyInheritableScopes> {
        crate::path::PropertyPath::new(self.node_target().segment("inheritableScopes"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::InsightsSettings {
    const SEGMENT: &'static str = "microsoft.graph.insightsSettings";
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-domains`, `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::InternalDomainFederationPath {
    /// Structural property `signingCertificateUpdateStatus` (`microsoft.graph.signingCertificateUpdateStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn signing_certificate_update_status(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SigningCertificateUpdateStatus> {
        crate::path::PropertyPath::new(
            self.node_target().segment("signingCertificateUpdateStatus"),
        )
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnySamlOrWsFedProvider>
for crate::v1::InternalDomainFederation {
    const SEGMENT: &'static str = "microsoft.graph.internalDomainFederation";
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyIdentityProviderBase>
for crate::v1::InternalDomainFederation {
    const SEGMENT: &'static str = "microsoft.graph.internalDomainFederation";
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::InternalDomainFederation {
    const SEGMENT: &'static str = "microsoft.graph.internalDomainFederation";
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-domains`, `v1-identity`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::InternalDomainFederation, C> {
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
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::InternetExplorerModePath {
    /// Containment navigation property `siteLists` (`microsoft.graph.browserSiteList`).
    #[inline]
    pub fn site_lists(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::BrowserSiteList,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("siteLists"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::InternetExplorerMode {
    const SEGMENT: &'static str = "microsoft.graph.internetExplorerMode";
}
#[cfg(msgraph_v1_invitations_or_search)]
/// Features: `v1`, or one of `v1-invitations`, `v1-search`.
impl dyn crate::v1::requests::InvitationPath {
    /// Structural property `invitedUserMessageInfo` (`microsoft.graph.invitedUserMessageInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn invited_user_message_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::InvitedUserMessageInfo> {
        crate::path::PropertyPath::new(
            self.node_target().segment("invitedUserMessageInfo"),
        )
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `invitedUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn invited_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("invitedUser"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `invitedUserSponsors` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    #[inline]
    pub fn invited_user_sponsors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("invitedUserSponsors"),
        )
    }
}
#[cfg(msgraph_v1_invitations_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Invitation {
    const SEGMENT: &'static str = "microsoft.graph.invitation";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::InviteParticipantsOperation {
    const SEGMENT: &'static str = "microsoft.graph.inviteParticipantsOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::InviteParticipantsOperation {
    const SEGMENT: &'static str = "microsoft.graph.inviteParticipantsOperation";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::IosCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.iosCertificateProfile";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IosCertificateProfile {
    const SEGMENT: &'static str = "microsoft.graph.iosCertificateProfile";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceCompliancePolicy>
for crate::v1::IosCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.iosCompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::IosCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.iosCompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::IosCustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosCustomConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IosCustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosCustomConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAppleDeviceFeaturesConfigurationBase>
for crate::v1::IosDeviceFeaturesConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosDeviceFeaturesConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::IosDeviceFeaturesConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosDeviceFeaturesConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IosDeviceFeaturesConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosDeviceFeaturesConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::IosGeneralDeviceConfigurationPath {
    /// Structural property `mediaContentRatingAustralia` (`microsoft.graph.mediaContentRatingAustralia`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media_content_rating_australia(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MediaContentRatingAustralia> {
        crate::path::PropertyPath::new(
            self.node_target().segment("mediaContentRatingAustralia"),
        )
    }
    /// Structural property `mediaContentRatingCanada` (`microsoft.graph.mediaContentRatingCanada`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media_content_rating_canada(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MediaContentRatingCanada> {
        crate::path::PropertyPath::new(
            self.node_target().segment("mediaContentRatingCanada"),
        )
    }
    /// Structural property `mediaContentRatingFrance` (`microsoft.graph.mediaContentRatingFrance`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media_content_rating_france(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MediaContentRatingFrance> {
        crate::path::PropertyPath::new(
            self.node_target().segment("mediaContentRatingFrance"),
        )
    }
    /// Structural property `mediaContentRatingGermany` (`microsoft.graph.mediaContentRatingGermany`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media_content_rating_germany(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MediaContentRatingGermany> {
        crate::path::PropertyPath::new(
            self.node_target().segment("mediaContentRatingGermany"),
        )
    }
    /// Structural property `mediaContentRatingIreland` (`microsoft.graph.mediaContentRatingIreland`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media_content_rating_ireland(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MediaContentRatingIreland> {
        crate::path::PropertyPath::new(
            self.node_target().segment("mediaContentRatingIreland"),
        )
    }
    /// Structural property `mediaContentRatingJapan` (`microsoft.graph.mediaContentRatingJapan`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media_content_rating_japan(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MediaContentRatingJapan> {
        crate::path::PropertyPath::new(
            self.node_target().segment("mediaContentRatingJapan"),
        )
    }
    /// Structural property `mediaContentRatingNewZealand` (`microsoft.graph.mediaContentRatingNewZealand`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media_content_rating_new_zealand(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MediaContentRatingNewZealand> {
        crate::path::PropertyPath::new(
            self.node_target().segment("mediaContentRatingNewZealand"),
        )
    }
    /// Structural property `mediaContentRatingUnitedKingdom` (`microsoft.graph.mediaContentRatingUnitedKingdom`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media_content_rating_united_kingdom(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MediaContentRatingUnitedKingdom> {
        crate::path::PropertyPath::new(
            self.node_target().segment("mediaContentRatingUnitedKingdom"),
        )
    }
    /// Structural property `mediaContentRatingUnitedStates` (`microsoft.graph.mediaContentRatingUnitedStates`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media_content_rating_united_states(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MediaContentRatingUnitedStates> {
        crate::path::PropertyPath::new(
            self.node_target().segment("mediaContentRatingUnitedStates"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceConfigurationDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceConfigurationUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::v1::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    #[inline]
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
                .node_target()
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
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::IosGeneralDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosGeneralDeviceConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IosGeneralDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosGeneralDeviceConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::IosLobAppPath {
    /// Structural property `applicableDeviceType` (`microsoft.graph.iosDeviceType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn applicable_device_type(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IosDeviceType> {
        crate::path::PropertyPath::new(
            self.node_target().segment("applicableDeviceType"),
        )
    }
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.iosMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IosMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.node_target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    #[inline]
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.node_target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileLobApp> for crate::v1::IosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.iosLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::IosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.iosLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::IosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.iosLobApp";
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl dyn crate::v1::requests::IosLobAppProvisioningConfigurationAssignmentPath {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("target"))
    }
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IosLobAppProvisioningConfigurationAssignment {
    const SEGMENT: &'static str = "microsoft.graph.iosLobAppProvisioningConfigurationAssignment";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::IosManagedAppProtectionPath {
    /// Containment navigation property `apps` (`microsoft.graph.managedMobileApp`).
    #[inline]
    pub fn apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedMobileApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("apps"))
    }
    /// Containment navigation property `deploymentSummary` (`microsoft.graph.managedAppPolicyDeploymentSummary`).
    #[inline]
    pub fn deployment_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ManagedAppPolicyDeploymentSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deploymentSummary"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.targetedManagedAppPolicyAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TargetedManagedAppPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::TargetedManagedAppProtectionAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TargetedManagedAppProtectionAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../targetApps`: action `microsoft.graph.targetApps`.
    #[inline]
    pub fn target_apps(
        &self,
        params: crate::v1::params::TargetedManagedAppProtectionTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::TargetedManagedAppProtectionTargetAppsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("targetApps"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyTargetedManagedAppProtection>
for crate::v1::IosManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.iosManagedAppProtection";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppProtection>
for crate::v1::IosManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.iosManagedAppProtection";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppPolicy>
for crate::v1::IosManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.iosManagedAppProtection";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IosManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.iosManagedAppProtection";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppRegistration>
for crate::v1::IosManagedAppRegistration {
    const SEGMENT: &'static str = "microsoft.graph.iosManagedAppRegistration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IosManagedAppRegistration {
    const SEGMENT: &'static str = "microsoft.graph.iosManagedAppRegistration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::IosManagedAppRegistration, C> {
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
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedDeviceMobileAppConfiguration>
for crate::v1::IosMobileAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosMobileAppConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IosMobileAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosMobileAppConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::IosStoreAppPath {
    /// Structural property `applicableDeviceType` (`microsoft.graph.iosDeviceType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn applicable_device_type(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IosDeviceType> {
        crate::path::PropertyPath::new(
            self.node_target().segment("applicableDeviceType"),
        )
    }
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.iosMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IosMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.node_target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.node_target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::IosStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.iosStoreApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::IosStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.iosStoreApp";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::IosUpdateConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosUpdateConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IosUpdateConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.iosUpdateConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IosUpdateDeviceStatus {
    const SEGMENT: &'static str = "microsoft.graph.iosUpdateDeviceStatus";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::IosVppAppPath {
    /// Structural property `applicableDeviceType` (`microsoft.graph.iosDeviceType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn applicable_device_type(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IosDeviceType> {
        crate::path::PropertyPath::new(
            self.node_target().segment("applicableDeviceType"),
        )
    }
    /// Structural property `licensingType` (`microsoft.graph.vppLicensingType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn licensing_type(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::VppLicensingType> {
        crate::path::PropertyPath::new(self.node_target().segment("licensingType"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.node_target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::IosVppApp {
    const SEGMENT: &'static str = "microsoft.graph.iosVppApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::IosVppApp {
    const SEGMENT: &'static str = "microsoft.graph.iosVppApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedEBook> for crate::v1::IosVppEBook {
    const SEGMENT: &'static str = "microsoft.graph.iosVppEBook";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::IosVppEBook {
    const SEGMENT: &'static str = "microsoft.graph.iosVppEBook";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedEBookAssignment>
for crate::v1::IosVppEBookAssignment {
    const SEGMENT: &'static str = "microsoft.graph.iosVppEBookAssignment";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::IosVppEBookAssignment {
    const SEGMENT: &'static str = "microsoft.graph.iosVppEBookAssignment";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::IosiPadOsWebClip {
    const SEGMENT: &'static str = "microsoft.graph.iosiPadOSWebClip";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::IosiPadOsWebClip {
    const SEGMENT: &'static str = "microsoft.graph.iosiPadOSWebClip";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyNamedLocation>
for crate::v1::IpNamedLocation {
    const SEGMENT: &'static str = "microsoft.graph.ipNamedLocation";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyDeletableItem>
for crate::v1::IpNamedLocation {
    const SEGMENT: &'static str = "microsoft.graph.ipNamedLocation";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ItemActivityPath {
    /// Structural property `access` (`microsoft.graph.accessAction`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn access(&self) -> crate::path::PropertyPath<crate::v1::AccessAction> {
        crate::path::PropertyPath::new(self.node_target().segment("access"))
    }
    /// Structural property `actor` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn actor(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("actor"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `driveItem` (`microsoft.graph.driveItem`).
    ///
    /// Features: `v1`, or one of `v1-drives`, `v1-search`.
    #[inline]
    pub fn drive_item(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DriveItem,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("driveItem"))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ItemActivity {
    const SEGMENT: &'static str = "microsoft.graph.itemActivity";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ItemActivityStatPath {
    /// Structural property `access` (`microsoft.graph.itemActionStat`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn access(&self) -> crate::path::PropertyPath<crate::v1::ItemActionStat> {
        crate::path::PropertyPath::new(self.node_target().segment("access"))
    }
    /// Structural property `create` (`microsoft.graph.itemActionStat`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn create_2(&self) -> crate::path::PropertyPath<crate::v1::ItemActionStat> {
        crate::path::PropertyPath::new(self.node_target().segment("create"))
    }
    /// Structural property `delete` (`microsoft.graph.itemActionStat`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn delete_2(&self) -> crate::path::PropertyPath<crate::v1::ItemActionStat> {
        crate::path::PropertyPath::new(self.node_target().segment("delete"))
    }
    /// Structural property `edit` (`microsoft.graph.itemActionStat`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn edit(&self) -> crate::path::PropertyPath<crate::v1::ItemActionStat> {
        crate::path::PropertyPath::new(self.node_target().segment("edit"))
    }
    /// Structural property `incompleteData` (`microsoft.graph.incompleteData`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn incomplete_data(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IncompleteData> {
        crate::path::PropertyPath::new(self.node_target().segment("incompleteData"))
    }
    /// Structural property `move` (`microsoft.graph.itemActionStat`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn move_(&self) -> crate::path::PropertyPath<crate::v1::ItemActionStat> {
        crate::path::PropertyPath::new(self.node_target().segment("move"))
    }
    /// Containment navigation property `activities` (`microsoft.graph.itemActivity`).
    #[inline]
    pub fn activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ItemActivity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("activities"))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ItemActivityStat {
    const SEGMENT: &'static str = "microsoft.graph.itemActivityStat";
}
#[cfg(msgraph_v1_core_or_drives_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ItemAnalyticsPath {
    /// Navigation property `allTime` (`microsoft.graph.itemActivityStat`).
    #[inline]
    pub fn all_time(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ItemActivityStat,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("allTime"))
    }
    /// Containment navigation property `itemActivityStats` (`microsoft.graph.itemActivityStat`).
    #[inline]
    pub fn item_activity_stats(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ItemActivityStat,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("itemActivityStats"))
    }
    /// Navigation property `lastSevenDays` (`microsoft.graph.itemActivityStat`).
    #[inline]
    pub fn last_seven_days(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ItemActivityStat,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastSevenDays"))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ItemAnalytics {
    const SEGMENT: &'static str = "microsoft.graph.itemAnalytics";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ItemAttachmentPath {
    /// Containment navigation property `item` (`microsoft.graph.outlookItem`).
    #[inline]
    pub fn item(
        &self,
    ) -> crate::path::EntityPath<crate::v1::AnyOutlookItem, crate::path::caps::Get> {
        crate::path::EntityPath::new(self.node_target().segment("item"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAttachment> for crate::v1::ItemAttachment {
    const SEGMENT: &'static str = "microsoft.graph.itemAttachment";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ItemAttachment {
    const SEGMENT: &'static str = "microsoft.graph.itemAttachment";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::ItemAttachment, C> {
    /// `POST .../createUploadSession`: action `microsoft.graph.createUploadSession`.
    pub fn create_upload_session(
        &self,
        params: crate::v1::params::AttachmentCollectionCreateUploadSessionParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::AttachmentCollectionCreateUploadSessionParams,
        >,
        rt::request::Entity<crate::v1::UploadSession>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("createUploadSession"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOfficeGraphInsights>
for crate::v1::ItemInsights {
    const SEGMENT: &'static str = "microsoft.graph.itemInsights";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ItemInsights {
    const SEGMENT: &'static str = "microsoft.graph.itemInsights";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl dyn crate::v1::requests::ItemRetentionLabelPath {
    /// Structural property `labelAppliedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn label_applied_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("labelAppliedBy"))
    }
    /// Structural property `retentionSettings` (`microsoft.graph.retentionLabelSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn retention_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RetentionLabelSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("retentionSettings"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ItemRetentionLabel {
    const SEGMENT: &'static str = "microsoft.graph.itemRetentionLabel";
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::external_connectors::Identity {
    const SEGMENT: &'static str = "microsoft.graph.externalConnectors.identity";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::identity_governance::InsightsPath {
    /// `GET .../microsoft.graph.identityGovernance.topTasksProcessedSummary`: function `microsoft.graph.identityGovernance.topTasksProcessedSummary`.
    #[inline]
    pub fn top_tasks_processed_summary(
        &self,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::identity_governance::TopTasksInsightsSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "microsoft.graph.identityGovernance.topTasksProcessedSummary",
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
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../microsoft.graph.identityGovernance.topWorkflowsProcessedSummary`: function `microsoft.graph.identityGovernance.topWorkflowsProcessedSummary`.
    #[inline]
    pub fn top_workflows_processed_summary(
        &self,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::v1::identity_governance::TopWorkflowsInsightsSummary,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "microsoft.graph.identityGovernance.topWorkflowsProcessedSummary",
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
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../microsoft.graph.identityGovernance.workflowsProcessedByCategory`: function `microsoft.graph.identityGovernance.workflowsProcessedByCategory`.
    #[inline]
    pub fn workflows_processed_by_category(
        &self,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::identity_governance::WorkflowsInsightsByCategory>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "microsoft.graph.identityGovernance.workflowsProcessedByCategory",
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
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../microsoft.graph.identityGovernance.workflowsProcessedSummary`: function `microsoft.graph.identityGovernance.workflowsProcessedSummary`.
    #[inline]
    pub fn workflows_processed_summary(
        &self,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::identity_governance::WorkflowsInsightsSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "microsoft.graph.identityGovernance.workflowsProcessedSummary",
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
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::Insights {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.insights";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::IdentityAccountsPath {
    /// `POST .../microsoft.graph.security.invokeAction`: action `microsoft.graph.security.invokeAction`.
    #[inline]
    pub fn invoke_action(
        &self,
        params: crate::v1::params::IdentityAccountsInvokeActionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::IdentityAccountsInvokeActionParams>,
        rt::request::Entity<crate::v1::security::InvokeActionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.security.invokeAction"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::AnyIdentityAccounts {
    const SEGMENT: &'static str = "microsoft.graph.security.identityAccounts";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::IdentityContainerPath {
    /// Containment navigation property `healthIssues` (`microsoft.graph.security.healthIssue`).
    #[inline]
    pub fn health_issues(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HealthIssue,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("healthIssues"))
    }
    /// Containment navigation property `identityAccounts` (`microsoft.graph.security.identityAccounts`).
    #[inline]
    pub fn identity_accounts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::AnyIdentityAccounts,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("identityAccounts"))
    }
    /// Containment navigation property `sensorCandidateActivationConfiguration` (`microsoft.graph.security.sensorCandidateActivationConfiguration`).
    #[inline]
    pub fn sensor_candidate_activation_configuration(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::SensorCandidateActivationConfiguration,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("sensorCandidateActivationConfiguration"),
        )
    }
    /// Containment navigation property `sensorCandidates` (`microsoft.graph.security.sensorCandidate`).
    #[inline]
    pub fn sensor_candidates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::SensorCandidate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sensorCandidates"))
    }
    /// Containment navigation property `sensors` (`microsoft.graph.security.sensor`).
    #[inline]
    pub fn sensors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::Sensor,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sensors"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.security.settingsContainer`).
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::SettingsContainer,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("settings"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::IdentityContainer {
    const SEGMENT: &'static str = "microsoft.graph.security.identityContainer";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::IncidentPath {
    /// Navigation property `alerts` (`microsoft.graph.security.alert`).
    #[inline]
    pub fn alerts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::Alert,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("alerts"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::Incident {
    const SEGMENT: &'static str = "microsoft.graph.security.incident";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::CollectionPath<crate::v1::security::Incident, C> {
    /// `POST .../microsoft.graph.security.mergeIncidents`: action `microsoft.graph.security.mergeIncidents`.
    pub fn merge_incidents(
        &self,
        params: crate::v1::params::IncidentCollectionMergeIncidentsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::IncidentCollectionMergeIncidentsParams>,
        rt::request::Entity<crate::v1::security::MergeResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.security.mergeIncidents"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::IndicatorPath {
    /// Navigation property `artifact` (`microsoft.graph.security.artifact`).
    #[inline]
    pub fn artifact(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::AnyArtifact,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("artifact"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::AnyIndicator {
    const SEGMENT: &'static str = "microsoft.graph.security.indicator";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::IntelligenceProfilePath {
    /// Structural property `description` (`microsoft.graph.security.formattedContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn description(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::FormattedContent> {
        crate::path::PropertyPath::new(self.node_target().segment("description"))
    }
    /// Structural property `summary` (`microsoft.graph.security.formattedContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn summary(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::FormattedContent> {
        crate::path::PropertyPath::new(self.node_target().segment("summary"))
    }
    /// Structural property `tradecraft` (`microsoft.graph.security.formattedContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn tradecraft(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::FormattedContent> {
        crate::path::PropertyPath::new(self.node_target().segment("tradecraft"))
    }
    /// Navigation property `indicators` (`microsoft.graph.security.intelligenceProfileIndicator`).
    #[inline]
    pub fn indicators(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::IntelligenceProfileIndicator,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("indicators"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::IntelligenceProfile {
    const SEGMENT: &'static str = "microsoft.graph.security.intelligenceProfile";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyIndicator>
for crate::v1::security::IntelligenceProfileIndicator {
    const SEGMENT: &'static str = "microsoft.graph.security.intelligenceProfileIndicator";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::IntelligenceProfileIndicator {
    const SEGMENT: &'static str = "microsoft.graph.security.intelligenceProfileIndicator";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::IpAddressPath {
    /// Structural property `autonomousSystem` (`microsoft.graph.security.autonomousSystem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn autonomous_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::AutonomousSystem> {
        crate::path::PropertyPath::new(self.node_target().segment("autonomousSystem"))
    }
    /// Navigation property `childHostPairs` (`microsoft.graph.security.hostPair`).
    #[inline]
    pub fn child_host_pairs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostPair,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("childHostPairs"))
    }
    /// Navigation property `components` (`microsoft.graph.security.hostComponent`).
    #[inline]
    pub fn components(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostComponent,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("components"))
    }
    /// Navigation property `cookies` (`microsoft.graph.security.hostCookie`).
    #[inline]
    pub fn cookies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostCookie,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("cookies"))
    }
    /// Navigation property `hostPairs` (`microsoft.graph.security.hostPair`).
    #[inline]
    pub fn host_pairs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostPair,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("hostPairs"))
    }
    /// Navigation property `parentHostPairs` (`microsoft.graph.security.hostPair`).
    #[inline]
    pub fn parent_host_pairs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostPair,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("parentHostPairs"))
    }
    /// Navigation property `passiveDns` (`microsoft.graph.security.passiveDnsRecord`).
    #[inline]
    pub fn passive_dns(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::PassiveDnsRecord,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("passiveDns"))
    }
    /// Navigation property `passiveDnsReverse` (`microsoft.graph.security.passiveDnsRecord`).
    #[inline]
    pub fn passive_dns_reverse(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::PassiveDnsRecord,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("passiveDnsReverse"))
    }
    /// Navigation property `ports` (`microsoft.graph.security.hostPort`).
    #[inline]
    pub fn ports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostPort,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("ports"))
    }
    /// Containment navigation property `reputation` (`microsoft.graph.security.hostReputation`).
    #[inline]
    pub fn reputation(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::HostReputation,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("reputation"))
    }
    /// Navigation property `sslCertificates` (`microsoft.graph.security.hostSslCertificate`).
    #[inline]
    pub fn ssl_certificates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostSslCertificate,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sslCertificates"))
    }
    /// Navigation property `subdomains` (`microsoft.graph.security.subdomain`).
    #[inline]
    pub fn subdomains(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::Subdomain,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("subdomains"))
    }
    /// Navigation property `trackers` (`microsoft.graph.security.hostTracker`).
    #[inline]
    pub fn trackers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostTracker,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("trackers"))
    }
    /// Navigation property `whois` (`microsoft.graph.security.whoisRecord`).
    #[inline]
    pub fn whois(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::WhoisRecord,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("whois"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyHost>
for crate::v1::security::IpAddress {
    const SEGMENT: &'static str = "microsoft.graph.security.ipAddress";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyArtifact>
for crate::v1::security::IpAddress {
    const SEGMENT: &'static str = "microsoft.graph.security.ipAddress";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::IpAddress {
    const SEGMENT: &'static str = "microsoft.graph.security.ipAddress";
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl dyn crate::v1::requests::LabelContentRightPath {
    /// Navigation property `label` (`microsoft.graph.sensitivityLabel`).
    #[inline]
    pub fn label(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::SensitivityLabel,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("label"))
    }
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LabelContentRight {
    const SEGMENT: &'static str = "microsoft.graph.labelContentRight";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::LandingPagePath {
    /// Structural property `createdBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `details` (`microsoft.graph.landingPageDetail`).
    #[inline]
    pub fn details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::LandingPageDetail,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("details"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LandingPage {
    const SEGMENT: &'static str = "microsoft.graph.landingPage";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LandingPageDetail {
    const SEGMENT: &'static str = "microsoft.graph.landingPageDetail";
}
#[cfg(msgraph_v1_employee_experience_or_search)]
/// Features: `v1`, or one of `v1-employee-experience`, `v1-search`.
impl dyn crate::v1::requests::LearningAssignmentPath {
    /// Structural property `dueDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn due_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("dueDateTime"))
    }
    /// Structural property `notes` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn notes(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("notes"))
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyLearningCourseActivity>
for crate::v1::LearningAssignment {
    const SEGMENT: &'static str = "microsoft.graph.learningAssignment";
}
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LearningAssignment {
    const SEGMENT: &'static str = "microsoft.graph.learningAssignment";
}
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LearningContent {
    const SEGMENT: &'static str = "microsoft.graph.learningContent";
}
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyLearningCourseActivity {
    const SEGMENT: &'static str = "microsoft.graph.learningCourseActivity";
}
#[cfg(msgraph_v1_employee_experience_or_search)]
/// Features: `v1`, or one of `v1-employee-experience`, `v1-search`.
impl dyn crate::v1::requests::LearningProviderPath {
    /// Containment navigation property `learningContents` (`microsoft.graph.learningContent`).
    #[inline]
    pub fn learning_contents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::LearningContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("learningContents"))
    }
    /// Containment navigation property `learningCourseActivities` (`microsoft.graph.learningCourseActivity`).
    #[inline]
    pub fn learning_course_activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyLearningCourseActivity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("learningCourseActivities"),
        )
    }
}
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LearningProvider {
    const SEGMENT: &'static str = "microsoft.graph.learningProvider";
}
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyLearningCourseActivity>
for crate::v1::LearningSelfInitiatedCourse {
    const SEGMENT: &'static str = "microsoft.graph.learningSelfInitiatedCourse";
}
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::LearningSelfInitiatedCourse {
    const SEGMENT: &'static str = "microsoft.graph.learningSelfInitiatedCourse";
}
#[cfg(msgraph_v1_places_or_search)]
/// Features: `v1`, or one of `v1-places`, `v1-search`.
impl dyn crate::v1::requests::LevelMapPath {
    /// Containment navigation property `fixtures` (`microsoft.graph.fixtureMap`).
    #[inline]
    pub fn fixtures(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::FixtureMap,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("fixtures"))
    }
    /// Containment navigation property `sections` (`microsoft.graph.sectionMap`).
    #[inline]
    pub fn sections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SectionMap,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sections"))
    }
    /// Containment navigation property `units` (`microsoft.graph.unitMap`).
    #[inline]
    pub fn units(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnitMap,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("units"))
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseMapFeature> for crate::v1::LevelMap {
    const SEGMENT: &'static str = "microsoft.graph.levelMap";
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LevelMap {
    const SEGMENT: &'static str = "microsoft.graph.levelMap";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
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
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LinkedResource {
    const SEGMENT: &'static str = "microsoft.graph.linkedResource";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ListPath {
    /// Structural property `list` (`microsoft.graph.listInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn list_2(&self) -> crate::path::PropertyPath<crate::v1::ListInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("list"))
    }
    /// Structural property `sharepointIds` (`microsoft.graph.sharepointIds`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sharepoint_ids(&self) -> crate::path::PropertyPath<crate::v1::SharepointIds> {
        crate::path::PropertyPath::new(self.node_target().segment("sharepointIds"))
    }
    /// Structural property `system` (`microsoft.graph.systemFacet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn system(&self) -> crate::path::PropertyPath<crate::v1::SystemFacet> {
        crate::path::PropertyPath::new(self.node_target().segment("system"))
    }
    /// Containment navigation property `columns` (`microsoft.graph.columnDefinition`).
    #[inline]
    pub fn columns(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ColumnDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("columns"))
    }
    /// Containment navigation property `contentTypes` (`microsoft.graph.contentType`).
    #[inline]
    pub fn content_types(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ContentType,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("contentTypes"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `drive` (`microsoft.graph.drive`).
    ///
    /// Features: `v1`, or one of `v1-drives`, `v1-search`.
    #[inline]
    pub fn drive(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Drive,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("drive"))
    }
    /// Containment navigation property `items` (`microsoft.graph.listItem`).
    #[inline]
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ListItem,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("items"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.richLongRunningOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::RichLongRunningOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
    /// Containment navigation property `permissions` (`microsoft.graph.permission`).
    #[inline]
    pub fn permissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Permission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("permissions"))
    }
    /// Containment navigation property `subscriptions` (`microsoft.graph.subscription`).
    #[inline]
    pub fn subscriptions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Subscription,
        crate::path::caps::NoCount<crate::path::caps::ListCreateUpdateDelete>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("subscriptions"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ItemReference> {
        crate::path::PropertyPath::new(self.node_target().segment("parentReference"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn created_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdByUser"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn last_modified_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastModifiedByUser"))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItem> for crate::v1::List {
    const SEGMENT: &'static str = "microsoft.graph.list";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::List {
    const SEGMENT: &'static str = "microsoft.graph.list";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ListItemPath {
    /// Structural property `contentType` (`microsoft.graph.contentTypeInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn content_type(&self) -> crate::path::PropertyPath<crate::v1::ContentTypeInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("contentType"))
    }
    /// Structural property `deleted` (`microsoft.graph.deleted`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn deleted(&self) -> crate::path::PropertyPath<crate::v1::Deleted> {
        crate::path::PropertyPath::new(self.node_target().segment("deleted"))
    }
    /// Structural property `sharepointIds` (`microsoft.graph.sharepointIds`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sharepoint_ids(&self) -> crate::path::PropertyPath<crate::v1::SharepointIds> {
        crate::path::PropertyPath::new(self.node_target().segment("sharepointIds"))
    }
    #[cfg(msgraph_v1_core_or_drives_or_sites)]
    /// Navigation property `analytics` (`microsoft.graph.itemAnalytics`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn analytics(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ItemAnalytics,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("analytics"))
    }
    /// Containment navigation property `documentSetVersions` (`microsoft.graph.documentSetVersion`).
    #[inline]
    pub fn document_set_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DocumentSetVersion,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("documentSetVersions"),
        )
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `driveItem` (`microsoft.graph.driveItem`).
    ///
    /// Features: `v1`, or one of `v1-drives`, `v1-search`.
    #[inline]
    pub fn drive_item(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DriveItem,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("driveItem"))
    }
    /// Containment navigation property `fields` (`microsoft.graph.fieldValueSet`).
    #[inline]
    pub fn fields(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::FieldValueSet,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("fields"))
    }
    /// Containment navigation property `permissions` (`microsoft.graph.permission`).
    #[inline]
    pub fn permissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Permission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("permissions"))
    }
    /// Containment navigation property `versions` (`microsoft.graph.listItemVersion`).
    #[inline]
    pub fn versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyListItemVersion,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("versions"))
    }
    /// `POST .../createLink`: action `microsoft.graph.createLink`.
    #[inline]
    pub fn create_link(
        &self,
        params: crate::v1::params::ListItemCreateLinkParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ListItemCreateLinkParams>,
        rt::request::Entity<crate::v1::Permission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createLink"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getActivitiesByInterval`: function `microsoft.graph.getActivitiesByInterval`.
    #[inline]
    pub fn get_activities_by_interval(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ItemActivityStat>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getActivitiesByInterval", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getActivitiesByInterval`: function `microsoft.graph.getActivitiesByInterval`.
    #[inline]
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
                .node_target()
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
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ItemReference> {
        crate::path::PropertyPath::new(self.node_target().segment("parentReference"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn created_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdByUser"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn last_modified_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastModifiedByUser"))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItem> for crate::v1::ListItem {
    const SEGMENT: &'static str = "microsoft.graph.listItem";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
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
impl dyn crate::v1::requests::ListItemVersionPath {
    /// Containment navigation property `fields` (`microsoft.graph.fieldValueSet`).
    #[inline]
    pub fn fields(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::FieldValueSet,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("fields"))
    }
    /// `POST .../restoreVersion`: action `microsoft.graph.restoreVersion`.
    #[inline]
    pub fn restore_version(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restoreVersion"),
            rt::request::NoBody,
        )
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `publication` (`microsoft.graph.publicationFacet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn publication(&self) -> crate::path::PropertyPath<crate::v1::PublicationFacet> {
        crate::path::PropertyPath::new(self.node_target().segment("publication"))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItemVersion>
for crate::v1::AnyListItemVersion {
    const SEGMENT: &'static str = "microsoft.graph.listItemVersion";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyListItemVersion {
    const SEGMENT: &'static str = "microsoft.graph.listItemVersion";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::LocalizedNotificationMessage {
    const SEGMENT: &'static str = "microsoft.graph.localizedNotificationMessage";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::LoginPagePath {
    /// Structural property `createdBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::LoginPage {
    const SEGMENT: &'static str = "microsoft.graph.loginPage";
}
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyLongRunningOperation {
    const SEGMENT: &'static str = "microsoft.graph.longRunningOperation";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::identity_governance::LifecycleManagementSettingsPath {
    /// Structural property `emailSettings` (`microsoft.graph.emailSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn email_settings(&self) -> crate::path::PropertyPath<crate::v1::EmailSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("emailSettings"))
    }
    /// Structural property `quarantineConfiguration` (`microsoft.graph.identityGovernance.quarantineConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn quarantine_configuration(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::identity_governance::QuarantineConfiguration,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("quarantineConfiguration"),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::LifecycleManagementSettings {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.lifecycleManagementSettings";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::identity_governance::LifecycleWorkflowsContainerPath {
    /// Containment navigation property `customTaskExtensions` (`microsoft.graph.identityGovernance.customTaskExtension`).
    #[inline]
    pub fn custom_task_extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::CustomTaskExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("customTaskExtensions"),
        )
    }
    /// Containment navigation property `deletedItems` (`microsoft.graph.deletedItemContainer`).
    #[inline]
    pub fn deleted_items(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeletedItemContainer,
        crate::path::caps::GetDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deletedItems"))
    }
    /// Containment navigation property `insights` (`microsoft.graph.identityGovernance.insights`).
    #[inline]
    pub fn insights(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::identity_governance::Insights,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("insights"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.identityGovernance.lifecycleManagementSettings`).
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::identity_governance::LifecycleManagementSettings,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.node_target().segment("settings"))
    }
    /// Containment navigation property `taskDefinitions` (`microsoft.graph.identityGovernance.taskDefinition`).
    #[inline]
    pub fn task_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::TaskDefinition,
        crate::path::caps::NoCount<crate::path::caps::List>,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("taskDefinitions"))
    }
    /// Containment navigation property `workflows` (`microsoft.graph.identityGovernance.workflow`).
    #[inline]
    pub fn workflows(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::Workflow,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("workflows"))
    }
    /// Containment navigation property `workflowTemplates` (`microsoft.graph.identityGovernance.workflowTemplate`).
    #[inline]
    pub fn workflow_templates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::WorkflowTemplate,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("workflowTemplates"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::LifecycleWorkflowsContainer {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.lifecycleWorkflowsContainer";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::LabelsRootPath {
    /// Containment navigation property `authorities` (`microsoft.graph.security.authorityTemplate`).
    #[inline]
    pub fn authorities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::AuthorityTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("authorities"))
    }
    /// Containment navigation property `categories` (`microsoft.graph.security.categoryTemplate`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::CategoryTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// Containment navigation property `citations` (`microsoft.graph.security.citationTemplate`).
    #[inline]
    pub fn citations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::CitationTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("citations"))
    }
    /// Containment navigation property `departments` (`microsoft.graph.security.departmentTemplate`).
    #[inline]
    pub fn departments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::DepartmentTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("departments"))
    }
    /// Containment navigation property `filePlanReferences` (`microsoft.graph.security.filePlanReferenceTemplate`).
    #[inline]
    pub fn file_plan_references(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::FilePlanReferenceTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("filePlanReferences"),
        )
    }
    /// Containment navigation property `retentionLabels` (`microsoft.graph.security.retentionLabel`).
    #[inline]
    pub fn retention_labels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::RetentionLabel,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("retentionLabels"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::LabelsRoot {
    const SEGMENT: &'static str = "microsoft.graph.security.labelsRoot";
}
