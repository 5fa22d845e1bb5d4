//! Items of `requests` by the first letters of their types' names (`s_v`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl<C> crate::beta::requests::SalesCreditMemoPath<C> {
    /// Structural property `billingPostalAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    pub fn billing_postal_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.0.target().segment("billingPostalAddress"))
    }
    /// Structural property `sellingPostalAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    pub fn selling_postal_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.0.target().segment("sellingPostalAddress"))
    }
    /// Containment navigation property `currency` (`microsoft.graph.currency`).
    pub fn currency(
        &self,
    ) -> crate::beta::requests::CurrencyPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::CurrencyPath::new(self.0.target().segment("currency"))
    }
    /// Containment navigation property `customer` (`microsoft.graph.customer`).
    pub fn customer(
        &self,
    ) -> crate::beta::requests::CustomerPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::CustomerPath::new(self.0.target().segment("customer"))
    }
    /// Containment navigation property `paymentTerm` (`microsoft.graph.paymentTerm`).
    pub fn payment_term(
        &self,
    ) -> crate::beta::requests::PaymentTermPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::PaymentTermPath::new(
            self.0.target().segment("paymentTerm"),
        )
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
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SalesCreditMemo {
    const SEGMENT: &'static str = "microsoft.graph.salesCreditMemo";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl<C> crate::beta::requests::SalesCreditMemoLinePath<C> {
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
for crate::beta::SalesCreditMemoLine {
    const SEGMENT: &'static str = "microsoft.graph.salesCreditMemoLine";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl<C> crate::beta::requests::SalesInvoicePath<C> {
    /// Structural property `billingPostalAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    pub fn billing_postal_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.0.target().segment("billingPostalAddress"))
    }
    /// Structural property `sellingPostalAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    pub fn selling_postal_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.0.target().segment("sellingPostalAddress"))
    }
    /// Structural property `shippingPostalAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    pub fn shipping_postal_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.0.target().segment("shippingPostalAddress"))
    }
    /// Containment navigation property `currency` (`microsoft.graph.currency`).
    pub fn currency(
        &self,
    ) -> crate::beta::requests::CurrencyPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::CurrencyPath::new(self.0.target().segment("currency"))
    }
    /// Containment navigation property `customer` (`microsoft.graph.customer`).
    pub fn customer(
        &self,
    ) -> crate::beta::requests::CustomerPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::CustomerPath::new(self.0.target().segment("customer"))
    }
    /// Containment navigation property `paymentTerm` (`microsoft.graph.paymentTerm`).
    pub fn payment_term(
        &self,
    ) -> crate::beta::requests::PaymentTermPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::PaymentTermPath::new(
            self.0.target().segment("paymentTerm"),
        )
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
    /// Containment navigation property `shipmentMethod` (`microsoft.graph.shipmentMethod`).
    pub fn shipment_method(
        &self,
    ) -> crate::beta::requests::ShipmentMethodPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::ShipmentMethodPath::new(
            self.0.target().segment("shipmentMethod"),
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
    /// `POST .../cancelAndSend`: action `microsoft.graph.cancelAndSend`.
    pub fn cancel_and_send(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("cancelAndSend"),
            rt::request::NoBody,
        )
    }
    /// `POST .../post`: action `microsoft.graph.post`.
    pub fn post(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("post"),
            rt::request::NoBody,
        )
    }
    /// `POST .../postAndSend`: action `microsoft.graph.postAndSend`.
    pub fn post_and_send(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("postAndSend"),
            rt::request::NoBody,
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
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SalesInvoice {
    const SEGMENT: &'static str = "microsoft.graph.salesInvoice";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl<C> crate::beta::requests::SalesInvoiceLinePath<C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SalesInvoiceLine {
    const SEGMENT: &'static str = "microsoft.graph.salesInvoiceLine";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl<C> crate::beta::requests::SalesOrderPath<C> {
    /// Structural property `billingPostalAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    pub fn billing_postal_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.0.target().segment("billingPostalAddress"))
    }
    /// Structural property `sellingPostalAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    pub fn selling_postal_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.0.target().segment("sellingPostalAddress"))
    }
    /// Structural property `shippingPostalAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    pub fn shipping_postal_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.0.target().segment("shippingPostalAddress"))
    }
    /// Containment navigation property `currency` (`microsoft.graph.currency`).
    pub fn currency(
        &self,
    ) -> crate::beta::requests::CurrencyPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::CurrencyPath::new(self.0.target().segment("currency"))
    }
    /// Containment navigation property `customer` (`microsoft.graph.customer`).
    pub fn customer(
        &self,
    ) -> crate::beta::requests::CustomerPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::CustomerPath::new(self.0.target().segment("customer"))
    }
    /// Containment navigation property `paymentTerm` (`microsoft.graph.paymentTerm`).
    pub fn payment_term(
        &self,
    ) -> crate::beta::requests::PaymentTermPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::PaymentTermPath::new(
            self.0.target().segment("paymentTerm"),
        )
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
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SalesOrder {
    const SEGMENT: &'static str = "microsoft.graph.salesOrder";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl<C> crate::beta::requests::SalesOrderLinePath<C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SalesOrderLine {
    const SEGMENT: &'static str = "microsoft.graph.salesOrderLine";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl<C> crate::beta::requests::SalesQuotePath<C> {
    /// Structural property `billingPostalAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    pub fn billing_postal_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.0.target().segment("billingPostalAddress"))
    }
    /// Structural property `sellingPostalAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    pub fn selling_postal_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.0.target().segment("sellingPostalAddress"))
    }
    /// Structural property `shippingPostalAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    pub fn shipping_postal_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(self.0.target().segment("shippingPostalAddress"))
    }
    /// Containment navigation property `currency` (`microsoft.graph.currency`).
    pub fn currency(
        &self,
    ) -> crate::beta::requests::CurrencyPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::CurrencyPath::new(self.0.target().segment("currency"))
    }
    /// Containment navigation property `customer` (`microsoft.graph.customer`).
    pub fn customer(
        &self,
    ) -> crate::beta::requests::CustomerPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::CustomerPath::new(self.0.target().segment("customer"))
    }
    /// Containment navigation property `paymentTerm` (`microsoft.graph.paymentTerm`).
    pub fn payment_term(
        &self,
    ) -> crate::beta::requests::PaymentTermPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::PaymentTermPath::new(
            self.0.target().segment("paymentTerm"),
        )
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
    /// Containment navigation property `shipmentMethod` (`microsoft.graph.shipmentMethod`).
    pub fn shipment_method(
        &self,
    ) -> crate::beta::requests::ShipmentMethodPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::ShipmentMethodPath::new(
            self.0.target().segment("shipmentMethod"),
        )
    }
    /// `POST .../makeInvoice`: action `microsoft.graph.makeInvoice`.
    pub fn make_invoice(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("makeInvoice"),
            rt::request::NoBody,
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
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SalesQuote {
    const SEGMENT: &'static str = "microsoft.graph.salesQuote";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl<C> crate::beta::requests::SalesQuoteLinePath<C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SalesQuoteLine {
    const SEGMENT: &'static str = "microsoft.graph.salesQuoteLine";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::SchedulePath<C> {
    /// Structural property `timeClockSettings` (`microsoft.graph.timeClockSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn time_clock_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TimeClockSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("timeClockSettings"))
    }
    /// Containment navigation property `offerShiftRequests` (`microsoft.graph.offerShiftRequest`).
    pub fn offer_shift_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyOfferShiftRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("offerShiftRequests"))
    }
    /// Containment navigation property `openShiftChangeRequests` (`microsoft.graph.openShiftChangeRequest`).
    pub fn open_shift_change_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OpenShiftChangeRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("openShiftChangeRequests"),
        )
    }
    /// Containment navigation property `openShifts` (`microsoft.graph.openShift`).
    pub fn open_shifts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OpenShift,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("openShifts"))
    }
    /// Containment navigation property `schedulingGroups` (`microsoft.graph.schedulingGroup`).
    pub fn scheduling_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SchedulingGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("schedulingGroups"))
    }
    /// Containment navigation property `shifts` (`microsoft.graph.shift`).
    pub fn shifts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Shift,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("shifts"))
    }
    /// Containment navigation property `swapShiftsChangeRequests` (`microsoft.graph.swapShiftsChangeRequest`).
    pub fn swap_shifts_change_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SwapShiftsChangeRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("swapShiftsChangeRequests"),
        )
    }
    /// Containment navigation property `timeCards` (`microsoft.graph.timeCard`).
    pub fn time_cards(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TimeCard,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("timeCards"))
    }
    /// Containment navigation property `timeOffReasons` (`microsoft.graph.timeOffReason`).
    pub fn time_off_reasons(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TimeOffReason,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("timeOffReasons"))
    }
    /// Containment navigation property `timeOffRequests` (`microsoft.graph.timeOffRequest`).
    pub fn time_off_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TimeOffRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("timeOffRequests"))
    }
    /// Containment navigation property `timesOff` (`microsoft.graph.timeOff`).
    pub fn times_off(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TimeOff,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("timesOff"))
    }
    /// `POST .../share`: action `microsoft.graph.share`.
    pub fn share(
        &self,
        params: crate::beta::params::ScheduleShareParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ScheduleShareParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("share"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Schedule {
    const SEGMENT: &'static str = "microsoft.graph.schedule";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C, T> crate::beta::requests::ScheduleChangeRequestPath<C, T> {
    /// `POST .../approve`: action `microsoft.graph.approve`.
    pub fn approve(
        &self,
        params: crate::beta::params::ScheduleChangeRequestApproveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ScheduleChangeRequestApproveParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("approve"),
            rt::request::Json(params),
        )
    }
    /// `POST .../decline`: action `microsoft.graph.decline`.
    pub fn decline(
        &self,
        params: crate::beta::params::ScheduleChangeRequestDeclineParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ScheduleChangeRequestDeclineParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("decline"),
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
for crate::beta::AnyScheduleChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.scheduleChangeRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyScheduleChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.scheduleChangeRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyChangeTrackedEntity>
for crate::beta::SchedulingGroup {
    const SEGMENT: &'static str = "microsoft.graph.schedulingGroup";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SchedulingGroup {
    const SEGMENT: &'static str = "microsoft.graph.schedulingGroup";
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Schema {
    const SEGMENT: &'static str = "microsoft.graph.schema";
}
#[cfg(msgraph_beta_schema_extensions_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SchemaExtension {
    const SEGMENT: &'static str = "microsoft.graph.schemaExtension";
}
#[cfg(msgraph_beta_core_or_scoped_role_memberships)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::ScopedRoleMembershipPath<C> {
    /// Structural property `roleMemberInfo` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    pub fn role_member_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyIdentity> {
        crate::path::PropertyPath::new(self.0.target().segment("roleMemberInfo"))
    }
}
#[cfg(msgraph_beta_core_or_scoped_role_memberships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ScopedRoleMembership {
    const SEGMENT: &'static str = "microsoft.graph.scopedRoleMembership";
}
#[cfg(msgraph_beta_search)]
/// Features: `beta` or `beta-search`.
impl<C> crate::beta::requests::SearchEntityPath<C> {
    /// `POST .../query`: action `microsoft.graph.query`.
    pub fn query(
        &self,
        params: crate::beta::params::SearchEntityQueryParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::SearchEntityQueryParams>,
        rt::request::Entity<crate::beta::SearchResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("query"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SearchEntity {
    const SEGMENT: &'static str = "microsoft.graph.searchEntity";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::SectionGroupPath<C> {
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
for crate::beta::SectionGroup {
    const SEGMENT: &'static str = "microsoft.graph.sectionGroup";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOnenoteEntitySchemaObjectModel>
for crate::beta::SectionGroup {
    const SEGMENT: &'static str = "microsoft.graph.sectionGroup";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOnenoteEntityBaseModel>
for crate::beta::SectionGroup {
    const SEGMENT: &'static str = "microsoft.graph.sectionGroup";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SectionGroup {
    const SEGMENT: &'static str = "microsoft.graph.sectionGroup";
}
#[cfg(msgraph_beta_search_or_security)]
/// Features: `beta`, or one of `beta-search`, `beta-security`.
impl<C> crate::beta::requests::SecureScorePath<C> {
    /// Structural property `vendorInformation` (`microsoft.graph.securityVendorInformation`), addressed on its own: `GET` or `PATCH` it.
    pub fn vendor_information(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SecurityVendorInformation> {
        crate::path::PropertyPath::new(self.0.target().segment("vendorInformation"))
    }
}
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SecureScore {
    const SEGMENT: &'static str = "microsoft.graph.secureScore";
}
#[cfg(msgraph_beta_search_or_security)]
/// Features: `beta`, or one of `beta-search`, `beta-security`.
impl<C> crate::beta::requests::SecureScoreControlProfilePath<C> {
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
for crate::beta::SecureScoreControlProfile {
    const SEGMENT: &'static str = "microsoft.graph.secureScoreControlProfile";
}
#[cfg(msgraph_beta_security)]
/// Features: `beta` or `beta-security`.
impl<C> crate::beta::requests::SecurityPath<C> {
    /// Containment navigation property `alerts` (`microsoft.graph.alert`).
    pub fn alerts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Alert,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("alerts"))
    }
    /// Containment navigation property `cloudAppSecurityProfiles` (`microsoft.graph.cloudAppSecurityProfile`).
    pub fn cloud_app_security_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CloudAppSecurityProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("cloudAppSecurityProfiles"),
        )
    }
    /// Containment navigation property `domainSecurityProfiles` (`microsoft.graph.domainSecurityProfile`).
    pub fn domain_security_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DomainSecurityProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("domainSecurityProfiles"),
        )
    }
    /// Containment navigation property `fileSecurityProfiles` (`microsoft.graph.fileSecurityProfile`).
    pub fn file_security_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::FileSecurityProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("fileSecurityProfiles"))
    }
    /// Containment navigation property `hostSecurityProfiles` (`microsoft.graph.hostSecurityProfile`).
    pub fn host_security_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::HostSecurityProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("hostSecurityProfiles"))
    }
    /// Containment navigation property `ipSecurityProfiles` (`microsoft.graph.ipSecurityProfile`).
    pub fn ip_security_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::IpSecurityProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("ipSecurityProfiles"))
    }
    /// Containment navigation property `providerTenantSettings` (`microsoft.graph.providerTenantSetting`).
    pub fn provider_tenant_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ProviderTenantSetting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("providerTenantSettings"),
        )
    }
    /// Containment navigation property `secureScoreControlProfiles` (`microsoft.graph.secureScoreControlProfile`).
    pub fn secure_score_control_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SecureScoreControlProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("secureScoreControlProfiles"),
        )
    }
    /// Containment navigation property `secureScores` (`microsoft.graph.secureScore`).
    pub fn secure_scores(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SecureScore,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("secureScores"))
    }
    /// Containment navigation property `securityActions` (`microsoft.graph.securityAction`).
    pub fn security_actions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SecurityAction,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("securityActions"))
    }
    /// Containment navigation property `tiIndicators` (`microsoft.graph.tiIndicator`).
    pub fn ti_indicators(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TiIndicator,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("tiIndicators"))
    }
    /// Containment navigation property `userSecurityProfiles` (`microsoft.graph.userSecurityProfile`).
    pub fn user_security_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserSecurityProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userSecurityProfiles"))
    }
}
#[cfg(msgraph_beta_search_or_security)]
/// Features: `beta`, or one of `beta-search`, `beta-security`.
impl<C> crate::beta::requests::SecurityActionPath<C> {
    /// Structural property `errorInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn error_info(&self) -> crate::path::PropertyPath<crate::beta::ResultInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("errorInfo"))
    }
    /// Structural property `vendorInformation` (`microsoft.graph.securityVendorInformation`), addressed on its own: `GET` or `PATCH` it.
    pub fn vendor_information(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SecurityVendorInformation> {
        crate::path::PropertyPath::new(self.0.target().segment("vendorInformation"))
    }
    /// `POST .../cancelSecurityAction`: action `microsoft.graph.cancelSecurityAction`.
    pub fn cancel_security_action(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("cancelSecurityAction"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SecurityAction {
    const SEGMENT: &'static str = "microsoft.graph.securityAction";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnySecurityBaselineStateSummary>
for crate::beta::SecurityBaselineCategoryStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.securityBaselineCategoryStateSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SecurityBaselineCategoryStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.securityBaselineCategoryStateSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SecurityBaselineDeviceState {
    const SEGMENT: &'static str = "microsoft.graph.securityBaselineDeviceState";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SecurityBaselineSettingState {
    const SEGMENT: &'static str = "microsoft.graph.securityBaselineSettingState";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::SecurityBaselineStatePath<C> {
    /// Containment navigation property `settingStates` (`microsoft.graph.securityBaselineSettingState`).
    pub fn setting_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SecurityBaselineSettingState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("settingStates"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SecurityBaselineState {
    const SEGMENT: &'static str = "microsoft.graph.securityBaselineState";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnySecurityBaselineStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.securityBaselineStateSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::SecurityBaselineTemplatePath<C> {
    /// Containment navigation property `categoryDeviceStateSummaries` (`microsoft.graph.securityBaselineCategoryStateSummary`).
    pub fn category_device_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SecurityBaselineCategoryStateSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("categoryDeviceStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStates` (`microsoft.graph.securityBaselineDeviceState`).
    pub fn device_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SecurityBaselineDeviceState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStates"))
    }
    /// Containment navigation property `deviceStateSummary` (`microsoft.graph.securityBaselineStateSummary`).
    pub fn device_state_summary(
        &self,
    ) -> crate::beta::requests::SecurityBaselineStateSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::SecurityBaselineStateSummaryPath::new(
            self.0.target().segment("deviceStateSummary"),
        )
    }
    /// Containment navigation property `categories` (`microsoft.graph.deviceManagementTemplateSettingCategory`).
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementTemplateSettingCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("categories"))
    }
    /// Containment navigation property `migratableTo` (`microsoft.graph.deviceManagementTemplate`).
    pub fn migratable_to(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("migratableTo"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.deviceManagementSettingInstance`).
    pub fn settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("settings"))
    }
    /// `GET .../compare`: function `microsoft.graph.compare`.
    pub fn compare(
        &self,
        template_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::DeviceManagementSettingComparison>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "compare",
                    &[
                        (
                            "templateId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(template_id),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../createInstance`: action `microsoft.graph.createInstance`.
    pub fn create_instance(
        &self,
        params: crate::beta::params::DeviceManagementTemplateCreateInstanceParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementTemplateCreateInstanceParams,
        >,
        rt::request::Entity<crate::beta::DeviceManagementIntent>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createInstance"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceManagementTemplate>
for crate::beta::SecurityBaselineTemplate {
    const SEGMENT: &'static str = "microsoft.graph.securityBaselineTemplate";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SecurityBaselineTemplate {
    const SEGMENT: &'static str = "microsoft.graph.securityBaselineTemplate";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::SecurityBaselineTemplate, C> {
    /// `POST .../importOffice365DeviceConfigurationPolicies`: action `microsoft.graph.importOffice365DeviceConfigurationPolicies`.
    pub fn import_office365_device_configuration_policies(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::DeviceManagementIntent>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("importOffice365DeviceConfigurationPolicies"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::SecurityConfigurationTaskPath<C> {
    /// Containment navigation property `managedDevices` (`microsoft.graph.vulnerableManagedDevice`).
    pub fn managed_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::VulnerableManagedDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("managedDevices"))
    }
    /// Set the task's status and attach a note.
    ///
    /// `POST .../updateStatus`: action `microsoft.graph.updateStatus`.
    pub fn update_status(
        &self,
        params: crate::beta::params::DeviceAppManagementTaskUpdateStatusParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceAppManagementTaskUpdateStatusParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("updateStatus"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceAppManagementTask>
for crate::beta::SecurityConfigurationTask {
    const SEGMENT: &'static str = "microsoft.graph.securityConfigurationTask";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SecurityConfigurationTask {
    const SEGMENT: &'static str = "microsoft.graph.securityConfigurationTask";
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SensitiveType {
    const SEGMENT: &'static str = "microsoft.graph.sensitiveType";
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::SensitivityLabelPath<C> {
    /// Structural property `autoLabeling` (`microsoft.graph.autoLabeling`), addressed on its own: `GET` or `PATCH` it.
    pub fn auto_labeling(&self) -> crate::path::PropertyPath<crate::beta::AutoLabeling> {
        crate::path::PropertyPath::new(self.0.target().segment("autoLabeling"))
    }
    /// Containment navigation property `sublabels` (`microsoft.graph.sensitivityLabel`).
    pub fn sublabels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SensitivityLabel,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("sublabels"))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SensitivityLabel {
    const SEGMENT: &'static str = "microsoft.graph.sensitivityLabel";
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::SensitivityLabel, C> {
    /// `POST .../evaluate`: action `microsoft.graph.evaluate`.
    pub fn evaluate(
        &self,
        params: crate::beta::params::SensitivityLabelCollectionEvaluateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::SensitivityLabelCollectionEvaluateParams>,
        rt::request::Entity<crate::beta::EvaluateLabelJobResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("evaluate"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SensitivityPolicySettings {
    const SEGMENT: &'static str = "microsoft.graph.sensitivityPolicySettings";
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl<C> crate::beta::requests::ServiceAnnouncementPath<C> {
    /// Containment navigation property `healthOverviews` (`microsoft.graph.serviceHealth`).
    pub fn health_overviews(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ServiceHealth,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("healthOverviews"))
    }
    /// Containment navigation property `issues` (`microsoft.graph.serviceHealthIssue`).
    pub fn issues(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ServiceHealthIssue,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("issues"))
    }
    /// Containment navigation property `messages` (`microsoft.graph.serviceUpdateMessage`).
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ServiceUpdateMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("messages"))
    }
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ServiceAnnouncement {
    const SEGMENT: &'static str = "microsoft.graph.serviceAnnouncement";
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyServiceAnnouncementBase {
    const SEGMENT: &'static str = "microsoft.graph.serviceAnnouncementBase";
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl<C> crate::beta::requests::ServiceHealthPath<C> {
    /// Containment navigation property `issues` (`microsoft.graph.serviceHealthIssue`).
    pub fn issues(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ServiceHealthIssue,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("issues"))
    }
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ServiceHealth {
    const SEGMENT: &'static str = "microsoft.graph.serviceHealth";
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl<C> crate::beta::requests::ServiceHealthIssuePath<C> {
    /// `GET .../incidentReport`: function `microsoft.graph.incidentReport`.
    pub fn incident_report(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("incidentReport", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyServiceAnnouncementBase>
for crate::beta::ServiceHealthIssue {
    const SEGMENT: &'static str = "microsoft.graph.serviceHealthIssue";
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ServiceHealthIssue {
    const SEGMENT: &'static str = "microsoft.graph.serviceHealthIssue";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::ServicePrincipalPath<C> {
    /// Structural property `passwordSingleSignOnSettings` (`microsoft.graph.passwordSingleSignOnSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn password_single_sign_on_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PasswordSingleSignOnSettings> {
        crate::path::PropertyPath::new(
            self.0.target().segment("passwordSingleSignOnSettings"),
        )
    }
    /// Structural property `info` (`microsoft.graph.informationalUrl`), addressed on its own: `GET` or `PATCH` it.
    pub fn info(&self) -> crate::path::PropertyPath<crate::beta::InformationalUrl> {
        crate::path::PropertyPath::new(self.0.target().segment("info"))
    }
    /// Structural property `samlSingleSignOnSettings` (`microsoft.graph.samlSingleSignOnSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn saml_single_sign_on_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SamlSingleSignOnSettings> {
        crate::path::PropertyPath::new(
            self.0.target().segment("samlSingleSignOnSettings"),
        )
    }
    /// Containment navigation property `appRoleAssignedTo` (`microsoft.graph.appRoleAssignment`).
    pub fn app_role_assigned_to(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AppRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("appRoleAssignedTo"))
    }
    /// Containment navigation property `appRoleAssignments` (`microsoft.graph.appRoleAssignment`).
    pub fn app_role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AppRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("appRoleAssignments"))
    }
    /// Navigation property `claimsMappingPolicies` (`microsoft.graph.claimsMappingPolicy`).
    pub fn claims_mapping_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ClaimsMappingPolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("claimsMappingPolicies"),
        )
    }
    /// Navigation property `createdObjects` (`microsoft.graph.directoryObject`).
    pub fn created_objects(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("createdObjects"))
    }
    /// Containment navigation property `delegatedPermissionClassifications` (`microsoft.graph.delegatedPermissionClassification`).
    pub fn delegated_permission_classifications(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DelegatedPermissionClassification,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("delegatedPermissionClassifications"),
        )
    }
    /// Containment navigation property `endpoints` (`microsoft.graph.endpoint`).
    pub fn endpoints(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Endpoint,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("endpoints"))
    }
    /// Navigation property `homeRealmDiscoveryPolicies` (`microsoft.graph.homeRealmDiscoveryPolicy`).
    pub fn home_realm_discovery_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::HomeRealmDiscoveryPolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("homeRealmDiscoveryPolicies"),
        )
    }
    /// Containment navigation property `licenseDetails` (`microsoft.graph.licenseDetails`).
    pub fn license_details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::LicenseDetails,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("licenseDetails"))
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
    #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
    /// Navigation property `oauth2PermissionGrants` (`microsoft.graph.oAuth2PermissionGrant`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn oauth2_permission_grants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OAuth2PermissionGrant,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("oauth2PermissionGrants"),
        )
    }
    /// Navigation property `ownedObjects` (`microsoft.graph.directoryObject`).
    pub fn owned_objects(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("ownedObjects"))
    }
    /// Navigation property `owners` (`microsoft.graph.directoryObject`).
    pub fn owners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("owners"))
    }
    /// Navigation property `tokenIssuancePolicies` (`microsoft.graph.tokenIssuancePolicy`).
    pub fn token_issuance_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TokenIssuancePolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("tokenIssuancePolicies"),
        )
    }
    /// Navigation property `tokenLifetimePolicies` (`microsoft.graph.tokenLifetimePolicy`).
    pub fn token_lifetime_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TokenLifetimePolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("tokenLifetimePolicies"),
        )
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
    /// Containment navigation property `synchronization` (`microsoft.graph.synchronization`).
    pub fn synchronization(
        &self,
    ) -> crate::beta::requests::SynchronizationPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::SynchronizationPath::new(
            self.0.target().segment("synchronization"),
        )
    }
    /// `POST .../addTokenSigningCertificate`: action `microsoft.graph.addTokenSigningCertificate`.
    pub fn add_token_signing_certificate(
        &self,
        params: crate::beta::params::ServicePrincipalAddTokenSigningCertificateParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ServicePrincipalAddTokenSigningCertificateParams,
        >,
        rt::request::Entity<crate::beta::SelfSignedCertificate>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("addTokenSigningCertificate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createPasswordSingleSignOnCredentials`: action `microsoft.graph.createPasswordSingleSignOnCredentials`.
    pub fn create_password_single_sign_on_credentials(
        &self,
        params: crate::beta::params::ServicePrincipalCreatePasswordSingleSignOnCredentialsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ServicePrincipalCreatePasswordSingleSignOnCredentialsParams,
        >,
        rt::request::Entity<crate::beta::PasswordSingleSignOnCredentialSet>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("createPasswordSingleSignOnCredentials"),
            rt::request::Json(params),
        )
    }
    /// `POST .../deletePasswordSingleSignOnCredentials`: action `microsoft.graph.deletePasswordSingleSignOnCredentials`.
    pub fn delete_password_single_sign_on_credentials(
        &self,
        params: crate::beta::params::ServicePrincipalDeletePasswordSingleSignOnCredentialsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ServicePrincipalDeletePasswordSingleSignOnCredentialsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("deletePasswordSingleSignOnCredentials"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getPasswordSingleSignOnCredentials`: action `microsoft.graph.getPasswordSingleSignOnCredentials`.
    pub fn get_password_single_sign_on_credentials(
        &self,
        params: crate::beta::params::ServicePrincipalGetPasswordSingleSignOnCredentialsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ServicePrincipalGetPasswordSingleSignOnCredentialsParams,
        >,
        rt::request::Entity<crate::beta::PasswordSingleSignOnCredentialSet>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getPasswordSingleSignOnCredentials"),
            rt::request::Json(params),
        )
    }
    /// `POST .../updatePasswordSingleSignOnCredentials`: action `microsoft.graph.updatePasswordSingleSignOnCredentials`.
    pub fn update_password_single_sign_on_credentials(
        &self,
        params: crate::beta::params::ServicePrincipalUpdatePasswordSingleSignOnCredentialsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ServicePrincipalUpdatePasswordSingleSignOnCredentialsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("updatePasswordSingleSignOnCredentials"),
            rt::request::Json(params),
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
for crate::beta::ServicePrincipal {
    const SEGMENT: &'static str = "microsoft.graph.servicePrincipal";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ServicePrincipal {
    const SEGMENT: &'static str = "microsoft.graph.servicePrincipal";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::ServicePrincipal, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ServicePrincipal>,
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
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl<C> crate::beta::requests::ServiceUpdateMessagePath<C> {
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn body(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.0.target().segment("body"))
    }
    /// Structural property `viewPoint` (`microsoft.graph.serviceUpdateMessageViewpoint`), addressed on its own: `GET` or `PATCH` it.
    pub fn view_point(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ServiceUpdateMessageViewpoint> {
        crate::path::PropertyPath::new(self.0.target().segment("viewPoint"))
    }
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyServiceAnnouncementBase>
for crate::beta::ServiceUpdateMessage {
    const SEGMENT: &'static str = "microsoft.graph.serviceUpdateMessage";
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ServiceUpdateMessage {
    const SEGMENT: &'static str = "microsoft.graph.serviceUpdateMessage";
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::ServiceUpdateMessage, C> {
    /// `POST .../archive`: action `microsoft.graph.archive`.
    pub fn archive(
        &self,
        params: crate::beta::params::ServiceUpdateMessageCollectionArchiveParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ServiceUpdateMessageCollectionArchiveParams,
        >,
        rt::request::ValueOf<bool>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("archive"),
            rt::request::Json(params),
        )
    }
    /// `POST .../favorite`: action `microsoft.graph.favorite`.
    pub fn favorite(
        &self,
        params: crate::beta::params::ServiceUpdateMessageCollectionFavoriteParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ServiceUpdateMessageCollectionFavoriteParams,
        >,
        rt::request::ValueOf<bool>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("favorite"),
            rt::request::Json(params),
        )
    }
    /// `POST .../markRead`: action `microsoft.graph.markRead`.
    pub fn mark_read(
        &self,
        params: crate::beta::params::ServiceUpdateMessageCollectionMarkReadParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ServiceUpdateMessageCollectionMarkReadParams,
        >,
        rt::request::ValueOf<bool>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("markRead"),
            rt::request::Json(params),
        )
    }
    /// `POST .../markUnread`: action `microsoft.graph.markUnread`.
    pub fn mark_unread(
        &self,
        params: crate::beta::params::ServiceUpdateMessageCollectionMarkUnreadParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ServiceUpdateMessageCollectionMarkUnreadParams,
        >,
        rt::request::ValueOf<bool>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("markUnread"),
            rt::request::Json(params),
        )
    }
    /// `POST .../unarchive`: action `microsoft.graph.unarchive`.
    pub fn unarchive(
        &self,
        params: crate::beta::params::ServiceUpdateMessageCollectionUnarchiveParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ServiceUpdateMessageCollectionUnarchiveParams,
        >,
        rt::request::ValueOf<bool>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("unarchive"),
            rt::request::Json(params),
        )
    }
    /// `POST .../unfavorite`: action `microsoft.graph.unfavorite`.
    pub fn unfavorite(
        &self,
        params: crate::beta::params::ServiceUpdateMessageCollectionUnfavoriteParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ServiceUpdateMessageCollectionUnfavoriteParams,
        >,
        rt::request::ValueOf<bool>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("unfavorite"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SettingStateDeviceSummary {
    const SEGMENT: &'static str = "microsoft.graph.settingStateDeviceSummary";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SharePointActivityPages {
    const SEGMENT: &'static str = "microsoft.graph.sharePointActivityPages";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SharePointActivityUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.sharePointActivityUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SharePointActivityUserDetail {
    const SEGMENT: &'static str = "microsoft.graph.sharePointActivityUserDetail";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SharePointSiteUsageDetail {
    const SEGMENT: &'static str = "microsoft.graph.sharePointSiteUsageDetail";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SharePointSiteUsageFileCounts {
    const SEGMENT: &'static str = "microsoft.graph.sharePointSiteUsageFileCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SharePointSiteUsagePages {
    const SEGMENT: &'static str = "microsoft.graph.sharePointSiteUsagePages";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SharePointSiteUsageSiteCounts {
    const SEGMENT: &'static str = "microsoft.graph.sharePointSiteUsageSiteCounts";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::SharedDriveItemPath<C> {
    /// Structural property `owner` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn owner(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("owner"))
    }
    /// Containment navigation property `driveItem` (`microsoft.graph.driveItem`).
    pub fn drive_item(
        &self,
    ) -> crate::beta::requests::DriveItemPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::DriveItemPath::new(self.0.target().segment("driveItem"))
    }
    /// Containment navigation property `items` (`microsoft.graph.driveItem`).
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DriveItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("items"))
    }
    /// Containment navigation property `list` (`microsoft.graph.list`).
    pub fn list_2(
        &self,
    ) -> crate::beta::requests::ListPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::ListPath::new(self.0.target().segment("list"))
    }
    /// Containment navigation property `listItem` (`microsoft.graph.listItem`).
    pub fn list_item(
        &self,
    ) -> crate::beta::requests::ListItemPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::ListItemPath::new(self.0.target().segment("listItem"))
    }
    /// Containment navigation property `permission` (`microsoft.graph.permission`).
    pub fn permission(
        &self,
    ) -> crate::beta::requests::PermissionPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::PermissionPath::new(self.0.target().segment("permission"))
    }
    /// Containment navigation property `root` (`microsoft.graph.driveItem`).
    pub fn root(
        &self,
    ) -> crate::beta::requests::DriveItemPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::DriveItemPath::new(self.0.target().segment("root"))
    }
    /// Containment navigation property `site` (`microsoft.graph.site`).
    pub fn site(
        &self,
    ) -> crate::beta::requests::SitePath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::SitePath::new(self.0.target().segment("site"))
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyBaseItem>
for crate::beta::SharedDriveItem {
    const SEGMENT: &'static str = "microsoft.graph.sharedDriveItem";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SharedDriveItem {
    const SEGMENT: &'static str = "microsoft.graph.sharedDriveItem";
}
#[cfg(msgraph_beta_directory_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SharedEmailDomain {
    const SEGMENT: &'static str = "microsoft.graph.sharedEmailDomain";
}
#[cfg(msgraph_beta_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SharedEmailDomainInvitation {
    const SEGMENT: &'static str = "microsoft.graph.sharedEmailDomainInvitation";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::SharedInsightPath<C> {
    /// Structural property `lastShared` (`microsoft.graph.sharingDetail`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_shared(&self) -> crate::path::PropertyPath<crate::beta::SharingDetail> {
        crate::path::PropertyPath::new(self.0.target().segment("lastShared"))
    }
    /// Structural property `resourceReference` (`microsoft.graph.resourceReference`), addressed on its own: `GET` or `PATCH` it.
    pub fn resource_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ResourceReference> {
        crate::path::PropertyPath::new(self.0.target().segment("resourceReference"))
    }
    /// Structural property `resourceVisualization` (`microsoft.graph.resourceVisualization`), addressed on its own: `GET` or `PATCH` it.
    pub fn resource_visualization(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ResourceVisualization> {
        crate::path::PropertyPath::new(self.0.target().segment("resourceVisualization"))
    }
    /// Navigation property `lastSharedMethod` (`microsoft.graph.entity`).
    pub fn last_shared_method(
        &self,
    ) -> crate::beta::requests::AnyEntityPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::AnyEntityPath::new(
            self.0.target().segment("lastSharedMethod"),
        )
    }
    /// Navigation property `resource` (`microsoft.graph.entity`).
    pub fn resource(
        &self,
    ) -> crate::beta::requests::AnyEntityPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::AnyEntityPath::new(self.0.target().segment("resource"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SharedInsight {
    const SEGMENT: &'static str = "microsoft.graph.sharedInsight";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::SharedPcConfigurationPath<C> {
    /// Structural property `accountManagerPolicy` (`microsoft.graph.sharedPCAccountManagerPolicy`), addressed on its own: `GET` or `PATCH` it.
    pub fn account_manager_policy(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SharedPcAccountManagerPolicy> {
        crate::path::PropertyPath::new(self.0.target().segment("accountManagerPolicy"))
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.0.target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationDeviceOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationDeviceOverviewPath::new(
            self.0.target().segment("deviceStatusOverview"),
        )
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::beta::requests::DeviceConfigurationUserOverviewPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::DeviceConfigurationUserOverviewPath::new(
            self.0.target().segment("userStatusOverview"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
    pub fn assigned_access_multi_mode_profiles(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assignedAccessMultiModeProfiles"),
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
                .0
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
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
    pub fn windows_privacy_access_controls(
        &self,
        params: crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::SharedPcConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.sharedPCConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SharedPcConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.sharedPCConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::SharedPcConfiguration, C> {
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
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::ShiftPath<C> {
    /// Structural property `draftShift` (`microsoft.graph.shiftItem`), addressed on its own: `GET` or `PATCH` it.
    pub fn draft_shift(&self) -> crate::path::PropertyPath<crate::beta::AnyShiftItem> {
        crate::path::PropertyPath::new(self.0.target().segment("draftShift"))
    }
    /// Structural property `sharedShift` (`microsoft.graph.shiftItem`), addressed on its own: `GET` or `PATCH` it.
    pub fn shared_shift(&self) -> crate::path::PropertyPath<crate::beta::AnyShiftItem> {
        crate::path::PropertyPath::new(self.0.target().segment("sharedShift"))
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
for crate::beta::Shift {
    const SEGMENT: &'static str = "microsoft.graph.shift";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Shift {
    const SEGMENT: &'static str = "microsoft.graph.shift";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyChangeTrackedEntity>
for crate::beta::ShiftPreferences {
    const SEGMENT: &'static str = "microsoft.graph.shiftPreferences";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ShiftPreferences {
    const SEGMENT: &'static str = "microsoft.graph.shiftPreferences";
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ShipmentMethod {
    const SEGMENT: &'static str = "microsoft.graph.shipmentMethod";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SideLoadingKey {
    const SEGMENT: &'static str = "microsoft.graph.sideLoadingKey";
}
#[cfg(msgraph_beta_audit_logs_or_search)]
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
impl<C, T> crate::beta::requests::SignInPath<C, T> {
    /// Structural property `deviceDetail` (`microsoft.graph.deviceDetail`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_detail(&self) -> crate::path::PropertyPath<crate::beta::DeviceDetail> {
        crate::path::PropertyPath::new(self.0.target().segment("deviceDetail"))
    }
    /// Structural property `location` (`microsoft.graph.signInLocation`), addressed on its own: `GET` or `PATCH` it.
    pub fn location(&self) -> crate::path::PropertyPath<crate::beta::SignInLocation> {
        crate::path::PropertyPath::new(self.0.target().segment("location"))
    }
    /// Structural property `mfaDetail` (`microsoft.graph.mfaDetail`), addressed on its own: `GET` or `PATCH` it.
    pub fn mfa_detail(&self) -> crate::path::PropertyPath<crate::beta::MfaDetail> {
        crate::path::PropertyPath::new(self.0.target().segment("mfaDetail"))
    }
    /// Structural property `status` (`microsoft.graph.signInStatus`), addressed on its own: `GET` or `PATCH` it.
    pub fn status(&self) -> crate::path::PropertyPath<crate::beta::SignInStatus> {
        crate::path::PropertyPath::new(self.0.target().segment("status"))
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnySignIn {
    const SEGMENT: &'static str = "microsoft.graph.signIn";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SingleValueLegacyExtendedProperty {
    const SEGMENT: &'static str = "microsoft.graph.singleValueLegacyExtendedProperty";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::SitePath<C> {
    /// Structural property `deleted` (`microsoft.graph.deleted`), addressed on its own: `GET` or `PATCH` it.
    pub fn deleted(&self) -> crate::path::PropertyPath<crate::beta::Deleted> {
        crate::path::PropertyPath::new(self.0.target().segment("deleted"))
    }
    /// Structural property `root` (`microsoft.graph.root`), addressed on its own: `GET` or `PATCH` it.
    pub fn root(&self) -> crate::path::PropertyPath<crate::beta::Root> {
        crate::path::PropertyPath::new(self.0.target().segment("root"))
    }
    /// Structural property `sharepointIds` (`microsoft.graph.sharepointIds`), addressed on its own: `GET` or `PATCH` it.
    pub fn sharepoint_ids(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SharepointIds> {
        crate::path::PropertyPath::new(self.0.target().segment("sharepointIds"))
    }
    /// Structural property `siteCollection` (`microsoft.graph.siteCollection`), addressed on its own: `GET` or `PATCH` it.
    pub fn site_collection(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SiteCollection> {
        crate::path::PropertyPath::new(self.0.target().segment("siteCollection"))
    }
    #[cfg(msgraph_beta_search)]
    /// Navigation property `analytics` (`microsoft.graph.itemAnalytics`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn analytics(
        &self,
    ) -> crate::beta::requests::ItemAnalyticsPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::ItemAnalyticsPath::new(
            self.0.target().segment("analytics"),
        )
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
    /// Containment navigation property `contentTypes` (`microsoft.graph.contentType`).
    pub fn content_types(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ContentType,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("contentTypes"))
    }
    /// Containment navigation property `drive` (`microsoft.graph.drive`).
    pub fn drive(
        &self,
    ) -> crate::beta::requests::DrivePath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::DrivePath::new(self.0.target().segment("drive"))
    }
    /// Containment navigation property `drives` (`microsoft.graph.drive`).
    pub fn drives(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Drive,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("drives"))
    }
    /// Navigation property `externalColumns` (`microsoft.graph.columnDefinition`).
    pub fn external_columns(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ColumnDefinition,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("externalColumns"))
    }
    /// Containment navigation property `items` (`microsoft.graph.baseItem`).
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyBaseItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("items"))
    }
    /// Containment navigation property `lists` (`microsoft.graph.list`).
    pub fn lists(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::List,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("lists"))
    }
    /// Containment navigation property `pages` (`microsoft.graph.sitePage`).
    pub fn pages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SitePage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("pages"))
    }
    /// Containment navigation property `permissions` (`microsoft.graph.permission`).
    pub fn permissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Permission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("permissions"))
    }
    /// Containment navigation property `sites` (`microsoft.graph.site`).
    pub fn sites(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Site,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("sites"))
    }
    /// Containment navigation property `termStore` (`microsoft.graph.termStore.store`).
    pub fn term_store(
        &self,
    ) -> crate::beta::requests::term_store::StorePath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::term_store::StorePath::new(
            self.0.target().segment("termStore"),
        )
    }
    /// Containment navigation property `onenote` (`microsoft.graph.onenote`).
    pub fn onenote(
        &self,
    ) -> crate::beta::requests::OnenotePath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::OnenotePath::new(self.0.target().segment("onenote"))
    }
    /// `GET .../getActivitiesByInterval`: function `microsoft.graph.getActivitiesByInterval`.
    pub fn get_activities_by_interval(
        &self,
        start_date_time: &str,
        end_date_time: &str,
        interval: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ItemActivityStat>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
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
    /// `GET .../getApplicableContentTypesForList`: function `microsoft.graph.getApplicableContentTypesForList`.
    pub fn get_applicable_content_types_for_list(
        &self,
        list_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ContentType>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getApplicableContentTypesForList",
                    &[
                        (
                            "listId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(list_id),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getByPath`: function `microsoft.graph.getByPath`.
    pub fn get_by_path(
        &self,
        path: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Site>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "getByPath",
                    &[
                        (
                            "path",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(path),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyBaseItem> for crate::beta::Site {
    const SEGMENT: &'static str = "microsoft.graph.site";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Site {
    const SEGMENT: &'static str = "microsoft.graph.site";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::Site, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::beta::params::SiteCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::SiteCollectionAddParams>,
        rt::request::Collection<crate::beta::Site>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Site>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../remove`: action `microsoft.graph.remove`.
    pub fn remove(
        &self,
        params: crate::beta::params::SiteCollectionRemoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::SiteCollectionRemoveParams>,
        rt::request::Collection<crate::beta::Site>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("remove"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SiteActivitySummary {
    const SEGMENT: &'static str = "microsoft.graph.siteActivitySummary";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::SitePagePath<C> {
    /// Structural property `contentType` (`microsoft.graph.contentTypeInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn content_type(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ContentTypeInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("contentType"))
    }
    /// Structural property `publishingState` (`microsoft.graph.publicationFacet`), addressed on its own: `GET` or `PATCH` it.
    pub fn publishing_state(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PublicationFacet> {
        crate::path::PropertyPath::new(self.0.target().segment("publishingState"))
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyBaseItem> for crate::beta::SitePage {
    const SEGMENT: &'static str = "microsoft.graph.sitePage";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SitePage {
    const SEGMENT: &'static str = "microsoft.graph.sitePage";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SiteUsageStorage {
    const SEGMENT: &'static str = "microsoft.graph.siteUsageStorage";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyItemFacet>
for crate::beta::SkillProficiency {
    const SEGMENT: &'static str = "microsoft.graph.skillProficiency";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SkillProficiency {
    const SEGMENT: &'static str = "microsoft.graph.skillProficiency";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessActivityCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessActivityCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessActivityUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessActivityUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessActivityUserDetail {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessActivityUserDetail";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessDeviceUsageDistributionUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessDeviceUsageDistributionUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessDeviceUsageUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessDeviceUsageUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessDeviceUsageUserDetail {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessDeviceUsageUserDetail";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessOrganizerActivityCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessOrganizerActivityCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessOrganizerActivityMinuteCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessOrganizerActivityMinuteCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessOrganizerActivityUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessOrganizerActivityUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessParticipantActivityCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessParticipantActivityCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessParticipantActivityMinuteCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessParticipantActivityMinuteCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessParticipantActivityUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessParticipantActivityUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessPeerToPeerActivityCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessPeerToPeerActivityCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessPeerToPeerActivityMinuteCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessPeerToPeerActivityMinuteCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessPeerToPeerActivityUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessPeerToPeerActivityUserCounts";
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
impl<C> crate::beta::requests::SmsAuthenticationMethodConfigurationPath<C> {
    /// Containment navigation property `includeTargets` (`microsoft.graph.smsAuthenticationMethodTarget`).
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SmsAuthenticationMethodTarget,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("includeTargets"))
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAuthenticationMethodConfiguration>
for crate::beta::SmsAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.smsAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SmsAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.smsAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAuthenticationMethodTarget>
for crate::beta::SmsAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.smsAuthenticationMethodTarget";
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SmsAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.smsAuthenticationMethodTarget";
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyIdentityProviderBase>
for crate::beta::SocialIdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.socialIdentityProvider";
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SocialIdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.socialIdentityProvider";
}
#[cfg(msgraph_beta_identity_or_search)]
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::SocialIdentityProvider, C> {
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
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SoftwareUpdateStatusSummary {
    const SEGMENT: &'static str = "microsoft.graph.softwareUpdateStatusSummary";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C, T> crate::beta::requests::StsPolicyPath<C, T> {
    /// Navigation property `appliesTo` (`microsoft.graph.directoryObject`).
    pub fn applies_to(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("appliesTo"))
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
impl crate::path::DerivedFrom<crate::beta::AnyPolicyBase> for crate::beta::AnyStsPolicy {
    const SEGMENT: &'static str = "microsoft.graph.stsPolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::AnyStsPolicy {
    const SEGMENT: &'static str = "microsoft.graph.stsPolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyStsPolicy {
    const SEGMENT: &'static str = "microsoft.graph.stsPolicy";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::AnyStsPolicy, C> {
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyCommsOperation>
for crate::beta::SubscribeToToneOperation {
    const SEGMENT: &'static str = "microsoft.graph.subscribeToToneOperation";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SubscribeToToneOperation {
    const SEGMENT: &'static str = "microsoft.graph.subscribeToToneOperation";
}
#[cfg(msgraph_beta_search_or_subscribed_skus)]
/// Features: `beta`, or one of `beta-search`, `beta-subscribed-skus`.
impl<C> crate::beta::requests::SubscribedSkuPath<C> {
    /// Structural property `prepaidUnits` (`microsoft.graph.licenseUnitsDetail`), addressed on its own: `GET` or `PATCH` it.
    pub fn prepaid_units(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::LicenseUnitsDetail> {
        crate::path::PropertyPath::new(self.0.target().segment("prepaidUnits"))
    }
}
#[cfg(msgraph_beta_search_or_subscribed_skus)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SubscribedSku {
    const SEGMENT: &'static str = "microsoft.graph.subscribedSku";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Subscription {
    const SEGMENT: &'static str = "microsoft.graph.subscription";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOfferShiftRequest>
for crate::beta::SwapShiftsChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.swapShiftsChangeRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyScheduleChangeRequest>
for crate::beta::SwapShiftsChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.swapShiftsChangeRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyChangeTrackedEntity>
for crate::beta::SwapShiftsChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.swapShiftsChangeRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SwapShiftsChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.swapShiftsChangeRequest";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SymantecCodeSigningCertificate {
    const SEGMENT: &'static str = "microsoft.graph.symantecCodeSigningCertificate";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::SynchronizationPath<C> {
    /// Containment navigation property `jobs` (`microsoft.graph.synchronizationJob`).
    pub fn jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SynchronizationJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("jobs"))
    }
    /// Containment navigation property `templates` (`microsoft.graph.synchronizationTemplate`).
    pub fn templates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SynchronizationTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("templates"))
    }
    /// `GET .../Ping`: function `microsoft.graph.Ping`.
    pub fn ping(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("Ping", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../acquireAccessToken`: action `microsoft.graph.acquireAccessToken`.
    pub fn acquire_access_token(
        &self,
        params: crate::beta::params::SynchronizationAcquireAccessTokenParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::SynchronizationAcquireAccessTokenParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("acquireAccessToken"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Synchronization {
    const SEGMENT: &'static str = "microsoft.graph.synchronization";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::SynchronizationJobPath<C> {
    /// Structural property `schedule` (`microsoft.graph.synchronizationSchedule`), addressed on its own: `GET` or `PATCH` it.
    pub fn schedule(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SynchronizationSchedule> {
        crate::path::PropertyPath::new(self.0.target().segment("schedule"))
    }
    /// Structural property `status` (`microsoft.graph.synchronizationStatus`), addressed on its own: `GET` or `PATCH` it.
    pub fn status(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SynchronizationStatus> {
        crate::path::PropertyPath::new(self.0.target().segment("status"))
    }
    /// Containment navigation property `schema` (`microsoft.graph.synchronizationSchema`).
    pub fn schema(
        &self,
    ) -> crate::beta::requests::SynchronizationSchemaPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::SynchronizationSchemaPath::new(
            self.0.target().segment("schema"),
        )
    }
    /// `POST .../pause`: action `microsoft.graph.pause`.
    pub fn pause(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("pause"),
            rt::request::NoBody,
        )
    }
    /// `POST .../provisionOnDemand`: action `microsoft.graph.provisionOnDemand`.
    pub fn provision_on_demand(
        &self,
        params: crate::beta::params::SynchronizationJobProvisionOnDemandParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::SynchronizationJobProvisionOnDemandParams,
        >,
        rt::request::Entity<crate::beta::StringKeyStringValuePair>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("provisionOnDemand"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restart`: action `microsoft.graph.restart`.
    pub fn restart(
        &self,
        params: crate::beta::params::SynchronizationJobRestartParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::SynchronizationJobRestartParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("restart"),
            rt::request::Json(params),
        )
    }
    /// `POST .../start`: action `microsoft.graph.start`.
    pub fn start(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("start"),
            rt::request::NoBody,
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
    /// `POST .../validateCredentials`: action `microsoft.graph.validateCredentials`.
    pub fn validate_credentials(
        &self,
        params: crate::beta::params::SynchronizationJobValidateCredentialsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::SynchronizationJobValidateCredentialsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("validateCredentials"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SynchronizationJob {
    const SEGMENT: &'static str = "microsoft.graph.synchronizationJob";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::SynchronizationJob, C> {
    /// `POST .../validateCredentials`: action `microsoft.graph.validateCredentials`.
    pub fn validate_credentials(
        &self,
        params: crate::beta::params::SynchronizationJobCollectionValidateCredentialsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::SynchronizationJobCollectionValidateCredentialsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateCredentials"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::SynchronizationSchemaPath<C> {
    /// Containment navigation property `directories` (`microsoft.graph.directoryDefinition`).
    pub fn directories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DirectoryDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("directories"))
    }
    /// `GET .../filterOperators`: function `microsoft.graph.filterOperators`.
    pub fn filter_operators(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::FilterOperatorSchema>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("filterOperators", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../functions`: function `microsoft.graph.functions`.
    pub fn functions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AttributeMappingFunctionSchema>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("functions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../parseExpression`: action `microsoft.graph.parseExpression`.
    pub fn parse_expression(
        &self,
        params: crate::beta::params::SynchronizationSchemaParseExpressionParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::SynchronizationSchemaParseExpressionParams,
        >,
        rt::request::Entity<crate::beta::ParseExpressionResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("parseExpression"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SynchronizationSchema {
    const SEGMENT: &'static str = "microsoft.graph.synchronizationSchema";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::SynchronizationTemplatePath<C> {
    /// Containment navigation property `schema` (`microsoft.graph.synchronizationSchema`).
    pub fn schema(
        &self,
    ) -> crate::beta::requests::SynchronizationSchemaPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::SynchronizationSchemaPath::new(
            self.0.target().segment("schema"),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SynchronizationTemplate {
    const SEGMENT: &'static str = "microsoft.graph.synchronizationTemplate";
}
#[cfg(msgraph_beta_communications_or_search)]
/// Features: `beta`, or one of `beta-communications`, `beta-search`.
impl<C> crate::beta::requests::call_records::SegmentPath<C> {
    /// Structural property `callee` (`microsoft.graph.callRecords.endpoint`), addressed on its own: `GET` or `PATCH` it.
    pub fn callee(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::call_records::AnyEndpoint> {
        crate::path::PropertyPath::new(self.0.target().segment("callee"))
    }
    /// Structural property `caller` (`microsoft.graph.callRecords.endpoint`), addressed on its own: `GET` or `PATCH` it.
    pub fn caller(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::call_records::AnyEndpoint> {
        crate::path::PropertyPath::new(self.0.target().segment("caller"))
    }
    /// Structural property `failureInfo` (`microsoft.graph.callRecords.failureInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn failure_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::call_records::FailureInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("failureInfo"))
    }
}
#[cfg(msgraph_beta_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::call_records::Segment {
    const SEGMENT: &'static str = "microsoft.graph.callRecords.segment";
}
#[cfg(msgraph_beta_communications_or_search)]
/// Features: `beta`, or one of `beta-communications`, `beta-search`.
impl<C> crate::beta::requests::call_records::SessionPath<C> {
    /// Structural property `callee` (`microsoft.graph.callRecords.endpoint`), addressed on its own: `GET` or `PATCH` it.
    pub fn callee(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::call_records::AnyEndpoint> {
        crate::path::PropertyPath::new(self.0.target().segment("callee"))
    }
    /// Structural property `caller` (`microsoft.graph.callRecords.endpoint`), addressed on its own: `GET` or `PATCH` it.
    pub fn caller(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::call_records::AnyEndpoint> {
        crate::path::PropertyPath::new(self.0.target().segment("caller"))
    }
    /// Structural property `failureInfo` (`microsoft.graph.callRecords.failureInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn failure_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::call_records::FailureInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("failureInfo"))
    }
    /// Containment navigation property `segments` (`microsoft.graph.callRecords.segment`).
    pub fn segments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::call_records::Segment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("segments"))
    }
}
#[cfg(msgraph_beta_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::call_records::Session {
    const SEGMENT: &'static str = "microsoft.graph.callRecords.session";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl<C> crate::beta::requests::ediscovery::SettingsPath<C> {
    /// Structural property `ocr` (`microsoft.graph.ediscovery.ocrSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn ocr(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ediscovery::OcrSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("ocr"))
    }
    /// Structural property `redundancyDetection` (`microsoft.graph.ediscovery.redundancyDetectionSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn redundancy_detection(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::ediscovery::RedundancyDetectionSettings,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("redundancyDetection"))
    }
    /// Structural property `topicModeling` (`microsoft.graph.ediscovery.topicModelingSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn topic_modeling(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ediscovery::TopicModelingSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("topicModeling"))
    }
    /// `POST .../microsoft.graph.ediscovery.resetToDefault`: action `microsoft.graph.ediscovery.resetToDefault`.
    pub fn reset_to_default(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.ediscovery.resetToDefault"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::Settings {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.settings";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl<C> crate::beta::requests::ediscovery::SiteSourcePath<C> {
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    /// Navigation property `site` (`microsoft.graph.site`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn site(
        &self,
    ) -> crate::beta::requests::SitePath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::SitePath::new(self.0.target().segment("site"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::ediscovery::AnyDataSource>
for crate::beta::ediscovery::SiteSource {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.siteSource";
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::SiteSource {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.siteSource";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl<C> crate::beta::requests::ediscovery::SourceCollectionPath<C> {
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
    /// Containment navigation property `additionalSources` (`microsoft.graph.ediscovery.dataSource`).
    pub fn additional_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::AnyDataSource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("additionalSources"))
    }
    /// Navigation property `addToReviewSetOperation` (`microsoft.graph.ediscovery.addToReviewSetOperation`).
    pub fn add_to_review_set_operation(
        &self,
    ) -> crate::beta::requests::ediscovery::AddToReviewSetOperationPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::ediscovery::AddToReviewSetOperationPath::new(
            self.0.target().segment("addToReviewSetOperation"),
        )
    }
    /// Navigation property `custodianSources` (`microsoft.graph.ediscovery.dataSource`).
    pub fn custodian_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::AnyDataSource,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("custodianSources"))
    }
    /// Navigation property `lastEstimateStatisticsOperation` (`microsoft.graph.ediscovery.estimateStatisticsOperation`).
    pub fn last_estimate_statistics_operation(
        &self,
    ) -> crate::beta::requests::ediscovery::EstimateStatisticsOperationPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::ediscovery::EstimateStatisticsOperationPath::new(
            self.0.target().segment("lastEstimateStatisticsOperation"),
        )
    }
    /// Navigation property `noncustodialSources` (`microsoft.graph.ediscovery.noncustodialDataSource`).
    pub fn noncustodial_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::NoncustodialDataSource,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("noncustodialSources"))
    }
    /// `POST .../microsoft.graph.ediscovery.estimateStatistics`: action `microsoft.graph.ediscovery.estimateStatistics`.
    pub fn estimate_statistics(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.ediscovery.estimateStatistics"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::SourceCollection {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.sourceCollection";
}
#[cfg(msgraph_beta_connections_or_external_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::external_connectors::Schema {
    const SEGMENT: &'static str = "microsoft.graph.externalConnectors.schema";
}
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::term_store::SetPath<C> {
    /// Containment navigation property `children` (`microsoft.graph.termStore.term`).
    pub fn children(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::term_store::Term,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("children"))
    }
    /// Containment navigation property `parentGroup` (`microsoft.graph.termStore.group`).
    pub fn parent_group(
        &self,
    ) -> crate::beta::requests::term_store::GroupPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::term_store::GroupPath::new(
            self.0.target().segment("parentGroup"),
        )
    }
    /// Containment navigation property `relations` (`microsoft.graph.termStore.relation`).
    pub fn relations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::term_store::Relation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("relations"))
    }
    /// Containment navigation property `terms` (`microsoft.graph.termStore.term`).
    pub fn terms(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::term_store::Term,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("terms"))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::term_store::Set {
    const SEGMENT: &'static str = "microsoft.graph.termStore.set";
}
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::term_store::StorePath<C> {
    /// Containment navigation property `groups` (`microsoft.graph.termStore.group`).
    pub fn groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::term_store::Group,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("groups"))
    }
    /// Containment navigation property `sets` (`microsoft.graph.termStore.set`).
    pub fn sets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::term_store::Set,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("sets"))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::term_store::Store {
    const SEGMENT: &'static str = "microsoft.graph.termStore.store";
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::windows_updates::AnyCatalogEntry>
for crate::beta::windows_updates::AnySoftwareUpdateCatalogEntry {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.softwareUpdateCatalogEntry";
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::windows_updates::AnySoftwareUpdateCatalogEntry {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.softwareUpdateCatalogEntry";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::TargetedManagedAppConfigurationPath<C> {
    /// Containment navigation property `apps` (`microsoft.graph.managedMobileApp`).
    pub fn apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ManagedMobileApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("apps"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.targetedManagedAppPolicyAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TargetedManagedAppPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `deploymentSummary` (`microsoft.graph.managedAppPolicyDeploymentSummary`).
    pub fn deployment_summary(
        &self,
    ) -> crate::beta::requests::ManagedAppPolicyDeploymentSummaryPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::ManagedAppPolicyDeploymentSummaryPath::new(
            self.0.target().segment("deploymentSummary"),
        )
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::TargetedManagedAppConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::TargetedManagedAppConfigurationAssignParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../targetApps`: action `microsoft.graph.targetApps`.
    pub fn target_apps(
        &self,
        params: crate::beta::params::TargetedManagedAppConfigurationTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::TargetedManagedAppConfigurationTargetAppsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("targetApps"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedAppConfiguration>
for crate::beta::TargetedManagedAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppConfiguration";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedAppPolicy>
for crate::beta::TargetedManagedAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppConfiguration";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TargetedManagedAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppConfiguration";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::TargetedManagedAppConfiguration, C> {
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::TargetedManagedAppConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::TargetedManagedAppConfigurationCollectionHasPayloadLinksParams,
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
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicySetItem>
for crate::beta::TargetedManagedAppConfigurationPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppConfigurationPolicySetItem";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TargetedManagedAppConfigurationPolicySetItem {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppConfigurationPolicySetItem";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::TargetedManagedAppPolicyAssignmentPath<C> {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.0.target().segment("target"))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TargetedManagedAppPolicyAssignment {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppPolicyAssignment";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::TargetedManagedAppProtectionPath<C> {
    /// Containment navigation property `assignments` (`microsoft.graph.targetedManagedAppPolicyAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TargetedManagedAppPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::beta::params::TargetedManagedAppProtectionAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TargetedManagedAppProtectionAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../targetApps`: action `microsoft.graph.targetApps`.
    pub fn target_apps(
        &self,
        params: crate::beta::params::ManagedAppProtectionTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ManagedAppProtectionTargetAppsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("targetApps"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedAppProtection>
for crate::beta::AnyTargetedManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppProtection";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyManagedAppPolicy>
for crate::beta::AnyTargetedManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppProtection";
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyTargetedManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppProtection";
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TaxArea {
    const SEGMENT: &'static str = "microsoft.graph.taxArea";
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TaxGroup {
    const SEGMENT: &'static str = "microsoft.graph.taxGroup";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::TeamPath<C> {
    /// Structural property `discoverySettings` (`microsoft.graph.teamDiscoverySettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn discovery_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TeamDiscoverySettings> {
        crate::path::PropertyPath::new(self.0.target().segment("discoverySettings"))
    }
    /// Structural property `funSettings` (`microsoft.graph.teamFunSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn fun_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TeamFunSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("funSettings"))
    }
    /// Structural property `guestSettings` (`microsoft.graph.teamGuestSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn guest_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TeamGuestSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("guestSettings"))
    }
    /// Structural property `memberSettings` (`microsoft.graph.teamMemberSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn member_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TeamMemberSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("memberSettings"))
    }
    /// Structural property `messagingSettings` (`microsoft.graph.teamMessagingSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn messaging_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TeamMessagingSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("messagingSettings"))
    }
    /// Containment navigation property `channels` (`microsoft.graph.channel`).
    pub fn channels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Channel,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("channels"))
    }
    /// Navigation property `group` (`microsoft.graph.group`).
    pub fn group(
        &self,
    ) -> crate::beta::requests::GroupPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::GroupPath::new(self.0.target().segment("group"))
    }
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
    /// Containment navigation property `operations` (`microsoft.graph.teamsAsyncOperation`).
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TeamsAsyncOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("operations"))
    }
    /// Navigation property `owners` (`microsoft.graph.user`).
    pub fn owners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::User,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("owners"))
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
    /// Containment navigation property `photo` (`microsoft.graph.profilePhoto`).
    pub fn photo(
        &self,
    ) -> crate::beta::requests::ProfilePhotoPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::ProfilePhotoPath::new(self.0.target().segment("photo"))
    }
    /// Containment navigation property `primaryChannel` (`microsoft.graph.channel`).
    pub fn primary_channel(
        &self,
    ) -> crate::beta::requests::ChannelPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::ChannelPath::new(
            self.0.target().segment("primaryChannel"),
        )
    }
    /// Containment navigation property `tags` (`microsoft.graph.teamworkTag`).
    pub fn tags(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TeamworkTag,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("tags"))
    }
    #[cfg(msgraph_beta_search_or_teams_templates)]
    /// Navigation property `template` (`microsoft.graph.teamsTemplate`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn template(
        &self,
    ) -> crate::beta::requests::TeamsTemplatePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::TeamsTemplatePath::new(
            self.0.target().segment("template"),
        )
    }
    /// Containment navigation property `schedule` (`microsoft.graph.schedule`).
    pub fn schedule(
        &self,
    ) -> crate::beta::requests::SchedulePath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::SchedulePath::new(self.0.target().segment("schedule"))
    }
    /// `POST .../archive`: action `microsoft.graph.archive`.
    pub fn archive(
        &self,
        params: crate::beta::params::TeamArchiveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TeamArchiveParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("archive"),
            rt::request::Json(params),
        )
    }
    /// `POST .../clone`: action `microsoft.graph.clone`.
    pub fn clone_2(
        &self,
        params: crate::beta::params::TeamCloneParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TeamCloneParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("clone"),
            rt::request::Json(params),
        )
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
    /// `POST .../sendActivityNotification`: action `microsoft.graph.sendActivityNotification`.
    pub fn send_activity_notification(
        &self,
        params: crate::beta::params::TeamSendActivityNotificationParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TeamSendActivityNotificationParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sendActivityNotification"),
            rt::request::Json(params),
        )
    }
    /// `POST .../unarchive`: action `microsoft.graph.unarchive`.
    pub fn unarchive(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("unarchive"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Team {
    const SEGMENT: &'static str = "microsoft.graph.team";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::Team, C> {
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
#[cfg(msgraph_beta_app_catalogs_or_search)]
/// Features: `beta`, or one of `beta-app-catalogs`, `beta-search`.
impl<C> crate::beta::requests::TeamsAppPath<C> {
    /// Containment navigation property `appDefinitions` (`microsoft.graph.teamsAppDefinition`).
    pub fn app_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TeamsAppDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("appDefinitions"))
    }
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TeamsApp {
    const SEGMENT: &'static str = "microsoft.graph.teamsApp";
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
/// Features: `beta`, or one of `beta-app-catalogs`, `beta-search`.
impl<C> crate::beta::requests::TeamsAppDefinitionPath<C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Containment navigation property `bot` (`microsoft.graph.teamworkBot`).
    pub fn bot(
        &self,
    ) -> crate::beta::requests::TeamworkBotPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::TeamworkBotPath::new(self.0.target().segment("bot"))
    }
    /// Containment navigation property `colorIcon` (`microsoft.graph.teamsAppIcon`).
    pub fn color_icon(
        &self,
    ) -> crate::beta::requests::TeamsAppIconPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::TeamsAppIconPath::new(
            self.0.target().segment("colorIcon"),
        )
    }
    /// Containment navigation property `outlineIcon` (`microsoft.graph.teamsAppIcon`).
    pub fn outline_icon(
        &self,
    ) -> crate::beta::requests::TeamsAppIconPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::TeamsAppIconPath::new(
            self.0.target().segment("outlineIcon"),
        )
    }
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TeamsAppDefinition {
    const SEGMENT: &'static str = "microsoft.graph.teamsAppDefinition";
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
/// Features: `beta`, or one of `beta-app-catalogs`, `beta-search`.
impl<C> crate::beta::requests::TeamsAppIconPath<C> {
    /// Containment navigation property `hostedContent` (`microsoft.graph.teamworkHostedContent`).
    pub fn hosted_content(
        &self,
    ) -> crate::beta::requests::TeamworkHostedContentPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::TeamworkHostedContentPath::new(
            self.0.target().segment("hostedContent"),
        )
    }
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TeamsAppIcon {
    const SEGMENT: &'static str = "microsoft.graph.teamsAppIcon";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::TeamsAppInstallationPath<C> {
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    /// Navigation property `teamsApp` (`microsoft.graph.teamsApp`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn teams_app(
        &self,
    ) -> crate::beta::requests::TeamsAppPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::TeamsAppPath::new(self.0.target().segment("teamsApp"))
    }
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    /// Navigation property `teamsAppDefinition` (`microsoft.graph.teamsAppDefinition`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn teams_app_definition(
        &self,
    ) -> crate::beta::requests::TeamsAppDefinitionPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::TeamsAppDefinitionPath::new(
            self.0.target().segment("teamsAppDefinition"),
        )
    }
    /// `POST .../upgrade`: action `microsoft.graph.upgrade`.
    pub fn upgrade(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("upgrade"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyTeamsAppInstallation {
    const SEGMENT: &'static str = "microsoft.graph.teamsAppInstallation";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::TeamsAsyncOperationPath<C> {
    /// Structural property `error` (`microsoft.graph.operationError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::beta::OperationError> {
        crate::path::PropertyPath::new(self.0.target().segment("error"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TeamsAsyncOperation {
    const SEGMENT: &'static str = "microsoft.graph.teamsAsyncOperation";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TeamsDeviceUsageDistributionUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.teamsDeviceUsageDistributionUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TeamsDeviceUsageUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.teamsDeviceUsageUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TeamsDeviceUsageUserDetail {
    const SEGMENT: &'static str = "microsoft.graph.teamsDeviceUsageUserDetail";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::TeamsTabPath<C> {
    /// Structural property `configuration` (`microsoft.graph.teamsTabConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TeamsTabConfiguration> {
        crate::path::PropertyPath::new(self.0.target().segment("configuration"))
    }
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    /// Navigation property `teamsApp` (`microsoft.graph.teamsApp`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn teams_app(
        &self,
    ) -> crate::beta::requests::TeamsAppPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::TeamsAppPath::new(self.0.target().segment("teamsApp"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TeamsTab {
    const SEGMENT: &'static str = "microsoft.graph.teamsTab";
}
#[cfg(msgraph_beta_search_or_teams_templates)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TeamsTemplate {
    const SEGMENT: &'static str = "microsoft.graph.teamsTemplate";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TeamsUserActivityCounts {
    const SEGMENT: &'static str = "microsoft.graph.teamsUserActivityCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TeamsUserActivityDistributionUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.teamsUserActivityDistributionUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TeamsUserActivityUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.teamsUserActivityUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TeamsUserActivityUserDetail {
    const SEGMENT: &'static str = "microsoft.graph.teamsUserActivityUserDetail";
}
#[cfg(msgraph_beta_search_or_teamwork)]
/// Features: `beta`, or one of `beta-search`, `beta-teamwork`.
impl<C> crate::beta::requests::TeamworkPath<C> {
    /// Containment navigation property `workforceIntegrations` (`microsoft.graph.workforceIntegration`).
    pub fn workforce_integrations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WorkforceIntegration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("workforceIntegrations"),
        )
    }
}
#[cfg(msgraph_beta_search_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Teamwork {
    const SEGMENT: &'static str = "microsoft.graph.teamwork";
}
#[cfg(msgraph_beta_app_catalogs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TeamworkBot {
    const SEGMENT: &'static str = "microsoft.graph.teamworkBot";
}
#[cfg(msgraph_beta_core_or_app_catalogs)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app-catalogs`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C, T> crate::beta::requests::TeamworkHostedContentPath<C, T> {
    /// The media content (`$value`) of this entity.
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("$value"))
    }
}
#[cfg(msgraph_beta_core_or_app_catalogs)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyTeamworkHostedContent {
    const SEGMENT: &'static str = "microsoft.graph.teamworkHostedContent";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::TeamworkTagPath<C> {
    /// Containment navigation property `members` (`microsoft.graph.teamworkTagMember`).
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TeamworkTagMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("members"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TeamworkTag {
    const SEGMENT: &'static str = "microsoft.graph.teamworkTag";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TeamworkTagMember {
    const SEGMENT: &'static str = "microsoft.graph.teamworkTagMember";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TelecomExpenseManagementPartner {
    const SEGMENT: &'static str = "microsoft.graph.telecomExpenseManagementPartner";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAuthenticationMethod>
for crate::beta::TemporaryAccessPassAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.temporaryAccessPassAuthenticationMethod";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TemporaryAccessPassAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.temporaryAccessPassAuthenticationMethod";
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
impl<
    C,
> crate::beta::requests::TemporaryAccessPassAuthenticationMethodConfigurationPath<C> {
    /// Containment navigation property `includeTargets` (`microsoft.graph.authenticationMethodTarget`).
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyAuthenticationMethodTarget,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("includeTargets"))
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAuthenticationMethodConfiguration>
for crate::beta::TemporaryAccessPassAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TemporaryAccessPassAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration";
}
#[cfg(msgraph_beta_tenant_relationships)]
/// Features: `beta` or `beta-tenant-relationships`.
impl<C> crate::beta::requests::TenantRelationshipPath<C> {
    /// Containment navigation property `managedTenants` (`microsoft.graph.managedTenants.managedTenant`).
    pub fn managed_tenants(
        &self,
    ) -> crate::beta::requests::managed_tenants::ManagedTenantPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::managed_tenants::ManagedTenantPath::new(
            self.0.target().segment("managedTenants"),
        )
    }
}
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
/// Features: `beta`, or one of `beta-privileged-signup-status`, `beta-search`.
impl<C> crate::beta::requests::TenantSetupInfoPath<C> {
    #[cfg(
        msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
    )]
    /// Navigation property `defaultRolesSettings` (`microsoft.graph.privilegedRoleSettings`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn default_roles_settings(
        &self,
    ) -> crate::beta::requests::PrivilegedRoleSettingsPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::PrivilegedRoleSettingsPath::new(
            self.0.target().segment("defaultRolesSettings"),
        )
    }
}
#[cfg(msgraph_beta_privileged_signup_status_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TenantSetupInfo {
    const SEGMENT: &'static str = "microsoft.graph.tenantSetupInfo";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::TermsAndConditionsPath<C> {
    /// Containment navigation property `acceptanceStatuses` (`microsoft.graph.termsAndConditionsAcceptanceStatus`).
    pub fn acceptance_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TermsAndConditionsAcceptanceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("acceptanceStatuses"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.termsAndConditionsAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TermsAndConditionsAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("assignments"))
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.termsAndConditionsGroupAssignment`).
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TermsAndConditionsGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("groupAssignments"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TermsAndConditions {
    const SEGMENT: &'static str = "microsoft.graph.termsAndConditions";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::TermsAndConditionsAcceptanceStatusPath<C> {
    /// Navigation property `termsAndConditions` (`microsoft.graph.termsAndConditions`).
    pub fn terms_and_conditions(
        &self,
    ) -> crate::beta::requests::TermsAndConditionsPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::TermsAndConditionsPath::new(
            self.0.target().segment("termsAndConditions"),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TermsAndConditionsAcceptanceStatus {
    const SEGMENT: &'static str = "microsoft.graph.termsAndConditionsAcceptanceStatus";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::TermsAndConditionsAssignmentPath<C> {
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
for crate::beta::TermsAndConditionsAssignment {
    const SEGMENT: &'static str = "microsoft.graph.termsAndConditionsAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::TermsAndConditionsGroupAssignmentPath<C> {
    /// Navigation property `termsAndConditions` (`microsoft.graph.termsAndConditions`).
    pub fn terms_and_conditions(
        &self,
    ) -> crate::beta::requests::TermsAndConditionsPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::TermsAndConditionsPath::new(
            self.0.target().segment("termsAndConditions"),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TermsAndConditionsGroupAssignment {
    const SEGMENT: &'static str = "microsoft.graph.termsAndConditionsGroupAssignment";
}
#[cfg(msgraph_beta_identity_governance_or_search)]
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
impl<C> crate::beta::requests::TermsOfUseContainerPath<C> {
    /// Containment navigation property `agreementAcceptances` (`microsoft.graph.agreementAcceptance`).
    pub fn agreement_acceptances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AgreementAcceptance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("agreementAcceptances"))
    }
    /// Containment navigation property `agreements` (`microsoft.graph.agreement`).
    pub fn agreements(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Agreement,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("agreements"))
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TermsOfUseContainer {
    const SEGMENT: &'static str = "microsoft.graph.termsOfUseContainer";
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TextClassificationRequest {
    const SEGMENT: &'static str = "microsoft.graph.textClassificationRequest";
}
#[cfg(msgraph_beta_core_or_information_protection)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C, T> crate::beta::requests::ThreatAssessmentRequestPath<C, T> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Containment navigation property `results` (`microsoft.graph.threatAssessmentResult`).
    pub fn results(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ThreatAssessmentResult,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("results"))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyThreatAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.threatAssessmentRequest";
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ThreatAssessmentResult {
    const SEGMENT: &'static str = "microsoft.graph.threatAssessmentResult";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::ThumbnailSetPath<C> {
    /// Structural property `large` (`microsoft.graph.thumbnail`), addressed on its own: `GET` or `PATCH` it.
    pub fn large(&self) -> crate::path::PropertyPath<crate::beta::Thumbnail> {
        crate::path::PropertyPath::new(self.0.target().segment("large"))
    }
    /// Structural property `medium` (`microsoft.graph.thumbnail`), addressed on its own: `GET` or `PATCH` it.
    pub fn medium(&self) -> crate::path::PropertyPath<crate::beta::Thumbnail> {
        crate::path::PropertyPath::new(self.0.target().segment("medium"))
    }
    /// Structural property `small` (`microsoft.graph.thumbnail`), addressed on its own: `GET` or `PATCH` it.
    pub fn small(&self) -> crate::path::PropertyPath<crate::beta::Thumbnail> {
        crate::path::PropertyPath::new(self.0.target().segment("small"))
    }
    /// Structural property `source` (`microsoft.graph.thumbnail`), addressed on its own: `GET` or `PATCH` it.
    pub fn source(&self) -> crate::path::PropertyPath<crate::beta::Thumbnail> {
        crate::path::PropertyPath::new(self.0.target().segment("source"))
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ThumbnailSet {
    const SEGMENT: &'static str = "microsoft.graph.thumbnailSet";
}
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TiIndicator {
    const SEGMENT: &'static str = "microsoft.graph.tiIndicator";
}
#[cfg(msgraph_beta_search_or_security)]
/// Features: `beta`, or one of `beta-search`, `beta-security`.
impl<C> crate::path::CollectionPath<crate::beta::TiIndicator, C> {
    /// `POST .../deleteTiIndicators`: action `microsoft.graph.deleteTiIndicators`.
    pub fn delete_ti_indicators(
        &self,
        params: crate::beta::params::TiIndicatorCollectionDeleteTiIndicatorsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::TiIndicatorCollectionDeleteTiIndicatorsParams,
        >,
        rt::request::Collection<crate::beta::ResultInfo>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("deleteTiIndicators"),
            rt::request::Json(params),
        )
    }
    /// `POST .../deleteTiIndicatorsByExternalId`: action `microsoft.graph.deleteTiIndicatorsByExternalId`.
    pub fn delete_ti_indicators_by_external_id(
        &self,
        params: crate::beta::params::TiIndicatorCollectionDeleteTiIndicatorsByExternalIdParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::TiIndicatorCollectionDeleteTiIndicatorsByExternalIdParams,
        >,
        rt::request::Collection<crate::beta::ResultInfo>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("deleteTiIndicatorsByExternalId"),
            rt::request::Json(params),
        )
    }
    /// `POST .../submitTiIndicators`: action `microsoft.graph.submitTiIndicators`.
    pub fn submit_ti_indicators(
        &self,
        params: crate::beta::params::TiIndicatorCollectionSubmitTiIndicatorsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::TiIndicatorCollectionSubmitTiIndicatorsParams,
        >,
        rt::request::Collection<crate::beta::TiIndicator>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("submitTiIndicators"),
            rt::request::Json(params),
        )
    }
    /// `POST .../updateTiIndicators`: action `microsoft.graph.updateTiIndicators`.
    pub fn update_ti_indicators(
        &self,
        params: crate::beta::params::TiIndicatorCollectionUpdateTiIndicatorsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::TiIndicatorCollectionUpdateTiIndicatorsParams,
        >,
        rt::request::Collection<crate::beta::TiIndicator>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("updateTiIndicators"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::TimeCardPath<C> {
    /// Structural property `clockInEvent` (`microsoft.graph.timeCardEvent`), addressed on its own: `GET` or `PATCH` it.
    pub fn clock_in_event(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TimeCardEvent> {
        crate::path::PropertyPath::new(self.0.target().segment("clockInEvent"))
    }
    /// Structural property `clockOutEvent` (`microsoft.graph.timeCardEvent`), addressed on its own: `GET` or `PATCH` it.
    pub fn clock_out_event(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TimeCardEvent> {
        crate::path::PropertyPath::new(self.0.target().segment("clockOutEvent"))
    }
    /// Structural property `notes` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn notes(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.0.target().segment("notes"))
    }
    /// Structural property `originalEntry` (`microsoft.graph.timeCardEntry`), addressed on its own: `GET` or `PATCH` it.
    pub fn original_entry(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TimeCardEntry> {
        crate::path::PropertyPath::new(self.0.target().segment("originalEntry"))
    }
    /// `POST .../clockOut`: action `microsoft.graph.clockOut`.
    pub fn clock_out(
        &self,
        params: crate::beta::params::TimeCardClockOutParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TimeCardClockOutParams>,
        rt::request::Entity<crate::beta::TimeCard>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("clockOut"),
            rt::request::Json(params),
        )
    }
    /// `POST .../confirm`: action `microsoft.graph.confirm`.
    pub fn confirm(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::TimeCard>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("confirm"),
            rt::request::NoBody,
        )
    }
    /// `POST .../endBreak`: action `microsoft.graph.endBreak`.
    pub fn end_break(
        &self,
        params: crate::beta::params::TimeCardEndBreakParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TimeCardEndBreakParams>,
        rt::request::Entity<crate::beta::TimeCard>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("endBreak"),
            rt::request::Json(params),
        )
    }
    /// `POST .../startBreak`: action `microsoft.graph.startBreak`.
    pub fn start_break(
        &self,
        params: crate::beta::params::TimeCardStartBreakParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TimeCardStartBreakParams>,
        rt::request::Entity<crate::beta::TimeCard>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("startBreak"),
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
for crate::beta::TimeCard {
    const SEGMENT: &'static str = "microsoft.graph.timeCard";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TimeCard {
    const SEGMENT: &'static str = "microsoft.graph.timeCard";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::TimeCard, C> {
    /// `POST .../clockIn`: action `microsoft.graph.clockIn`.
    pub fn clock_in(
        &self,
        params: crate::beta::params::TimeCardCollectionClockInParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TimeCardCollectionClockInParams>,
        rt::request::Entity<crate::beta::TimeCard>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("clockIn"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::TimeOffPath<C> {
    /// Structural property `draftTimeOff` (`microsoft.graph.timeOffItem`), addressed on its own: `GET` or `PATCH` it.
    pub fn draft_time_off(&self) -> crate::path::PropertyPath<crate::beta::TimeOffItem> {
        crate::path::PropertyPath::new(self.0.target().segment("draftTimeOff"))
    }
    /// Structural property `sharedTimeOff` (`microsoft.graph.timeOffItem`), addressed on its own: `GET` or `PATCH` it.
    pub fn shared_time_off(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TimeOffItem> {
        crate::path::PropertyPath::new(self.0.target().segment("sharedTimeOff"))
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
for crate::beta::TimeOff {
    const SEGMENT: &'static str = "microsoft.graph.timeOff";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TimeOff {
    const SEGMENT: &'static str = "microsoft.graph.timeOff";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyChangeTrackedEntity>
for crate::beta::TimeOffReason {
    const SEGMENT: &'static str = "microsoft.graph.timeOffReason";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TimeOffReason {
    const SEGMENT: &'static str = "microsoft.graph.timeOffReason";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyScheduleChangeRequest>
for crate::beta::TimeOffRequest {
    const SEGMENT: &'static str = "microsoft.graph.timeOffRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyChangeTrackedEntity>
for crate::beta::TimeOffRequest {
    const SEGMENT: &'static str = "microsoft.graph.timeOffRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TimeOffRequest {
    const SEGMENT: &'static str = "microsoft.graph.timeOffRequest";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::TodoPath<C> {
    /// Containment navigation property `lists` (`microsoft.graph.todoTaskList`).
    pub fn lists(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TodoTaskList,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("lists"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Todo {
    const SEGMENT: &'static str = "microsoft.graph.todo";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::TodoTaskPath<C> {
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
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("extensions"))
    }
    /// Containment navigation property `linkedResources` (`microsoft.graph.linkedResource`).
    pub fn linked_resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::LinkedResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("linkedResources"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TodoTask {
    const SEGMENT: &'static str = "microsoft.graph.todoTask";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::TodoTask, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TodoTask>,
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
impl<C> crate::beta::requests::TodoTaskListPath<C> {
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("extensions"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.todoTask`).
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TodoTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("tasks"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::TodoTaskList {
    const SEGMENT: &'static str = "microsoft.graph.todoTaskList";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::TodoTaskList, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TodoTaskList>,
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
impl crate::path::DerivedFrom<crate::beta::AnyStsPolicy>
for crate::beta::TokenIssuancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenIssuancePolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicyBase>
for crate::beta::TokenIssuancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenIssuancePolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::TokenIssuancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenIssuancePolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TokenIssuancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenIssuancePolicy";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::TokenIssuancePolicy, C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyStsPolicy>
for crate::beta::TokenLifetimePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenLifetimePolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicyBase>
for crate::beta::TokenLifetimePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenLifetimePolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::TokenLifetimePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenLifetimePolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TokenLifetimePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenLifetimePolicy";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::TokenLifetimePolicy, C> {
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
impl<C> crate::beta::requests::TrendingPath<C> {
    /// Structural property `resourceReference` (`microsoft.graph.resourceReference`), addressed on its own: `GET` or `PATCH` it.
    pub fn resource_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ResourceReference> {
        crate::path::PropertyPath::new(self.0.target().segment("resourceReference"))
    }
    /// Structural property `resourceVisualization` (`microsoft.graph.resourceVisualization`), addressed on its own: `GET` or `PATCH` it.
    pub fn resource_visualization(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ResourceVisualization> {
        crate::path::PropertyPath::new(self.0.target().segment("resourceVisualization"))
    }
    /// Navigation property `resource` (`microsoft.graph.entity`).
    pub fn resource(
        &self,
    ) -> crate::beta::requests::AnyEntityPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::AnyEntityPath::new(self.0.target().segment("resource"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Trending {
    const SEGMENT: &'static str = "microsoft.graph.trending";
}
#[cfg(msgraph_beta_trust_framework)]
/// Features: `beta` or `beta-trust-framework`.
impl<C> crate::beta::requests::TrustFrameworkPath<C> {
    /// Containment navigation property `keySets` (`microsoft.graph.trustFrameworkKeySet`).
    pub fn key_sets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TrustFrameworkKeySet,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("keySets"))
    }
    /// Containment navigation property `policies` (`microsoft.graph.trustFrameworkPolicy`).
    pub fn policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TrustFrameworkPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("policies"))
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
/// Features: `beta`, or one of `beta-search`, `beta-trust-framework`.
impl<C> crate::beta::requests::TrustFrameworkKeySetPath<C> {
    /// `POST .../generateKey`: action `microsoft.graph.generateKey`.
    pub fn generate_key(
        &self,
        params: crate::beta::params::TrustFrameworkKeySetGenerateKeyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TrustFrameworkKeySetGenerateKeyParams>,
        rt::request::Entity<crate::beta::TrustFrameworkKey>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("generateKey"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getActiveKey`: function `microsoft.graph.getActiveKey`.
    pub fn get_active_key(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::TrustFrameworkKey>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getActiveKey", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../uploadCertificate`: action `microsoft.graph.uploadCertificate`.
    pub fn upload_certificate(
        &self,
        params: crate::beta::params::TrustFrameworkKeySetUploadCertificateParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::TrustFrameworkKeySetUploadCertificateParams,
        >,
        rt::request::Entity<crate::beta::TrustFrameworkKey>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("uploadCertificate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../uploadPkcs12`: action `microsoft.graph.uploadPkcs12`.
    pub fn upload_pkcs12(
        &self,
        params: crate::beta::params::TrustFrameworkKeySetUploadPkcs12Params,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TrustFrameworkKeySetUploadPkcs12Params>,
        rt::request::Entity<crate::beta::TrustFrameworkKey>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("uploadPkcs12"),
            rt::request::Json(params),
        )
    }
    /// `POST .../uploadSecret`: action `microsoft.graph.uploadSecret`.
    pub fn upload_secret(
        &self,
        params: crate::beta::params::TrustFrameworkKeySetUploadSecretParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::TrustFrameworkKeySetUploadSecretParams>,
        rt::request::Entity<crate::beta::TrustFrameworkKey>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("uploadSecret"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TrustFrameworkKeySet {
    const SEGMENT: &'static str = "microsoft.graph.trustFrameworkKeySet";
}
#[cfg(msgraph_beta_search_or_trust_framework)]
/// Features: `beta`, or one of `beta-search`, `beta-trust-framework`.
impl<C> crate::beta::requests::TrustFrameworkPolicyPath<C> {
    /// The media content (`$value`) of this entity.
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("$value"))
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::TrustFrameworkPolicy {
    const SEGMENT: &'static str = "microsoft.graph.trustFrameworkPolicy";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl<C> crate::beta::requests::ediscovery::TagPath<C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
    /// Navigation property `childTags` (`microsoft.graph.ediscovery.tag`).
    pub fn child_tags(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::Tag,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("childTags"))
    }
    /// Navigation property `parent` (`microsoft.graph.ediscovery.tag`).
    pub fn parent(
        &self,
    ) -> crate::beta::requests::ediscovery::TagPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::ediscovery::TagPath::new(
            self.0.target().segment("parent"),
        )
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ediscovery::Tag {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.tag";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::ediscovery::Tag, C> {
    /// `GET .../microsoft.graph.ediscovery.asHierarchy`: function `microsoft.graph.ediscovery.asHierarchy`.
    pub fn as_hierarchy(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ediscovery::Tag>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("microsoft.graph.ediscovery.asHierarchy", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::ediscovery::AnyCaseOperation>
for crate::beta::ediscovery::TagOperation {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.tagOperation";
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::TagOperation {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.tagOperation";
}
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::term_store::TermPath<C> {
    /// Containment navigation property `children` (`microsoft.graph.termStore.term`).
    pub fn children(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::term_store::Term,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("children"))
    }
    /// Containment navigation property `relations` (`microsoft.graph.termStore.relation`).
    pub fn relations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::term_store::Relation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("relations"))
    }
    /// Navigation property `set` (`microsoft.graph.termStore.set`).
    pub fn set(
        &self,
    ) -> crate::beta::requests::term_store::SetPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::term_store::SetPath::new(self.0.target().segment("set"))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::term_store::Term {
    const SEGMENT: &'static str = "microsoft.graph.termStore.term";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<C> crate::beta::requests::UnifiedRbacResourceActionPath<C> {
    /// Containment navigation property `resourceScope` (`microsoft.graph.unifiedRbacResourceScope`).
    pub fn resource_scope(
        &self,
    ) -> crate::beta::requests::UnifiedRbacResourceScopePath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::UnifiedRbacResourceScopePath::new(
            self.0.target().segment("resourceScope"),
        )
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRbacResourceAction {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRbacResourceAction";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<C> crate::beta::requests::UnifiedRbacResourceNamespacePath<C> {
    /// Containment navigation property `resourceActions` (`microsoft.graph.unifiedRbacResourceAction`).
    pub fn resource_actions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRbacResourceAction,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("resourceActions"))
    }
    /// `POST .../importResourceActions`: action `microsoft.graph.importResourceActions`.
    pub fn import_resource_actions(
        &self,
        params: crate::beta::params::UnifiedRbacResourceNamespaceImportResourceActionsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UnifiedRbacResourceNamespaceImportResourceActionsParams,
        >,
        rt::request::Entity<crate::beta::UnifiedRbacResourceNamespace>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("importResourceActions"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRbacResourceNamespace {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRbacResourceNamespace";
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRbacResourceScope {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRbacResourceScope";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<C> crate::beta::requests::UnifiedRoleAssignmentPath<C> {
    /// Containment navigation property `appScope` (`microsoft.graph.appScope`).
    pub fn app_scope(
        &self,
    ) -> crate::beta::requests::AppScopePath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::AppScopePath::new(self.0.target().segment("appScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn directory_scope(
        &self,
    ) -> crate::beta::requests::DirectoryObjectPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DirectoryObjectPath::new(
            self.0.target().segment("directoryScope"),
        )
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn principal(
        &self,
    ) -> crate::beta::requests::DirectoryObjectPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DirectoryObjectPath::new(
            self.0.target().segment("principal"),
        )
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn role_definition(
        &self,
    ) -> crate::beta::requests::UnifiedRoleDefinitionPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::UnifiedRoleDefinitionPath::new(
            self.0.target().segment("roleDefinition"),
        )
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleAssignment {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignment";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<C> crate::beta::requests::UnifiedRoleAssignmentMultiplePath<C> {
    /// Containment navigation property `appScopes` (`microsoft.graph.appScope`).
    pub fn app_scopes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AppScope,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("appScopes"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `directoryScopes` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn directory_scopes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("directoryScopes"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `principals` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn principals(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("principals"))
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn role_definition(
        &self,
    ) -> crate::beta::requests::UnifiedRoleDefinitionPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::UnifiedRoleDefinitionPath::new(
            self.0.target().segment("roleDefinition"),
        )
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleAssignmentMultiple {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentMultiple";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<C> crate::beta::requests::UnifiedRoleAssignmentSchedulePath<C> {
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::RequestSchedule> {
        crate::path::PropertyPath::new(self.0.target().segment("scheduleInfo"))
    }
    /// Navigation property `activatedUsing` (`microsoft.graph.unifiedRoleEligibilitySchedule`).
    pub fn activated_using(
        &self,
    ) -> crate::beta::requests::UnifiedRoleEligibilitySchedulePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::UnifiedRoleEligibilitySchedulePath::new(
            self.0.target().segment("activatedUsing"),
        )
    }
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    pub fn app_scope(
        &self,
    ) -> crate::beta::requests::AppScopePath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::AppScopePath::new(self.0.target().segment("appScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn directory_scope(
        &self,
    ) -> crate::beta::requests::DirectoryObjectPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DirectoryObjectPath::new(
            self.0.target().segment("directoryScope"),
        )
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn principal(
        &self,
    ) -> crate::beta::requests::DirectoryObjectPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DirectoryObjectPath::new(
            self.0.target().segment("principal"),
        )
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn role_definition(
        &self,
    ) -> crate::beta::requests::UnifiedRoleDefinitionPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::UnifiedRoleDefinitionPath::new(
            self.0.target().segment("roleDefinition"),
        )
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyUnifiedRoleScheduleBase>
for crate::beta::UnifiedRoleAssignmentSchedule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentSchedule";
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleAssignmentSchedule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentSchedule";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::UnifiedRoleAssignmentSchedule, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::beta::RoleAssignmentScheduleFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UnifiedRoleAssignmentSchedule>,
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
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<C> crate::beta::requests::UnifiedRoleAssignmentScheduleInstancePath<C> {
    /// Navigation property `activatedUsing` (`microsoft.graph.unifiedRoleEligibilityScheduleInstance`).
    pub fn activated_using(
        &self,
    ) -> crate::beta::requests::UnifiedRoleEligibilityScheduleInstancePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::UnifiedRoleEligibilityScheduleInstancePath::new(
            self.0.target().segment("activatedUsing"),
        )
    }
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    pub fn app_scope(
        &self,
    ) -> crate::beta::requests::AppScopePath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::AppScopePath::new(self.0.target().segment("appScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn directory_scope(
        &self,
    ) -> crate::beta::requests::DirectoryObjectPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DirectoryObjectPath::new(
            self.0.target().segment("directoryScope"),
        )
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn principal(
        &self,
    ) -> crate::beta::requests::DirectoryObjectPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DirectoryObjectPath::new(
            self.0.target().segment("principal"),
        )
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn role_definition(
        &self,
    ) -> crate::beta::requests::UnifiedRoleDefinitionPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::UnifiedRoleDefinitionPath::new(
            self.0.target().segment("roleDefinition"),
        )
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyUnifiedRoleScheduleInstanceBase>
for crate::beta::UnifiedRoleAssignmentScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentScheduleInstance";
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleAssignmentScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentScheduleInstance";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::UnifiedRoleAssignmentScheduleInstance, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::beta::RoleAssignmentScheduleInstanceFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UnifiedRoleAssignmentScheduleInstance>,
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
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<C> crate::beta::requests::UnifiedRoleAssignmentScheduleRequestPath<C> {
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::RequestSchedule> {
        crate::path::PropertyPath::new(self.0.target().segment("scheduleInfo"))
    }
    /// Structural property `ticketInfo` (`microsoft.graph.ticketInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn ticket_info(&self) -> crate::path::PropertyPath<crate::beta::TicketInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("ticketInfo"))
    }
    /// Navigation property `activatedUsing` (`microsoft.graph.unifiedRoleEligibilitySchedule`).
    pub fn activated_using(
        &self,
    ) -> crate::beta::requests::UnifiedRoleEligibilitySchedulePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::UnifiedRoleEligibilitySchedulePath::new(
            self.0.target().segment("activatedUsing"),
        )
    }
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    pub fn app_scope(
        &self,
    ) -> crate::beta::requests::AppScopePath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::AppScopePath::new(self.0.target().segment("appScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn directory_scope(
        &self,
    ) -> crate::beta::requests::DirectoryObjectPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DirectoryObjectPath::new(
            self.0.target().segment("directoryScope"),
        )
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn principal(
        &self,
    ) -> crate::beta::requests::DirectoryObjectPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DirectoryObjectPath::new(
            self.0.target().segment("principal"),
        )
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn role_definition(
        &self,
    ) -> crate::beta::requests::UnifiedRoleDefinitionPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::UnifiedRoleDefinitionPath::new(
            self.0.target().segment("roleDefinition"),
        )
    }
    /// Navigation property `targetSchedule` (`microsoft.graph.unifiedRoleAssignmentSchedule`).
    pub fn target_schedule(
        &self,
    ) -> crate::beta::requests::UnifiedRoleAssignmentSchedulePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::UnifiedRoleAssignmentSchedulePath::new(
            self.0.target().segment("targetSchedule"),
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
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyRequest>
for crate::beta::UnifiedRoleAssignmentScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentScheduleRequest";
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleAssignmentScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleAssignmentScheduleRequest";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::UnifiedRoleAssignmentScheduleRequest, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::beta::RoleAssignmentScheduleRequestFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UnifiedRoleAssignmentScheduleRequest>,
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
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<C> crate::beta::requests::UnifiedRoleDefinitionPath<C> {
    /// Containment navigation property `inheritsPermissionsFrom` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn inherits_permissions_from(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("inheritsPermissionsFrom"),
        )
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleDefinition {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleDefinition";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<C> crate::beta::requests::UnifiedRoleEligibilitySchedulePath<C> {
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::RequestSchedule> {
        crate::path::PropertyPath::new(self.0.target().segment("scheduleInfo"))
    }
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    pub fn app_scope(
        &self,
    ) -> crate::beta::requests::AppScopePath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::AppScopePath::new(self.0.target().segment("appScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn directory_scope(
        &self,
    ) -> crate::beta::requests::DirectoryObjectPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DirectoryObjectPath::new(
            self.0.target().segment("directoryScope"),
        )
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn principal(
        &self,
    ) -> crate::beta::requests::DirectoryObjectPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DirectoryObjectPath::new(
            self.0.target().segment("principal"),
        )
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn role_definition(
        &self,
    ) -> crate::beta::requests::UnifiedRoleDefinitionPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::UnifiedRoleDefinitionPath::new(
            self.0.target().segment("roleDefinition"),
        )
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyUnifiedRoleScheduleBase>
for crate::beta::UnifiedRoleEligibilitySchedule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilitySchedule";
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleEligibilitySchedule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilitySchedule";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::UnifiedRoleEligibilitySchedule, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::beta::RoleEligibilityScheduleFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UnifiedRoleEligibilitySchedule>,
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
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyUnifiedRoleScheduleInstanceBase>
for crate::beta::UnifiedRoleEligibilityScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilityScheduleInstance";
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleEligibilityScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilityScheduleInstance";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::UnifiedRoleEligibilityScheduleInstance, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::beta::RoleEligibilityScheduleInstanceFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UnifiedRoleEligibilityScheduleInstance>,
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
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<C> crate::beta::requests::UnifiedRoleEligibilityScheduleRequestPath<C> {
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::RequestSchedule> {
        crate::path::PropertyPath::new(self.0.target().segment("scheduleInfo"))
    }
    /// Structural property `ticketInfo` (`microsoft.graph.ticketInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn ticket_info(&self) -> crate::path::PropertyPath<crate::beta::TicketInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("ticketInfo"))
    }
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    pub fn app_scope(
        &self,
    ) -> crate::beta::requests::AppScopePath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::AppScopePath::new(self.0.target().segment("appScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn directory_scope(
        &self,
    ) -> crate::beta::requests::DirectoryObjectPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DirectoryObjectPath::new(
            self.0.target().segment("directoryScope"),
        )
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn principal(
        &self,
    ) -> crate::beta::requests::DirectoryObjectPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DirectoryObjectPath::new(
            self.0.target().segment("principal"),
        )
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn role_definition(
        &self,
    ) -> crate::beta::requests::UnifiedRoleDefinitionPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::UnifiedRoleDefinitionPath::new(
            self.0.target().segment("roleDefinition"),
        )
    }
    /// Navigation property `targetSchedule` (`microsoft.graph.unifiedRoleEligibilitySchedule`).
    pub fn target_schedule(
        &self,
    ) -> crate::beta::requests::UnifiedRoleEligibilitySchedulePath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::UnifiedRoleEligibilitySchedulePath::new(
            self.0.target().segment("targetSchedule"),
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
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyRequest>
for crate::beta::UnifiedRoleEligibilityScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilityScheduleRequest";
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleEligibilityScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleEligibilityScheduleRequest";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::UnifiedRoleEligibilityScheduleRequest, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::beta::RoleEligibilityScheduleRequestFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UnifiedRoleEligibilityScheduleRequest>,
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
#[cfg(msgraph_beta_policies_or_search)]
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
impl<C> crate::beta::requests::UnifiedRoleManagementPolicyPath<C> {
    /// Structural property `lastModifiedBy` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyIdentity> {
        crate::path::PropertyPath::new(self.0.target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `effectiveRules` (`microsoft.graph.unifiedRoleManagementPolicyRule`).
    pub fn effective_rules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyUnifiedRoleManagementPolicyRule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("effectiveRules"))
    }
    /// Containment navigation property `rules` (`microsoft.graph.unifiedRoleManagementPolicyRule`).
    pub fn rules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyUnifiedRoleManagementPolicyRule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("rules"))
    }
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleManagementPolicy {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicy";
}
#[cfg(msgraph_beta_policies_or_search)]
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
impl<C> crate::beta::requests::UnifiedRoleManagementPolicyApprovalRulePath<C> {
    /// Structural property `setting` (`microsoft.graph.approvalSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn setting(&self) -> crate::path::PropertyPath<crate::beta::ApprovalSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("setting"))
    }
    /// Structural property `target` (`microsoft.graph.unifiedRoleManagementPolicyRuleTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::UnifiedRoleManagementPolicyRuleTarget> {
        crate::path::PropertyPath::new(self.0.target().segment("target"))
    }
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyUnifiedRoleManagementPolicyRule>
for crate::beta::UnifiedRoleManagementPolicyApprovalRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyApprovalRule";
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleManagementPolicyApprovalRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyApprovalRule";
}
#[cfg(msgraph_beta_policies_or_search)]
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
impl<C> crate::beta::requests::UnifiedRoleManagementPolicyAssignmentPath<C> {
    /// Navigation property `policy` (`microsoft.graph.unifiedRoleManagementPolicy`).
    pub fn policy(
        &self,
    ) -> crate::beta::requests::UnifiedRoleManagementPolicyPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::UnifiedRoleManagementPolicyPath::new(
            self.0.target().segment("policy"),
        )
    }
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleManagementPolicyAssignment {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyAssignment";
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyUnifiedRoleManagementPolicyRule>
for crate::beta::UnifiedRoleManagementPolicyAuthenticationContextRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule";
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleManagementPolicyAuthenticationContextRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule";
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyUnifiedRoleManagementPolicyRule>
for crate::beta::UnifiedRoleManagementPolicyEnablementRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyEnablementRule";
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleManagementPolicyEnablementRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyEnablementRule";
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyUnifiedRoleManagementPolicyRule>
for crate::beta::UnifiedRoleManagementPolicyExpirationRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyExpirationRule";
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleManagementPolicyExpirationRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyExpirationRule";
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyUnifiedRoleManagementPolicyRule>
for crate::beta::UnifiedRoleManagementPolicyNotificationRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyNotificationRule";
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnifiedRoleManagementPolicyNotificationRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyNotificationRule";
}
#[cfg(msgraph_beta_policies_or_search)]
/// Features: `beta`, or one of `beta-policies`, `beta-search`.
impl<C, T> crate::beta::requests::UnifiedRoleManagementPolicyRulePath<C, T> {
    /// Structural property `target` (`microsoft.graph.unifiedRoleManagementPolicyRuleTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::UnifiedRoleManagementPolicyRuleTarget> {
        crate::path::PropertyPath::new(self.0.target().segment("target"))
    }
}
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyUnifiedRoleManagementPolicyRule {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleManagementPolicyRule";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<C> crate::beta::requests::UnifiedRoleScheduleBasePath<C> {
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    pub fn app_scope(
        &self,
    ) -> crate::beta::requests::AppScopePath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::AppScopePath::new(self.0.target().segment("appScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn directory_scope(
        &self,
    ) -> crate::beta::requests::DirectoryObjectPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DirectoryObjectPath::new(
            self.0.target().segment("directoryScope"),
        )
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn principal(
        &self,
    ) -> crate::beta::requests::DirectoryObjectPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DirectoryObjectPath::new(
            self.0.target().segment("principal"),
        )
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn role_definition(
        &self,
    ) -> crate::beta::requests::UnifiedRoleDefinitionPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::UnifiedRoleDefinitionPath::new(
            self.0.target().segment("roleDefinition"),
        )
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyUnifiedRoleScheduleBase {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleScheduleBase";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl<C, T> crate::beta::requests::UnifiedRoleScheduleInstanceBasePath<C, T> {
    /// Navigation property `appScope` (`microsoft.graph.appScope`).
    pub fn app_scope(
        &self,
    ) -> crate::beta::requests::AppScopePath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::AppScopePath::new(self.0.target().segment("appScope"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `directoryScope` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn directory_scope(
        &self,
    ) -> crate::beta::requests::DirectoryObjectPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DirectoryObjectPath::new(
            self.0.target().segment("directoryScope"),
        )
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn principal(
        &self,
    ) -> crate::beta::requests::DirectoryObjectPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::DirectoryObjectPath::new(
            self.0.target().segment("principal"),
        )
    }
    /// Navigation property `roleDefinition` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn role_definition(
        &self,
    ) -> crate::beta::requests::UnifiedRoleDefinitionPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::UnifiedRoleDefinitionPath::new(
            self.0.target().segment("roleDefinition"),
        )
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyUnifiedRoleScheduleInstanceBase {
    const SEGMENT: &'static str = "microsoft.graph.unifiedRoleScheduleInstanceBase";
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::UnitOfMeasure {
    const SEGMENT: &'static str = "microsoft.graph.unitOfMeasure";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceAppManagementTask>
for crate::beta::UnmanagedDeviceDiscoveryTask {
    const SEGMENT: &'static str = "microsoft.graph.unmanagedDeviceDiscoveryTask";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnmanagedDeviceDiscoveryTask {
    const SEGMENT: &'static str = "microsoft.graph.unmanagedDeviceDiscoveryTask";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyCommsOperation>
for crate::beta::UnmuteParticipantOperation {
    const SEGMENT: &'static str = "microsoft.graph.unmuteParticipantOperation";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnmuteParticipantOperation {
    const SEGMENT: &'static str = "microsoft.graph.unmuteParticipantOperation";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::UnsupportedDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.unsupportedDeviceConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnsupportedDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.unsupportedDeviceConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::UnsupportedDeviceConfiguration, C> {
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UnsupportedGroupPolicyExtension {
    const SEGMENT: &'static str = "microsoft.graph.unsupportedGroupPolicyExtension";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyCommsOperation>
for crate::beta::UpdateRecordingStatusOperation {
    const SEGMENT: &'static str = "microsoft.graph.updateRecordingStatusOperation";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UpdateRecordingStatusOperation {
    const SEGMENT: &'static str = "microsoft.graph.updateRecordingStatusOperation";
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyThreatAssessmentRequest>
for crate::beta::UrlAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.urlAssessmentRequest";
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UrlAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.urlAssessmentRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::UsageRight {
    const SEGMENT: &'static str = "microsoft.graph.usageRight";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::UsedInsightPath<C> {
    /// Structural property `lastUsed` (`microsoft.graph.usageDetails`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_used(&self) -> crate::path::PropertyPath<crate::beta::UsageDetails> {
        crate::path::PropertyPath::new(self.0.target().segment("lastUsed"))
    }
    /// Structural property `resourceReference` (`microsoft.graph.resourceReference`), addressed on its own: `GET` or `PATCH` it.
    pub fn resource_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ResourceReference> {
        crate::path::PropertyPath::new(self.0.target().segment("resourceReference"))
    }
    /// Structural property `resourceVisualization` (`microsoft.graph.resourceVisualization`), addressed on its own: `GET` or `PATCH` it.
    pub fn resource_visualization(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ResourceVisualization> {
        crate::path::PropertyPath::new(self.0.target().segment("resourceVisualization"))
    }
    /// Navigation property `resource` (`microsoft.graph.entity`).
    pub fn resource(
        &self,
    ) -> crate::beta::requests::AnyEntityPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::AnyEntityPath::new(self.0.target().segment("resource"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::UsedInsight {
    const SEGMENT: &'static str = "microsoft.graph.usedInsight";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::UserPath<C> {
    /// Structural property `signInActivity` (`microsoft.graph.signInActivity`), addressed on its own: `GET` or `PATCH` it.
    pub fn sign_in_activity(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SignInActivity> {
        crate::path::PropertyPath::new(self.0.target().segment("signInActivity"))
    }
    /// Structural property `employeeOrgData` (`microsoft.graph.employeeOrgData`), addressed on its own: `GET` or `PATCH` it.
    pub fn employee_org_data(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::EmployeeOrgData> {
        crate::path::PropertyPath::new(self.0.target().segment("employeeOrgData"))
    }
    /// Structural property `onPremisesExtensionAttributes` (`microsoft.graph.onPremisesExtensionAttributes`), addressed on its own: `GET` or `PATCH` it.
    pub fn on_premises_extension_attributes(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OnPremisesExtensionAttributes> {
        crate::path::PropertyPath::new(
            self.0.target().segment("onPremisesExtensionAttributes"),
        )
    }
    /// Structural property `passwordProfile` (`microsoft.graph.passwordProfile`), addressed on its own: `GET` or `PATCH` it.
    pub fn password_profile(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PasswordProfile> {
        crate::path::PropertyPath::new(self.0.target().segment("passwordProfile"))
    }
    /// Structural property `mailboxSettings` (`microsoft.graph.mailboxSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn mailbox_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::MailboxSettings> {
        crate::path::PropertyPath::new(self.0.target().segment("mailboxSettings"))
    }
    /// Containment navigation property `analytics` (`microsoft.graph.userAnalytics`).
    pub fn analytics(
        &self,
    ) -> crate::beta::requests::UserAnalyticsPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::UserAnalyticsPath::new(
            self.0.target().segment("analytics"),
        )
    }
    /// Containment navigation property `usageRights` (`microsoft.graph.usageRight`).
    pub fn usage_rights(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UsageRight,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("usageRights"))
    }
    /// Containment navigation property `informationProtection` (`microsoft.graph.informationProtection`).
    pub fn information_protection(
        &self,
    ) -> crate::beta::requests::InformationProtectionPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::InformationProtectionPath::new(
            self.0.target().segment("informationProtection"),
        )
    }
    /// Containment navigation property `appRoleAssignments` (`microsoft.graph.appRoleAssignment`).
    pub fn app_role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AppRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("appRoleAssignments"))
    }
    /// Navigation property `createdObjects` (`microsoft.graph.directoryObject`).
    pub fn created_objects(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("createdObjects"))
    }
    /// Navigation property `directReports` (`microsoft.graph.directoryObject`).
    pub fn direct_reports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("directReports"))
    }
    /// Containment navigation property `licenseDetails` (`microsoft.graph.licenseDetails`).
    pub fn license_details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::LicenseDetails,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("licenseDetails"))
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
    #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
    /// Navigation property `oauth2PermissionGrants` (`microsoft.graph.oAuth2PermissionGrant`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn oauth2_permission_grants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OAuth2PermissionGrant,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("oauth2PermissionGrants"),
        )
    }
    /// Navigation property `ownedDevices` (`microsoft.graph.directoryObject`).
    pub fn owned_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("ownedDevices"))
    }
    /// Navigation property `ownedObjects` (`microsoft.graph.directoryObject`).
    pub fn owned_objects(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("ownedObjects"))
    }
    /// Navigation property `registeredDevices` (`microsoft.graph.directoryObject`).
    pub fn registered_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("registeredDevices"))
    }
    /// Containment navigation property `scopedRoleMemberOf` (`microsoft.graph.scopedRoleMembership`).
    pub fn scoped_role_member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ScopedRoleMembership,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("scopedRoleMemberOf"))
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
    /// Containment navigation property `calendar` (`microsoft.graph.calendar`).
    pub fn calendar(
        &self,
    ) -> crate::beta::requests::CalendarPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::CalendarPath::new(self.0.target().segment("calendar"))
    }
    /// Containment navigation property `calendarGroups` (`microsoft.graph.calendarGroup`).
    pub fn calendar_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CalendarGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("calendarGroups"))
    }
    /// Containment navigation property `calendars` (`microsoft.graph.calendar`).
    pub fn calendars(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Calendar,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("calendars"))
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
    /// Containment navigation property `contactFolders` (`microsoft.graph.contactFolder`).
    pub fn contact_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ContactFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("contactFolders"))
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
    /// Containment navigation property `events` (`microsoft.graph.event`).
    pub fn events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Event,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("events"))
    }
    /// Containment navigation property `inferenceClassification` (`microsoft.graph.inferenceClassification`).
    pub fn inference_classification(
        &self,
    ) -> crate::beta::requests::InferenceClassificationPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::InferenceClassificationPath::new(
            self.0.target().segment("inferenceClassification"),
        )
    }
    /// Containment navigation property `joinedGroups` (`microsoft.graph.group`).
    pub fn joined_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Group,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("joinedGroups"))
    }
    /// Containment navigation property `mailFolders` (`microsoft.graph.mailFolder`).
    pub fn mail_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyMailFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("mailFolders"))
    }
    /// Containment navigation property `messages` (`microsoft.graph.message`).
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("messages"))
    }
    /// Containment navigation property `outlook` (`microsoft.graph.outlookUser`).
    pub fn outlook(
        &self,
    ) -> crate::beta::requests::OutlookUserPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::OutlookUserPath::new(self.0.target().segment("outlook"))
    }
    /// Containment navigation property `people` (`microsoft.graph.person`).
    pub fn people(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Person,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("people"))
    }
    /// Containment navigation property `drive` (`microsoft.graph.drive`).
    pub fn drive(
        &self,
    ) -> crate::beta::requests::DrivePath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::DrivePath::new(self.0.target().segment("drive"))
    }
    /// Containment navigation property `drives` (`microsoft.graph.drive`).
    pub fn drives(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Drive,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("drives"))
    }
    /// Navigation property `followedSites` (`microsoft.graph.site`).
    pub fn followed_sites(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Site,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("followedSites"))
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
    /// Containment navigation property `appConsentRequestsForApproval` (`microsoft.graph.appConsentRequest`).
    pub fn app_consent_requests_for_approval(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AppConsentRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("appConsentRequestsForApproval"),
        )
    }
    /// Containment navigation property `approvals` (`microsoft.graph.approval`).
    pub fn approvals(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Approval,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("approvals"))
    }
    /// Containment navigation property `pendingAccessReviewInstances` (`microsoft.graph.accessReviewInstance`).
    pub fn pending_access_review_instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AccessReviewInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("pendingAccessReviewInstances"),
        )
    }
    #[cfg(
        msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search
    )]
    /// Navigation property `agreementAcceptances` (`microsoft.graph.agreementAcceptance`).
    ///
    /// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
    pub fn agreement_acceptances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AgreementAcceptance,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("agreementAcceptances"))
    }
    /// Containment navigation property `deviceEnrollmentConfigurations` (`microsoft.graph.deviceEnrollmentConfiguration`).
    pub fn device_enrollment_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceEnrollmentConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceEnrollmentConfigurations"),
        )
    }
    /// Containment navigation property `managedDevices` (`microsoft.graph.managedDevice`).
    pub fn managed_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("managedDevices"))
    }
    #[cfg(msgraph_beta_device_app_management_or_search)]
    /// Navigation property `managedAppRegistrations` (`microsoft.graph.managedAppRegistration`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn managed_app_registrations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyManagedAppRegistration,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("managedAppRegistrations"),
        )
    }
    #[cfg(msgraph_beta_device_app_management_or_search)]
    /// Navigation property `windowsInformationProtectionDeviceRegistrations` (`microsoft.graph.windowsInformationProtectionDeviceRegistration`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn windows_information_protection_device_registrations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::WindowsInformationProtectionDeviceRegistration,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("windowsInformationProtectionDeviceRegistrations"),
        )
    }
    /// Containment navigation property `deviceManagementTroubleshootingEvents` (`microsoft.graph.deviceManagementTroubleshootingEvent`).
    pub fn device_management_troubleshooting_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementTroubleshootingEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("deviceManagementTroubleshootingEvents"),
        )
    }
    /// Containment navigation property `mobileAppIntentAndStates` (`microsoft.graph.mobileAppIntentAndState`).
    pub fn mobile_app_intent_and_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppIntentAndState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("mobileAppIntentAndStates"),
        )
    }
    /// Containment navigation property `mobileAppTroubleshootingEvents` (`microsoft.graph.mobileAppTroubleshootingEvent`).
    pub fn mobile_app_troubleshooting_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::MobileAppTroubleshootingEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("mobileAppTroubleshootingEvents"),
        )
    }
    /// Containment navigation property `notifications` (`microsoft.graph.notification`).
    pub fn notifications(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Notification,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("notifications"))
    }
    /// Containment navigation property `planner` (`microsoft.graph.plannerUser`).
    pub fn planner(
        &self,
    ) -> crate::beta::requests::PlannerUserPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::PlannerUserPath::new(self.0.target().segment("planner"))
    }
    /// Containment navigation property `insights` (`microsoft.graph.itemInsights`).
    pub fn insights(
        &self,
    ) -> crate::beta::requests::ItemInsightsPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::ItemInsightsPath::new(self.0.target().segment("insights"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.userSettings`).
    pub fn settings(
        &self,
    ) -> crate::beta::requests::UserSettingsPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::UserSettingsPath::new(self.0.target().segment("settings"))
    }
    /// Containment navigation property `onenote` (`microsoft.graph.onenote`).
    pub fn onenote(
        &self,
    ) -> crate::beta::requests::OnenotePath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::OnenotePath::new(self.0.target().segment("onenote"))
    }
    /// Containment navigation property `photo` (`microsoft.graph.profilePhoto`).
    pub fn photo(
        &self,
    ) -> crate::beta::requests::ProfilePhotoPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::ProfilePhotoPath::new(self.0.target().segment("photo"))
    }
    /// Containment navigation property `photos` (`microsoft.graph.profilePhoto`).
    pub fn photos(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ProfilePhoto,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("photos"))
    }
    /// Containment navigation property `profile` (`microsoft.graph.profile`).
    pub fn profile(
        &self,
    ) -> crate::beta::requests::ProfilePath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::ProfilePath::new(self.0.target().segment("profile"))
    }
    /// Containment navigation property `activities` (`microsoft.graph.userActivity`).
    pub fn activities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserActivity,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("activities"))
    }
    /// Containment navigation property `devices` (`microsoft.graph.device`).
    pub fn devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Device,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("devices"))
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
    /// Containment navigation property `presence` (`microsoft.graph.presence`).
    pub fn presence(
        &self,
    ) -> crate::beta::requests::PresencePath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::PresencePath::new(self.0.target().segment("presence"))
    }
    /// Containment navigation property `authentication` (`microsoft.graph.authentication`).
    pub fn authentication(
        &self,
    ) -> crate::beta::requests::AuthenticationPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::AuthenticationPath::new(
            self.0.target().segment("authentication"),
        )
    }
    /// Containment navigation property `chats` (`microsoft.graph.chat`).
    pub fn chats(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Chat,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("chats"))
    }
    /// Navigation property `joinedTeams` (`microsoft.graph.team`).
    pub fn joined_teams(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Team,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("joinedTeams"))
    }
    /// Containment navigation property `teamwork` (`microsoft.graph.userTeamwork`).
    pub fn teamwork(
        &self,
    ) -> crate::beta::requests::UserTeamworkPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::UserTeamworkPath::new(self.0.target().segment("teamwork"))
    }
    /// Containment navigation property `todo` (`microsoft.graph.todo`).
    pub fn todo(
        &self,
    ) -> crate::beta::requests::TodoPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::TodoPath::new(self.0.target().segment("todo"))
    }
    /// `POST .../activateServicePlan`: action `microsoft.graph.activateServicePlan`.
    pub fn activate_service_plan(
        &self,
        params: crate::beta::params::UserActivateServicePlanParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UserActivateServicePlanParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("activateServicePlan"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignLicense`: action `microsoft.graph.assignLicense`.
    pub fn assign_license(
        &self,
        params: crate::beta::params::UserAssignLicenseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UserAssignLicenseParams>,
        rt::request::Entity<crate::beta::User>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("assignLicense"),
            rt::request::Json(params),
        )
    }
    /// `POST .../changePassword`: action `microsoft.graph.changePassword`.
    pub fn change_password(
        &self,
        params: crate::beta::params::UserChangePasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UserChangePasswordParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("changePassword"),
            rt::request::Json(params),
        )
    }
    /// `GET .../exportDeviceAndAppManagementData`: function `microsoft.graph.exportDeviceAndAppManagementData`.
    pub fn export_device_and_app_management_data(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::DeviceAndAppManagementData>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("exportDeviceAndAppManagementData", &[]),
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
        rt::request::Entity<crate::beta::DeviceAndAppManagementData>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
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
        params: crate::beta::params::UserExportPersonalDataParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UserExportPersonalDataParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("exportPersonalData"),
            rt::request::Json(params),
        )
    }
    /// `POST .../findMeetingTimes`: action `microsoft.graph.findMeetingTimes`.
    pub fn find_meeting_times(
        &self,
        params: crate::beta::params::UserFindMeetingTimesParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UserFindMeetingTimesParams>,
        rt::request::Entity<crate::beta::MeetingTimeSuggestionsResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("findMeetingTimes"),
            rt::request::Json(params),
        )
    }
    /// `GET .../findRoomLists`: function `microsoft.graph.findRoomLists`.
    pub fn find_room_lists(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyEmailAddress>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("findRoomLists", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../findRooms`: function `microsoft.graph.findRooms`.
    pub fn find_rooms(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyEmailAddress>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("findRooms", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../findRooms`: function `microsoft.graph.findRooms`.
    pub fn find_rooms_2(
        &self,
        room_list: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyEmailAddress>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "findRooms",
                    &[
                        (
                            "RoomList",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(room_list),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEffectiveDeviceEnrollmentConfigurations`: function `microsoft.graph.getEffectiveDeviceEnrollmentConfigurations`.
    pub fn get_effective_device_enrollment_configurations(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyDeviceEnrollmentConfiguration>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getEffectiveDeviceEnrollmentConfigurations", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getLoggedOnManagedDevices`: function `microsoft.graph.getLoggedOnManagedDevices`.
    pub fn get_logged_on_managed_devices(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyManagedDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getLoggedOnManagedDevices", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getMailTips`: action `microsoft.graph.getMailTips`.
    pub fn get_mail_tips(
        &self,
        params: crate::beta::params::UserGetMailTipsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UserGetMailTipsParams>,
        rt::request::Collection<crate::beta::MailTips>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("getMailTips"),
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
        rt::request::Collection<crate::beta::ManagedAppDiagnosticStatus>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getManagedAppDiagnosticStatuses", &[]),
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
        rt::request::Collection<crate::beta::AnyManagedAppPolicy>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getManagedAppPolicies", &[]),
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
            self.0.target().function("getManagedDevicesWithAppFailures", &[]),
            rt::request::NoBody,
        )
    }
    /// Retrieves the list of devices with failed or pending apps
    ///
    /// `GET .../getManagedDevicesWithFailedOrPendingApps`: function `microsoft.graph.getManagedDevicesWithFailedOrPendingApps`.
    pub fn get_managed_devices_with_failed_or_pending_apps(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ManagedDeviceSummarizedAppState>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getManagedDevicesWithFailedOrPendingApps", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../invalidateAllRefreshTokens`: action `microsoft.graph.invalidateAllRefreshTokens`.
    pub fn invalidate_all_refresh_tokens(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<bool>> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("invalidateAllRefreshTokens"),
            rt::request::NoBody,
        )
    }
    /// Gets the blocked state of a managed app user.
    ///
    /// `GET .../isManagedAppUserBlocked`: function `microsoft.graph.isManagedAppUserBlocked`.
    pub fn is_managed_app_user_blocked(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<bool>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("isManagedAppUserBlocked", &[]),
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
        rt::request::Collection<crate::beta::Reminder>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
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
            self.0.target().segment("removeAllDevicesFromManagement"),
            rt::request::NoBody,
        )
    }
    /// `POST .../reprocessLicenseAssignment`: action `microsoft.graph.reprocessLicenseAssignment`.
    pub fn reprocess_license_assignment(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::User>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("reprocessLicenseAssignment"),
            rt::request::NoBody,
        )
    }
    /// `POST .../revokeSignInSessions`: action `microsoft.graph.revokeSignInSessions`.
    pub fn revoke_sign_in_sessions(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<bool>> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("revokeSignInSessions"),
            rt::request::NoBody,
        )
    }
    /// `POST .../sendMail`: action `microsoft.graph.sendMail`.
    pub fn send_mail(
        &self,
        params: crate::beta::params::UserSendMailParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UserSendMailParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("sendMail"),
            rt::request::Json(params),
        )
    }
    /// `POST .../translateExchangeIds`: action `microsoft.graph.translateExchangeIds`.
    pub fn translate_exchange_ids(
        &self,
        params: crate::beta::params::UserTranslateExchangeIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UserTranslateExchangeIdsParams>,
        rt::request::Collection<crate::beta::ConvertIdResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("translateExchangeIds"),
            rt::request::Json(params),
        )
    }
    /// Unblocks the managed app user from app check-in.
    ///
    /// `POST .../unblockManagedApps`: action `microsoft.graph.unblockManagedApps`.
    pub fn unblock_managed_apps(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("unblockManagedApps"),
            rt::request::NoBody,
        )
    }
    /// Blocks the managed app user from app check-in.
    ///
    /// `POST .../wipeAndBlockManagedApps`: action `microsoft.graph.wipeAndBlockManagedApps`.
    pub fn wipe_and_block_managed_apps(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("wipeAndBlockManagedApps"),
            rt::request::NoBody,
        )
    }
    /// Issues a wipe operation on an app registration with specified device tag.
    ///
    /// `POST .../wipeManagedAppRegistrationByDeviceTag`: action `microsoft.graph.wipeManagedAppRegistrationByDeviceTag`.
    pub fn wipe_managed_app_registration_by_device_tag(
        &self,
        params: crate::beta::params::UserWipeManagedAppRegistrationByDeviceTagParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UserWipeManagedAppRegistrationByDeviceTagParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("wipeManagedAppRegistrationByDeviceTag"),
            rt::request::Json(params),
        )
    }
    /// Issues a wipe operation on an app registration with specified device tag.
    ///
    /// `POST .../wipeManagedAppRegistrationsByDeviceTag`: action `microsoft.graph.wipeManagedAppRegistrationsByDeviceTag`.
    pub fn wipe_managed_app_registrations_by_device_tag(
        &self,
        params: crate::beta::params::UserWipeManagedAppRegistrationsByDeviceTagParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UserWipeManagedAppRegistrationsByDeviceTagParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("wipeManagedAppRegistrationsByDeviceTag"),
            rt::request::Json(params),
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
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject> for crate::beta::User {
    const SEGMENT: &'static str = "microsoft.graph.user";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::User {
    const SEGMENT: &'static str = "microsoft.graph.user";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::User, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::User>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getManagedAppBlockedUsers`: function `microsoft.graph.getManagedAppBlockedUsers`.
    pub fn get_managed_app_blocked_users(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getManagedAppBlockedUsers", &[]),
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
impl<C> crate::beta::requests::UserAccountInformationPath<C> {
    /// Structural property `preferredLanguageTag` (`microsoft.graph.localeInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn preferred_language_tag(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::LocaleInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("preferredLanguageTag"))
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
for crate::beta::UserAccountInformation {
    const SEGMENT: &'static str = "microsoft.graph.userAccountInformation";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserAccountInformation {
    const SEGMENT: &'static str = "microsoft.graph.userAccountInformation";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::UserActivityPath<C> {
    /// Structural property `contentInfo` (`microsoft.graph.Json`), addressed on its own: `GET` or `PATCH` it.
    pub fn content_info(&self) -> crate::path::PropertyPath<crate::beta::Json> {
        crate::path::PropertyPath::new(self.0.target().segment("contentInfo"))
    }
    /// Structural property `visualElements` (`microsoft.graph.visualInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn visual_elements(&self) -> crate::path::PropertyPath<crate::beta::VisualInfo> {
        crate::path::PropertyPath::new(self.0.target().segment("visualElements"))
    }
    /// Containment navigation property `historyItems` (`microsoft.graph.activityHistoryItem`).
    pub fn history_items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ActivityHistoryItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("historyItems"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::UserActivity {
    const SEGMENT: &'static str = "microsoft.graph.userActivity";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::UserActivity, C> {
    /// `GET .../recent`: function `microsoft.graph.recent`.
    pub fn recent(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UserActivity>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("recent", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::UserAnalyticsPath<C> {
    /// Structural property `settings` (`microsoft.graph.settings`), addressed on its own: `GET` or `PATCH` it.
    pub fn settings(&self) -> crate::path::PropertyPath<crate::beta::Settings> {
        crate::path::PropertyPath::new(self.0.target().segment("settings"))
    }
    /// Containment navigation property `activityStatistics` (`microsoft.graph.activityStatistics`).
    pub fn activity_statistics(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyActivityStatistics,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("activityStatistics"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::UserAnalytics {
    const SEGMENT: &'static str = "microsoft.graph.userAnalytics";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::UserAppInstallStatusPath<C> {
    /// Navigation property `app` (`microsoft.graph.mobileApp`).
    pub fn app(
        &self,
    ) -> crate::beta::requests::MobileAppPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::MobileAppPath::new(self.0.target().segment("app"))
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
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserAppInstallStatus {
    const SEGMENT: &'static str = "microsoft.graph.userAppInstallStatus";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.userConfiguration";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::UserConsentRequestPath<C> {
    /// Containment navigation property `approval` (`microsoft.graph.approval`).
    pub fn approval(
        &self,
    ) -> crate::beta::requests::ApprovalPath<crate::path::caps::GetUpdateDelete> {
        crate::beta::requests::ApprovalPath::new(self.0.target().segment("approval"))
    }
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
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyRequest>
for crate::beta::UserConsentRequest {
    const SEGMENT: &'static str = "microsoft.graph.userConsentRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserConsentRequest {
    const SEGMENT: &'static str = "microsoft.graph.userConsentRequest";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::UserConsentRequest, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::beta::ConsentRequestFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UserConsentRequest>,
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserCredentialUsageDetails {
    const SEGMENT: &'static str = "microsoft.graph.userCredentialUsageDetails";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersion";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsAppHealthApplicationPerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsAppHealthDeviceModelPerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsAppHealthDevicePerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsAppHealthDevicePerformanceDetails {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsAppHealthOsVersionPerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::UserExperienceAnalyticsBaselinePath<C> {
    /// Navigation property `appHealthMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    pub fn app_health_metrics(
        &self,
    ) -> crate::beta::requests::UserExperienceAnalyticsCategoryPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::UserExperienceAnalyticsCategoryPath::new(
            self.0.target().segment("appHealthMetrics"),
        )
    }
    /// Navigation property `bestPracticesMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    pub fn best_practices_metrics(
        &self,
    ) -> crate::beta::requests::UserExperienceAnalyticsCategoryPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::UserExperienceAnalyticsCategoryPath::new(
            self.0.target().segment("bestPracticesMetrics"),
        )
    }
    /// Navigation property `deviceBootPerformanceMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    pub fn device_boot_performance_metrics(
        &self,
    ) -> crate::beta::requests::UserExperienceAnalyticsCategoryPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::UserExperienceAnalyticsCategoryPath::new(
            self.0.target().segment("deviceBootPerformanceMetrics"),
        )
    }
    /// Navigation property `rebootAnalyticsMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    pub fn reboot_analytics_metrics(
        &self,
    ) -> crate::beta::requests::UserExperienceAnalyticsCategoryPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::UserExperienceAnalyticsCategoryPath::new(
            self.0.target().segment("rebootAnalyticsMetrics"),
        )
    }
    /// Navigation property `resourcePerformanceMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    pub fn resource_performance_metrics(
        &self,
    ) -> crate::beta::requests::UserExperienceAnalyticsCategoryPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::UserExperienceAnalyticsCategoryPath::new(
            self.0.target().segment("resourcePerformanceMetrics"),
        )
    }
    /// Navigation property `workFromAnywhereMetrics` (`microsoft.graph.userExperienceAnalyticsCategory`).
    pub fn work_from_anywhere_metrics(
        &self,
    ) -> crate::beta::requests::UserExperienceAnalyticsCategoryPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::UserExperienceAnalyticsCategoryPath::new(
            self.0.target().segment("workFromAnywhereMetrics"),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsBaseline {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsBaseline";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::UserExperienceAnalyticsCategoryPath<C> {
    /// Containment navigation property `metricValues` (`microsoft.graph.userExperienceAnalyticsMetric`).
    pub fn metric_values(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsMetric,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("metricValues"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsCategory {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsCategory";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsDevicePerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsDevicePerformance";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::UserExperienceAnalyticsDevicePerformance, C> {
    /// `GET .../summarizeDevicePerformanceDevices`: function `microsoft.graph.summarizeDevicePerformanceDevices`.
    pub fn summarize_device_performance_devices(
        &self,
        summarize_by: &crate::beta::UserExperienceAnalyticsSummarizedBy,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UserExperienceAnalyticsDevicePerformance>,
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsDeviceScores {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceScores";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsDeviceStartupHistory {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceStartupHistory";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsDeviceStartupProcess {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceStartupProcess";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsDeviceStartupProcessPerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsDeviceWithoutCloudIdentity {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceWithoutCloudIdentity";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsImpactingProcess {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsImpactingProcess";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsMetric {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsMetric";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::UserExperienceAnalyticsMetricHistoryPath<C> {
    /// Navigation property `userExperienceAnalyticsMetric` (`microsoft.graph.userExperienceAnalyticsMetric`).
    pub fn user_experience_analytics_metric(
        &self,
    ) -> crate::beta::requests::UserExperienceAnalyticsMetricPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::UserExperienceAnalyticsMetricPath::new(
            self.0.target().segment("userExperienceAnalyticsMetric"),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsMetricHistory {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsMetricHistory";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsNotAutopilotReadyDevice {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsNotAutopilotReadyDevice";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsOverview {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsOverview";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::UserExperienceAnalyticsRegressionSummaryPath<C> {
    /// Containment navigation property `manufacturerRegression` (`microsoft.graph.userExperienceAnalyticsMetric`).
    pub fn manufacturer_regression(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsMetric,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("manufacturerRegression"),
        )
    }
    /// Containment navigation property `modelRegression` (`microsoft.graph.userExperienceAnalyticsMetric`).
    pub fn model_regression(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsMetric,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("modelRegression"))
    }
    /// Containment navigation property `operatingSystemRegression` (`microsoft.graph.userExperienceAnalyticsMetric`).
    pub fn operating_system_regression(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsMetric,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("operatingSystemRegression"),
        )
    }
    /// `GET .../summarizeDeviceRegressionPerformance`: function `microsoft.graph.summarizeDeviceRegressionPerformance`.
    pub fn summarize_device_regression_performance(
        &self,
        summarize_by: &crate::beta::UserExperienceAnalyticsSummarizedBy,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::UserExperienceAnalyticsRegressionSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .0
                .target()
                .function(
                    "summarizeDeviceRegressionPerformance",
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsRegressionSummary {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsRegressionSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsRemoteConnection {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsRemoteConnection";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::UserExperienceAnalyticsRemoteConnection, C> {
    /// `GET .../summarizeDeviceRemoteConnection`: function `microsoft.graph.summarizeDeviceRemoteConnection`.
    pub fn summarize_device_remote_connection(
        &self,
        summarize_by: &crate::beta::UserExperienceAnalyticsSummarizedBy,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UserExperienceAnalyticsRemoteConnection>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "summarizeDeviceRemoteConnection",
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsResourcePerformance {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsResourcePerformance";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<
    crate::beta::UserExperienceAnalyticsResourcePerformance,
    C,
> {
    /// `GET .../summarizeDeviceResourcePerformance`: function `microsoft.graph.summarizeDeviceResourcePerformance`.
    pub fn summarize_device_resource_performance(
        &self,
        summarize_by: &crate::beta::UserExperienceAnalyticsSummarizedBy,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UserExperienceAnalyticsResourcePerformance>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "summarizeDeviceResourcePerformance",
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
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsScoreHistory {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsScoreHistory";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsWorkFromAnywhereDevice {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::UserExperienceAnalyticsWorkFromAnywhereMetricPath<C> {
    /// Containment navigation property `metricDevices` (`microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice`).
    pub fn metric_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserExperienceAnalyticsWorkFromAnywhereDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("metricDevices"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserExperienceAnalyticsWorkFromAnywhereMetric {
    const SEGMENT: &'static str = "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric";
}
#[cfg(msgraph_beta_identity_or_search)]
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
impl<C> crate::beta::requests::UserFlowLanguageConfigurationPath<C> {
    /// Containment navigation property `defaultPages` (`microsoft.graph.userFlowLanguagePage`).
    pub fn default_pages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserFlowLanguagePage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("defaultPages"))
    }
    /// Containment navigation property `overridesPages` (`microsoft.graph.userFlowLanguagePage`).
    pub fn overrides_pages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserFlowLanguagePage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("overridesPages"))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserFlowLanguageConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.userFlowLanguageConfiguration";
}
#[cfg(msgraph_beta_identity_or_search)]
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
impl<C> crate::beta::requests::UserFlowLanguagePagePath<C> {
    /// The media content (`$value`) of this entity.
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.0.target().segment("$value"))
    }
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserFlowLanguagePage {
    const SEGMENT: &'static str = "microsoft.graph.userFlowLanguagePage";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserInsightsSettings {
    const SEGMENT: &'static str = "microsoft.graph.userInsightsSettings";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::UserInstallStateSummaryPath<C> {
    /// Containment navigation property `deviceStates` (`microsoft.graph.deviceInstallState`).
    pub fn device_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceInstallState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceStates"))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserInstallStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.userInstallStateSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserPfxCertificate {
    const SEGMENT: &'static str = "microsoft.graph.userPFXCertificate";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::UserScopeTeamsAppInstallationPath<C> {
    /// Navigation property `chat` (`microsoft.graph.chat`).
    pub fn chat(
        &self,
    ) -> crate::beta::requests::ChatPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::ChatPath::new(self.0.target().segment("chat"))
    }
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    /// Navigation property `teamsApp` (`microsoft.graph.teamsApp`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn teams_app(
        &self,
    ) -> crate::beta::requests::TeamsAppPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::TeamsAppPath::new(self.0.target().segment("teamsApp"))
    }
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    /// Navigation property `teamsAppDefinition` (`microsoft.graph.teamsAppDefinition`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn teams_app_definition(
        &self,
    ) -> crate::beta::requests::TeamsAppDefinitionPath<
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::beta::requests::TeamsAppDefinitionPath::new(
            self.0.target().segment("teamsAppDefinition"),
        )
    }
    /// `POST .../upgrade`: action `microsoft.graph.upgrade`.
    pub fn upgrade(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("upgrade"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyTeamsAppInstallation>
for crate::beta::UserScopeTeamsAppInstallation {
    const SEGMENT: &'static str = "microsoft.graph.userScopeTeamsAppInstallation";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::UserScopeTeamsAppInstallation {
    const SEGMENT: &'static str = "microsoft.graph.userScopeTeamsAppInstallation";
}
#[cfg(msgraph_beta_search_or_security)]
/// Features: `beta`, or one of `beta-search`, `beta-security`.
impl<C> crate::beta::requests::UserSecurityProfilePath<C> {
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
for crate::beta::UserSecurityProfile {
    const SEGMENT: &'static str = "microsoft.graph.userSecurityProfile";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::UserSettingsPath<C> {
    /// Containment navigation property `itemInsights` (`microsoft.graph.userInsightsSettings`).
    pub fn item_insights(
        &self,
    ) -> crate::beta::requests::UserInsightsSettingsPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::UserInsightsSettingsPath::new(
            self.0.target().segment("itemInsights"),
        )
    }
    /// Containment navigation property `regionalAndLanguageSettings` (`microsoft.graph.regionalAndLanguageSettings`).
    pub fn regional_and_language_settings(
        &self,
    ) -> crate::beta::requests::RegionalAndLanguageSettingsPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::RegionalAndLanguageSettingsPath::new(
            self.0.target().segment("regionalAndLanguageSettings"),
        )
    }
    /// Containment navigation property `shiftPreferences` (`microsoft.graph.shiftPreferences`).
    pub fn shift_preferences(
        &self,
    ) -> crate::beta::requests::ShiftPreferencesPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::ShiftPreferencesPath::new(
            self.0.target().segment("shiftPreferences"),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::UserSettings {
    const SEGMENT: &'static str = "microsoft.graph.userSettings";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::beta::requests::UserTeamworkPath<C> {
    /// Containment navigation property `installedApps` (`microsoft.graph.userScopeTeamsAppInstallation`).
    pub fn installed_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserScopeTeamsAppInstallation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("installedApps"))
    }
    /// `POST .../sendActivityNotification`: action `microsoft.graph.sendActivityNotification`.
    pub fn send_activity_notification(
        &self,
        params: crate::beta::params::UserTeamworkSendActivityNotificationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UserTeamworkSendActivityNotificationParams,
        >,
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
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::UserTeamwork {
    const SEGMENT: &'static str = "microsoft.graph.userTeamwork";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl<C> crate::beta::requests::ediscovery::UnifiedGroupSourcePath<C> {
    #[cfg(msgraph_beta_core)]
    /// Navigation property `group` (`microsoft.graph.group`).
    ///
    /// Features: `beta` or `beta-search`.
    pub fn group(
        &self,
    ) -> crate::beta::requests::GroupPath<crate::path::caps::GetUpdateDeleteRef> {
        crate::beta::requests::GroupPath::new(self.0.target().segment("group"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.0.target().segment("createdBy"))
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::ediscovery::AnyDataSource>
for crate::beta::ediscovery::UnifiedGroupSource {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.unifiedGroupSource";
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::UnifiedGroupSource {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.unifiedGroupSource";
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::ediscovery::AnyDataSource>
for crate::beta::ediscovery::UserSource {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.userSource";
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::UserSource {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.userSource";
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl<C, T> crate::beta::requests::windows_updates::UpdatableAssetPath<C, T> {
    /// `POST .../microsoft.graph.windowsUpdates.addMembers`: action `microsoft.graph.windowsUpdates.addMembers`.
    pub fn add_members(
        &self,
        params: crate::beta::params::UpdatableAssetAddMembersParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UpdatableAssetAddMembersParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.windowsUpdates.addMembers"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.addMembersById`: action `microsoft.graph.windowsUpdates.addMembersById`.
    pub fn add_members_by_id(
        &self,
        params: crate::beta::params::UpdatableAssetAddMembersByIdParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UpdatableAssetAddMembersByIdParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.windowsUpdates.addMembersById"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.removeMembers`: action `microsoft.graph.windowsUpdates.removeMembers`.
    pub fn remove_members(
        &self,
        params: crate::beta::params::UpdatableAssetRemoveMembersParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UpdatableAssetRemoveMembersParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.windowsUpdates.removeMembers"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.removeMembersById`: action `microsoft.graph.windowsUpdates.removeMembersById`.
    pub fn remove_members_by_id(
        &self,
        params: crate::beta::params::UpdatableAssetRemoveMembersByIdParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UpdatableAssetRemoveMembersByIdParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.windowsUpdates.removeMembersById"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::windows_updates::AnyUpdatableAsset {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.updatableAsset";
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::windows_updates::AnyUpdatableAsset, C> {
    /// `POST .../microsoft.graph.windowsUpdates.enrollAssets`: action `microsoft.graph.windowsUpdates.enrollAssets`.
    pub fn enroll_assets(
        &self,
        params: crate::beta::params::UpdatableAssetCollectionEnrollAssetsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UpdatableAssetCollectionEnrollAssetsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.windowsUpdates.enrollAssets"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.enrollAssetsById`: action `microsoft.graph.windowsUpdates.enrollAssetsById`.
    pub fn enroll_assets_by_id(
        &self,
        params: crate::beta::params::UpdatableAssetCollectionEnrollAssetsByIdParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UpdatableAssetCollectionEnrollAssetsByIdParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.windowsUpdates.enrollAssetsById"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.unenrollAssets`: action `microsoft.graph.windowsUpdates.unenrollAssets`.
    pub fn unenroll_assets(
        &self,
        params: crate::beta::params::UpdatableAssetCollectionUnenrollAssetsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UpdatableAssetCollectionUnenrollAssetsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.windowsUpdates.unenrollAssets"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.unenrollAssetsById`: action `microsoft.graph.windowsUpdates.unenrollAssetsById`.
    pub fn unenroll_assets_by_id(
        &self,
        params: crate::beta::params::UpdatableAssetCollectionUnenrollAssetsByIdParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UpdatableAssetCollectionUnenrollAssetsByIdParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.windowsUpdates.unenrollAssetsById"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl<C> crate::beta::requests::windows_updates::UpdatableAssetGroupPath<C> {
    /// Containment navigation property `members` (`microsoft.graph.windowsUpdates.updatableAsset`).
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::windows_updates::AnyUpdatableAsset,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("members"))
    }
    /// `POST .../microsoft.graph.windowsUpdates.addMembers`: action `microsoft.graph.windowsUpdates.addMembers`.
    pub fn add_members(
        &self,
        params: crate::beta::params::UpdatableAssetAddMembersParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UpdatableAssetAddMembersParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.windowsUpdates.addMembers"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.addMembersById`: action `microsoft.graph.windowsUpdates.addMembersById`.
    pub fn add_members_by_id(
        &self,
        params: crate::beta::params::UpdatableAssetAddMembersByIdParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UpdatableAssetAddMembersByIdParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.windowsUpdates.addMembersById"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.removeMembers`: action `microsoft.graph.windowsUpdates.removeMembers`.
    pub fn remove_members(
        &self,
        params: crate::beta::params::UpdatableAssetRemoveMembersParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UpdatableAssetRemoveMembersParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.windowsUpdates.removeMembers"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.removeMembersById`: action `microsoft.graph.windowsUpdates.removeMembersById`.
    pub fn remove_members_by_id(
        &self,
        params: crate::beta::params::UpdatableAssetRemoveMembersByIdParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::UpdatableAssetRemoveMembersByIdParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("microsoft.graph.windowsUpdates.removeMembersById"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::windows_updates::AnyUpdatableAsset>
for crate::beta::windows_updates::UpdatableAssetGroup {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.updatableAssetGroup";
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::windows_updates::UpdatableAssetGroup {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.updatableAssetGroup";
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl<
    C,
> crate::path::CollectionPath<crate::beta::windows_updates::UpdatableAssetGroup, C> {
    /// `POST .../microsoft.graph.windowsUpdates.enrollAssets`: action `microsoft.graph.windowsUpdates.enrollAssets`.
    pub fn enroll_assets(
        &self,
        params: crate::beta::params::UpdatableAssetCollectionEnrollAssetsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UpdatableAssetCollectionEnrollAssetsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.windowsUpdates.enrollAssets"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.enrollAssetsById`: action `microsoft.graph.windowsUpdates.enrollAssetsById`.
    pub fn enroll_assets_by_id(
        &self,
        params: crate::beta::params::UpdatableAssetCollectionEnrollAssetsByIdParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UpdatableAssetCollectionEnrollAssetsByIdParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.windowsUpdates.enrollAssetsById"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.unenrollAssets`: action `microsoft.graph.windowsUpdates.unenrollAssets`.
    pub fn unenroll_assets(
        &self,
        params: crate::beta::params::UpdatableAssetCollectionUnenrollAssetsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UpdatableAssetCollectionUnenrollAssetsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.windowsUpdates.unenrollAssets"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.windowsUpdates.unenrollAssetsById`: action `microsoft.graph.windowsUpdates.unenrollAssetsById`.
    pub fn unenroll_assets_by_id(
        &self,
        params: crate::beta::params::UpdatableAssetCollectionUnenrollAssetsByIdParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::UpdatableAssetCollectionUnenrollAssetsByIdParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.windowsUpdates.unenrollAssetsById"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl<C> crate::beta::requests::windows_updates::UpdatesPath<C> {
    /// Containment navigation property `catalog` (`microsoft.graph.windowsUpdates.catalog`).
    pub fn catalog(
        &self,
    ) -> crate::beta::requests::windows_updates::CatalogPath<
        crate::path::caps::GetUpdateDelete,
    > {
        crate::beta::requests::windows_updates::CatalogPath::new(
            self.0.target().segment("catalog"),
        )
    }
    /// Containment navigation property `deployments` (`microsoft.graph.windowsUpdates.deployment`).
    pub fn deployments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::windows_updates::Deployment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deployments"))
    }
    /// Containment navigation property `updatableAssets` (`microsoft.graph.windowsUpdates.updatableAsset`).
    pub fn updatable_assets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::windows_updates::AnyUpdatableAsset,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("updatableAssets"))
    }
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::windows_updates::Updates {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.updates";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl<C> crate::beta::requests::VendorPath<C> {
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
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Vendor {
    const SEGMENT: &'static str = "microsoft.graph.vendor";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::beta::requests::VirtualEndpointPath<C> {
    /// Containment navigation property `auditEvents` (`microsoft.graph.cloudPcAuditEvent`).
    pub fn audit_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CloudPcAuditEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("auditEvents"))
    }
    /// Containment navigation property `cloudPCs` (`microsoft.graph.cloudPC`).
    pub fn cloud_p_cs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CloudPc,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("cloudPCs"))
    }
    /// Containment navigation property `deviceImages` (`microsoft.graph.cloudPcDeviceImage`).
    pub fn device_images(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CloudPcDeviceImage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("deviceImages"))
    }
    /// Containment navigation property `onPremisesConnections` (`microsoft.graph.cloudPcOnPremisesConnection`).
    pub fn on_premises_connections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CloudPcOnPremisesConnection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.0.target().segment("onPremisesConnections"),
        )
    }
    /// Containment navigation property `provisioningPolicies` (`microsoft.graph.cloudPcProvisioningPolicy`).
    pub fn provisioning_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CloudPcProvisioningPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("provisioningPolicies"))
    }
    /// Containment navigation property `userSettings` (`microsoft.graph.cloudPcUserSetting`).
    pub fn user_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CloudPcUserSetting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.0.target().segment("userSettings"))
    }
    /// `GET .../getEffectivePermissions`: function `microsoft.graph.getEffectivePermissions`.
    pub fn get_effective_permissions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.0.target().function("getEffectivePermissions", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::VirtualEndpoint {
    const SEGMENT: &'static str = "microsoft.graph.virtualEndpoint";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::AnyVpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.vpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyVpnConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.vpnConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyVpnConfiguration, C> {
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
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::beta::requests::VppTokenPath<C> {
    /// Revoke licenses associated with a specific appleVolumePurchaseProgramToken
    ///
    /// `POST .../revokeLicenses`: action `microsoft.graph.revokeLicenses`.
    pub fn revoke_licenses(
        &self,
        params: crate::beta::params::VppTokenRevokeLicensesParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::VppTokenRevokeLicensesParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("revokeLicenses"),
            rt::request::Json(params),
        )
    }
    /// Syncs licenses associated with a specific appleVolumePurchaseProgramToken
    ///
    /// `POST .../syncLicenses`: action `microsoft.graph.syncLicenses`.
    pub fn sync_licenses(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::VppToken>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.0.target().segment("syncLicenses"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::VppToken {
    const SEGMENT: &'static str = "microsoft.graph.vppToken";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::VppToken, C> {
    /// `GET .../getLicensesForApp`: function `microsoft.graph.getLicensesForApp`.
    pub fn get_licenses_for_app(
        &self,
        bundle_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::VppTokenLicenseSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getLicensesForApp",
                    &[
                        (
                            "bundleId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(bundle_id),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../syncLicenseCounts`: action `microsoft.graph.syncLicenseCounts`.
    pub fn sync_license_counts(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("syncLicenseCounts"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::VulnerableManagedDevice {
    const SEGMENT: &'static str = "microsoft.graph.vulnerableManagedDevice";
}
