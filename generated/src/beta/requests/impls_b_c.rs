//! Items of `requests` by the first letters of their types' names (`b_c`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::B2cAuthenticationMethodsPolicy {
    const SEGMENT: &'static str = "microsoft.graph.b2cAuthenticationMethodsPolicy";
}
#[cfg(msgraph_beta_identity_or_search)]
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
impl dyn crate::beta::requests::B2cIdentityUserFlowPath {
    /// Structural property `apiConnectorConfiguration` (`microsoft.graph.userFlowApiConnectorConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn api_connector_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::UserFlowApiConnectorConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("apiConnectorConfiguration"),
        )
    }
    #[cfg(msgraph_beta_identity_providers_or_search)]
    /// Navigation property `identityProviders` (`microsoft.graph.identityProvider`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn identity_providers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyIdentityProvider,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("identityProviders"))
    }
    /// Containment navigation property `languages` (`microsoft.graph.userFlowLanguageConfiguration`).
    #[inline]
    pub fn languages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserFlowLanguageConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("languages"))
    }
    /// Containment navigation property `userAttributeAssignments` (`microsoft.graph.identityUserFlowAttributeAssignment`).
    #[inline]
    pub fn user_attribute_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::IdentityUserFlowAttributeAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userAttributeAssignments"),
        )
    }
    /// Navigation property `userFlowIdentityProviders` (`microsoft.graph.identityProviderBase`).
    #[inline]
    pub fn user_flow_identity_providers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyIdentityProviderBase,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userFlowIdentityProviders"),
        )
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyIdentityUserFlow>
for crate::beta::B2cIdentityUserFlow {
    const SEGMENT: &'static str = "microsoft.graph.b2cIdentityUserFlow";
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::B2cIdentityUserFlow {
    const SEGMENT: &'static str = "microsoft.graph.b2cIdentityUserFlow";
}
#[cfg(msgraph_beta_identity_or_search)]
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
impl dyn crate::beta::requests::B2xIdentityUserFlowPath {
    /// Structural property `apiConnectorConfiguration` (`microsoft.graph.userFlowApiConnectorConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn api_connector_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::UserFlowApiConnectorConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("apiConnectorConfiguration"),
        )
    }
    #[cfg(msgraph_beta_identity_providers_or_search)]
    /// Navigation property `identityProviders` (`microsoft.graph.identityProvider`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn identity_providers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyIdentityProvider,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("identityProviders"))
    }
    /// Containment navigation property `languages` (`microsoft.graph.userFlowLanguageConfiguration`).
    #[inline]
    pub fn languages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserFlowLanguageConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("languages"))
    }
    /// Containment navigation property `userAttributeAssignments` (`microsoft.graph.identityUserFlowAttributeAssignment`).
    #[inline]
    pub fn user_attribute_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::IdentityUserFlowAttributeAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userAttributeAssignments"),
        )
    }
    /// Navigation property `userFlowIdentityProviders` (`microsoft.graph.identityProviderBase`).
    #[inline]
    pub fn user_flow_identity_providers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyIdentityProviderBase,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userFlowIdentityProviders"),
        )
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyIdentityUserFlow>
for crate::beta::B2xIdentityUserFlow {
    const SEGMENT: &'static str = "microsoft.graph.b2xIdentityUserFlow";
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::B2xIdentityUserFlow {
    const SEGMENT: &'static str = "microsoft.graph.b2xIdentityUserFlow";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::BaseItemPath {
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
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ItemReference> {
        crate::path::PropertyPath::new(self.node_target().segment("parentReference"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn created_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::User,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdByUser"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn last_modified_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::User,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastModifiedByUser"))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyBaseItem {
    const SEGMENT: &'static str = "microsoft.graph.baseItem";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::BaseItemVersionPath {
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `publication` (`microsoft.graph.publicationFacet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn publication(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PublicationFacet> {
        crate::path::PropertyPath::new(self.node_target().segment("publication"))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyBaseItemVersion {
    const SEGMENT: &'static str = "microsoft.graph.baseItemVersion";
}
#[cfg(msgraph_beta_core_or_information_protection)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::BitlockerPath {
    /// Containment navigation property `recoveryKeys` (`microsoft.graph.bitlockerRecoveryKey`).
    #[inline]
    pub fn recovery_keys(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::BitlockerRecoveryKey,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("recoveryKeys"))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Bitlocker {
    const SEGMENT: &'static str = "microsoft.graph.bitlocker";
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::BitlockerRecoveryKey {
    const SEGMENT: &'static str = "microsoft.graph.bitlockerRecoveryKey";
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
/// Features: `beta`, or one of `beta-booking-businesses`, `beta-search`.
impl dyn crate::beta::requests::BookingAppointmentPath {
    /// Structural property `customerLocation` (`microsoft.graph.location`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn customer_location(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("customerLocation"))
    }
    /// Structural property `end` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn end(&self) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("end"))
    }
    /// Structural property `invoiceDate` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn invoice_date(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("invoiceDate"))
    }
    /// Structural property `serviceLocation` (`microsoft.graph.location`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn service_location(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("serviceLocation"))
    }
    /// Structural property `start` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn start(&self) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.node_target().segment("start"))
    }
    /// Cancels the giving booking appointment, sending a message to the involved parties.
    ///
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    #[inline]
    pub fn cancel(
        &self,
        params: crate::beta::params::BookingAppointmentCancelParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::BookingAppointmentCancelParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("cancel"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::BookingAppointment {
    const SEGMENT: &'static str = "microsoft.graph.bookingAppointment";
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
/// Features: `beta`, or one of `beta-booking-businesses`, `beta-search`.
impl dyn crate::beta::requests::BookingBusinessPath {
    /// Structural property `address` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn address(&self) -> crate::path::PropertyPath<crate::beta::PhysicalAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("address"))
    }
    /// Structural property `schedulingPolicy` (`microsoft.graph.bookingSchedulingPolicy`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn scheduling_policy(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::BookingSchedulingPolicy> {
        crate::path::PropertyPath::new(self.node_target().segment("schedulingPolicy"))
    }
    /// Containment navigation property `appointments` (`microsoft.graph.bookingAppointment`).
    #[inline]
    pub fn appointments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::BookingAppointment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("appointments"))
    }
    /// Containment navigation property `calendarView` (`microsoft.graph.bookingAppointment`).
    #[inline]
    pub fn calendar_view(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::BookingAppointment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("calendarView"))
    }
    /// Containment navigation property `customers` (`microsoft.graph.bookingCustomer`).
    #[inline]
    pub fn customers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::BookingCustomer,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("customers"))
    }
    /// Containment navigation property `services` (`microsoft.graph.bookingService`).
    #[inline]
    pub fn services(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::BookingService,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("services"))
    }
    /// Containment navigation property `staffMembers` (`microsoft.graph.bookingStaffMember`).
    #[inline]
    pub fn staff_members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::BookingStaffMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("staffMembers"))
    }
    /// Makes the scheduling page of this business available to the general public.
    ///
    /// `POST .../publish`: action `microsoft.graph.publish`.
    #[inline]
    pub fn publish(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("publish"),
            rt::request::NoBody,
        )
    }
    /// Prevents the general public from seeing the scheduling page of this business.
    ///
    /// `POST .../unpublish`: action `microsoft.graph.unpublish`.
    #[inline]
    pub fn unpublish(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unpublish"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyBookingNamedEntity>
for crate::beta::BookingBusiness {
    const SEGMENT: &'static str = "microsoft.graph.bookingBusiness";
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::BookingBusiness {
    const SEGMENT: &'static str = "microsoft.graph.bookingBusiness";
}
#[cfg(msgraph_beta_booking_currencies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::BookingCurrency {
    const SEGMENT: &'static str = "microsoft.graph.bookingCurrency";
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyBookingPerson>
for crate::beta::BookingCustomer {
    const SEGMENT: &'static str = "microsoft.graph.bookingCustomer";
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyBookingNamedEntity>
for crate::beta::BookingCustomer {
    const SEGMENT: &'static str = "microsoft.graph.bookingCustomer";
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::BookingCustomer {
    const SEGMENT: &'static str = "microsoft.graph.bookingCustomer";
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyBookingNamedEntity {
    const SEGMENT: &'static str = "microsoft.graph.bookingNamedEntity";
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyBookingNamedEntity>
for crate::beta::AnyBookingPerson {
    const SEGMENT: &'static str = "microsoft.graph.bookingPerson";
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyBookingPerson {
    const SEGMENT: &'static str = "microsoft.graph.bookingPerson";
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
/// Features: `beta`, or one of `beta-booking-businesses`, `beta-search`.
impl dyn crate::beta::requests::BookingServicePath {
    /// Structural property `defaultLocation` (`microsoft.graph.location`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn default_location(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("defaultLocation"))
    }
    /// Structural property `schedulingPolicy` (`microsoft.graph.bookingSchedulingPolicy`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn scheduling_policy(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::BookingSchedulingPolicy> {
        crate::path::PropertyPath::new(self.node_target().segment("schedulingPolicy"))
    }
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyBookingNamedEntity>
for crate::beta::BookingService {
    const SEGMENT: &'static str = "microsoft.graph.bookingService";
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::BookingService {
    const SEGMENT: &'static str = "microsoft.graph.bookingService";
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyBookingPerson>
for crate::beta::BookingStaffMember {
    const SEGMENT: &'static str = "microsoft.graph.bookingStaffMember";
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyBookingNamedEntity>
for crate::beta::BookingStaffMember {
    const SEGMENT: &'static str = "microsoft.graph.bookingStaffMember";
}
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::BookingStaffMember {
    const SEGMENT: &'static str = "microsoft.graph.bookingStaffMember";
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyIdentityProviderBase>
for crate::beta::BuiltInIdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.builtInIdentityProvider";
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::BuiltInIdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.builtInIdentityProvider";
}
#[cfg(msgraph_beta_identity_or_search)]
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::BuiltInIdentityProvider, C> {
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
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
/// Features: `beta`, or one of `beta-approval-workflow-providers`, `beta-search`.
impl dyn crate::beta::requests::BusinessFlowPath {
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
    /// `POST .../recordDecisions`: action `microsoft.graph.recordDecisions`.
    #[inline]
    pub fn record_decisions(
        &self,
        params: crate::beta::params::BusinessFlowRecordDecisionsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::BusinessFlowRecordDecisionsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("recordDecisions"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::BusinessFlow {
    const SEGMENT: &'static str = "microsoft.graph.businessFlow";
}
#[cfg(msgraph_beta_business_flow_templates_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::BusinessFlowTemplate {
    const SEGMENT: &'static str = "microsoft.graph.businessFlowTemplate";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::CalendarPath {
    /// Structural property `owner` (`microsoft.graph.emailAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn owner(&self) -> crate::path::PropertyPath<crate::beta::AnyEmailAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("owner"))
    }
    /// Containment navigation property `calendarPermissions` (`microsoft.graph.calendarPermission`).
    #[inline]
    pub fn calendar_permissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CalendarPermission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("calendarPermissions"),
        )
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
    /// `GET .../allowedCalendarSharingRoles`: function `microsoft.graph.allowedCalendarSharingRoles`.
    #[inline]
    pub fn allowed_calendar_sharing_roles(
        &self,
        user: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::CalendarRoleType>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "allowedCalendarSharingRoles",
                    &[
                        (
                            "User",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(user),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../getSchedule`: action `microsoft.graph.getSchedule`.
    #[inline]
    pub fn get_schedule(
        &self,
        params: crate::beta::params::CalendarGetScheduleParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CalendarGetScheduleParams>,
        rt::request::Collection<crate::beta::ScheduleInformation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getSchedule"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Calendar {
    const SEGMENT: &'static str = "microsoft.graph.calendar";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::CalendarGroupPath {
    /// Containment navigation property `calendars` (`microsoft.graph.calendar`).
    #[inline]
    pub fn calendars(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Calendar,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("calendars"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::CalendarGroup {
    const SEGMENT: &'static str = "microsoft.graph.calendarGroup";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::CalendarPermissionPath {
    /// Structural property `emailAddress` (`microsoft.graph.emailAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn email_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyEmailAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("emailAddress"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::CalendarPermission {
    const SEGMENT: &'static str = "microsoft.graph.calendarPermission";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::CalendarSharingMessagePath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
    /// Structural property `sharingMessageAction` (`microsoft.graph.calendarSharingMessageAction`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sharing_message_action(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::CalendarSharingMessageAction> {
        crate::path::PropertyPath::new(
            self.node_target().segment("sharingMessageAction"),
        )
    }
    /// `POST .../accept`: action `microsoft.graph.accept`.
    #[inline]
    pub fn accept(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Calendar>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("accept"),
            rt::request::NoBody,
        )
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
impl crate::path::DerivedFrom<crate::beta::AnyMessage>
for crate::beta::CalendarSharingMessage {
    const SEGMENT: &'static str = "microsoft.graph.calendarSharingMessage";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOutlookItem>
for crate::beta::CalendarSharingMessage {
    const SEGMENT: &'static str = "microsoft.graph.calendarSharingMessage";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::CalendarSharingMessage {
    const SEGMENT: &'static str = "microsoft.graph.calendarSharingMessage";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::CalendarSharingMessage, C> {
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
impl dyn crate::beta::requests::CallPath {
    /// Structural property `answeredBy` (`microsoft.graph.participantInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn answered_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ParticipantInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("answeredBy"))
    }
    /// Structural property `callOptions` (`microsoft.graph.callOptions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn call_options(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyCallOptions> {
        crate::path::PropertyPath::new(self.node_target().segment("callOptions"))
    }
    /// Structural property `chatInfo` (`microsoft.graph.chatInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn chat_info(&self) -> crate::path::PropertyPath<crate::beta::ChatInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("chatInfo"))
    }
    /// Structural property `incomingContext` (`microsoft.graph.incomingContext`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn incoming_context(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IncomingContext> {
        crate::path::PropertyPath::new(self.node_target().segment("incomingContext"))
    }
    /// Structural property `mediaConfig` (`microsoft.graph.mediaConfig`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media_config(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyMediaConfig> {
        crate::path::PropertyPath::new(self.node_target().segment("mediaConfig"))
    }
    /// Structural property `mediaState` (`microsoft.graph.callMediaState`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn media_state(&self) -> crate::path::PropertyPath<crate::beta::CallMediaState> {
        crate::path::PropertyPath::new(self.node_target().segment("mediaState"))
    }
    /// Structural property `meetingCapability` (`microsoft.graph.meetingCapability`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn meeting_capability(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MeetingCapability> {
        crate::path::PropertyPath::new(self.node_target().segment("meetingCapability"))
    }
    /// Structural property `meetingInfo` (`microsoft.graph.meetingInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn meeting_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyMeetingInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("meetingInfo"))
    }
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::beta::ResultInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("resultInfo"))
    }
    /// Structural property `source` (`microsoft.graph.participantInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn source(&self) -> crate::path::PropertyPath<crate::beta::ParticipantInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("source"))
    }
    /// Structural property `toneInfo` (`microsoft.graph.toneInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn tone_info(&self) -> crate::path::PropertyPath<crate::beta::ToneInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("toneInfo"))
    }
    /// Structural property `transcription` (`microsoft.graph.callTranscriptionInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn transcription(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::CallTranscriptionInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("transcription"))
    }
    /// Containment navigation property `audioRoutingGroups` (`microsoft.graph.audioRoutingGroup`).
    #[inline]
    pub fn audio_routing_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AudioRoutingGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("audioRoutingGroups"),
        )
    }
    /// Containment navigation property `operations` (`microsoft.graph.commsOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyCommsOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
    /// Containment navigation property `participants` (`microsoft.graph.participant`).
    #[inline]
    pub fn participants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Participant,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("participants"))
    }
    /// `POST .../answer`: action `microsoft.graph.answer`.
    #[inline]
    pub fn answer(
        &self,
        params: crate::beta::params::CallAnswerParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallAnswerParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("answer"),
            rt::request::Json(params),
        )
    }
    /// `POST .../cancelMediaProcessing`: action `microsoft.graph.cancelMediaProcessing`.
    #[inline]
    pub fn cancel_media_processing(
        &self,
        params: crate::beta::params::CallCancelMediaProcessingParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallCancelMediaProcessingParams>,
        rt::request::Entity<crate::beta::CancelMediaProcessingOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("cancelMediaProcessing"),
            rt::request::Json(params),
        )
    }
    /// `POST .../changeScreenSharingRole`: action `microsoft.graph.changeScreenSharingRole`.
    #[inline]
    pub fn change_screen_sharing_role(
        &self,
        params: crate::beta::params::CallChangeScreenSharingRoleParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallChangeScreenSharingRoleParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("changeScreenSharingRole"),
            rt::request::Json(params),
        )
    }
    /// `POST .../keepAlive`: action `microsoft.graph.keepAlive`.
    #[inline]
    pub fn keep_alive(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("keepAlive"),
            rt::request::NoBody,
        )
    }
    /// `POST .../mute`: action `microsoft.graph.mute`.
    #[inline]
    pub fn mute(
        &self,
        params: crate::beta::params::CallMuteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallMuteParams>,
        rt::request::Entity<crate::beta::MuteParticipantOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("mute"),
            rt::request::Json(params),
        )
    }
    /// `POST .../playPrompt`: action `microsoft.graph.playPrompt`.
    #[inline]
    pub fn play_prompt(
        &self,
        params: crate::beta::params::CallPlayPromptParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallPlayPromptParams>,
        rt::request::Entity<crate::beta::PlayPromptOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("playPrompt"),
            rt::request::Json(params),
        )
    }
    /// `POST .../record`: action `microsoft.graph.record`.
    #[inline]
    pub fn record(
        &self,
        params: crate::beta::params::CallRecordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallRecordParams>,
        rt::request::Entity<crate::beta::RecordOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("record"),
            rt::request::Json(params),
        )
    }
    /// `POST .../recordResponse`: action `microsoft.graph.recordResponse`.
    #[inline]
    pub fn record_response(
        &self,
        params: crate::beta::params::CallRecordResponseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallRecordResponseParams>,
        rt::request::Entity<crate::beta::RecordOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("recordResponse"),
            rt::request::Json(params),
        )
    }
    /// `POST .../redirect`: action `microsoft.graph.redirect`.
    #[inline]
    pub fn redirect(
        &self,
        params: crate::beta::params::CallRedirectParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallRedirectParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("redirect"),
            rt::request::Json(params),
        )
    }
    /// `POST .../reject`: action `microsoft.graph.reject`.
    #[inline]
    pub fn reject(
        &self,
        params: crate::beta::params::CallRejectParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallRejectParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reject"),
            rt::request::Json(params),
        )
    }
    /// `POST .../subscribeToTone`: action `microsoft.graph.subscribeToTone`.
    #[inline]
    pub fn subscribe_to_tone(
        &self,
        params: crate::beta::params::CallSubscribeToToneParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallSubscribeToToneParams>,
        rt::request::Entity<crate::beta::SubscribeToToneOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("subscribeToTone"),
            rt::request::Json(params),
        )
    }
    /// `POST .../transfer`: action `microsoft.graph.transfer`.
    #[inline]
    pub fn transfer(
        &self,
        params: crate::beta::params::CallTransferParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallTransferParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("transfer"),
            rt::request::Json(params),
        )
    }
    /// `POST .../unmute`: action `microsoft.graph.unmute`.
    #[inline]
    pub fn unmute(
        &self,
        params: crate::beta::params::CallUnmuteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallUnmuteParams>,
        rt::request::Entity<crate::beta::UnmuteParticipantOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unmute"),
            rt::request::Json(params),
        )
    }
    /// `POST .../updateRecordingStatus`: action `microsoft.graph.updateRecordingStatus`.
    #[inline]
    pub fn update_recording_status(
        &self,
        params: crate::beta::params::CallUpdateRecordingStatusParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallUpdateRecordingStatusParams>,
        rt::request::Entity<crate::beta::UpdateRecordingStatusOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("updateRecordingStatus"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Call {
    const SEGMENT: &'static str = "microsoft.graph.call";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::Call, C> {
    /// `POST .../logTeleconferenceDeviceQuality`: action `microsoft.graph.logTeleconferenceDeviceQuality`.
    pub fn log_teleconference_device_quality(
        &self,
        params: crate::beta::params::CallCollectionLogTeleconferenceDeviceQualityParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::CallCollectionLogTeleconferenceDeviceQualityParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("logTeleconferenceDeviceQuality"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyActivityStatistics>
for crate::beta::CallActivityStatistics {
    const SEGMENT: &'static str = "microsoft.graph.callActivityStatistics";
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::CallActivityStatistics {
    const SEGMENT: &'static str = "microsoft.graph.callActivityStatistics";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyCommsOperation>
for crate::beta::CancelMediaProcessingOperation {
    const SEGMENT: &'static str = "microsoft.graph.cancelMediaProcessingOperation";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::CancelMediaProcessingOperation {
    const SEGMENT: &'static str = "microsoft.graph.cancelMediaProcessingOperation";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::CartToClassAssociation {
    const SEGMENT: &'static str = "microsoft.graph.cartToClassAssociation";
}
#[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::CertificateBasedAuthConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.certificateBasedAuthConfiguration";
}
#[cfg(msgraph_beta_core_or_teamwork)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ChangeTrackedEntityPath {
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
#[cfg(msgraph_beta_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyChangeTrackedEntity {
    const SEGMENT: &'static str = "microsoft.graph.changeTrackedEntity";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ChannelPath {
    /// Structural property `moderationSettings` (`microsoft.graph.channelModerationSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn moderation_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ChannelModerationSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("moderationSettings"))
    }
    /// Containment navigation property `filesFolder` (`microsoft.graph.driveItem`).
    #[inline]
    pub fn files_folder(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DriveItem,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("filesFolder"))
    }
    /// Containment navigation property `members` (`microsoft.graph.conversationMember`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyConversationMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
    /// Containment navigation property `messages` (`microsoft.graph.chatMessage`).
    #[inline]
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ChatMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("messages"))
    }
    /// Containment navigation property `tabs` (`microsoft.graph.teamsTab`).
    #[inline]
    pub fn tabs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TeamsTab,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tabs"))
    }
    /// `POST .../completeMigration`: action `microsoft.graph.completeMigration`.
    #[inline]
    pub fn complete_migration(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("completeMigration"),
            rt::request::NoBody,
        )
    }
    /// `POST .../provisionEmail`: action `microsoft.graph.provisionEmail`.
    #[inline]
    pub fn provision_email(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::ProvisionChannelEmailResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("provisionEmail"),
            rt::request::NoBody,
        )
    }
    /// `POST .../removeEmail`: action `microsoft.graph.removeEmail`.
    #[inline]
    pub fn remove_email(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("removeEmail"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Channel {
    const SEGMENT: &'static str = "microsoft.graph.channel";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::Channel, C> {
    /// `GET .../allMessages`: function `microsoft.graph.allMessages`.
    pub fn all_messages(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ChatMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("allMessages", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAllMessages`: function `microsoft.graph.getAllMessages`.
    pub fn get_all_messages(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ChatMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getAllMessages", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ChatPath {
    /// Containment navigation property `installedApps` (`microsoft.graph.teamsAppInstallation`).
    #[inline]
    pub fn installed_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyTeamsAppInstallation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("installedApps"))
    }
    /// Containment navigation property `members` (`microsoft.graph.conversationMember`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyConversationMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
    /// Containment navigation property `messages` (`microsoft.graph.chatMessage`).
    #[inline]
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ChatMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("messages"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.teamsAsyncOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TeamsAsyncOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
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
    /// Containment navigation property `tabs` (`microsoft.graph.teamsTab`).
    #[inline]
    pub fn tabs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TeamsTab,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tabs"))
    }
    /// `POST .../sendActivityNotification`: action `microsoft.graph.sendActivityNotification`.
    #[inline]
    pub fn send_activity_notification(
        &self,
        params: crate::beta::params::ChatSendActivityNotificationParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ChatSendActivityNotificationParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sendActivityNotification"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Chat {
    const SEGMENT: &'static str = "microsoft.graph.chat";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::Chat, C> {
    /// `GET .../allMessages`: function `microsoft.graph.allMessages`.
    pub fn all_messages(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ChatMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("allMessages", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAllMessages`: function `microsoft.graph.getAllMessages`.
    pub fn get_all_messages(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ChatMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getAllMessages", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyActivityStatistics>
for crate::beta::ChatActivityStatistics {
    const SEGMENT: &'static str = "microsoft.graph.chatActivityStatistics";
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ChatActivityStatistics {
    const SEGMENT: &'static str = "microsoft.graph.chatActivityStatistics";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ChatMessagePath {
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
    }
    /// Structural property `channelIdentity` (`microsoft.graph.channelIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn channel_identity(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ChannelIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("channelIdentity"))
    }
    /// Structural property `eventDetail` (`microsoft.graph.eventMessageDetail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn event_detail(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyEventMessageDetail> {
        crate::path::PropertyPath::new(self.node_target().segment("eventDetail"))
    }
    /// Structural property `from` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn from(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("from"))
    }
    /// Structural property `policyViolation` (`microsoft.graph.chatMessagePolicyViolation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn policy_violation(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ChatMessagePolicyViolation> {
        crate::path::PropertyPath::new(self.node_target().segment("policyViolation"))
    }
    /// Containment navigation property `hostedContents` (`microsoft.graph.chatMessageHostedContent`).
    #[inline]
    pub fn hosted_contents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ChatMessageHostedContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("hostedContents"))
    }
    /// Containment navigation property `replies` (`microsoft.graph.chatMessage`).
    #[inline]
    pub fn replies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ChatMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("replies"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ChatMessage {
    const SEGMENT: &'static str = "microsoft.graph.chatMessage";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::ChatMessage, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ChatMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core_or_app_catalogs)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyTeamworkHostedContent>
for crate::beta::ChatMessageHostedContent {
    const SEGMENT: &'static str = "microsoft.graph.chatMessageHostedContent";
}
#[cfg(msgraph_beta_core_or_app_catalogs)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ChatMessageHostedContent {
    const SEGMENT: &'static str = "microsoft.graph.chatMessageHostedContent";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ChromeOsOnboardingSettings {
    const SEGMENT: &'static str = "microsoft.graph.chromeOSOnboardingSettings";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::ChromeOsOnboardingSettings, C> {
    /// `POST .../connect`: action `microsoft.graph.connect`.
    pub fn connect(
        &self,
        params: crate::beta::params::ChromeOsOnboardingSettingsCollectionConnectParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ChromeOsOnboardingSettingsCollectionConnectParams,
        >,
        rt::request::ValueOf<crate::beta::ChromeOsOnboardingStatus>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("connect"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyLocationManagementCondition>
for crate::beta::CircularGeofenceManagementCondition {
    const SEGMENT: &'static str = "microsoft.graph.circularGeofenceManagementCondition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagementCondition>
for crate::beta::CircularGeofenceManagementCondition {
    const SEGMENT: &'static str = "microsoft.graph.circularGeofenceManagementCondition";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::CircularGeofenceManagementCondition {
    const SEGMENT: &'static str = "microsoft.graph.circularGeofenceManagementCondition";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::CircularGeofenceManagementCondition, C> {
    /// `GET .../getManagementConditionsForPlatform`: function `microsoft.graph.getManagementConditionsForPlatform`.
    pub fn get_management_conditions_for_platform(
        &self,
        platform: &crate::beta::DevicePlatformType,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyManagementCondition>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getManagementConditionsForPlatform",
                    &[
                        (
                            "platform",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(platform),
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
impl crate::path::DerivedFrom<crate::beta::AnyStsPolicy>
for crate::beta::ClaimsMappingPolicy {
    const SEGMENT: &'static str = "microsoft.graph.claimsMappingPolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicyBase>
for crate::beta::ClaimsMappingPolicy {
    const SEGMENT: &'static str = "microsoft.graph.claimsMappingPolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::ClaimsMappingPolicy {
    const SEGMENT: &'static str = "microsoft.graph.claimsMappingPolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ClaimsMappingPolicy {
    const SEGMENT: &'static str = "microsoft.graph.claimsMappingPolicy";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::ClaimsMappingPolicy, C> {
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
#[cfg(msgraph_beta_data_classification_or_search)]
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
impl dyn crate::beta::requests::ClassificationJobResponsePath {
    /// Structural property `result` (`microsoft.graph.detectedSensitiveContentWrapper`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn result(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DetectedSensitiveContentWrapper> {
        crate::path::PropertyPath::new(self.node_target().segment("result"))
    }
    /// Structural property `error` (`microsoft.graph.classificationError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::beta::ClassificationError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyJobResponseBase>
for crate::beta::ClassificationJobResponse {
    const SEGMENT: &'static str = "microsoft.graph.classificationJobResponse";
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ClassificationJobResponse {
    const SEGMENT: &'static str = "microsoft.graph.classificationJobResponse";
}
#[cfg(msgraph_beta_search_or_security)]
/// Features: `beta`, or one of `beta-search`, `beta-security`.
impl dyn crate::beta::requests::CloudAppSecurityProfilePath {
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
for crate::beta::CloudAppSecurityProfile {
    const SEGMENT: &'static str = "microsoft.graph.cloudAppSecurityProfile";
}
#[cfg(msgraph_beta_communications_or_search)]
/// Features: `beta`, or one of `beta-communications`, `beta-search`.
impl dyn crate::beta::requests::CloudCommunicationsPath {
    /// Containment navigation property `calls` (`microsoft.graph.call`).
    #[inline]
    pub fn calls(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Call,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("calls"))
    }
    /// Containment navigation property `callRecords` (`microsoft.graph.callRecords.callRecord`).
    #[inline]
    pub fn call_records(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::call_records::CallRecord,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("callRecords"))
    }
    /// Containment navigation property `onlineMeetings` (`microsoft.graph.onlineMeeting`).
    #[inline]
    pub fn online_meetings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnlineMeeting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("onlineMeetings"))
    }
    /// Containment navigation property `presences` (`microsoft.graph.presence`).
    #[inline]
    pub fn presences(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Presence,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("presences"))
    }
    /// `POST .../getPresencesByUserId`: action `microsoft.graph.getPresencesByUserId`.
    #[inline]
    pub fn get_presences_by_user_id(
        &self,
        params: crate::beta::params::CloudCommunicationsGetPresencesByUserIdParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::CloudCommunicationsGetPresencesByUserIdParams,
        >,
        rt::request::Collection<crate::beta::Presence>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getPresencesByUserId"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::CloudCommunications {
    const SEGMENT: &'static str = "microsoft.graph.cloudCommunications";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::CloudPcPath {
    /// Structural property `statusDetails` (`microsoft.graph.cloudPcStatusDetails`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status_details(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::CloudPcStatusDetails> {
        crate::path::PropertyPath::new(self.node_target().segment("statusDetails"))
    }
    /// `POST .../reprovision`: action `microsoft.graph.reprovision`.
    #[inline]
    pub fn reprovision(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reprovision"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::CloudPc {
    const SEGMENT: &'static str = "microsoft.graph.cloudPC";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::CloudPcConnectivityIssue {
    const SEGMENT: &'static str = "microsoft.graph.cloudPCConnectivityIssue";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::CloudPcAuditEventPath {
    /// Structural property `actor` (`microsoft.graph.cloudPcAuditActor`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn actor(&self) -> crate::path::PropertyPath<crate::beta::CloudPcAuditActor> {
        crate::path::PropertyPath::new(self.node_target().segment("actor"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::CloudPcAuditEvent {
    const SEGMENT: &'static str = "microsoft.graph.cloudPcAuditEvent";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::CloudPcAuditEvent, C> {
    /// `GET .../getAuditActivityTypes`: function `microsoft.graph.getAuditActivityTypes`.
    pub fn get_audit_activity_types(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getAuditActivityTypes", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::CloudPcDeviceImage {
    const SEGMENT: &'static str = "microsoft.graph.cloudPcDeviceImage";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::CloudPcDeviceImage, C> {
    /// `GET .../getSourceImages`: function `microsoft.graph.getSourceImages`.
    pub fn get_source_images(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::CloudPcSourceDeviceImage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getSourceImages", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::CloudPcOnPremisesConnectionPath {
    /// Structural property `healthCheckStatusDetails` (`microsoft.graph.cloudPcOnPremisesConnectionStatusDetails`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn health_check_status_details(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::CloudPcOnPremisesConnectionStatusDetails,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("healthCheckStatusDetails"),
        )
    }
    /// `POST .../runHealthChecks`: action `microsoft.graph.runHealthChecks`.
    #[inline]
    pub fn run_health_checks(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("runHealthChecks"),
            rt::request::NoBody,
        )
    }
    /// `POST .../updateAdDomainPassword`: action `microsoft.graph.updateAdDomainPassword`.
    #[inline]
    pub fn update_ad_domain_password(
        &self,
        params: crate::beta::params::CloudPcOnPremisesConnectionUpdateAdDomainPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::CloudPcOnPremisesConnectionUpdateAdDomainPasswordParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("updateAdDomainPassword"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::CloudPcOnPremisesConnection {
    const SEGMENT: &'static str = "microsoft.graph.cloudPcOnPremisesConnection";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::CloudPcProvisioningPolicyPath {
    /// Containment navigation property `assignments` (`microsoft.graph.cloudPcProvisioningPolicyAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CloudPcProvisioningPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::CloudPcProvisioningPolicyAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CloudPcProvisioningPolicyAssignParams>,
        rt::request::Empty,
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
for crate::beta::CloudPcProvisioningPolicy {
    const SEGMENT: &'static str = "microsoft.graph.cloudPcProvisioningPolicy";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::CloudPcProvisioningPolicyAssignmentPath {
    /// Structural property `target` (`microsoft.graph.cloudPcManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyCloudPcManagementAssignmentTarget> {
        crate::path::PropertyPath::new(self.node_target().segment("target"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::CloudPcProvisioningPolicyAssignment {
    const SEGMENT: &'static str = "microsoft.graph.cloudPcProvisioningPolicyAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::CloudPcUserSettingPath {
    /// Containment navigation property `assignments` (`microsoft.graph.cloudPcUserSettingAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CloudPcUserSettingAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::CloudPcUserSettingAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CloudPcUserSettingAssignParams>,
        rt::request::Empty,
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
for crate::beta::CloudPcUserSetting {
    const SEGMENT: &'static str = "microsoft.graph.cloudPcUserSetting";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::CloudPcUserSettingAssignmentPath {
    /// Structural property `target` (`microsoft.graph.cloudPcManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyCloudPcManagementAssignmentTarget> {
        crate::path::PropertyPath::new(self.node_target().segment("target"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::CloudPcUserSettingAssignment {
    const SEGMENT: &'static str = "microsoft.graph.cloudPcUserSettingAssignment";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ColumnDefinitionPath {
    /// Structural property `boolean` (`microsoft.graph.booleanColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn boolean(&self) -> crate::path::PropertyPath<crate::beta::BooleanColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("boolean"))
    }
    /// Structural property `calculated` (`microsoft.graph.calculatedColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn calculated(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::CalculatedColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("calculated"))
    }
    /// Structural property `choice` (`microsoft.graph.choiceColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn choice(&self) -> crate::path::PropertyPath<crate::beta::ChoiceColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("choice"))
    }
    /// Structural property `contentApprovalStatus` (`microsoft.graph.contentApprovalStatusColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn content_approval_status(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ContentApprovalStatusColumn> {
        crate::path::PropertyPath::new(
            self.node_target().segment("contentApprovalStatus"),
        )
    }
    /// Structural property `currency` (`microsoft.graph.currencyColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn currency(&self) -> crate::path::PropertyPath<crate::beta::CurrencyColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("currency"))
    }
    /// Structural property `dateTime` (`microsoft.graph.dateTimeColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn date_time(&self) -> crate::path::PropertyPath<crate::beta::DateTimeColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("dateTime"))
    }
    /// Structural property `defaultValue` (`microsoft.graph.defaultColumnValue`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn default_value(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DefaultColumnValue> {
        crate::path::PropertyPath::new(self.node_target().segment("defaultValue"))
    }
    /// Structural property `geolocation` (`microsoft.graph.geolocationColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn geolocation(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::GeolocationColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("geolocation"))
    }
    /// Structural property `hyperlinkOrPicture` (`microsoft.graph.hyperlinkOrPictureColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn hyperlink_or_picture(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::HyperlinkOrPictureColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("hyperlinkOrPicture"))
    }
    /// Structural property `lookup` (`microsoft.graph.lookupColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn lookup(&self) -> crate::path::PropertyPath<crate::beta::LookupColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("lookup"))
    }
    /// Structural property `number` (`microsoft.graph.numberColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn number(&self) -> crate::path::PropertyPath<crate::beta::NumberColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("number"))
    }
    /// Structural property `personOrGroup` (`microsoft.graph.personOrGroupColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn person_or_group(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PersonOrGroupColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("personOrGroup"))
    }
    /// Structural property `term` (`microsoft.graph.termColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn term(&self) -> crate::path::PropertyPath<crate::beta::TermColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("term"))
    }
    /// Structural property `text` (`microsoft.graph.textColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn text(&self) -> crate::path::PropertyPath<crate::beta::TextColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("text"))
    }
    /// Structural property `thumbnail` (`microsoft.graph.thumbnailColumn`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn thumbnail(&self) -> crate::path::PropertyPath<crate::beta::ThumbnailColumn> {
        crate::path::PropertyPath::new(self.node_target().segment("thumbnail"))
    }
    /// Structural property `validation` (`microsoft.graph.columnValidation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn validation(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ColumnValidation> {
        crate::path::PropertyPath::new(self.node_target().segment("validation"))
    }
    /// Navigation property `sourceColumn` (`microsoft.graph.columnDefinition`).
    #[inline]
    pub fn source_column(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ColumnDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("sourceColumn"))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ColumnDefinition {
    const SEGMENT: &'static str = "microsoft.graph.columnDefinition";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ColumnLink {
    const SEGMENT: &'static str = "microsoft.graph.columnLink";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ComanagementEligibleDevice {
    const SEGMENT: &'static str = "microsoft.graph.comanagementEligibleDevice";
}
#[cfg(msgraph_beta_core_or_commands)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-commands`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::CommandPath {
    /// Structural property `payload` (`microsoft.graph.payloadRequest`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn payload(&self) -> crate::path::PropertyPath<crate::beta::PayloadRequest> {
        crate::path::PropertyPath::new(self.node_target().segment("payload"))
    }
    #[cfg(msgraph_beta_payload_response_or_search)]
    /// Navigation property `responsepayload` (`microsoft.graph.payloadResponse`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn responsepayload(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PayloadResponse,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("responsepayload"))
    }
}
#[cfg(msgraph_beta_core_or_commands)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Command {
    const SEGMENT: &'static str = "microsoft.graph.command";
}
#[cfg(msgraph_beta_app)]
/// Features: `beta` or `beta-app`.
impl dyn crate::beta::requests::CommsApplicationPath {
    /// Containment navigation property `calls` (`microsoft.graph.call`).
    #[inline]
    pub fn calls(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Call,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("calls"))
    }
    /// Containment navigation property `onlineMeetings` (`microsoft.graph.onlineMeeting`).
    #[inline]
    pub fn online_meetings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnlineMeeting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("onlineMeetings"))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
impl dyn crate::beta::requests::CommsOperationPath {
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::beta::ResultInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("resultInfo"))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyCommsOperation {
    const SEGMENT: &'static str = "microsoft.graph.commsOperation";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl dyn crate::beta::requests::CompanyPath {
    /// Containment navigation property `accounts` (`microsoft.graph.account`).
    #[inline]
    pub fn accounts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Account,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("accounts"))
    }
    /// Containment navigation property `agedAccountsPayable` (`microsoft.graph.agedAccountsPayable`).
    #[inline]
    pub fn aged_accounts_payable(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AgedAccountsPayable,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("agedAccountsPayable"),
        )
    }
    /// Containment navigation property `agedAccountsReceivable` (`microsoft.graph.agedAccountsReceivable`).
    #[inline]
    pub fn aged_accounts_receivable(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AgedAccountsReceivable,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("agedAccountsReceivable"),
        )
    }
    /// Containment navigation property `companyInformation` (`microsoft.graph.companyInformation`).
    #[inline]
    pub fn company_information(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CompanyInformation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("companyInformation"),
        )
    }
    /// Containment navigation property `countriesRegions` (`microsoft.graph.countryRegion`).
    #[inline]
    pub fn countries_regions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CountryRegion,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("countriesRegions"))
    }
    /// Containment navigation property `currencies` (`microsoft.graph.currency`).
    #[inline]
    pub fn currencies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Currency,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("currencies"))
    }
    /// Containment navigation property `customerPaymentJournals` (`microsoft.graph.customerPaymentJournal`).
    #[inline]
    pub fn customer_payment_journals(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CustomerPaymentJournal,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("customerPaymentJournals"),
        )
    }
    /// Containment navigation property `customerPayments` (`microsoft.graph.customerPayment`).
    #[inline]
    pub fn customer_payments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CustomerPayment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("customerPayments"))
    }
    /// Containment navigation property `customers` (`microsoft.graph.customer`).
    #[inline]
    pub fn customers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Customer,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("customers"))
    }
    /// Containment navigation property `dimensions` (`microsoft.graph.dimension`).
    #[inline]
    pub fn dimensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Dimension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("dimensions"))
    }
    /// Containment navigation property `dimensionValues` (`microsoft.graph.dimensionValue`).
    #[inline]
    pub fn dimension_values(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DimensionValue,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("dimensionValues"))
    }
    /// Containment navigation property `employees` (`microsoft.graph.employee`).
    #[inline]
    pub fn employees(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Employee,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("employees"))
    }
    /// Containment navigation property `generalLedgerEntries` (`microsoft.graph.generalLedgerEntry`).
    #[inline]
    pub fn general_ledger_entries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GeneralLedgerEntry,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("generalLedgerEntries"),
        )
    }
    /// Containment navigation property `itemCategories` (`microsoft.graph.itemCategory`).
    #[inline]
    pub fn item_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ItemCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("itemCategories"))
    }
    /// Containment navigation property `items` (`microsoft.graph.item`).
    #[inline]
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Item,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("items"))
    }
    /// Containment navigation property `journalLines` (`microsoft.graph.journalLine`).
    #[inline]
    pub fn journal_lines(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::JournalLine,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("journalLines"))
    }
    /// Containment navigation property `journals` (`microsoft.graph.journal`).
    #[inline]
    pub fn journals(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Journal,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("journals"))
    }
    /// Containment navigation property `paymentMethods` (`microsoft.graph.paymentMethod`).
    #[inline]
    pub fn payment_methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PaymentMethod,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("paymentMethods"))
    }
    /// Containment navigation property `paymentTerms` (`microsoft.graph.paymentTerm`).
    #[inline]
    pub fn payment_terms(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PaymentTerm,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("paymentTerms"))
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
    /// Containment navigation property `purchaseInvoices` (`microsoft.graph.purchaseInvoice`).
    #[inline]
    pub fn purchase_invoices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PurchaseInvoice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("purchaseInvoices"))
    }
    /// Containment navigation property `salesCreditMemoLines` (`microsoft.graph.salesCreditMemoLine`).
    #[inline]
    pub fn sales_credit_memo_lines(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SalesCreditMemoLine,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("salesCreditMemoLines"),
        )
    }
    /// Containment navigation property `salesCreditMemos` (`microsoft.graph.salesCreditMemo`).
    #[inline]
    pub fn sales_credit_memos(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SalesCreditMemo,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("salesCreditMemos"))
    }
    /// Containment navigation property `salesInvoiceLines` (`microsoft.graph.salesInvoiceLine`).
    #[inline]
    pub fn sales_invoice_lines(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SalesInvoiceLine,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("salesInvoiceLines"))
    }
    /// Containment navigation property `salesInvoices` (`microsoft.graph.salesInvoice`).
    #[inline]
    pub fn sales_invoices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SalesInvoice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("salesInvoices"))
    }
    /// Containment navigation property `salesOrderLines` (`microsoft.graph.salesOrderLine`).
    #[inline]
    pub fn sales_order_lines(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SalesOrderLine,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("salesOrderLines"))
    }
    /// Containment navigation property `salesOrders` (`microsoft.graph.salesOrder`).
    #[inline]
    pub fn sales_orders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SalesOrder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("salesOrders"))
    }
    /// Containment navigation property `salesQuoteLines` (`microsoft.graph.salesQuoteLine`).
    #[inline]
    pub fn sales_quote_lines(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SalesQuoteLine,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("salesQuoteLines"))
    }
    /// Containment navigation property `salesQuotes` (`microsoft.graph.salesQuote`).
    #[inline]
    pub fn sales_quotes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SalesQuote,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("salesQuotes"))
    }
    /// Containment navigation property `shipmentMethods` (`microsoft.graph.shipmentMethod`).
    #[inline]
    pub fn shipment_methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ShipmentMethod,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("shipmentMethods"))
    }
    /// Containment navigation property `taxAreas` (`microsoft.graph.taxArea`).
    #[inline]
    pub fn tax_areas(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TaxArea,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("taxAreas"))
    }
    /// Containment navigation property `taxGroups` (`microsoft.graph.taxGroup`).
    #[inline]
    pub fn tax_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TaxGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("taxGroups"))
    }
    /// Containment navigation property `unitsOfMeasure` (`microsoft.graph.unitOfMeasure`).
    #[inline]
    pub fn units_of_measure(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnitOfMeasure,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("unitsOfMeasure"))
    }
    /// Containment navigation property `vendors` (`microsoft.graph.vendor`).
    #[inline]
    pub fn vendors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Vendor,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("vendors"))
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Company {
    const SEGMENT: &'static str = "microsoft.graph.company";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl dyn crate::beta::requests::CompanyInformationPath {
    /// Structural property `address` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn address(&self) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.node_target().segment("address"))
    }
    /// Stream property `picture`.
    #[inline]
    pub fn picture(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("picture"))
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::CompanyInformation {
    const SEGMENT: &'static str = "microsoft.graph.companyInformation";
}
#[cfg(msgraph_beta_compliance)]
/// Features: `beta` or `beta-compliance`.
impl dyn crate::beta::requests::CompliancePath {
    /// Containment navigation property `ediscovery` (`microsoft.graph.ediscovery.ediscoveryroot`).
    #[inline]
    pub fn ediscovery(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ediscovery::Ediscoveryroot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("ediscovery"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ComplianceManagementPartner {
    const SEGMENT: &'static str = "microsoft.graph.complianceManagementPartner";
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
impl dyn crate::beta::requests::ConditionalAccessPolicyPath {
    /// Structural property `conditions` (`microsoft.graph.conditionalAccessConditionSet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ConditionalAccessConditionSet> {
        crate::path::PropertyPath::new(self.node_target().segment("conditions"))
    }
    /// Structural property `grantControls` (`microsoft.graph.conditionalAccessGrantControls`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn grant_controls(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ConditionalAccessGrantControls> {
        crate::path::PropertyPath::new(self.node_target().segment("grantControls"))
    }
    /// Structural property `sessionControls` (`microsoft.graph.conditionalAccessSessionControls`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn session_controls(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ConditionalAccessSessionControls> {
        crate::path::PropertyPath::new(self.node_target().segment("sessionControls"))
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ConditionalAccessPolicy {
    const SEGMENT: &'static str = "microsoft.graph.conditionalAccessPolicy";
}
#[cfg(msgraph_beta_identity_or_search)]
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
impl dyn crate::beta::requests::ConditionalAccessRootPath {
    /// Containment navigation property `authenticationContextClassReferences` (`microsoft.graph.authenticationContextClassReference`).
    #[inline]
    pub fn authentication_context_class_references(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AuthenticationContextClassReference,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("authenticationContextClassReferences"),
        )
    }
    /// Containment navigation property `namedLocations` (`microsoft.graph.namedLocation`).
    #[inline]
    pub fn named_locations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyNamedLocation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("namedLocations"))
    }
    /// Containment navigation property `policies` (`microsoft.graph.conditionalAccessPolicy`).
    #[inline]
    pub fn policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ConditionalAccessPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("policies"))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ConditionalAccessRoot {
    const SEGMENT: &'static str = "microsoft.graph.conditionalAccessRoot";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ConfigManagerCollection {
    const SEGMENT: &'static str = "microsoft.graph.configManagerCollection";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::ConfigManagerCollection, C> {
    /// `GET .../getPolicySummary`: function `microsoft.graph.getPolicySummary`.
    pub fn get_policy_summary(
        &self,
        policy_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::ConfigManagerPolicySummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getPolicySummary",
                    &[
                        (
                            "policyId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(policy_id),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl dyn crate::beta::requests::ConnectedOrganizationPath {
    /// Containment navigation property `externalSponsors` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn external_sponsors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("externalSponsors"))
    }
    /// Containment navigation property `internalSponsors` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn internal_sponsors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("internalSponsors"))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ConnectedOrganization {
    const SEGMENT: &'static str = "microsoft.graph.connectedOrganization";
}
#[cfg(msgraph_beta_search)]
/// Features: `beta` or `beta-search`.
impl dyn crate::beta::requests::ConnectionOperationPath {
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::beta::PublicError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ConnectionOperation {
    const SEGMENT: &'static str = "microsoft.graph.connectionOperation";
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
/// Features: `beta`, or one of `beta-on-premises-publishing-profiles`, `beta-search`.
impl dyn crate::beta::requests::ConnectorPath {
    /// Containment navigation property `memberOf` (`microsoft.graph.connectorGroup`).
    #[inline]
    pub fn member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ConnectorGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("memberOf"))
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Connector {
    const SEGMENT: &'static str = "microsoft.graph.connector";
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
/// Features: `beta`, or one of `beta-on-premises-publishing-profiles`, `beta-search`.
impl dyn crate::beta::requests::ConnectorGroupPath {
    #[cfg(msgraph_beta_core)]
    /// Navigation property `applications` (`microsoft.graph.application`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn applications(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Application,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("applications"))
    }
    /// Containment navigation property `members` (`microsoft.graph.connector`).
    #[inline]
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Connector,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("members"))
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ConnectorGroup {
    const SEGMENT: &'static str = "microsoft.graph.connectorGroup";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ContactPath {
    /// Structural property `flag` (`microsoft.graph.followupFlag`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn flag(&self) -> crate::path::PropertyPath<crate::beta::FollowupFlag> {
        crate::path::PropertyPath::new(self.node_target().segment("flag"))
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
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOutlookItem> for crate::beta::Contact {
    const SEGMENT: &'static str = "microsoft.graph.contact";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Contact {
    const SEGMENT: &'static str = "microsoft.graph.contact";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::Contact, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Contact>,
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
impl dyn crate::beta::requests::ContactFolderPath {
    /// Containment navigation property `childFolders` (`microsoft.graph.contactFolder`).
    #[inline]
    pub fn child_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ContactFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("childFolders"))
    }
    /// Containment navigation property `contacts` (`microsoft.graph.contact`).
    #[inline]
    pub fn contacts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Contact,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("contacts"))
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
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ContactFolder {
    const SEGMENT: &'static str = "microsoft.graph.contactFolder";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::ContactFolder, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ContactFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ContentTypePath {
    /// Structural property `documentSet` (`microsoft.graph.documentSet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn document_set(&self) -> crate::path::PropertyPath<crate::beta::DocumentSet> {
        crate::path::PropertyPath::new(self.node_target().segment("documentSet"))
    }
    /// Structural property `documentTemplate` (`microsoft.graph.documentSetContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn document_template(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DocumentSetContent> {
        crate::path::PropertyPath::new(self.node_target().segment("documentTemplate"))
    }
    /// Structural property `inheritedFrom` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn inherited_from(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ItemReference> {
        crate::path::PropertyPath::new(self.node_target().segment("inheritedFrom"))
    }
    /// Structural property `order` (`microsoft.graph.contentTypeOrder`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn order(&self) -> crate::path::PropertyPath<crate::beta::ContentTypeOrder> {
        crate::path::PropertyPath::new(self.node_target().segment("order"))
    }
    /// Navigation property `base` (`microsoft.graph.contentType`).
    #[inline]
    pub fn base(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ContentType,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("base"))
    }
    /// Navigation property `baseTypes` (`microsoft.graph.contentType`).
    #[inline]
    pub fn base_types(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ContentType,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("baseTypes"))
    }
    /// Containment navigation property `columnLinks` (`microsoft.graph.columnLink`).
    #[inline]
    pub fn column_links(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ColumnLink,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("columnLinks"))
    }
    /// Navigation property `columnPositions` (`microsoft.graph.columnDefinition`).
    #[inline]
    pub fn column_positions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ColumnDefinition,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("columnPositions"))
    }
    /// Containment navigation property `columns` (`microsoft.graph.columnDefinition`).
    #[inline]
    pub fn columns(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ColumnDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("columns"))
    }
    /// `POST .../associateWithHubSites`: action `microsoft.graph.associateWithHubSites`.
    #[inline]
    pub fn associate_with_hub_sites(
        &self,
        params: crate::beta::params::ContentTypeAssociateWithHubSitesParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ContentTypeAssociateWithHubSitesParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("associateWithHubSites"),
            rt::request::Json(params),
        )
    }
    /// `POST .../copyToDefaultContentLocation`: action `microsoft.graph.copyToDefaultContentLocation`.
    #[inline]
    pub fn copy_to_default_content_location(
        &self,
        params: crate::beta::params::ContentTypeCopyToDefaultContentLocationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ContentTypeCopyToDefaultContentLocationParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("copyToDefaultContentLocation"),
            rt::request::Json(params),
        )
    }
    /// `GET .../isPublished`: function `microsoft.graph.isPublished`.
    #[inline]
    pub fn is_published(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<bool>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("isPublished", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../publish`: action `microsoft.graph.publish`.
    #[inline]
    pub fn publish(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("publish"),
            rt::request::NoBody,
        )
    }
    /// `POST .../unpublish`: action `microsoft.graph.unpublish`.
    #[inline]
    pub fn unpublish(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("unpublish"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ContentType {
    const SEGMENT: &'static str = "microsoft.graph.contentType";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::ContentType, C> {
    /// `POST .../addCopy`: action `microsoft.graph.addCopy`.
    pub fn add_copy(
        &self,
        params: crate::beta::params::ContentTypeCollectionAddCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ContentTypeCollectionAddCopyParams>,
        rt::request::Entity<crate::beta::ContentType>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("addCopy"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ContinuousAccessEvaluationPolicy {
    const SEGMENT: &'static str = "microsoft.graph.continuousAccessEvaluationPolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::Contract {
    const SEGMENT: &'static str = "microsoft.graph.contract";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Contract {
    const SEGMENT: &'static str = "microsoft.graph.contract";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::Contract, C> {
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
impl dyn crate::beta::requests::ConversationPath {
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
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Conversation {
    const SEGMENT: &'static str = "microsoft.graph.conversation";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.conversationMember";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::AnyConversationMember, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::beta::params::ConversationMemberCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ConversationMemberCollectionAddParams>,
        rt::request::Collection<crate::beta::AnyActionResultPart>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ConversationThreadPath {
    /// Containment navigation property `posts` (`microsoft.graph.post`).
    #[inline]
    pub fn posts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Post,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("posts"))
    }
    /// `POST .../reply`: action `microsoft.graph.reply`.
    #[inline]
    pub fn reply(
        &self,
        params: crate::beta::params::ConversationThreadReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ConversationThreadReplyParams>,
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ConversationThread {
    const SEGMENT: &'static str = "microsoft.graph.conversationThread";
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyNamedLocation>
for crate::beta::CountryNamedLocation {
    const SEGMENT: &'static str = "microsoft.graph.countryNamedLocation";
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::CountryNamedLocation {
    const SEGMENT: &'static str = "microsoft.graph.countryNamedLocation";
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::CountryRegion {
    const SEGMENT: &'static str = "microsoft.graph.countryRegion";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::CredentialUsageSummary {
    const SEGMENT: &'static str = "microsoft.graph.credentialUsageSummary";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::CredentialUserRegistrationCount {
    const SEGMENT: &'static str = "microsoft.graph.credentialUserRegistrationCount";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::CredentialUserRegistrationDetails {
    const SEGMENT: &'static str = "microsoft.graph.credentialUserRegistrationDetails";
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Currency {
    const SEGMENT: &'static str = "microsoft.graph.currency";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl dyn crate::beta::requests::CustomerPath {
    /// Structural property `address` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn address(&self) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.node_target().segment("address"))
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
    /// Containment navigation property `paymentMethod` (`microsoft.graph.paymentMethod`).
    #[inline]
    pub fn payment_method(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PaymentMethod,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("paymentMethod"))
    }
    /// Containment navigation property `paymentTerm` (`microsoft.graph.paymentTerm`).
    #[inline]
    pub fn payment_term(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PaymentTerm,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("paymentTerm"))
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
    /// Containment navigation property `shipmentMethod` (`microsoft.graph.shipmentMethod`).
    #[inline]
    pub fn shipment_method(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ShipmentMethod,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("shipmentMethod"))
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Customer {
    const SEGMENT: &'static str = "microsoft.graph.customer";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl dyn crate::beta::requests::CustomerPaymentPath {
    /// Containment navigation property `customer` (`microsoft.graph.customer`).
    #[inline]
    pub fn customer(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Customer,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("customer"))
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::CustomerPayment {
    const SEGMENT: &'static str = "microsoft.graph.customerPayment";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl dyn crate::beta::requests::CustomerPaymentJournalPath {
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
    /// Containment navigation property `customerPayments` (`microsoft.graph.customerPayment`).
    #[inline]
    pub fn customer_payments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CustomerPayment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("customerPayments"))
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::CustomerPaymentJournal {
    const SEGMENT: &'static str = "microsoft.graph.customerPaymentJournal";
}
#[cfg(msgraph_beta_communications_or_search)]
/// Features: `beta`, or one of `beta-communications`, `beta-search`.
impl dyn crate::beta::requests::call_records::CallRecordPath {
    /// Structural property `organizer` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn organizer(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("organizer"))
    }
    /// Containment navigation property `sessions` (`microsoft.graph.callRecords.session`).
    #[inline]
    pub fn sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::call_records::Session,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sessions"))
    }
}
#[cfg(msgraph_beta_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::call_records::CallRecord {
    const SEGMENT: &'static str = "microsoft.graph.callRecords.callRecord";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl dyn crate::beta::requests::ediscovery::CasePath {
    /// Structural property `closedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn closed_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("closedBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `custodians` (`microsoft.graph.ediscovery.custodian`).
    #[inline]
    pub fn custodians(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::Custodian,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("custodians"))
    }
    /// Containment navigation property `legalHolds` (`microsoft.graph.ediscovery.legalHold`).
    #[inline]
    pub fn legal_holds(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::LegalHold,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("legalHolds"))
    }
    /// Containment navigation property `noncustodialDataSources` (`microsoft.graph.ediscovery.noncustodialDataSource`).
    #[inline]
    pub fn noncustodial_data_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::NoncustodialDataSource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("noncustodialDataSources"),
        )
    }
    /// Containment navigation property `operations` (`microsoft.graph.ediscovery.caseOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::AnyCaseOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
    /// Containment navigation property `reviewSets` (`microsoft.graph.ediscovery.reviewSet`).
    #[inline]
    pub fn review_sets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::ReviewSet,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("reviewSets"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.ediscovery.settings`).
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ediscovery::Settings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("settings"))
    }
    /// Containment navigation property `sourceCollections` (`microsoft.graph.ediscovery.sourceCollection`).
    #[inline]
    pub fn source_collections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::SourceCollection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sourceCollections"))
    }
    /// Containment navigation property `tags` (`microsoft.graph.ediscovery.tag`).
    #[inline]
    pub fn tags(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::Tag,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tags"))
    }
    /// `POST .../microsoft.graph.ediscovery.close`: action `microsoft.graph.ediscovery.close`.
    #[inline]
    pub fn close(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.ediscovery.close"),
            rt::request::NoBody,
        )
    }
    /// `POST .../microsoft.graph.ediscovery.reopen`: action `microsoft.graph.ediscovery.reopen`.
    #[inline]
    pub fn reopen(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.ediscovery.reopen"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ediscovery::Case {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.case";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl dyn crate::beta::requests::ediscovery::CaseExportOperationPath {
    /// Navigation property `reviewSet` (`microsoft.graph.ediscovery.reviewSet`).
    #[inline]
    pub fn review_set(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ediscovery::ReviewSet,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("reviewSet"))
    }
    /// `GET .../microsoft.graph.ediscovery.getDownloadUrl`: function `microsoft.graph.ediscovery.getDownloadUrl`.
    #[inline]
    pub fn get_download_url(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function("microsoft.graph.ediscovery.getDownloadUrl", &[]),
            rt::request::NoBody,
        )
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
for crate::beta::ediscovery::CaseExportOperation {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.caseExportOperation";
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::CaseExportOperation {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.caseExportOperation";
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::ediscovery::AnyCaseOperation>
for crate::beta::ediscovery::CaseIndexOperation {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.caseIndexOperation";
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::CaseIndexOperation {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.caseIndexOperation";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl dyn crate::beta::requests::ediscovery::CaseOperationPath {
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::AnyCaseOperation {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.caseOperation";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl dyn crate::beta::requests::ediscovery::CustodianPath {
    /// Containment navigation property `siteSources` (`microsoft.graph.ediscovery.siteSource`).
    #[inline]
    pub fn site_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::SiteSource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("siteSources"))
    }
    /// Containment navigation property `unifiedGroupSources` (`microsoft.graph.ediscovery.unifiedGroupSource`).
    #[inline]
    pub fn unified_group_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::UnifiedGroupSource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("unifiedGroupSources"),
        )
    }
    /// Containment navigation property `userSources` (`microsoft.graph.ediscovery.userSource`).
    #[inline]
    pub fn user_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::UserSource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userSources"))
    }
    /// `POST .../microsoft.graph.ediscovery.activate`: action `microsoft.graph.ediscovery.activate`.
    #[inline]
    pub fn activate(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.ediscovery.activate"),
            rt::request::NoBody,
        )
    }
    /// `POST .../microsoft.graph.ediscovery.release`: action `microsoft.graph.ediscovery.release`.
    #[inline]
    pub fn release(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.ediscovery.release"),
            rt::request::NoBody,
        )
    }
    /// `POST .../microsoft.graph.ediscovery.updateIndex`: action `microsoft.graph.ediscovery.updateIndex`.
    #[inline]
    pub fn update_index(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.ediscovery.updateIndex"),
            rt::request::NoBody,
        )
    }
    /// Navigation property `lastIndexOperation` (`microsoft.graph.ediscovery.caseIndexOperation`).
    #[inline]
    pub fn last_index_operation(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ediscovery::CaseIndexOperation,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastIndexOperation"))
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::ediscovery::AnyDataSourceContainer>
for crate::beta::ediscovery::Custodian {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.custodian";
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::Custodian {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.custodian";
}
#[cfg(msgraph_beta_connections_or_external_or_search)]
/// Features: `beta`, or one of `beta-connections`, `beta-external`, `beta-search`.
impl dyn crate::beta::requests::external_connectors::ConnectionOperationPath {
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::beta::PublicError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
}
#[cfg(msgraph_beta_connections_or_external_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::external_connectors::ConnectionOperation {
    const SEGMENT: &'static str = "microsoft.graph.externalConnectors.connectionOperation";
}
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::managed_tenants::CloudPcConnection {
    const SEGMENT: &'static str = "microsoft.graph.managedTenants.cloudPcConnection";
}
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::managed_tenants::CloudPcDevice {
    const SEGMENT: &'static str = "microsoft.graph.managedTenants.cloudPcDevice";
}
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::managed_tenants::ConditionalAccessPolicyCoverage {
    const SEGMENT: &'static str = "microsoft.graph.managedTenants.conditionalAccessPolicyCoverage";
}
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::managed_tenants::CredentialUserRegistrationsSummary {
    const SEGMENT: &'static str = "microsoft.graph.managedTenants.credentialUserRegistrationsSummary";
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl dyn crate::beta::requests::windows_updates::CatalogPath {
    /// Containment navigation property `entries` (`microsoft.graph.windowsUpdates.catalogEntry`).
    #[inline]
    pub fn entries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::windows_updates::AnyCatalogEntry,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("entries"))
    }
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::windows_updates::Catalog {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.catalog";
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::windows_updates::AnyCatalogEntry {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.catalogEntry";
}
