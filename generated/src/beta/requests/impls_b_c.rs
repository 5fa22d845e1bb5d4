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
impl<C> crate::beta::requests::B2cIdentityUserFlowPath<C> {
    /// Structural property `apiConnectorConfiguration` (`microsoft.graph.userFlowApiConnectorConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn api_connector_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::UserFlowApiConnectorConfiguration> {
        crate::path::PropertyPath::new(
            self.0.target().segment("apiConnectorConfiguration"),
        )
    }
    #[cfg(msgraph_beta_identity_providers_or_search)]
    /// Navigation property `identityProviders` (`microsoft.graph.identityProvider`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn identity_providers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyIdentityProvider,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("identityProviders"))
    }
    /// Containment navigation property `languages` (`microsoft.graph.userFlowLanguageConfiguration`).
    pub fn languages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserFlowLanguageConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("languages"))
    }
    /// Containment navigation property `userAttributeAssignments` (`microsoft.graph.identityUserFlowAttributeAssignment`).
    pub fn user_attribute_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::IdentityUserFlowAttributeAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("userAttributeAssignments"),
        )
    }
    /// Navigation property `userFlowIdentityProviders` (`microsoft.graph.identityProviderBase`).
    pub fn user_flow_identity_providers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyIdentityProviderBase,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("userFlowIdentityProviders"),
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
impl<C> crate::beta::requests::B2xIdentityUserFlowPath<C> {
    /// Structural property `apiConnectorConfiguration` (`microsoft.graph.userFlowApiConnectorConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn api_connector_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::UserFlowApiConnectorConfiguration> {
        crate::path::PropertyPath::new(
            self.0.target().segment("apiConnectorConfiguration"),
        )
    }
    #[cfg(msgraph_beta_identity_providers_or_search)]
    /// Navigation property `identityProviders` (`microsoft.graph.identityProvider`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn identity_providers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyIdentityProvider,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("identityProviders"))
    }
    /// Containment navigation property `languages` (`microsoft.graph.userFlowLanguageConfiguration`).
    pub fn languages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserFlowLanguageConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("languages"))
    }
    /// Containment navigation property `userAttributeAssignments` (`microsoft.graph.identityUserFlowAttributeAssignment`).
    pub fn user_attribute_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::IdentityUserFlowAttributeAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("userAttributeAssignments"),
        )
    }
    /// Navigation property `userFlowIdentityProviders` (`microsoft.graph.identityProviderBase`).
    pub fn user_flow_identity_providers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyIdentityProviderBase,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("userFlowIdentityProviders"),
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
impl<C> crate::beta::requests::BaseItemPath<C> {
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
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ItemReference> {
        crate::path::PropertyPath::new(self.0.target().segment("parentReference"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn created_by_user(
        &self,
    ) -> crate::beta::requests::UserPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::UserPath::new(self.0.target().segment("createdByUser"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn last_modified_by_user(
        &self,
    ) -> crate::beta::requests::UserPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::UserPath::new(
            self.0.target().segment("lastModifiedByUser"),
        )
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyBaseItem {
    const SEGMENT: &'static str = "microsoft.graph.baseItem";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::BaseItemVersionPath<C> {
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
    }
    /// Structural property `publication` (`microsoft.graph.publicationFacet`), addressed on its own: `GET` or `PATCH` it.
    pub fn publication(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PublicationFacet> {
        crate::path::PropertyPath::new(self.0.target().segment("publication"))
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
impl<C> crate::beta::requests::BitlockerPath<C> {
    /// Containment navigation property `recoveryKeys` (`microsoft.graph.bitlockerRecoveryKey`).
    pub fn recovery_keys(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::BitlockerRecoveryKey,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("recoveryKeys"))
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
impl<C> crate::beta::requests::BookingAppointmentPath<C> {
    /// Structural property `customerLocation` (`microsoft.graph.location`), addressed on its own: `GET` or `PATCH` it.
    pub fn customer_location(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyLocation> {
        crate::path::PropertyPath::new(self.0.target().segment("customerLocation"))
    }
    /// Structural property `end` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn end(&self) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.0.target().segment("end"))
    }
    /// Structural property `invoiceDate` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn invoice_date(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.0.target().segment("invoiceDate"))
    }
    /// Structural property `serviceLocation` (`microsoft.graph.location`), addressed on its own: `GET` or `PATCH` it.
    pub fn service_location(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyLocation> {
        crate::path::PropertyPath::new(self.0.target().segment("serviceLocation"))
    }
    /// Structural property `start` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn start(&self) -> crate::path::PropertyPath<crate::beta::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.0.target().segment("start"))
    }
    /// Cancels the giving booking appointment, sending a message to the involved parties.
    ///
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    pub fn cancel(
        &self,
        params: crate::beta::params::BookingAppointmentCancelParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::BookingAppointmentCancelParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("cancel"),
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
impl<C> crate::beta::requests::BookingBusinessPath<C> {
    /// Structural property `address` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    pub fn address(&self) -> crate::path::PropertyPath<crate::beta::PhysicalAddress> {
        crate::path::PropertyPath::new(self.0.target().segment("address"))
    }
    /// Structural property `schedulingPolicy` (`microsoft.graph.bookingSchedulingPolicy`), addressed on its own: `GET` or `PATCH` it.
    pub fn scheduling_policy(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::BookingSchedulingPolicy> {
        crate::path::PropertyPath::new(self.0.target().segment("schedulingPolicy"))
    }
    /// Containment navigation property `appointments` (`microsoft.graph.bookingAppointment`).
    pub fn appointments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::BookingAppointment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("appointments"))
    }
    /// Containment navigation property `calendarView` (`microsoft.graph.bookingAppointment`).
    pub fn calendar_view(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::BookingAppointment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("calendarView"))
    }
    /// Containment navigation property `customers` (`microsoft.graph.bookingCustomer`).
    pub fn customers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::BookingCustomer,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("customers"))
    }
    /// Containment navigation property `services` (`microsoft.graph.bookingService`).
    pub fn services(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::BookingService,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("services"))
    }
    /// Containment navigation property `staffMembers` (`microsoft.graph.bookingStaffMember`).
    pub fn staff_members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::BookingStaffMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("staffMembers"))
    }
    /// Makes the scheduling page of this business available to the general public.
    ///
    /// `POST .../publish`: action `microsoft.graph.publish`.
    pub fn publish(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("publish"),
            rt::request::NoBody,
        )
    }
    /// Prevents the general public from seeing the scheduling page of this business.
    ///
    /// `POST .../unpublish`: action `microsoft.graph.unpublish`.
    pub fn unpublish(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("unpublish"),
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
impl<C> crate::beta::requests::BookingServicePath<C> {
    /// Structural property `defaultLocation` (`microsoft.graph.location`), addressed on its own: `GET` or `PATCH` it.
    pub fn default_location(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyLocation> {
        crate::path::PropertyPath::new(self.0.target().segment("defaultLocation"))
    }
    /// Structural property `schedulingPolicy` (`microsoft.graph.bookingSchedulingPolicy`), addressed on its own: `GET` or `PATCH` it.
    pub fn scheduling_policy(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::BookingSchedulingPolicy> {
        crate::path::PropertyPath::new(self.0.target().segment("schedulingPolicy"))
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
impl<C> crate::beta::requests::BusinessFlowPath<C> {
    /// Structural property `policy` (`microsoft.graph.governancePolicy`), addressed on its own: `GET` or `PATCH` it.
    pub fn policy(&self) -> crate::path::PropertyPath<crate::beta::GovernancePolicy> {
        crate::path::PropertyPath::new(self.0.target().segment("policy"))
    }
    /// Structural property `settings` (`microsoft.graph.businessFlowSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::BusinessFlowSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("settings"))
    }
    /// `POST .../recordDecisions`: action `microsoft.graph.recordDecisions`.
    pub fn record_decisions(
        &self,
        params: crate::beta::params::BusinessFlowRecordDecisionsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::BusinessFlowRecordDecisionsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("recordDecisions"),
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
impl<C> crate::beta::requests::CalendarPath<C> {
    /// Structural property `owner` (`microsoft.graph.emailAddress`), addressed on its own: `GET` or `PATCH` it.
    pub fn owner(&self) -> crate::path::PropertyPath<crate::beta::AnyEmailAddress> {
        crate::path::PropertyPath::new(self.0.target().segment("owner"))
    }
    /// Containment navigation property `calendarPermissions` (`microsoft.graph.calendarPermission`).
    pub fn calendar_permissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CalendarPermission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("calendarPermissions"))
    }
    /// Containment navigation property `calendarView` (`microsoft.graph.event`).
    pub fn calendar_view(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Event,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("calendarView"))
    }
    /// Containment navigation property `events` (`microsoft.graph.event`).
    pub fn events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Event,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("events"))
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
    /// `GET .../allowedCalendarSharingRoles`: function `microsoft.graph.allowedCalendarSharingRoles`.
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
                .0
                .target()
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
    pub fn get_schedule(
        &self,
        params: crate::beta::params::CalendarGetScheduleParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CalendarGetScheduleParams>,
        rt::request::Collection<crate::beta::ScheduleInformation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getSchedule"),
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
impl<C> crate::beta::requests::CalendarGroupPath<C> {
    /// Containment navigation property `calendars` (`microsoft.graph.calendar`).
    pub fn calendars(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Calendar,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("calendars"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::CalendarGroup {
    const SEGMENT: &'static str = "microsoft.graph.calendarGroup";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::CalendarPermissionPath<C> {
    /// Structural property `emailAddress` (`microsoft.graph.emailAddress`), addressed on its own: `GET` or `PATCH` it.
    pub fn email_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyEmailAddress> {
        crate::path::PropertyPath::new(self.0.target().segment("emailAddress"))
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
impl<C> crate::beta::requests::CalendarSharingMessagePath<C> {
    /// The media content (`$value`) of this entity.
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("$value"))
    }
    /// Structural property `sharingMessageAction` (`microsoft.graph.calendarSharingMessageAction`), addressed on its own: `GET` or `PATCH` it.
    pub fn sharing_message_action(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::CalendarSharingMessageAction> {
        crate::path::PropertyPath::new(self.0.target().segment("sharingMessageAction"))
    }
    /// `POST .../accept`: action `microsoft.graph.accept`.
    pub fn accept(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Calendar>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("accept"),
            rt::request::NoBody,
        )
    }
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn body(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.0.target().segment("body"))
    }
    /// Structural property `flag` (`microsoft.graph.followupFlag`), addressed on its own: `GET` or `PATCH` it.
    pub fn flag(&self) -> crate::path::PropertyPath<crate::beta::FollowupFlag> {
        crate::path::PropertyPath::new(self.0.target().segment("flag"))
    }
    /// Structural property `from` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    pub fn from(&self) -> crate::path::PropertyPath<crate::beta::AnyRecipient> {
        crate::path::PropertyPath::new(self.0.target().segment("from"))
    }
    /// Structural property `mentionsPreview` (`microsoft.graph.mentionsPreview`), addressed on its own: `GET` or `PATCH` it.
    pub fn mentions_preview(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MentionsPreview> {
        crate::path::PropertyPath::new(self.0.target().segment("mentionsPreview"))
    }
    /// Structural property `sender` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    pub fn sender(&self) -> crate::path::PropertyPath<crate::beta::AnyRecipient> {
        crate::path::PropertyPath::new(self.0.target().segment("sender"))
    }
    /// Structural property `uniqueBody` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn unique_body(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.0.target().segment("uniqueBody"))
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
    /// `POST .../copy`: action `microsoft.graph.copy`.
    pub fn copy(
        &self,
        params: crate::beta::params::MessageCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageCopyParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("copy"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createForward`: action `microsoft.graph.createForward`.
    pub fn create_forward(
        &self,
        params: crate::beta::params::MessageCreateForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageCreateForwardParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createForward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createReply`: action `microsoft.graph.createReply`.
    pub fn create_reply(
        &self,
        params: crate::beta::params::MessageCreateReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageCreateReplyParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createReply"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createReplyAll`: action `microsoft.graph.createReplyAll`.
    pub fn create_reply_all(
        &self,
        params: crate::beta::params::MessageCreateReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageCreateReplyAllParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createReplyAll"),
            rt::request::Json(params),
        )
    }
    /// `POST .../forward`: action `microsoft.graph.forward`.
    pub fn forward(
        &self,
        params: crate::beta::params::MessageForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageForwardParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("forward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../move`: action `microsoft.graph.move`.
    pub fn move_(
        &self,
        params: crate::beta::params::MessageMoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageMoveParams>,
        rt::request::Entity<crate::beta::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("move"),
            rt::request::Json(params),
        )
    }
    /// `POST .../reply`: action `microsoft.graph.reply`.
    pub fn reply(
        &self,
        params: crate::beta::params::MessageReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageReplyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("reply"),
            rt::request::Json(params),
        )
    }
    /// `POST .../replyAll`: action `microsoft.graph.replyAll`.
    pub fn reply_all(
        &self,
        params: crate::beta::params::MessageReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::MessageReplyAllParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("replyAll"),
            rt::request::Json(params),
        )
    }
    /// `POST .../send`: action `microsoft.graph.send`.
    pub fn send(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("send"),
            rt::request::NoBody,
        )
    }
    /// `POST .../unsubscribe`: action `microsoft.graph.unsubscribe`.
    pub fn unsubscribe(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("unsubscribe"),
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
impl<C> crate::beta::requests::CallPath<C> {
    /// Structural property `answeredBy` (`microsoft.graph.participantInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn answered_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ParticipantInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("answeredBy"))
    }
    /// Structural property `callOptions` (`microsoft.graph.callOptions`), addressed on its own: `GET` or `PATCH` it.
    pub fn call_options(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyCallOptions> {
        crate::path::PropertyPath::new(self.0.target().segment("callOptions"))
    }
    /// Structural property `chatInfo` (`microsoft.graph.chatInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn chat_info(&self) -> crate::path::PropertyPath<crate::beta::ChatInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("chatInfo"))
    }
    /// Structural property `incomingContext` (`microsoft.graph.incomingContext`), addressed on its own: `GET` or `PATCH` it.
    pub fn incoming_context(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IncomingContext> {
        crate::path::PropertyPath::new(self.0.target().segment("incomingContext"))
    }
    /// Structural property `mediaConfig` (`microsoft.graph.mediaConfig`), addressed on its own: `GET` or `PATCH` it.
    pub fn media_config(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyMediaConfig> {
        crate::path::PropertyPath::new(self.0.target().segment("mediaConfig"))
    }
    /// Structural property `mediaState` (`microsoft.graph.callMediaState`), addressed on its own: `GET` or `PATCH` it.
    pub fn media_state(&self) -> crate::path::PropertyPath<crate::beta::CallMediaState> {
        crate::path::PropertyPath::new(self.0.target().segment("mediaState"))
    }
    /// Structural property `meetingCapability` (`microsoft.graph.meetingCapability`), addressed on its own: `GET` or `PATCH` it.
    pub fn meeting_capability(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MeetingCapability> {
        crate::path::PropertyPath::new(self.0.target().segment("meetingCapability"))
    }
    /// Structural property `meetingInfo` (`microsoft.graph.meetingInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn meeting_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyMeetingInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("meetingInfo"))
    }
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::beta::ResultInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("resultInfo"))
    }
    /// Structural property `source` (`microsoft.graph.participantInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn source(&self) -> crate::path::PropertyPath<crate::beta::ParticipantInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("source"))
    }
    /// Structural property `toneInfo` (`microsoft.graph.toneInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn tone_info(&self) -> crate::path::PropertyPath<crate::beta::ToneInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("toneInfo"))
    }
    /// Structural property `transcription` (`microsoft.graph.callTranscriptionInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn transcription(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::CallTranscriptionInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("transcription"))
    }
    /// Containment navigation property `audioRoutingGroups` (`microsoft.graph.audioRoutingGroup`).
    pub fn audio_routing_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AudioRoutingGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("audioRoutingGroups"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.commsOperation`).
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyCommsOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("operations"))
    }
    /// Containment navigation property `participants` (`microsoft.graph.participant`).
    pub fn participants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Participant,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("participants"))
    }
    /// `POST .../answer`: action `microsoft.graph.answer`.
    pub fn answer(
        &self,
        params: crate::beta::params::CallAnswerParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallAnswerParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("answer"),
            rt::request::Json(params),
        )
    }
    /// `POST .../cancelMediaProcessing`: action `microsoft.graph.cancelMediaProcessing`.
    pub fn cancel_media_processing(
        &self,
        params: crate::beta::params::CallCancelMediaProcessingParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallCancelMediaProcessingParams>,
        rt::request::Entity<crate::beta::CancelMediaProcessingOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("cancelMediaProcessing"),
            rt::request::Json(params),
        )
    }
    /// `POST .../changeScreenSharingRole`: action `microsoft.graph.changeScreenSharingRole`.
    pub fn change_screen_sharing_role(
        &self,
        params: crate::beta::params::CallChangeScreenSharingRoleParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallChangeScreenSharingRoleParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("changeScreenSharingRole"),
            rt::request::Json(params),
        )
    }
    /// `POST .../keepAlive`: action `microsoft.graph.keepAlive`.
    pub fn keep_alive(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("keepAlive"),
            rt::request::NoBody,
        )
    }
    /// `POST .../mute`: action `microsoft.graph.mute`.
    pub fn mute(
        &self,
        params: crate::beta::params::CallMuteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallMuteParams>,
        rt::request::Entity<crate::beta::MuteParticipantOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("mute"),
            rt::request::Json(params),
        )
    }
    /// `POST .../playPrompt`: action `microsoft.graph.playPrompt`.
    pub fn play_prompt(
        &self,
        params: crate::beta::params::CallPlayPromptParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallPlayPromptParams>,
        rt::request::Entity<crate::beta::PlayPromptOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("playPrompt"),
            rt::request::Json(params),
        )
    }
    /// `POST .../record`: action `microsoft.graph.record`.
    pub fn record(
        &self,
        params: crate::beta::params::CallRecordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallRecordParams>,
        rt::request::Entity<crate::beta::RecordOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("record"),
            rt::request::Json(params),
        )
    }
    /// `POST .../recordResponse`: action `microsoft.graph.recordResponse`.
    pub fn record_response(
        &self,
        params: crate::beta::params::CallRecordResponseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallRecordResponseParams>,
        rt::request::Entity<crate::beta::RecordOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("recordResponse"),
            rt::request::Json(params),
        )
    }
    /// `POST .../redirect`: action `microsoft.graph.redirect`.
    pub fn redirect(
        &self,
        params: crate::beta::params::CallRedirectParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallRedirectParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("redirect"),
            rt::request::Json(params),
        )
    }
    /// `POST .../reject`: action `microsoft.graph.reject`.
    pub fn reject(
        &self,
        params: crate::beta::params::CallRejectParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallRejectParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("reject"),
            rt::request::Json(params),
        )
    }
    /// `POST .../subscribeToTone`: action `microsoft.graph.subscribeToTone`.
    pub fn subscribe_to_tone(
        &self,
        params: crate::beta::params::CallSubscribeToToneParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallSubscribeToToneParams>,
        rt::request::Entity<crate::beta::SubscribeToToneOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("subscribeToTone"),
            rt::request::Json(params),
        )
    }
    /// `POST .../transfer`: action `microsoft.graph.transfer`.
    pub fn transfer(
        &self,
        params: crate::beta::params::CallTransferParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallTransferParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("transfer"),
            rt::request::Json(params),
        )
    }
    /// `POST .../unmute`: action `microsoft.graph.unmute`.
    pub fn unmute(
        &self,
        params: crate::beta::params::CallUnmuteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallUnmuteParams>,
        rt::request::Entity<crate::beta::UnmuteParticipantOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("unmute"),
            rt::request::Json(params),
        )
    }
    /// `POST .../updateRecordingStatus`: action `microsoft.graph.updateRecordingStatus`.
    pub fn update_recording_status(
        &self,
        params: crate::beta::params::CallUpdateRecordingStatusParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CallUpdateRecordingStatusParams>,
        rt::request::Entity<crate::beta::UpdateRecordingStatusOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("updateRecordingStatus"),
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
impl<C, T> crate::beta::requests::ChangeTrackedEntityPath<C, T> {
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
#[cfg(msgraph_beta_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyChangeTrackedEntity {
    const SEGMENT: &'static str = "microsoft.graph.changeTrackedEntity";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::ChannelPath<C> {
    /// Structural property `moderationSettings` (`microsoft.graph.channelModerationSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn moderation_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ChannelModerationSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("moderationSettings"))
    }
    /// Containment navigation property `filesFolder` (`microsoft.graph.driveItem`).
    pub fn files_folder(
        &self,
    ) -> crate::beta::requests::DriveItemPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::DriveItemPath::new(self.0.target().segment("filesFolder"))
    }
    /// Containment navigation property `members` (`microsoft.graph.conversationMember`).
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyConversationMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("members"))
    }
    /// Containment navigation property `messages` (`microsoft.graph.chatMessage`).
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ChatMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("messages"))
    }
    /// Containment navigation property `tabs` (`microsoft.graph.teamsTab`).
    pub fn tabs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TeamsTab,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("tabs"))
    }
    /// `POST .../completeMigration`: action `microsoft.graph.completeMigration`.
    pub fn complete_migration(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("completeMigration"),
            rt::request::NoBody,
        )
    }
    /// `POST .../provisionEmail`: action `microsoft.graph.provisionEmail`.
    pub fn provision_email(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::ProvisionChannelEmailResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("provisionEmail"),
            rt::request::NoBody,
        )
    }
    /// `POST .../removeEmail`: action `microsoft.graph.removeEmail`.
    pub fn remove_email(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("removeEmail"),
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
impl<C> crate::beta::requests::ChatPath<C> {
    /// Containment navigation property `installedApps` (`microsoft.graph.teamsAppInstallation`).
    pub fn installed_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyTeamsAppInstallation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("installedApps"))
    }
    /// Containment navigation property `members` (`microsoft.graph.conversationMember`).
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyConversationMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("members"))
    }
    /// Containment navigation property `messages` (`microsoft.graph.chatMessage`).
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ChatMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("messages"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.teamsAsyncOperation`).
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TeamsAsyncOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("operations"))
    }
    /// Containment navigation property `permissionGrants` (`microsoft.graph.resourceSpecificPermissionGrant`).
    pub fn permission_grants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ResourceSpecificPermissionGrant,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("permissionGrants"))
    }
    /// Containment navigation property `tabs` (`microsoft.graph.teamsTab`).
    pub fn tabs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TeamsTab,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("tabs"))
    }
    /// `POST .../sendActivityNotification`: action `microsoft.graph.sendActivityNotification`.
    pub fn send_activity_notification(
        &self,
        params: crate::beta::params::ChatSendActivityNotificationParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ChatSendActivityNotificationParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sendActivityNotification"),
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
impl<C> crate::beta::requests::ChatMessagePath<C> {
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn body(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.0.target().segment("body"))
    }
    /// Structural property `channelIdentity` (`microsoft.graph.channelIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn channel_identity(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ChannelIdentity> {
        crate::path::PropertyPath::new(self.0.target().segment("channelIdentity"))
    }
    /// Structural property `eventDetail` (`microsoft.graph.eventMessageDetail`), addressed on its own: `GET` or `PATCH` it.
    pub fn event_detail(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyEventMessageDetail> {
        crate::path::PropertyPath::new(self.0.target().segment("eventDetail"))
    }
    /// Structural property `from` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn from(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("from"))
    }
    /// Structural property `policyViolation` (`microsoft.graph.chatMessagePolicyViolation`), addressed on its own: `GET` or `PATCH` it.
    pub fn policy_violation(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ChatMessagePolicyViolation> {
        crate::path::PropertyPath::new(self.0.target().segment("policyViolation"))
    }
    /// Containment navigation property `hostedContents` (`microsoft.graph.chatMessageHostedContent`).
    pub fn hosted_contents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ChatMessageHostedContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("hostedContents"))
    }
    /// Containment navigation property `replies` (`microsoft.graph.chatMessage`).
    pub fn replies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ChatMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("replies"))
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
impl<C> crate::beta::requests::ClassificationJobResponsePath<C> {
    /// Structural property `result` (`microsoft.graph.detectedSensitiveContentWrapper`), addressed on its own: `GET` or `PATCH` it.
    pub fn result(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DetectedSensitiveContentWrapper> {
        crate::path::PropertyPath::new(self.0.target().segment("result"))
    }
    /// Structural property `error` (`microsoft.graph.classificationError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::beta::ClassificationError> {
        crate::path::PropertyPath::new(self.0.target().segment("error"))
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
impl<C> crate::beta::requests::CloudAppSecurityProfilePath<C> {
    /// Structural property `vendorInformation` (`microsoft.graph.securityVendorInformation`), addressed on its own: `GET` or `PATCH` it.
    pub fn vendor_information(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SecurityVendorInformation> {
        crate::path::PropertyPath::new(self.0.target().segment("vendorInformation"))
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
impl<C> crate::beta::requests::CloudCommunicationsPath<C> {
    /// Containment navigation property `calls` (`microsoft.graph.call`).
    pub fn calls(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Call,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("calls"))
    }
    /// Containment navigation property `callRecords` (`microsoft.graph.callRecords.callRecord`).
    pub fn call_records(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::call_records::CallRecord,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("callRecords"))
    }
    /// Containment navigation property `onlineMeetings` (`microsoft.graph.onlineMeeting`).
    pub fn online_meetings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnlineMeeting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("onlineMeetings"))
    }
    /// Containment navigation property `presences` (`microsoft.graph.presence`).
    pub fn presences(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Presence,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("presences"))
    }
    /// `POST .../getPresencesByUserId`: action `microsoft.graph.getPresencesByUserId`.
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
            self.0.target().segment("getPresencesByUserId"),
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
impl<C> crate::beta::requests::CloudPcPath<C> {
    /// Structural property `statusDetails` (`microsoft.graph.cloudPcStatusDetails`), addressed on its own: `GET` or `PATCH` it.
    pub fn status_details(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::CloudPcStatusDetails> {
        crate::path::PropertyPath::new(self.0.target().segment("statusDetails"))
    }
    /// `POST .../reprovision`: action `microsoft.graph.reprovision`.
    pub fn reprovision(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("reprovision"),
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
impl<C> crate::beta::requests::CloudPcAuditEventPath<C> {
    /// Structural property `actor` (`microsoft.graph.cloudPcAuditActor`), addressed on its own: `GET` or `PATCH` it.
    pub fn actor(&self) -> crate::path::PropertyPath<crate::beta::CloudPcAuditActor> {
        crate::path::PropertyPath::new(self.0.target().segment("actor"))
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
impl<C> crate::beta::requests::CloudPcOnPremisesConnectionPath<C> {
    /// Structural property `healthCheckStatusDetails` (`microsoft.graph.cloudPcOnPremisesConnectionStatusDetails`), addressed on its own: `GET` or `PATCH` it.
    pub fn health_check_status_details(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::CloudPcOnPremisesConnectionStatusDetails,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("healthCheckStatusDetails"),
        )
    }
    /// `POST .../runHealthChecks`: action `microsoft.graph.runHealthChecks`.
    pub fn run_health_checks(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("runHealthChecks"),
            rt::request::NoBody,
        )
    }
    /// `POST .../updateAdDomainPassword`: action `microsoft.graph.updateAdDomainPassword`.
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
            self.0.target().segment("updateAdDomainPassword"),
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
impl<C> crate::beta::requests::CloudPcProvisioningPolicyPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.cloudPcProvisioningPolicyAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CloudPcProvisioningPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::CloudPcProvisioningPolicyAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CloudPcProvisioningPolicyAssignParams>,
        rt::request::Empty,
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::CloudPcProvisioningPolicy {
    const SEGMENT: &'static str = "microsoft.graph.cloudPcProvisioningPolicy";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::CloudPcProvisioningPolicyAssignmentPath<C> {
    /// Structural property `target` (`microsoft.graph.cloudPcManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyCloudPcManagementAssignmentTarget> {
        crate::path::PropertyPath::new(self.0.target().segment("target"))
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
impl<C> crate::beta::requests::CloudPcUserSettingPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.cloudPcUserSettingAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CloudPcUserSettingAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::CloudPcUserSettingAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::CloudPcUserSettingAssignParams>,
        rt::request::Empty,
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::CloudPcUserSetting {
    const SEGMENT: &'static str = "microsoft.graph.cloudPcUserSetting";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::CloudPcUserSettingAssignmentPath<C> {
    /// Structural property `target` (`microsoft.graph.cloudPcManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyCloudPcManagementAssignmentTarget> {
        crate::path::PropertyPath::new(self.0.target().segment("target"))
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
impl<C> crate::beta::requests::ColumnDefinitionPath<C> {
    /// Structural property `boolean` (`microsoft.graph.booleanColumn`), addressed on its own: `GET` or `PATCH` it.
    pub fn boolean(&self) -> crate::path::PropertyPath<crate::beta::BooleanColumn> {
        crate::path::PropertyPath::new(self.0.target().segment("boolean"))
    }
    /// Structural property `calculated` (`microsoft.graph.calculatedColumn`), addressed on its own: `GET` or `PATCH` it.
    pub fn calculated(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::CalculatedColumn> {
        crate::path::PropertyPath::new(self.0.target().segment("calculated"))
    }
    /// Structural property `choice` (`microsoft.graph.choiceColumn`), addressed on its own: `GET` or `PATCH` it.
    pub fn choice(&self) -> crate::path::PropertyPath<crate::beta::ChoiceColumn> {
        crate::path::PropertyPath::new(self.0.target().segment("choice"))
    }
    /// Structural property `contentApprovalStatus` (`microsoft.graph.contentApprovalStatusColumn`), addressed on its own: `GET` or `PATCH` it.
    pub fn content_approval_status(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ContentApprovalStatusColumn> {
        crate::path::PropertyPath::new(self.0.target().segment("contentApprovalStatus"))
    }
    /// Structural property `currency` (`microsoft.graph.currencyColumn`), addressed on its own: `GET` or `PATCH` it.
    pub fn currency(&self) -> crate::path::PropertyPath<crate::beta::CurrencyColumn> {
        crate::path::PropertyPath::new(self.0.target().segment("currency"))
    }
    /// Structural property `dateTime` (`microsoft.graph.dateTimeColumn`), addressed on its own: `GET` or `PATCH` it.
    pub fn date_time(&self) -> crate::path::PropertyPath<crate::beta::DateTimeColumn> {
        crate::path::PropertyPath::new(self.0.target().segment("dateTime"))
    }
    /// Structural property `defaultValue` (`microsoft.graph.defaultColumnValue`), addressed on its own: `GET` or `PATCH` it.
    pub fn default_value(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DefaultColumnValue> {
        crate::path::PropertyPath::new(self.0.target().segment("defaultValue"))
    }
    /// Structural property `geolocation` (`microsoft.graph.geolocationColumn`), addressed on its own: `GET` or `PATCH` it.
    pub fn geolocation(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::GeolocationColumn> {
        crate::path::PropertyPath::new(self.0.target().segment("geolocation"))
    }
    /// Structural property `hyperlinkOrPicture` (`microsoft.graph.hyperlinkOrPictureColumn`), addressed on its own: `GET` or `PATCH` it.
    pub fn hyperlink_or_picture(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::HyperlinkOrPictureColumn> {
        crate::path::PropertyPath::new(self.0.target().segment("hyperlinkOrPicture"))
    }
    /// Structural property `lookup` (`microsoft.graph.lookupColumn`), addressed on its own: `GET` or `PATCH` it.
    pub fn lookup(&self) -> crate::path::PropertyPath<crate::beta::LookupColumn> {
        crate::path::PropertyPath::new(self.0.target().segment("lookup"))
    }
    /// Structural property `number` (`microsoft.graph.numberColumn`), addressed on its own: `GET` or `PATCH` it.
    pub fn number(&self) -> crate::path::PropertyPath<crate::beta::NumberColumn> {
        crate::path::PropertyPath::new(self.0.target().segment("number"))
    }
    /// Structural property `personOrGroup` (`microsoft.graph.personOrGroupColumn`), addressed on its own: `GET` or `PATCH` it.
    pub fn person_or_group(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PersonOrGroupColumn> {
        crate::path::PropertyPath::new(self.0.target().segment("personOrGroup"))
    }
    /// Structural property `term` (`microsoft.graph.termColumn`), addressed on its own: `GET` or `PATCH` it.
    pub fn term(&self) -> crate::path::PropertyPath<crate::beta::TermColumn> {
        crate::path::PropertyPath::new(self.0.target().segment("term"))
    }
    /// Structural property `text` (`microsoft.graph.textColumn`), addressed on its own: `GET` or `PATCH` it.
    pub fn text(&self) -> crate::path::PropertyPath<crate::beta::TextColumn> {
        crate::path::PropertyPath::new(self.0.target().segment("text"))
    }
    /// Structural property `thumbnail` (`microsoft.graph.thumbnailColumn`), addressed on its own: `GET` or `PATCH` it.
    pub fn thumbnail(&self) -> crate::path::PropertyPath<crate::beta::ThumbnailColumn> {
        crate::path::PropertyPath::new(self.0.target().segment("thumbnail"))
    }
    /// Structural property `validation` (`microsoft.graph.columnValidation`), addressed on its own: `GET` or `PATCH` it.
    pub fn validation(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ColumnValidation> {
        crate::path::PropertyPath::new(self.0.target().segment("validation"))
    }
    /// Navigation property `sourceColumn` (`microsoft.graph.columnDefinition`).
    pub fn source_column(
        &self,
    ) -> crate::beta::requests::ColumnDefinitionPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::ColumnDefinitionPath::new(
            self.0.target().segment("sourceColumn"),
        )
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
impl<C> crate::beta::requests::CommandPath<C> {
    /// Structural property `payload` (`microsoft.graph.payloadRequest`), addressed on its own: `GET` or `PATCH` it.
    pub fn payload(&self) -> crate::path::PropertyPath<crate::beta::PayloadRequest> {
        crate::path::PropertyPath::new(self.0.target().segment("payload"))
    }
    #[cfg(msgraph_beta_payload_response_or_search)]
    /// Navigation property `responsepayload` (`microsoft.graph.payloadResponse`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn responsepayload(
        &self,
    ) -> crate::beta::requests::PayloadResponsePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::PayloadResponsePath::new(
            self.0.target().segment("responsepayload"),
        )
    }
}
#[cfg(msgraph_beta_core_or_commands)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Command {
    const SEGMENT: &'static str = "microsoft.graph.command";
}
#[cfg(msgraph_beta_app)]
/// Features: `beta` or `beta-app`.
impl<C> crate::beta::requests::CommsApplicationPath<C> {
    /// Containment navigation property `calls` (`microsoft.graph.call`).
    pub fn calls(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Call,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("calls"))
    }
    /// Containment navigation property `onlineMeetings` (`microsoft.graph.onlineMeeting`).
    pub fn online_meetings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnlineMeeting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("onlineMeetings"))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
impl<C, T> crate::beta::requests::CommsOperationPath<C, T> {
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::beta::ResultInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("resultInfo"))
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
impl<C> crate::beta::requests::CompanyPath<C> {
    /// Containment navigation property `accounts` (`microsoft.graph.account`).
    pub fn accounts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Account,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("accounts"))
    }
    /// Containment navigation property `agedAccountsPayable` (`microsoft.graph.agedAccountsPayable`).
    pub fn aged_accounts_payable(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AgedAccountsPayable,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("agedAccountsPayable"))
    }
    /// Containment navigation property `agedAccountsReceivable` (`microsoft.graph.agedAccountsReceivable`).
    pub fn aged_accounts_receivable(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AgedAccountsReceivable,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("agedAccountsReceivable"),
        )
    }
    /// Containment navigation property `companyInformation` (`microsoft.graph.companyInformation`).
    pub fn company_information(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CompanyInformation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("companyInformation"))
    }
    /// Containment navigation property `countriesRegions` (`microsoft.graph.countryRegion`).
    pub fn countries_regions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CountryRegion,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("countriesRegions"))
    }
    /// Containment navigation property `currencies` (`microsoft.graph.currency`).
    pub fn currencies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Currency,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("currencies"))
    }
    /// Containment navigation property `customerPaymentJournals` (`microsoft.graph.customerPaymentJournal`).
    pub fn customer_payment_journals(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CustomerPaymentJournal,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("customerPaymentJournals"),
        )
    }
    /// Containment navigation property `customerPayments` (`microsoft.graph.customerPayment`).
    pub fn customer_payments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CustomerPayment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("customerPayments"))
    }
    /// Containment navigation property `customers` (`microsoft.graph.customer`).
    pub fn customers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Customer,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("customers"))
    }
    /// Containment navigation property `dimensions` (`microsoft.graph.dimension`).
    pub fn dimensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Dimension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("dimensions"))
    }
    /// Containment navigation property `dimensionValues` (`microsoft.graph.dimensionValue`).
    pub fn dimension_values(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DimensionValue,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("dimensionValues"))
    }
    /// Containment navigation property `employees` (`microsoft.graph.employee`).
    pub fn employees(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Employee,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("employees"))
    }
    /// Containment navigation property `generalLedgerEntries` (`microsoft.graph.generalLedgerEntry`).
    pub fn general_ledger_entries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::GeneralLedgerEntry,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("generalLedgerEntries"))
    }
    /// Containment navigation property `itemCategories` (`microsoft.graph.itemCategory`).
    pub fn item_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ItemCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("itemCategories"))
    }
    /// Containment navigation property `items` (`microsoft.graph.item`).
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Item,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("items"))
    }
    /// Containment navigation property `journalLines` (`microsoft.graph.journalLine`).
    pub fn journal_lines(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::JournalLine,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("journalLines"))
    }
    /// Containment navigation property `journals` (`microsoft.graph.journal`).
    pub fn journals(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Journal,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("journals"))
    }
    /// Containment navigation property `paymentMethods` (`microsoft.graph.paymentMethod`).
    pub fn payment_methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PaymentMethod,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("paymentMethods"))
    }
    /// Containment navigation property `paymentTerms` (`microsoft.graph.paymentTerm`).
    pub fn payment_terms(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PaymentTerm,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("paymentTerms"))
    }
    /// Containment navigation property `picture` (`microsoft.graph.picture`).
    pub fn picture(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Picture,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("picture"))
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
    /// Containment navigation property `purchaseInvoices` (`microsoft.graph.purchaseInvoice`).
    pub fn purchase_invoices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PurchaseInvoice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("purchaseInvoices"))
    }
    /// Containment navigation property `salesCreditMemoLines` (`microsoft.graph.salesCreditMemoLine`).
    pub fn sales_credit_memo_lines(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SalesCreditMemoLine,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("salesCreditMemoLines"))
    }
    /// Containment navigation property `salesCreditMemos` (`microsoft.graph.salesCreditMemo`).
    pub fn sales_credit_memos(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SalesCreditMemo,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("salesCreditMemos"))
    }
    /// Containment navigation property `salesInvoiceLines` (`microsoft.graph.salesInvoiceLine`).
    pub fn sales_invoice_lines(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SalesInvoiceLine,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("salesInvoiceLines"))
    }
    /// Containment navigation property `salesInvoices` (`microsoft.graph.salesInvoice`).
    pub fn sales_invoices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SalesInvoice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("salesInvoices"))
    }
    /// Containment navigation property `salesOrderLines` (`microsoft.graph.salesOrderLine`).
    pub fn sales_order_lines(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SalesOrderLine,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("salesOrderLines"))
    }
    /// Containment navigation property `salesOrders` (`microsoft.graph.salesOrder`).
    pub fn sales_orders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SalesOrder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("salesOrders"))
    }
    /// Containment navigation property `salesQuoteLines` (`microsoft.graph.salesQuoteLine`).
    pub fn sales_quote_lines(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SalesQuoteLine,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("salesQuoteLines"))
    }
    /// Containment navigation property `salesQuotes` (`microsoft.graph.salesQuote`).
    pub fn sales_quotes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SalesQuote,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("salesQuotes"))
    }
    /// Containment navigation property `shipmentMethods` (`microsoft.graph.shipmentMethod`).
    pub fn shipment_methods(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ShipmentMethod,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("shipmentMethods"))
    }
    /// Containment navigation property `taxAreas` (`microsoft.graph.taxArea`).
    pub fn tax_areas(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TaxArea,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("taxAreas"))
    }
    /// Containment navigation property `taxGroups` (`microsoft.graph.taxGroup`).
    pub fn tax_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TaxGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("taxGroups"))
    }
    /// Containment navigation property `unitsOfMeasure` (`microsoft.graph.unitOfMeasure`).
    pub fn units_of_measure(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnitOfMeasure,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("unitsOfMeasure"))
    }
    /// Containment navigation property `vendors` (`microsoft.graph.vendor`).
    pub fn vendors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Vendor,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("vendors"))
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Company {
    const SEGMENT: &'static str = "microsoft.graph.company";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl<C> crate::beta::requests::CompanyInformationPath<C> {
    /// Structural property `address` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    pub fn address(&self) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.0.target().segment("address"))
    }
    /// Stream property `picture`.
    pub fn picture(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("picture"))
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
impl<C> crate::beta::requests::CompliancePath<C> {
    /// Containment navigation property `ediscovery` (`microsoft.graph.ediscovery.ediscoveryroot`).
    pub fn ediscovery(
        &self,
    ) -> crate::beta::requests::ediscovery::EdiscoveryrootPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::ediscovery::EdiscoveryrootPath::new(
            self.0.target().segment("ediscovery"),
        )
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
impl<C> crate::beta::requests::ConditionalAccessPolicyPath<C> {
    /// Structural property `conditions` (`microsoft.graph.conditionalAccessConditionSet`), addressed on its own: `GET` or `PATCH` it.
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ConditionalAccessConditionSet> {
        crate::path::PropertyPath::new(self.0.target().segment("conditions"))
    }
    /// Structural property `grantControls` (`microsoft.graph.conditionalAccessGrantControls`), addressed on its own: `GET` or `PATCH` it.
    pub fn grant_controls(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ConditionalAccessGrantControls> {
        crate::path::PropertyPath::new(self.0.target().segment("grantControls"))
    }
    /// Structural property `sessionControls` (`microsoft.graph.conditionalAccessSessionControls`), addressed on its own: `GET` or `PATCH` it.
    pub fn session_controls(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ConditionalAccessSessionControls> {
        crate::path::PropertyPath::new(self.0.target().segment("sessionControls"))
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
impl<C> crate::beta::requests::ConditionalAccessRootPath<C> {
    /// Containment navigation property `authenticationContextClassReferences` (`microsoft.graph.authenticationContextClassReference`).
    pub fn authentication_context_class_references(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AuthenticationContextClassReference,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("authenticationContextClassReferences"),
        )
    }
    /// Containment navigation property `namedLocations` (`microsoft.graph.namedLocation`).
    pub fn named_locations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyNamedLocation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("namedLocations"))
    }
    /// Containment navigation property `policies` (`microsoft.graph.conditionalAccessPolicy`).
    pub fn policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ConditionalAccessPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("policies"))
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
impl<C> crate::beta::requests::ConnectedOrganizationPath<C> {
    /// Containment navigation property `externalSponsors` (`microsoft.graph.directoryObject`).
    pub fn external_sponsors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("externalSponsors"))
    }
    /// Containment navigation property `internalSponsors` (`microsoft.graph.directoryObject`).
    pub fn internal_sponsors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("internalSponsors"))
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
impl<C> crate::beta::requests::ConnectionOperationPath<C> {
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::beta::PublicError> {
        crate::path::PropertyPath::new(self.0.target().segment("error"))
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
impl<C> crate::beta::requests::ConnectorPath<C> {
    /// Containment navigation property `memberOf` (`microsoft.graph.connectorGroup`).
    pub fn member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ConnectorGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("memberOf"))
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Connector {
    const SEGMENT: &'static str = "microsoft.graph.connector";
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
/// Features: `beta`, or one of `beta-on-premises-publishing-profiles`, `beta-search`.
impl<C> crate::beta::requests::ConnectorGroupPath<C> {
    #[cfg(msgraph_beta_core)]
    /// Navigation property `applications` (`microsoft.graph.application`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn applications(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Application,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("applications"))
    }
    /// Containment navigation property `members` (`microsoft.graph.connector`).
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Connector,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("members"))
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ConnectorGroup {
    const SEGMENT: &'static str = "microsoft.graph.connectorGroup";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::ContactPath<C> {
    /// Structural property `flag` (`microsoft.graph.followupFlag`), addressed on its own: `GET` or `PATCH` it.
    pub fn flag(&self) -> crate::path::PropertyPath<crate::beta::FollowupFlag> {
        crate::path::PropertyPath::new(self.0.target().segment("flag"))
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
    /// Containment navigation property `photo` (`microsoft.graph.profilePhoto`).
    pub fn photo(
        &self,
    ) -> crate::beta::requests::ProfilePhotoPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::ProfilePhotoPath::new(self.0.target().segment("photo"))
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
impl<C> crate::beta::requests::ContactFolderPath<C> {
    /// Containment navigation property `childFolders` (`microsoft.graph.contactFolder`).
    pub fn child_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ContactFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("childFolders"))
    }
    /// Containment navigation property `contacts` (`microsoft.graph.contact`).
    pub fn contacts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Contact,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("contacts"))
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
impl<C> crate::beta::requests::ContentTypePath<C> {
    /// Structural property `documentSet` (`microsoft.graph.documentSet`), addressed on its own: `GET` or `PATCH` it.
    pub fn document_set(&self) -> crate::path::PropertyPath<crate::beta::DocumentSet> {
        crate::path::PropertyPath::new(self.0.target().segment("documentSet"))
    }
    /// Structural property `documentTemplate` (`microsoft.graph.documentSetContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn document_template(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::DocumentSetContent> {
        crate::path::PropertyPath::new(self.0.target().segment("documentTemplate"))
    }
    /// Structural property `inheritedFrom` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    pub fn inherited_from(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ItemReference> {
        crate::path::PropertyPath::new(self.0.target().segment("inheritedFrom"))
    }
    /// Structural property `order` (`microsoft.graph.contentTypeOrder`), addressed on its own: `GET` or `PATCH` it.
    pub fn order(&self) -> crate::path::PropertyPath<crate::beta::ContentTypeOrder> {
        crate::path::PropertyPath::new(self.0.target().segment("order"))
    }
    /// Navigation property `base` (`microsoft.graph.contentType`).
    pub fn base(
        &self,
    ) -> crate::beta::requests::ContentTypePath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::ContentTypePath::new(self.0.target().segment("base"))
    }
    /// Navigation property `baseTypes` (`microsoft.graph.contentType`).
    pub fn base_types(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ContentType,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("baseTypes"))
    }
    /// Containment navigation property `columnLinks` (`microsoft.graph.columnLink`).
    pub fn column_links(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ColumnLink,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("columnLinks"))
    }
    /// Navigation property `columnPositions` (`microsoft.graph.columnDefinition`).
    pub fn column_positions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ColumnDefinition,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("columnPositions"))
    }
    /// Containment navigation property `columns` (`microsoft.graph.columnDefinition`).
    pub fn columns(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ColumnDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("columns"))
    }
    /// `POST .../associateWithHubSites`: action `microsoft.graph.associateWithHubSites`.
    pub fn associate_with_hub_sites(
        &self,
        params: crate::beta::params::ContentTypeAssociateWithHubSitesParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ContentTypeAssociateWithHubSitesParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("associateWithHubSites"),
            rt::request::Json(params),
        )
    }
    /// `POST .../copyToDefaultContentLocation`: action `microsoft.graph.copyToDefaultContentLocation`.
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
            self.0.target().segment("copyToDefaultContentLocation"),
            rt::request::Json(params),
        )
    }
    /// `GET .../isPublished`: function `microsoft.graph.isPublished`.
    pub fn is_published(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<bool>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("isPublished", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../publish`: action `microsoft.graph.publish`.
    pub fn publish(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("publish"),
            rt::request::NoBody,
        )
    }
    /// `POST .../unpublish`: action `microsoft.graph.unpublish`.
    pub fn unpublish(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("unpublish"),
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
impl<C> crate::beta::requests::ConversationPath<C> {
    /// Containment navigation property `threads` (`microsoft.graph.conversationThread`).
    pub fn threads(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ConversationThread,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("threads"))
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
impl<C> crate::beta::requests::ConversationThreadPath<C> {
    /// Containment navigation property `posts` (`microsoft.graph.post`).
    pub fn posts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Post,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("posts"))
    }
    /// `POST .../reply`: action `microsoft.graph.reply`.
    pub fn reply(
        &self,
        params: crate::beta::params::ConversationThreadReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ConversationThreadReplyParams>,
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
impl<C> crate::beta::requests::CustomerPath<C> {
    /// Structural property `address` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    pub fn address(&self) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.0.target().segment("address"))
    }
    /// Containment navigation property `currency` (`microsoft.graph.currency`).
    pub fn currency(
        &self,
    ) -> crate::beta::requests::CurrencyPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::CurrencyPath::new(self.0.target().segment("currency"))
    }
    /// Containment navigation property `paymentMethod` (`microsoft.graph.paymentMethod`).
    pub fn payment_method(
        &self,
    ) -> crate::beta::requests::PaymentMethodPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::PaymentMethodPath::new(
            self.0.target().segment("paymentMethod"),
        )
    }
    /// Containment navigation property `paymentTerm` (`microsoft.graph.paymentTerm`).
    pub fn payment_term(
        &self,
    ) -> crate::beta::requests::PaymentTermPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::PaymentTermPath::new(
            self.0.target().segment("paymentTerm"),
        )
    }
    /// Containment navigation property `picture` (`microsoft.graph.picture`).
    pub fn picture(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Picture,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("picture"))
    }
    /// Containment navigation property `shipmentMethod` (`microsoft.graph.shipmentMethod`).
    pub fn shipment_method(
        &self,
    ) -> crate::beta::requests::ShipmentMethodPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::ShipmentMethodPath::new(
            self.0.target().segment("shipmentMethod"),
        )
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Customer {
    const SEGMENT: &'static str = "microsoft.graph.customer";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl<C> crate::beta::requests::CustomerPaymentPath<C> {
    /// Containment navigation property `customer` (`microsoft.graph.customer`).
    pub fn customer(
        &self,
    ) -> crate::beta::requests::CustomerPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::CustomerPath::new(self.0.target().segment("customer"))
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::CustomerPayment {
    const SEGMENT: &'static str = "microsoft.graph.customerPayment";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl<C> crate::beta::requests::CustomerPaymentJournalPath<C> {
    /// Containment navigation property `account` (`microsoft.graph.account`).
    pub fn account(
        &self,
    ) -> crate::beta::requests::AccountPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::AccountPath::new(self.0.target().segment("account"))
    }
    /// Containment navigation property `customerPayments` (`microsoft.graph.customerPayment`).
    pub fn customer_payments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CustomerPayment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("customerPayments"))
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
impl<C> crate::beta::requests::call_records::CallRecordPath<C> {
    /// Structural property `organizer` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn organizer(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("organizer"))
    }
    /// Containment navigation property `sessions` (`microsoft.graph.callRecords.session`).
    pub fn sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::call_records::Session,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("sessions"))
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
impl<C> crate::beta::requests::ediscovery::CasePath<C> {
    /// Structural property `closedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn closed_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("closedBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `custodians` (`microsoft.graph.ediscovery.custodian`).
    pub fn custodians(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::Custodian,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("custodians"))
    }
    /// Containment navigation property `legalHolds` (`microsoft.graph.ediscovery.legalHold`).
    pub fn legal_holds(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::LegalHold,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("legalHolds"))
    }
    /// Containment navigation property `noncustodialDataSources` (`microsoft.graph.ediscovery.noncustodialDataSource`).
    pub fn noncustodial_data_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::NoncustodialDataSource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("noncustodialDataSources"),
        )
    }
    /// Containment navigation property `operations` (`microsoft.graph.ediscovery.caseOperation`).
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::AnyCaseOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("operations"))
    }
    /// Containment navigation property `reviewSets` (`microsoft.graph.ediscovery.reviewSet`).
    pub fn review_sets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::ReviewSet,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("reviewSets"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.ediscovery.settings`).
    pub fn settings(
        &self,
    ) -> crate::beta::requests::ediscovery::SettingsPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::ediscovery::SettingsPath::new(
            self.0.target().segment("settings"),
        )
    }
    /// Containment navigation property `sourceCollections` (`microsoft.graph.ediscovery.sourceCollection`).
    pub fn source_collections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::SourceCollection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("sourceCollections"))
    }
    /// Containment navigation property `tags` (`microsoft.graph.ediscovery.tag`).
    pub fn tags(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::Tag,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("tags"))
    }
    /// `POST .../microsoft.graph.ediscovery.close`: action `microsoft.graph.ediscovery.close`.
    pub fn close(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.ediscovery.close"),
            rt::request::NoBody,
        )
    }
    /// `POST .../microsoft.graph.ediscovery.reopen`: action `microsoft.graph.ediscovery.reopen`.
    pub fn reopen(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.ediscovery.reopen"),
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
impl<C> crate::beta::requests::ediscovery::CaseExportOperationPath<C> {
    /// Navigation property `reviewSet` (`microsoft.graph.ediscovery.reviewSet`).
    pub fn review_set(
        &self,
    ) -> crate::beta::requests::ediscovery::ReviewSetPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::ediscovery::ReviewSetPath::new(
            self.0.target().segment("reviewSet"),
        )
    }
    /// `GET .../microsoft.graph.ediscovery.getDownloadUrl`: function `microsoft.graph.ediscovery.getDownloadUrl`.
    pub fn get_download_url(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("microsoft.graph.ediscovery.getDownloadUrl", &[]),
            rt::request::NoBody,
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::beta::ResultInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("resultInfo"))
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
impl<C, T> crate::beta::requests::ediscovery::CaseOperationPath<C, T> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::beta::ResultInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("resultInfo"))
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
impl<C> crate::beta::requests::ediscovery::CustodianPath<C> {
    /// Containment navigation property `siteSources` (`microsoft.graph.ediscovery.siteSource`).
    pub fn site_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::SiteSource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("siteSources"))
    }
    /// Containment navigation property `unifiedGroupSources` (`microsoft.graph.ediscovery.unifiedGroupSource`).
    pub fn unified_group_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::UnifiedGroupSource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("unifiedGroupSources"))
    }
    /// Containment navigation property `userSources` (`microsoft.graph.ediscovery.userSource`).
    pub fn user_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::UserSource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userSources"))
    }
    /// `POST .../microsoft.graph.ediscovery.activate`: action `microsoft.graph.ediscovery.activate`.
    pub fn activate(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.ediscovery.activate"),
            rt::request::NoBody,
        )
    }
    /// `POST .../microsoft.graph.ediscovery.release`: action `microsoft.graph.ediscovery.release`.
    pub fn release(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.ediscovery.release"),
            rt::request::NoBody,
        )
    }
    /// `POST .../microsoft.graph.ediscovery.updateIndex`: action `microsoft.graph.ediscovery.updateIndex`.
    pub fn update_index(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.ediscovery.updateIndex"),
            rt::request::NoBody,
        )
    }
    /// Navigation property `lastIndexOperation` (`microsoft.graph.ediscovery.caseIndexOperation`).
    pub fn last_index_operation(
        &self,
    ) -> crate::beta::requests::ediscovery::CaseIndexOperationPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::ediscovery::CaseIndexOperationPath::new(
            self.0.target().segment("lastIndexOperation"),
        )
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
impl<C> crate::beta::requests::external_connectors::ConnectionOperationPath<C> {
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::beta::PublicError> {
        crate::path::PropertyPath::new(self.0.target().segment("error"))
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
impl<C> crate::beta::requests::windows_updates::CatalogPath<C> {
    /// Containment navigation property `entries` (`microsoft.graph.windowsUpdates.catalogEntry`).
    pub fn entries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::windows_updates::AnyCatalogEntry,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("entries"))
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
