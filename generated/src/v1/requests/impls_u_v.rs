//! Items of `requests` by the first letters of their types' names (`u_v`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_role_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRbacResourceAction {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRbacResourceAction";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::UnifiedRbacResourceNamespace, C> {
    /// Containment navigation property `resourceActions` (`microsoft.graph.unifiedRbacResourceAction`).
    pub fn resource_actions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnifiedRbacResourceAction,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("resourceActions"))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRbacResourceNamespace {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRbacResourceNamespace";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::UnifiedRoleAssignment, C> {
    /// Containment navigation property `appScope` (`microsoft.graph.appScope`).
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AppScope,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("appScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("directoryScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleAssignment {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignment";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::UnifiedRoleAssignmentSchedule, C> {
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RequestSchedule> {
        crate::path::PropertyPath::new(self.target().segment("scheduleInfo"))
    }
    /// Navigation property `activatedUsing` (`microsoft.graph.unifiedRoleEligibilitySchedule`).
    pub fn activated_using(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleEligibilitySchedule,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("activatedUsing"))
    }
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AppScope,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("appScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("directoryScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyUnifiedRoleScheduleBase>
for crate::v1::UnifiedRoleAssignmentSchedule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentSchedule";
}
#[cfg(msgraph_v1_role_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleAssignmentSchedule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentSchedule";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::UnifiedRoleAssignmentSchedule, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::RoleAssignmentScheduleFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::UnifiedRoleAssignmentSchedule>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::UnifiedRoleAssignmentScheduleInstance, C> {
    /// Navigation property `activatedUsing` (`microsoft.graph.unifiedRoleEligibilityScheduleInstance`).
    pub fn activated_using(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleEligibilityScheduleInstance,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("activatedUsing"))
    }
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AppScope,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("appScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("directoryScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyUnifiedRoleScheduleInstanceBase>
for crate::v1::UnifiedRoleAssignmentScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentScheduleInstance";
}
#[cfg(msgraph_v1_role_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleAssignmentScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentScheduleInstance";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::UnifiedRoleAssignmentScheduleInstance, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::RoleAssignmentScheduleInstanceFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::UnifiedRoleAssignmentScheduleInstance>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::UnifiedRoleAssignmentScheduleRequest, C> {
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RequestSchedule> {
        crate::path::PropertyPath::new(self.target().segment("scheduleInfo"))
    }
    /// Structural property `ticketInfo` (`microsoft.graph.ticketInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn ticket_info(&self) -> crate::path::PropertyPath<crate::v1::TicketInfo> {
        crate::path::PropertyPath::new(self.target().segment("ticketInfo"))
    }
    /// Navigation property `activatedUsing` (`microsoft.graph.unifiedRoleEligibilitySchedule`).
    pub fn activated_using(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleEligibilitySchedule,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("activatedUsing"))
    }
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AppScope,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("appScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("directoryScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("roleDefinition"))
    }
    /// Navigation property `targetSchedule` (`microsoft.graph.unifiedRoleAssignmentSchedule`).
    pub fn target_schedule(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleAssignmentSchedule,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("targetSchedule"))
    }
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("cancel"),
            rt::request::NoBody,
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyRequest>
for crate::v1::UnifiedRoleAssignmentScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentScheduleRequest";
}
#[cfg(msgraph_v1_role_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleAssignmentScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentScheduleRequest";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::UnifiedRoleAssignmentScheduleRequest, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::RoleAssignmentScheduleRequestFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::UnifiedRoleAssignmentScheduleRequest>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::UnifiedRoleDefinition, C> {
    /// Containment navigation property `inheritsPermissionsFrom` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn inherits_permissions_from(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnifiedRoleDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("inheritsPermissionsFrom"),
        )
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleDefinition {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleDefinition";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::UnifiedRoleEligibilitySchedule, C> {
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RequestSchedule> {
        crate::path::PropertyPath::new(self.target().segment("scheduleInfo"))
    }
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AppScope,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("appScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("directoryScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyUnifiedRoleScheduleBase>
for crate::v1::UnifiedRoleEligibilitySchedule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilitySchedule";
}
#[cfg(msgraph_v1_role_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleEligibilitySchedule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilitySchedule";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::UnifiedRoleEligibilitySchedule, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::RoleEligibilityScheduleFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::UnifiedRoleEligibilitySchedule>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::UnifiedRoleEligibilityScheduleInstance, C> {
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AppScope,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("appScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("directoryScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyUnifiedRoleScheduleInstanceBase>
for crate::v1::UnifiedRoleEligibilityScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilityScheduleInstance";
}
#[cfg(msgraph_v1_role_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleEligibilityScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilityScheduleInstance";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::UnifiedRoleEligibilityScheduleInstance, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::RoleEligibilityScheduleInstanceFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::UnifiedRoleEligibilityScheduleInstance>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::UnifiedRoleEligibilityScheduleRequest, C> {
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RequestSchedule> {
        crate::path::PropertyPath::new(self.target().segment("scheduleInfo"))
    }
    /// Structural property `ticketInfo` (`microsoft.graph.ticketInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn ticket_info(&self) -> crate::path::PropertyPath<crate::v1::TicketInfo> {
        crate::path::PropertyPath::new(self.target().segment("ticketInfo"))
    }
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AppScope,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("appScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("directoryScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("roleDefinition"))
    }
    /// Navigation property `targetSchedule` (`microsoft.graph.unifiedRoleEligibilitySchedule`).
    pub fn target_schedule(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleEligibilitySchedule,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("targetSchedule"))
    }
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("cancel"),
            rt::request::NoBody,
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyRequest>
for crate::v1::UnifiedRoleEligibilityScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilityScheduleRequest";
}
#[cfg(msgraph_v1_role_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleEligibilityScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilityScheduleRequest";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::UnifiedRoleEligibilityScheduleRequest, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::RoleEligibilityScheduleRequestFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::UnifiedRoleEligibilityScheduleRequest>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_policies_or_search)]
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::UnifiedRoleManagementPolicy, C> {
    /// Structural property `lastModifiedBy` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentity> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `effectiveRules` (`microsoft.graph.unifiedRoleManagementPolicyRule`).
    pub fn effective_rules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyUnifiedRoleManagementPolicyRule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("effectiveRules"))
    }
    /// Containment navigation property `rules` (`microsoft.graph.unifiedRoleManagementPolicyRule`).
    pub fn rules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyUnifiedRoleManagementPolicyRule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("rules"))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleManagementPolicy {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicy";
}
#[cfg(msgraph_v1_policies_or_search)]
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::UnifiedRoleManagementPolicyApprovalRule, C> {
    /// Structural property `setting` (`microsoft.graph.approvalSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn setting(&self) -> crate::path::PropertyPath<crate::v1::ApprovalSettings> {
        crate::path::PropertyPath::new(self.target().segment("setting"))
    }
    /// Structural property `target` (`microsoft.graph.unifiedRoleManagementPolicyRuleTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::UnifiedRoleManagementPolicyRuleTarget> {
        crate::path::PropertyPath::new(self.target().segment("target"))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyUnifiedRoleManagementPolicyRule>
for crate::v1::UnifiedRoleManagementPolicyApprovalRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyApprovalRule";
}
#[cfg(msgraph_v1_policies_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleManagementPolicyApprovalRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyApprovalRule";
}
#[cfg(msgraph_v1_policies_or_search)]
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::UnifiedRoleManagementPolicyAssignment, C> {
    /// Navigation property `policy` (`microsoft.graph.unifiedRoleManagementPolicy`).
    pub fn policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleManagementPolicy,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("policy"))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleManagementPolicyAssignment {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyAssignment";
}
#[cfg(msgraph_v1_policies_or_search)]
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<
    crate::v1::UnifiedRoleManagementPolicyAuthenticationContextRule,
    C,
> {
    /// Structural property `target` (`microsoft.graph.unifiedRoleManagementPolicyRuleTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::UnifiedRoleManagementPolicyRuleTarget> {
        crate::path::PropertyPath::new(self.target().segment("target"))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyUnifiedRoleManagementPolicyRule>
for crate::v1::UnifiedRoleManagementPolicyAuthenticationContextRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule";
}
#[cfg(msgraph_v1_policies_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleManagementPolicyAuthenticationContextRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule";
}
#[cfg(msgraph_v1_policies_or_search)]
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<crate::v1::UnifiedRoleManagementPolicyEnablementRule, C> {
    /// Structural property `target` (`microsoft.graph.unifiedRoleManagementPolicyRuleTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::UnifiedRoleManagementPolicyRuleTarget> {
        crate::path::PropertyPath::new(self.target().segment("target"))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyUnifiedRoleManagementPolicyRule>
for crate::v1::UnifiedRoleManagementPolicyEnablementRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyEnablementRule";
}
#[cfg(msgraph_v1_policies_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleManagementPolicyEnablementRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyEnablementRule";
}
#[cfg(msgraph_v1_policies_or_search)]
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<crate::v1::UnifiedRoleManagementPolicyExpirationRule, C> {
    /// Structural property `target` (`microsoft.graph.unifiedRoleManagementPolicyRuleTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::UnifiedRoleManagementPolicyRuleTarget> {
        crate::path::PropertyPath::new(self.target().segment("target"))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyUnifiedRoleManagementPolicyRule>
for crate::v1::UnifiedRoleManagementPolicyExpirationRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyExpirationRule";
}
#[cfg(msgraph_v1_policies_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleManagementPolicyExpirationRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyExpirationRule";
}
#[cfg(msgraph_v1_policies_or_search)]
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<crate::v1::UnifiedRoleManagementPolicyNotificationRule, C> {
    /// Structural property `target` (`microsoft.graph.unifiedRoleManagementPolicyRuleTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::UnifiedRoleManagementPolicyRuleTarget> {
        crate::path::PropertyPath::new(self.target().segment("target"))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyUnifiedRoleManagementPolicyRule>
for crate::v1::UnifiedRoleManagementPolicyNotificationRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyNotificationRule";
}
#[cfg(msgraph_v1_policies_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnifiedRoleManagementPolicyNotificationRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyNotificationRule";
}
#[cfg(msgraph_v1_policies_or_search)]
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::AnyUnifiedRoleManagementPolicyRule, C> {
    /// Structural property `target` (`microsoft.graph.unifiedRoleManagementPolicyRuleTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::UnifiedRoleManagementPolicyRuleTarget> {
        crate::path::PropertyPath::new(self.target().segment("target"))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyUnifiedRoleManagementPolicyRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyRule";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::AnyUnifiedRoleScheduleBase, C> {
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AppScope,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("appScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("directoryScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyUnifiedRoleScheduleBase {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleScheduleBase";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::AnyUnifiedRoleScheduleInstanceBase, C> {
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    pub fn app_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AppScope,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("appScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn directory_scope(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("directoryScope"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("principal"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyUnifiedRoleScheduleInstanceBase {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleScheduleInstanceBase";
}
#[cfg(msgraph_v1_core_or_storage)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::UnifiedStorageQuota, C> {
    /// Containment navigation property `services` (`microsoft.graph.serviceStorageQuotaBreakdown`).
    pub fn services(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ServiceStorageQuotaBreakdown,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("services"))
    }
}
#[cfg(msgraph_v1_core_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UnifiedStorageQuota {
    const SEGMENT: &'static str = "microsoft.graph.unifiedStorageQuota";
}
#[cfg(msgraph_v1_places_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseMapFeature> for crate::v1::UnitMap {
    const SEGMENT: &'static str = "microsoft.graph.unitMap";
}
#[cfg(msgraph_v1_places_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UnitMap {
    const SEGMENT: &'static str = "microsoft.graph.unitMap";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::UnmuteParticipantOperation, C> {
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::v1::ResultInfo> {
        crate::path::PropertyPath::new(self.target().segment("resultInfo"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::UnmuteParticipantOperation {
    const SEGMENT: &'static str = "microsoft.graph.unmuteParticipantOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UnmuteParticipantOperation {
    const SEGMENT: &'static str = "microsoft.graph.unmuteParticipantOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::UpdateRecordingStatusOperation, C> {
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::v1::ResultInfo> {
        crate::path::PropertyPath::new(self.target().segment("resultInfo"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::UpdateRecordingStatusOperation {
    const SEGMENT: &'static str = "microsoft.graph.updateRecordingStatusOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UpdateRecordingStatusOperation {
    const SEGMENT: &'static str = "microsoft.graph.updateRecordingStatusOperation";
}
#[cfg(msgraph_v1_information_protection_or_search)]
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::UrlAssessmentRequest, C> {
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
for crate::v1::UrlAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.urlAssessmentRequest";
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UrlAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.urlAssessmentRequest";
}
#[cfg(msgraph_v1_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UsageRightsIncluded {
    const SEGMENT: &'static str = "microsoft.graph.usageRightsIncluded";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::UsedInsight, C> {
    /// Structural property `lastUsed` (`microsoft.graph.usageDetails`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_used(&self) -> crate::path::PropertyPath<crate::v1::UsageDetails> {
        crate::path::PropertyPath::new(self.target().segment("lastUsed"))
    }
    /// Structural property `resourceReference` (`microsoft.graph.resourceReference`), addressed on its own: `GET` or `PATCH` it.
    pub fn resource_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ResourceReference> {
        crate::path::PropertyPath::new(self.target().segment("resourceReference"))
    }
    /// Structural property `resourceVisualization` (`microsoft.graph.resourceVisualization`), addressed on its own: `GET` or `PATCH` it.
    pub fn resource_visualization(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ResourceVisualization> {
        crate::path::PropertyPath::new(self.target().segment("resourceVisualization"))
    }
    /// Navigation property `resource` (`microsoft.graph.entity`).
    pub fn resource(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyEntity,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("resource"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UsedInsight {
    const SEGMENT: &'static str = "microsoft.graph.usedInsight";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::AnyUser, C> {
    /// Structural property `authorizationInfo` (`microsoft.graph.authorizationInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn authorization_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthorizationInfo> {
        crate::path::PropertyPath::new(self.target().segment("authorizationInfo"))
    }
    /// Structural property `customSecurityAttributes` (`microsoft.graph.customSecurityAttributeValue`), addressed on its own: `GET` or `PATCH` it.
    pub fn custom_security_attributes(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CustomSecurityAttributeValue> {
        crate::path::PropertyPath::new(self.target().segment("customSecurityAttributes"))
    }
    /// Structural property `employeeOrgData` (`microsoft.graph.employeeOrgData`), addressed on its own: `GET` or `PATCH` it.
    pub fn employee_org_data(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmployeeOrgData> {
        crate::path::PropertyPath::new(self.target().segment("employeeOrgData"))
    }
    /// Structural property `mailboxSettings` (`microsoft.graph.mailboxSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn mailbox_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MailboxSettings> {
        crate::path::PropertyPath::new(self.target().segment("mailboxSettings"))
    }
    /// Structural property `onPremisesExtensionAttributes` (`microsoft.graph.onPremisesExtensionAttributes`), addressed on its own: `GET` or `PATCH` it.
    pub fn on_premises_extension_attributes(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OnPremisesExtensionAttributes> {
        crate::path::PropertyPath::new(
            self.target().segment("onPremisesExtensionAttributes"),
        )
    }
    /// Structural property `passwordProfile` (`microsoft.graph.passwordProfile`), addressed on its own: `GET` or `PATCH` it.
    pub fn password_profile(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PasswordProfile> {
        crate::path::PropertyPath::new(self.target().segment("passwordProfile"))
    }
    /// Structural property `print` (`microsoft.graph.userPrint`), addressed on its own: `GET` or `PATCH` it.
    pub fn print(&self) -> crate::path::PropertyPath<crate::v1::UserPrint> {
        crate::path::PropertyPath::new(self.target().segment("print"))
    }
    /// Structural property `signInActivity` (`microsoft.graph.signInActivity`), addressed on its own: `GET` or `PATCH` it.
    pub fn sign_in_activity(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SignInActivity> {
        crate::path::PropertyPath::new(self.target().segment("signInActivity"))
    }
    /// Containment navigation property `activities` (`microsoft.graph.userActivity`).
    pub fn activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserActivity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("activities"))
    }
    /// Containment navigation property `adhocCalls` (`microsoft.graph.adhocCall`).
    pub fn adhoc_calls(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AdhocCall,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("adhocCalls"))
    }
    #[cfg(
        msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
    )]
    /// Navigation property `agreementAcceptances` (`microsoft.graph.agreementAcceptance`).
    ///
    /// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
    pub fn agreement_acceptances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AgreementAcceptance,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("agreementAcceptances"))
    }
    /// Containment navigation property `appRoleAssignments` (`microsoft.graph.appRoleAssignment`).
    pub fn app_role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("appRoleAssignments"))
    }
    /// Containment navigation property `authentication` (`microsoft.graph.authentication`).
    pub fn authentication(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Authentication,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("authentication"))
    }
    /// Containment navigation property `calendar` (`microsoft.graph.calendar`).
    pub fn calendar(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Calendar, crate::path::caps::GetUpdate> {
        crate::path::EntityPath::new(self.target().segment("calendar"))
    }
    /// Containment navigation property `calendarGroups` (`microsoft.graph.calendarGroup`).
    pub fn calendar_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CalendarGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("calendarGroups"))
    }
    /// Containment navigation property `calendars` (`microsoft.graph.calendar`).
    pub fn calendars(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Calendar,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("calendars"))
    }
    /// Containment navigation property `calendarView` (`microsoft.graph.event`).
    pub fn calendar_view(
        &self,
    ) -> crate::path::CollectionPath<crate::v1::Event, crate::path::caps::List> {
        crate::path::CollectionPath::new(self.target().segment("calendarView"))
    }
    /// Containment navigation property `chats` (`microsoft.graph.chat`).
    pub fn chats(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Chat,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("chats"))
    }
    /// Containment navigation property `cloudClipboard` (`microsoft.graph.cloudClipboardRoot`).
    pub fn cloud_clipboard(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::CloudClipboardRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("cloudClipboard"))
    }
    /// Containment navigation property `cloudPCs` (`microsoft.graph.cloudPC`).
    pub fn cloud_p_cs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CloudPc,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("cloudPCs"))
    }
    /// Containment navigation property `contactFolders` (`microsoft.graph.contactFolder`).
    pub fn contact_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ContactFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("contactFolders"))
    }
    /// Containment navigation property `contacts` (`microsoft.graph.contact`).
    pub fn contacts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Contact,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("contacts"))
    }
    /// Navigation property `createdObjects` (`microsoft.graph.directoryObject`).
    pub fn created_objects(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("createdObjects"))
    }
    /// Containment navigation property `dataSecurityAndGovernance` (`microsoft.graph.userDataSecurityAndGovernance`).
    pub fn data_security_and_governance(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserDataSecurityAndGovernance,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("dataSecurityAndGovernance"))
    }
    /// Containment navigation property `deviceManagementTroubleshootingEvents` (`microsoft.graph.deviceManagementTroubleshootingEvent`).
    pub fn device_management_troubleshooting_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDeviceManagementTroubleshootingEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("deviceManagementTroubleshootingEvents"),
        )
    }
    /// Navigation property `directReports` (`microsoft.graph.directoryObject`).
    pub fn direct_reports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("directReports"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `drive` (`microsoft.graph.drive`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn drive(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Drive,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("drive"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `drives` (`microsoft.graph.drive`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn drives(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Drive,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("drives"))
    }
    /// Containment navigation property `employeeExperience` (`microsoft.graph.employeeExperienceUser`).
    pub fn employee_experience(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::EmployeeExperienceUser,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("employeeExperience"))
    }
    /// Containment navigation property `events` (`microsoft.graph.event`).
    pub fn events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Event,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("events"))
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
    /// Navigation property `followedSites` (`microsoft.graph.site`).
    pub fn followed_sites(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Site,
        crate::path::caps::ListUpdateRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("followedSites"))
    }
    /// Containment navigation property `inferenceClassification` (`microsoft.graph.inferenceClassification`).
    pub fn inference_classification(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::InferenceClassification,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.target().segment("inferenceClassification"))
    }
    /// Containment navigation property `insights` (`microsoft.graph.itemInsights`).
    pub fn insights(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ItemInsights,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("insights"))
    }
    /// Containment navigation property `joinedTeams` (`microsoft.graph.team`).
    pub fn joined_teams(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Team,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("joinedTeams"))
    }
    /// Containment navigation property `licenseDetails` (`microsoft.graph.licenseDetails`).
    pub fn license_details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::LicenseDetails,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("licenseDetails"))
    }
    /// Containment navigation property `mailFolders` (`microsoft.graph.mailFolder`).
    pub fn mail_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMailFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("mailFolders"))
    }
    #[cfg(msgraph_v1_device_app_management_or_search)]
    /// Navigation property `managedAppRegistrations` (`microsoft.graph.managedAppRegistration`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn managed_app_registrations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyManagedAppRegistration,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("managedAppRegistrations"),
        )
    }
    /// Containment navigation property `managedDevices` (`microsoft.graph.managedDevice`).
    pub fn managed_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("managedDevices"))
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
    /// Containment navigation property `messages` (`microsoft.graph.message`).
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("messages"))
    }
    #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
    /// Navigation property `oauth2PermissionGrants` (`microsoft.graph.oAuth2PermissionGrant`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn oauth2_permission_grants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OAuth2PermissionGrant,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("oauth2PermissionGrants"))
    }
    /// Containment navigation property `onenote` (`microsoft.graph.onenote`).
    pub fn onenote(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Onenote,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("onenote"))
    }
    /// Containment navigation property `onlineMeetings` (`microsoft.graph.onlineMeeting`).
    pub fn online_meetings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OnlineMeeting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("onlineMeetings"))
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
    /// Containment navigation property `outlook` (`microsoft.graph.outlookUser`).
    pub fn outlook(
        &self,
    ) -> crate::path::EntityPath<crate::v1::OutlookUser, crate::path::caps::Get> {
        crate::path::EntityPath::new(self.target().segment("outlook"))
    }
    /// Navigation property `ownedDevices` (`microsoft.graph.directoryObject`).
    pub fn owned_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("ownedDevices"))
    }
    /// Navigation property `ownedObjects` (`microsoft.graph.directoryObject`).
    pub fn owned_objects(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("ownedObjects"))
    }
    /// Containment navigation property `people` (`microsoft.graph.person`).
    pub fn people(
        &self,
    ) -> crate::path::CollectionPath<crate::v1::Person, crate::path::caps::List> {
        crate::path::CollectionPath::new(self.target().segment("people"))
    }
    /// Containment navigation property `permissionGrants` (`microsoft.graph.resourceSpecificPermissionGrant`).
    pub fn permission_grants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ResourceSpecificPermissionGrant,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("permissionGrants"))
    }
    /// Containment navigation property `photo` (`microsoft.graph.profilePhoto`).
    pub fn photo(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ProfilePhoto,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("photo"))
    }
    /// Containment navigation property `photos` (`microsoft.graph.profilePhoto`).
    pub fn photos(
        &self,
    ) -> crate::path::CollectionPath<crate::v1::ProfilePhoto, crate::path::caps::List> {
        crate::path::CollectionPath::new(self.target().segment("photos"))
    }
    /// Containment navigation property `planner` (`microsoft.graph.plannerUser`).
    pub fn planner(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PlannerUser,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("planner"))
    }
    /// Containment navigation property `presence` (`microsoft.graph.presence`).
    pub fn presence(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Presence,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("presence"))
    }
    /// Navigation property `registeredDevices` (`microsoft.graph.directoryObject`).
    pub fn registered_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("registeredDevices"))
    }
    /// Containment navigation property `scopedRoleMemberOf` (`microsoft.graph.scopedRoleMembership`).
    pub fn scoped_role_member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ScopedRoleMembership,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("scopedRoleMemberOf"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.userSettings`).
    pub fn settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("settings"))
    }
    /// Containment navigation property `solutions` (`microsoft.graph.userSolutionRoot`).
    pub fn solutions(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserSolutionRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("solutions"))
    }
    /// Navigation property `sponsorOf` (`microsoft.graph.directoryObject`).
    pub fn sponsor_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("sponsorOf"))
    }
    /// Navigation property `sponsors` (`microsoft.graph.directoryObject`).
    pub fn sponsors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("sponsors"))
    }
    /// Containment navigation property `teamwork` (`microsoft.graph.userTeamwork`).
    pub fn teamwork(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserTeamwork,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("teamwork"))
    }
    /// Containment navigation property `todo` (`microsoft.graph.todo`).
    pub fn todo(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Todo, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.target().segment("todo"))
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
    /// `POST .../assignLicense`: action `microsoft.graph.assignLicense`.
    pub fn assign_license(
        &self,
        params: crate::v1::params::UserAssignLicenseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserAssignLicenseParams>,
        rt::request::Entity<crate::v1::AnyUser>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assignLicense"),
            rt::request::Json(params),
        )
    }
    /// `POST .../changePassword`: action `microsoft.graph.changePassword`.
    pub fn change_password(
        &self,
        params: crate::v1::params::UserChangePasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserChangePasswordParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("changePassword"),
            rt::request::Json(params),
        )
    }
    /// `GET .../exportDeviceAndAppManagementData`: function `microsoft.graph.exportDeviceAndAppManagementData`.
    pub fn export_device_and_app_management_data(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::DeviceAndAppManagementData>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("exportDeviceAndAppManagementData", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../exportDeviceAndAppManagementData`: function `microsoft.graph.exportDeviceAndAppManagementData`.
    pub fn export_device_and_app_management_data_2(
        &self,
        skip: i32,
        top: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::DeviceAndAppManagementData>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "exportDeviceAndAppManagementData",
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
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../exportPersonalData`: action `microsoft.graph.exportPersonalData`.
    pub fn export_personal_data(
        &self,
        params: crate::v1::params::UserExportPersonalDataParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserExportPersonalDataParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("exportPersonalData"),
            rt::request::Json(params),
        )
    }
    /// `POST .../findMeetingTimes`: action `microsoft.graph.findMeetingTimes`.
    pub fn find_meeting_times(
        &self,
        params: crate::v1::params::UserFindMeetingTimesParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserFindMeetingTimesParams>,
        rt::request::Entity<crate::v1::MeetingTimeSuggestionsResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("findMeetingTimes"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMailTips`: action `microsoft.graph.getMailTips`.
    pub fn get_mail_tips(
        &self,
        params: crate::v1::params::UserGetMailTipsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserGetMailTipsParams>,
        rt::request::Collection<crate::v1::MailTips>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getMailTips"),
            rt::request::Json(params),
        )
    }
    /// Gets diagnostics validation status for a given user.
    ///
    /// `GET .../getManagedAppDiagnosticStatuses`: function `microsoft.graph.getManagedAppDiagnosticStatuses`.
    pub fn get_managed_app_diagnostic_statuses(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ManagedAppDiagnosticStatus>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getManagedAppDiagnosticStatuses", &[]),
            rt::request::NoBody,
        )
    }
    /// Gets app restrictions for a given user.
    ///
    /// `GET .../getManagedAppPolicies`: function `microsoft.graph.getManagedAppPolicies`.
    pub fn get_managed_app_policies(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyManagedAppPolicy>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getManagedAppPolicies", &[]),
            rt::request::NoBody,
        )
    }
    /// Retrieves the list of devices with failed apps
    ///
    /// `GET .../getManagedDevicesWithAppFailures`: function `microsoft.graph.getManagedDevicesWithAppFailures`.
    pub fn get_managed_devices_with_app_failures(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getManagedDevicesWithAppFailures", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../reminderView`: function `microsoft.graph.reminderView`.
    pub fn reminder_view(
        &self,
        start_date_time: &str,
        end_date_time: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::Reminder>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "reminderView",
                    &[
                        (
                            "StartDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(start_date_time),
                            ),
                        ),
                        (
                            "EndDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(end_date_time),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// Retire all devices from management for this user
    ///
    /// `POST .../removeAllDevicesFromManagement`: action `microsoft.graph.removeAllDevicesFromManagement`.
    pub fn remove_all_devices_from_management(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("removeAllDevicesFromManagement"),
            rt::request::NoBody,
        )
    }
    /// `POST .../reprocessLicenseAssignment`: action `microsoft.graph.reprocessLicenseAssignment`.
    pub fn reprocess_license_assignment(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyUser>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("reprocessLicenseAssignment"),
            rt::request::NoBody,
        )
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
    /// `POST .../revokeSignInSessions`: action `microsoft.graph.revokeSignInSessions`.
    pub fn revoke_sign_in_sessions(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<bool>> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("revokeSignInSessions"),
            rt::request::NoBody,
        )
    }
    /// `POST .../sendMail`: action `microsoft.graph.sendMail`.
    pub fn send_mail(
        &self,
        params: crate::v1::params::UserSendMailParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserSendMailParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("sendMail"),
            rt::request::Json(params),
        )
    }
    /// `POST .../translateExchangeIds`: action `microsoft.graph.translateExchangeIds`.
    pub fn translate_exchange_ids(
        &self,
        params: crate::v1::params::UserTranslateExchangeIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserTranslateExchangeIdsParams>,
        rt::request::Collection<crate::v1::ConvertIdResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("translateExchangeIds"),
            rt::request::Json(params),
        )
    }
    /// Issues a wipe operation on an app registration with specified device tag.
    ///
    /// `POST .../wipeManagedAppRegistrationsByDeviceTag`: action `microsoft.graph.wipeManagedAppRegistrationsByDeviceTag`.
    pub fn wipe_managed_app_registrations_by_device_tag(
        &self,
        params: crate::v1::params::UserWipeManagedAppRegistrationsByDeviceTagParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::UserWipeManagedAppRegistrationsByDeviceTagParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("wipeManagedAppRegistrationsByDeviceTag"),
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
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject> for crate::v1::AnyUser {
    const SEGMENT: &'static str = "microsoft.graph.user";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyUser {
    const SEGMENT: &'static str = "microsoft.graph.user";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AnyUser, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyUser>,
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
impl<C> crate::path::EntityPath<crate::v1::UserActivity, C> {
    /// Structural property `visualElements` (`microsoft.graph.visualInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn visual_elements(&self) -> crate::path::PropertyPath<crate::v1::VisualInfo> {
        crate::path::PropertyPath::new(self.target().segment("visualElements"))
    }
    /// Containment navigation property `historyItems` (`microsoft.graph.activityHistoryItem`).
    pub fn history_items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ActivityHistoryItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("historyItems"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UserActivity {
    const SEGMENT: &'static str = "microsoft.graph.userActivity";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::UserActivity, C> {
    /// `GET .../recent`: function `microsoft.graph.recent`.
    pub fn recent(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::UserActivity>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("recent", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::UserConsentRequest, C> {
    /// Containment navigation property `approval` (`microsoft.graph.approval`).
    pub fn approval(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Approval,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("approval"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyRequest> for crate::v1::UserConsentRequest {
    const SEGMENT: &'static str = "microsoft.graph.userConsentRequest";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UserConsentRequest {
    const SEGMENT: &'static str = "microsoft.graph.userConsentRequest";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::UserConsentRequest, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::ConsentRequestFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::UserConsentRequest>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::UserDataSecurityAndGovernance, C> {
    /// Containment navigation property `activities` (`microsoft.graph.activitiesContainer`).
    pub fn activities(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ActivitiesContainer,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("activities"))
    }
    /// Containment navigation property `protectionScopes` (`microsoft.graph.userProtectionScopeContainer`).
    pub fn protection_scopes(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserProtectionScopeContainer,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("protectionScopes"))
    }
    /// `POST .../processContent`: action `microsoft.graph.processContent`.
    pub fn process_content(
        &self,
        params: crate::v1::params::UserDataSecurityAndGovernanceProcessContentParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::UserDataSecurityAndGovernanceProcessContentParams,
        >,
        rt::request::Entity<crate::v1::ProcessContentResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("processContent"),
            rt::request::Json(params),
        )
    }
    /// Containment navigation property `sensitivityLabels` (`microsoft.graph.sensitivityLabel`).
    pub fn sensitivity_labels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SensitivityLabel,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("sensitivityLabels"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyDataSecurityAndGovernance>
for crate::v1::UserDataSecurityAndGovernance {
    const SEGMENT: &'static str = "microsoft.graph.userDataSecurityAndGovernance";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserDataSecurityAndGovernance {
    const SEGMENT: &'static str = "microsoft.graph.userDataSecurityAndGovernance";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsAppHealthApplicationPerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsAppHealthDeviceModelPerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsAppHealthDevicePerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsAppHealthDevicePerformanceDetails {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsAppHealthOsVersionPerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::UserExperienceAnalyticsBaseline, C> {
    /// Navigation property `appHealthMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    pub fn app_health_metrics(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserExperienceAnalyticsCategory,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("appHealthMetrics"))
    }
    /// Navigation property `batteryHealthMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    pub fn battery_health_metrics(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserExperienceAnalyticsCategory,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("batteryHealthMetrics"))
    }
    /// Navigation property `bestPracticesMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    pub fn best_practices_metrics(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserExperienceAnalyticsCategory,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("bestPracticesMetrics"))
    }
    /// Navigation property `deviceBootPerformanceMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    pub fn device_boot_performance_metrics(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserExperienceAnalyticsCategory,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.target().segment("deviceBootPerformanceMetrics"),
        )
    }
    /// Navigation property `rebootAnalyticsMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    pub fn reboot_analytics_metrics(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserExperienceAnalyticsCategory,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("rebootAnalyticsMetrics"))
    }
    /// Navigation property `resourcePerformanceMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    pub fn resource_performance_metrics(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserExperienceAnalyticsCategory,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("resourcePerformanceMetrics"))
    }
    /// Navigation property `workFromAnywhereMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    pub fn work_from_anywhere_metrics(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserExperienceAnalyticsCategory,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("workFromAnywhereMetrics"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsBaseline {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsBaseline";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::UserExperienceAnalyticsCategory, C> {
    /// Containment navigation property `metricValues` (`microsoft.graph.userExperienceAnalyticsMetric`).
    pub fn metric_values(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsMetric,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("metricValues"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsCategory {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsCategory";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsDevicePerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsDevicePerformance";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::UserExperienceAnalyticsDevicePerformance, C> {
    /// `GET .../summarizeDevicePerformanceDevices`: function `microsoft.graph.summarizeDevicePerformanceDevices`.
    pub fn summarize_device_performance_devices(
        &self,
        summarize_by: &crate::v1::UserExperienceAnalyticsSummarizedBy,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::UserExperienceAnalyticsDevicePerformance>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "summarizeDevicePerformanceDevices",
                    &[
                        (
                            "summarizeBy",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(summarize_by),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsDeviceScores {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceScores";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsDeviceStartupHistory {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceStartupHistory";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsDeviceStartupProcess {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceStartupProcess";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsDeviceStartupProcessPerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsMetric {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsMetric";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsMetricHistory {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsMetricHistory";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsModelScores {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsModelScores";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsOverview {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsOverview";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsScoreHistory {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsScoreHistory";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsWorkFromAnywhereDevice {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<crate::v1::UserExperienceAnalyticsWorkFromAnywhereMetric, C> {
    /// Containment navigation property `metricDevices` (`microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice`).
    pub fn metric_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserExperienceAnalyticsWorkFromAnywhereDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("metricDevices"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsWorkFromAnywhereMetric {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserExperienceAnalyticsWorkFromAnywhereModelPerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereModelPerformance";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::UserFlowLanguageConfiguration, C> {
    /// Containment navigation property `defaultPages` (`microsoft.graph.userFlowLanguagePage`).
    pub fn default_pages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserFlowLanguagePage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("defaultPages"))
    }
    /// Containment navigation property `overridesPages` (`microsoft.graph.userFlowLanguagePage`).
    pub fn overrides_pages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserFlowLanguagePage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("overridesPages"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserFlowLanguageConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.userFlowLanguageConfiguration";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::UserFlowLanguagePage, C> {
    /// The media content (`$value`) of this entity.
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("$value"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UserFlowLanguagePage {
    const SEGMENT: &'static str = "microsoft.graph.userFlowLanguagePage";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UserInsightsSettings {
    const SEGMENT: &'static str = "microsoft.graph.userInsightsSettings";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::UserInstallStateSummary, C> {
    /// Containment navigation property `deviceStates` (`microsoft.graph.deviceInstallState`).
    pub fn device_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceInstallState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("deviceStates"))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserInstallStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.userInstallStateSummary";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::UserProtectionScopeContainer, C> {
    /// `POST .../compute`: action `microsoft.graph.compute`.
    pub fn compute(
        &self,
        params: crate::v1::params::UserProtectionScopeContainerComputeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserProtectionScopeContainerComputeParams>,
        rt::request::Collection<crate::v1::PolicyUserScope>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("compute"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserProtectionScopeContainer {
    const SEGMENT: &'static str = "microsoft.graph.userProtectionScopeContainer";
}
#[cfg(msgraph_v1_reports_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserRegistrationDetails {
    const SEGMENT: &'static str = "microsoft.graph.userRegistrationDetails";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::UserScopeTeamsAppInstallation, C> {
    /// Navigation property `chat` (`microsoft.graph.chat`).
    pub fn chat(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Chat,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("chat"))
    }
    /// Structural property `consentedPermissionSet` (`microsoft.graph.teamsAppPermissionSet`), addressed on its own: `GET` or `PATCH` it.
    pub fn consented_permission_set(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TeamsAppPermissionSet> {
        crate::path::PropertyPath::new(self.target().segment("consentedPermissionSet"))
    }
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    /// Navigation property `teamsApp` (`microsoft.graph.teamsApp`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn teams_app(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TeamsApp,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("teamsApp"))
    }
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    /// Navigation property `teamsAppDefinition` (`microsoft.graph.teamsAppDefinition`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn teams_app_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TeamsAppDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("teamsAppDefinition"))
    }
    /// `POST .../upgrade`: action `microsoft.graph.upgrade`.
    pub fn upgrade(
        &self,
        params: crate::v1::params::TeamsAppInstallationUpgradeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TeamsAppInstallationUpgradeParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("upgrade"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyTeamsAppInstallation>
for crate::v1::UserScopeTeamsAppInstallation {
    const SEGMENT: &'static str = "microsoft.graph.userScopeTeamsAppInstallation";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::UserScopeTeamsAppInstallation {
    const SEGMENT: &'static str = "microsoft.graph.userScopeTeamsAppInstallation";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::UserSettings, C> {
    /// Containment navigation property `exchange` (`microsoft.graph.exchangeSettings`).
    pub fn exchange(
        &self,
    ) -> crate::path::EntityPath<crate::v1::ExchangeSettings, crate::path::caps::Get> {
        crate::path::EntityPath::new(self.target().segment("exchange"))
    }
    /// Containment navigation property `itemInsights` (`microsoft.graph.userInsightsSettings`).
    pub fn item_insights(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserInsightsSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("itemInsights"))
    }
    /// Containment navigation property `shiftPreferences` (`microsoft.graph.shiftPreferences`).
    pub fn shift_preferences(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ShiftPreferences,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("shiftPreferences"))
    }
    /// Containment navigation property `storage` (`microsoft.graph.userStorage`).
    pub fn storage(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UserStorage,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("storage"))
    }
    /// Containment navigation property `windows` (`microsoft.graph.windowsSetting`).
    pub fn windows(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WindowsSetting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("windows"))
    }
    /// Containment navigation property `workHoursAndLocations` (`microsoft.graph.workHoursAndLocationsSetting`).
    pub fn work_hours_and_locations(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkHoursAndLocationsSetting,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.target().segment("workHoursAndLocations"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UserSettings {
    const SEGMENT: &'static str = "microsoft.graph.userSettings";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyGovernanceInsight>
for crate::v1::UserSignInInsight {
    const SEGMENT: &'static str = "microsoft.graph.userSignInInsight";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UserSignInInsight {
    const SEGMENT: &'static str = "microsoft.graph.userSignInInsight";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::UserSolutionRoot, C> {
    /// Containment navigation property `workingTimeSchedule` (`microsoft.graph.workingTimeSchedule`).
    pub fn working_time_schedule(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WorkingTimeSchedule,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("workingTimeSchedule"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UserSolutionRoot {
    const SEGMENT: &'static str = "microsoft.graph.userSolutionRoot";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::UserStorage, C> {
    /// Containment navigation property `quota` (`microsoft.graph.unifiedStorageQuota`).
    pub fn quota(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedStorageQuota,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("quota"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UserStorage {
    const SEGMENT: &'static str = "microsoft.graph.userStorage";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::UserTeamwork, C> {
    /// Containment navigation property `associatedTeams` (`microsoft.graph.associatedTeamInfo`).
    pub fn associated_teams(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AssociatedTeamInfo,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("associatedTeams"))
    }
    /// Containment navigation property `installedApps` (`microsoft.graph.userScopeTeamsAppInstallation`).
    pub fn installed_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserScopeTeamsAppInstallation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("installedApps"))
    }
    /// `POST .../deleteTargetedMessage`: action `microsoft.graph.deleteTargetedMessage`.
    pub fn delete_targeted_message(
        &self,
        params: crate::v1::params::UserTeamworkDeleteTargetedMessageParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserTeamworkDeleteTargetedMessageParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("deleteTargetedMessage"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getAllRetainedTargetedMessages`: function `microsoft.graph.getAllRetainedTargetedMessages`.
    pub fn get_all_retained_targeted_messages(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::TargetedChatMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getAllRetainedTargetedMessages", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAllTargetedMessages`: function `microsoft.graph.getAllTargetedMessages`.
    pub fn get_all_targeted_messages(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::TargetedChatMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getAllTargetedMessages", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../sendActivityNotification`: action `microsoft.graph.sendActivityNotification`.
    pub fn send_activity_notification(
        &self,
        params: crate::v1::params::UserTeamworkSendActivityNotificationParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UserTeamworkSendActivityNotificationParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("sendActivityNotification"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::UserTeamwork {
    const SEGMENT: &'static str = "microsoft.graph.userTeamwork";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<crate::v1::identity_governance::UserProcessingResult, C> {
    /// Navigation property `reprocessedRuns` (`microsoft.graph.identityGovernance.run`).
    pub fn reprocessed_runs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::Run,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("reprocessedRuns"))
    }
    /// Navigation property `subject` (`microsoft.graph.user`).
    pub fn subject(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("subject"))
    }
    /// Containment navigation property `taskProcessingResults` (`microsoft.graph.identityGovernance.taskProcessingResult`).
    pub fn task_processing_results(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::TaskProcessingResult,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(self.target().segment("taskProcessingResults"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::UserProcessingResult {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.userProcessingResult";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::identity_governance::UserProcessingResult, C> {
    /// `GET .../microsoft.graph.identityGovernance.summary`: function `microsoft.graph.identityGovernance.summary`.
    pub fn summary(
        &self,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::identity_governance::UserSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "microsoft.graph.identityGovernance.summary",
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
#[cfg(msgraph_v1_reports_or_search)]
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::partners_billing::UnbilledReconciliation, C> {
    /// `POST .../microsoft.graph.partners.billing.export`: action `microsoft.graph.partners.billing.export`.
    pub fn export(
        &self,
        params: crate::v1::params::UnbilledReconciliationExportParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UnbilledReconciliationExportParams>,
        rt::request::Entity<crate::v1::partners_billing::AnyOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.partners.billing.export"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::partners_billing::UnbilledReconciliation {
    const SEGMENT: &'static str = "microsoft.graph.partners.billing.unbilledReconciliation";
}
#[cfg(msgraph_v1_reports_or_search)]
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::partners_billing::UnbilledUsage, C> {
    /// `POST .../microsoft.graph.partners.billing.export`: action `microsoft.graph.partners.billing.export`.
    pub fn export(
        &self,
        params: crate::v1::params::UnbilledUsageExportParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::UnbilledUsageExportParams>,
        rt::request::Entity<crate::v1::partners_billing::AnyOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.partners.billing.export"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::partners_billing::UnbilledUsage {
    const SEGMENT: &'static str = "microsoft.graph.partners.billing.unbilledUsage";
}
#[cfg(msgraph_v1_search)]
impl crate::path::DerivedFrom<crate::v1::security::AnyArtifact>
for crate::v1::security::UnclassifiedArtifact {
    const SEGMENT: &'static str = "microsoft.graph.security.unclassifiedArtifact";
}
#[cfg(msgraph_v1_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::UnclassifiedArtifact {
    const SEGMENT: &'static str = "microsoft.graph.security.unclassifiedArtifact";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::security::UnifiedGroupSource, C> {
    #[cfg(msgraph_v1_core)]
    /// Navigation property `group` (`microsoft.graph.group`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn group(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Group,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("group"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::security::AnyDataSource>
for crate::v1::security::UnifiedGroupSource {
    const SEGMENT: &'static str = "microsoft.graph.security.unifiedGroupSource";
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::UnifiedGroupSource {
    const SEGMENT: &'static str = "microsoft.graph.security.unifiedGroupSource";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::security::User, C> {
    /// `POST .../microsoft.graph.security.invokeAction`: action `microsoft.graph.security.invokeAction`.
    pub fn invoke_action(
        &self,
        params: crate::v1::params::IdentityAccountsInvokeActionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::IdentityAccountsInvokeActionParams>,
        rt::request::Entity<crate::v1::security::InvokeActionResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.security.invokeAction"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::security::AnyIdentityAccounts>
for crate::v1::security::User {
    const SEGMENT: &'static str = "microsoft.graph.security.user";
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::User {
    const SEGMENT: &'static str = "microsoft.graph.security.user";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::security::UserSource, C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::security::AnyDataSource>
for crate::v1::security::UserSource {
    const SEGMENT: &'static str = "microsoft.graph.security.userSource";
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::UserSource {
    const SEGMENT: &'static str = "microsoft.graph.security.userSource";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodTarget>
for crate::v1::VerifiableCredentialAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.verifiableCredentialAuthenticationMethodTarget";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::VerifiableCredentialAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.verifiableCredentialAuthenticationMethodTarget";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<
    crate::v1::VerifiableCredentialsAuthenticationMethodConfiguration,
    C,
> {
    /// Containment navigation property `includeTargets` (`microsoft.graph.verifiableCredentialAuthenticationMethodTarget`).
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VerifiableCredentialAuthenticationMethodTarget,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("includeTargets"))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodConfiguration>
for crate::v1::VerifiableCredentialsAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.verifiableCredentialsAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::VerifiableCredentialsAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.verifiableCredentialsAuthenticationMethodConfiguration";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::VerifiedIdProfile, C> {
    /// Structural property `faceCheckConfiguration` (`microsoft.graph.faceCheckConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn face_check_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::FaceCheckConfiguration> {
        crate::path::PropertyPath::new(self.target().segment("faceCheckConfiguration"))
    }
    /// Structural property `verifiedIdProfileConfiguration` (`microsoft.graph.verifiedIdProfileConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn verified_id_profile_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::VerifiedIdProfileConfiguration> {
        crate::path::PropertyPath::new(
            self.target().segment("verifiedIdProfileConfiguration"),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::VerifiedIdProfile {
    const SEGMENT: &'static str = "microsoft.graph.verifiedIdProfile";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::VerticalSection, C> {
    /// Containment navigation property `webparts` (`microsoft.graph.webPart`).
    pub fn webparts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyWebPart,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("webparts"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::VerticalSection {
    const SEGMENT: &'static str = "microsoft.graph.verticalSection";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::VirtualEndpoint, C> {
    /// Containment navigation property `auditEvents` (`microsoft.graph.cloudPcAuditEvent`).
    pub fn audit_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CloudPcAuditEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("auditEvents"))
    }
    /// Containment navigation property `cloudPCs` (`microsoft.graph.cloudPC`).
    pub fn cloud_p_cs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CloudPc,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("cloudPCs"))
    }
    /// Containment navigation property `deviceImages` (`microsoft.graph.cloudPcDeviceImage`).
    pub fn device_images(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CloudPcDeviceImage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("deviceImages"))
    }
    /// Containment navigation property `galleryImages` (`microsoft.graph.cloudPcGalleryImage`).
    pub fn gallery_images(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CloudPcGalleryImage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("galleryImages"))
    }
    /// Containment navigation property `onPremisesConnections` (`microsoft.graph.cloudPcOnPremisesConnection`).
    pub fn on_premises_connections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CloudPcOnPremisesConnection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("onPremisesConnections"))
    }
    /// Containment navigation property `provisioningPolicies` (`microsoft.graph.cloudPcProvisioningPolicy`).
    pub fn provisioning_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CloudPcProvisioningPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("provisioningPolicies"))
    }
    /// Containment navigation property `report` (`microsoft.graph.cloudPcReport`).
    pub fn report(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::CloudPcReport,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("report"))
    }
    /// Containment navigation property `servicePlans` (`microsoft.graph.cloudPcServicePlan`).
    pub fn service_plans(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CloudPcServicePlan,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(self.target().segment("servicePlans"))
    }
    /// Containment navigation property `userSettings` (`microsoft.graph.cloudPcUserSetting`).
    pub fn user_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CloudPcUserSetting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("userSettings"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::VirtualEndpoint {
    const SEGMENT: &'static str = "microsoft.graph.virtualEndpoint";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::AnyVirtualEvent, C> {
    /// Structural property `createdBy` (`microsoft.graph.communicationsIdentitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CommunicationsIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `description` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn description(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.target().segment("description"))
    }
    /// Structural property `endDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn end_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.target().segment("endDateTime"))
    }
    /// Structural property `settings` (`microsoft.graph.virtualEventSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::VirtualEventSettings> {
        crate::path::PropertyPath::new(self.target().segment("settings"))
    }
    /// Structural property `startDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn start_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.target().segment("startDateTime"))
    }
    /// Containment navigation property `presenters` (`microsoft.graph.virtualEventPresenter`).
    pub fn presenters(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VirtualEventPresenter,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("presenters"))
    }
    /// Containment navigation property `sessions` (`microsoft.graph.virtualEventSession`).
    pub fn sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VirtualEventSession,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("sessions"))
    }
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("cancel"),
            rt::request::NoBody,
        )
    }
    /// `POST .../publish`: action `microsoft.graph.publish`.
    pub fn publish(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("publish"),
            rt::request::NoBody,
        )
    }
    /// `POST .../setExternalEventInformation`: action `microsoft.graph.setExternalEventInformation`.
    pub fn set_external_event_information(
        &self,
        params: crate::v1::params::VirtualEventSetExternalEventInformationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::VirtualEventSetExternalEventInformationParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("setExternalEventInformation"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyVirtualEvent {
    const SEGMENT: &'static str = "microsoft.graph.virtualEvent";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::VirtualEventPresenter, C> {
    /// Structural property `identity` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    pub fn identity(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentity> {
        crate::path::PropertyPath::new(self.target().segment("identity"))
    }
    /// Structural property `presenterDetails` (`microsoft.graph.virtualEventPresenterDetails`), addressed on its own: `GET` or `PATCH` it.
    pub fn presenter_details(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::VirtualEventPresenterDetails> {
        crate::path::PropertyPath::new(self.target().segment("presenterDetails"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::VirtualEventPresenter {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventPresenter";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::VirtualEventRegistration, C> {
    /// Structural property `externalRegistrationInformation` (`microsoft.graph.virtualEventExternalRegistrationInformation`), addressed on its own: `GET` or `PATCH` it.
    pub fn external_registration_information(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::VirtualEventExternalRegistrationInformation,
    > {
        crate::path::PropertyPath::new(
            self.target().segment("externalRegistrationInformation"),
        )
    }
    /// Navigation property `sessions` (`microsoft.graph.virtualEventSession`).
    pub fn sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VirtualEventSession,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("sessions"))
    }
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("cancel"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::VirtualEventRegistration {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventRegistration";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::AnyVirtualEventRegistrationConfiguration, C> {
    /// Containment navigation property `questions` (`microsoft.graph.virtualEventRegistrationQuestionBase`).
    pub fn questions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyVirtualEventRegistrationQuestionBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("questions"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyVirtualEventRegistrationConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventRegistrationConfiguration";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyVirtualEventRegistrationQuestionBase>
for crate::v1::VirtualEventRegistrationCustomQuestion {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventRegistrationCustomQuestion";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::VirtualEventRegistrationCustomQuestion {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventRegistrationCustomQuestion";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyVirtualEventRegistrationQuestionBase>
for crate::v1::VirtualEventRegistrationPredefinedQuestion {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventRegistrationPredefinedQuestion";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::VirtualEventRegistrationPredefinedQuestion {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventRegistrationPredefinedQuestion";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyVirtualEventRegistrationQuestionBase {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventRegistrationQuestionBase";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::VirtualEventSession, C> {
    /// Structural property `endDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn end_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.target().segment("endDateTime"))
    }
    /// Structural property `startDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn start_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.target().segment("startDateTime"))
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
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyOnlineMeetingBase>
for crate::v1::VirtualEventSession {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventSession";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::VirtualEventSession {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventSession";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::VirtualEventTownhall, C> {
    /// Containment navigation property `registrationConfiguration` (`microsoft.graph.virtualEventTownhallRegistrationConfiguration`).
    pub fn registration_configuration(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::VirtualEventTownhallRegistrationConfiguration,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("registrationConfiguration"))
    }
    /// Containment navigation property `registrations` (`microsoft.graph.virtualEventRegistration`).
    pub fn registrations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VirtualEventRegistration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("registrations"))
    }
    /// Structural property `createdBy` (`microsoft.graph.communicationsIdentitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CommunicationsIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `description` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn description(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.target().segment("description"))
    }
    /// Structural property `endDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn end_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.target().segment("endDateTime"))
    }
    /// Structural property `settings` (`microsoft.graph.virtualEventSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::VirtualEventSettings> {
        crate::path::PropertyPath::new(self.target().segment("settings"))
    }
    /// Structural property `startDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn start_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.target().segment("startDateTime"))
    }
    /// Containment navigation property `presenters` (`microsoft.graph.virtualEventPresenter`).
    pub fn presenters(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VirtualEventPresenter,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("presenters"))
    }
    /// Containment navigation property `sessions` (`microsoft.graph.virtualEventSession`).
    pub fn sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VirtualEventSession,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("sessions"))
    }
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("cancel"),
            rt::request::NoBody,
        )
    }
    /// `POST .../publish`: action `microsoft.graph.publish`.
    pub fn publish(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("publish"),
            rt::request::NoBody,
        )
    }
    /// `POST .../setExternalEventInformation`: action `microsoft.graph.setExternalEventInformation`.
    pub fn set_external_event_information(
        &self,
        params: crate::v1::params::VirtualEventSetExternalEventInformationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::VirtualEventSetExternalEventInformationParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("setExternalEventInformation"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyVirtualEvent>
for crate::v1::VirtualEventTownhall {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventTownhall";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::VirtualEventTownhall {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventTownhall";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::CollectionPath<crate::v1::VirtualEventTownhall, C> {
    /// `GET .../getByUserIdAndRole`: function `microsoft.graph.getByUserIdAndRole`.
    pub fn get_by_user_id_and_role(
        &self,
        user_id: &str,
        role: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::VirtualEventTownhall>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getByUserIdAndRole",
                    &[
                        (
                            "userId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(user_id),
                            ),
                        ),
                        (
                            "role",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(role),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getByUserRole`: function `microsoft.graph.getByUserRole`.
    pub fn get_by_user_role(
        &self,
        role: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::VirtualEventTownhall>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getByUserRole",
                    &[
                        (
                            "role",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(role),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<
    C,
> crate::path::EntityPath<crate::v1::VirtualEventTownhallRegistrationConfiguration, C> {
    /// Containment navigation property `questions` (`microsoft.graph.virtualEventRegistrationQuestionBase`).
    pub fn questions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyVirtualEventRegistrationQuestionBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("questions"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyVirtualEventRegistrationConfiguration>
for crate::v1::VirtualEventTownhallRegistrationConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventTownhallRegistrationConfiguration";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::VirtualEventTownhallRegistrationConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventTownhallRegistrationConfiguration";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::VirtualEventWebinar, C> {
    /// Containment navigation property `registrationConfiguration` (`microsoft.graph.virtualEventWebinarRegistrationConfiguration`).
    pub fn registration_configuration(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::VirtualEventWebinarRegistrationConfiguration,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("registrationConfiguration"))
    }
    /// Containment navigation property `registrations` (`microsoft.graph.virtualEventRegistration`).
    pub fn registrations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VirtualEventRegistration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("registrations"))
    }
    /// Structural property `createdBy` (`microsoft.graph.communicationsIdentitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CommunicationsIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `description` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn description(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.target().segment("description"))
    }
    /// Structural property `endDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn end_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.target().segment("endDateTime"))
    }
    /// Structural property `settings` (`microsoft.graph.virtualEventSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::VirtualEventSettings> {
        crate::path::PropertyPath::new(self.target().segment("settings"))
    }
    /// Structural property `startDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn start_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.target().segment("startDateTime"))
    }
    /// Containment navigation property `presenters` (`microsoft.graph.virtualEventPresenter`).
    pub fn presenters(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VirtualEventPresenter,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("presenters"))
    }
    /// Containment navigation property `sessions` (`microsoft.graph.virtualEventSession`).
    pub fn sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VirtualEventSession,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("sessions"))
    }
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("cancel"),
            rt::request::NoBody,
        )
    }
    /// `POST .../publish`: action `microsoft.graph.publish`.
    pub fn publish(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("publish"),
            rt::request::NoBody,
        )
    }
    /// `POST .../setExternalEventInformation`: action `microsoft.graph.setExternalEventInformation`.
    pub fn set_external_event_information(
        &self,
        params: crate::v1::params::VirtualEventSetExternalEventInformationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::VirtualEventSetExternalEventInformationParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("setExternalEventInformation"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyVirtualEvent>
for crate::v1::VirtualEventWebinar {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventWebinar";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::VirtualEventWebinar {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventWebinar";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::CollectionPath<crate::v1::VirtualEventWebinar, C> {
    /// `GET .../getByUserIdAndRole`: function `microsoft.graph.getByUserIdAndRole`.
    pub fn get_by_user_id_and_role(
        &self,
        user_id: &str,
        role: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::VirtualEventWebinar>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getByUserIdAndRole",
                    &[
                        (
                            "userId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(user_id),
                            ),
                        ),
                        (
                            "role",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(role),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getByUserRole`: function `microsoft.graph.getByUserRole`.
    pub fn get_by_user_role(
        &self,
        role: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::VirtualEventWebinar>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getByUserRole",
                    &[
                        (
                            "role",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(role),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<
    C,
> crate::path::EntityPath<crate::v1::VirtualEventWebinarRegistrationConfiguration, C> {
    /// Containment navigation property `questions` (`microsoft.graph.virtualEventRegistrationQuestionBase`).
    pub fn questions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyVirtualEventRegistrationQuestionBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("questions"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyVirtualEventRegistrationConfiguration>
for crate::v1::VirtualEventWebinarRegistrationConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventWebinarRegistrationConfiguration";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::VirtualEventWebinarRegistrationConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventWebinarRegistrationConfiguration";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::VirtualEventsRoot, C> {
    /// Containment navigation property `events` (`microsoft.graph.virtualEvent`).
    pub fn events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyVirtualEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("events"))
    }
    /// Containment navigation property `townhalls` (`microsoft.graph.virtualEventTownhall`).
    pub fn townhalls(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VirtualEventTownhall,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("townhalls"))
    }
    /// Containment navigation property `webinars` (`microsoft.graph.virtualEventWebinar`).
    pub fn webinars(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::VirtualEventWebinar,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("webinars"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::VirtualEventsRoot {
    const SEGMENT: &'static str = "microsoft.graph.virtualEventsRoot";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::VoiceAuthenticationMethodConfiguration, C> {
    /// Containment navigation property `includeTargets` (`microsoft.graph.authenticationMethodTarget`).
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAuthenticationMethodTarget,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("includeTargets"))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodConfiguration>
for crate::v1::VoiceAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.voiceAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::VoiceAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.voiceAuthenticationMethodConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::VppToken, C> {
    /// Syncs licenses associated with a specific appleVolumePurchaseProgramToken
    ///
    /// `POST .../syncLicenses`: action `microsoft.graph.syncLicenses`.
    pub fn sync_licenses(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::VppToken>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("syncLicenses"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::VppToken {
    const SEGMENT: &'static str = "microsoft.graph.vppToken";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::security::Vulnerability, C> {
    /// Structural property `cvss2Summary` (`microsoft.graph.security.cvssSummary`), addressed on its own: `GET` or `PATCH` it.
    pub fn cvss2_summary(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::CvssSummary> {
        crate::path::PropertyPath::new(self.target().segment("cvss2Summary"))
    }
    /// Structural property `cvss3Summary` (`microsoft.graph.security.cvssSummary`), addressed on its own: `GET` or `PATCH` it.
    pub fn cvss3_summary(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::CvssSummary> {
        crate::path::PropertyPath::new(self.target().segment("cvss3Summary"))
    }
    /// Structural property `description` (`microsoft.graph.security.formattedContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn description(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::FormattedContent> {
        crate::path::PropertyPath::new(self.target().segment("description"))
    }
    /// Structural property `remediation` (`microsoft.graph.security.formattedContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn remediation(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::FormattedContent> {
        crate::path::PropertyPath::new(self.target().segment("remediation"))
    }
    /// Navigation property `articles` (`microsoft.graph.security.article`).
    pub fn articles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::Article,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("articles"))
    }
    /// Containment navigation property `components` (`microsoft.graph.security.vulnerabilityComponent`).
    pub fn components(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::VulnerabilityComponent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("components"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::Vulnerability {
    const SEGMENT: &'static str = "microsoft.graph.security.vulnerability";
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::VulnerabilityComponent {
    const SEGMENT: &'static str = "microsoft.graph.security.vulnerabilityComponent";
}
