//! Types of `microsoft.graph` by the first letters of their names (`su_sy`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// CSDL: `microsoft.graph.subjectRightsRequestAllMailboxLocation`, complex type, derived from `microsoft.graph.subjectRightsRequestMailboxLocation`.
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct SubjectRightsRequestAllMailboxLocation {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::default::Default for SubjectRightsRequestAllMailboxLocation {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::Object for SubjectRightsRequestAllMailboxLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.subjectRightsRequestAllMailboxLocation";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.subjectRightsRequestAllMailboxLocation\"";
    #[inline]
    #[allow(unused_variables)]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {}
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::object::Members for SubjectRightsRequestAllMailboxLocation {
    #[inline]
    #[allow(unused_variables)]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    #[allow(unused_variables)]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {}
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_object!(SubjectRightsRequestAllMailboxLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubjectRightsRequestAllMailboxLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// CSDL: `microsoft.graph.subjectRightsRequestEnumeratedMailboxLocation`, complex type, derived from `microsoft.graph.subjectRightsRequestMailboxLocation`.
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct SubjectRightsRequestEnumeratedMailboxLocation {
    /// CSDL: property `userPrincipalNames`: `Collection(Edm.String)`, nullable.
    pub user_principal_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::default::Default for SubjectRightsRequestEnumeratedMailboxLocation {
    #[inline]
    fn default() -> Self {
        Self {
            user_principal_names: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::Object for SubjectRightsRequestEnumeratedMailboxLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.subjectRightsRequestEnumeratedMailboxLocation";
    const KEYS: &'static [&'static str] = &["userPrincipalNames"];
    const KEYS_JSON: &'static [&'static str] = &[",\"userPrincipalNames\":"];
    const TAG: &'static str = "\"#microsoft.graph.subjectRightsRequestEnumeratedMailboxLocation\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "user_principal_names", &self.user_principal_names);
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::object::Members for SubjectRightsRequestEnumeratedMailboxLocation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_principal_names.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_principal_names);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_object!(SubjectRightsRequestEnumeratedMailboxLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_setters!(
    SubjectRightsRequestEnumeratedMailboxLocation { with_user_principal_names
    user_principal_names : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubjectRightsRequestEnumeratedMailboxLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// CSDL: `microsoft.graph.subjectRightsRequestMailboxLocation`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct SubjectRightsRequestMailboxLocation {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::default::Default for SubjectRightsRequestMailboxLocation {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::Object for SubjectRightsRequestMailboxLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.subjectRightsRequestMailboxLocation";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.subjectRightsRequestMailboxLocation\"";
    #[inline]
    #[allow(unused_variables)]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {}
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::object::Members for SubjectRightsRequestMailboxLocation {
    #[inline]
    #[allow(unused_variables)]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    #[allow(unused_variables)]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {}
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_object!(SubjectRightsRequestMailboxLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubjectRightsRequestMailboxLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// `microsoft.graph.subjectRightsRequestMailboxLocation` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnySubjectRightsRequestMailboxLocation {
    SubjectRightsRequestMailboxLocation(
        ::std::boxed::Box<crate::v1::SubjectRightsRequestMailboxLocation>,
    ),
    SubjectRightsRequestAllMailboxLocation(
        ::std::boxed::Box<crate::v1::SubjectRightsRequestAllMailboxLocation>,
    ),
    SubjectRightsRequestEnumeratedMailboxLocation(
        ::std::boxed::Box<crate::v1::SubjectRightsRequestEnumeratedMailboxLocation>,
    ),
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::default::Default for AnySubjectRightsRequestMailboxLocation {
    #[inline]
    fn default() -> Self {
        Self::SubjectRightsRequestMailboxLocation(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SubjectRightsRequestMailboxLocation>
for AnySubjectRightsRequestMailboxLocation {
    #[inline]
    fn from(v: crate::v1::SubjectRightsRequestMailboxLocation) -> Self {
        Self::SubjectRightsRequestMailboxLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SubjectRightsRequestAllMailboxLocation>
for AnySubjectRightsRequestMailboxLocation {
    #[inline]
    fn from(v: crate::v1::SubjectRightsRequestAllMailboxLocation) -> Self {
        Self::SubjectRightsRequestAllMailboxLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SubjectRightsRequestEnumeratedMailboxLocation>
for AnySubjectRightsRequestMailboxLocation {
    #[inline]
    fn from(v: crate::v1::SubjectRightsRequestEnumeratedMailboxLocation) -> Self {
        Self::SubjectRightsRequestEnumeratedMailboxLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
unsafe impl ::std::marker::Send for AnySubjectRightsRequestMailboxLocation {}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
unsafe impl ::std::marker::Sync for AnySubjectRightsRequestMailboxLocation {}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::marker::Unpin for AnySubjectRightsRequestMailboxLocation {}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::panic::UnwindSafe for AnySubjectRightsRequestMailboxLocation {}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::panic::RefUnwindSafe for AnySubjectRightsRequestMailboxLocation {}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::SubjectRightsRequestMailboxLocation>();
    rt::object::auto_traits::<crate::v1::SubjectRightsRequestAllMailboxLocation>();
    rt::object::auto_traits::<
        crate::v1::SubjectRightsRequestEnumeratedMailboxLocation,
    >();
};
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::Poly for AnySubjectRightsRequestMailboxLocation {
    const BASE_NAME: &'static str = "microsoft.graph.subjectRightsRequestMailboxLocation";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.subjectRightsRequestAllMailboxLocation",
            ) => Self::SubjectRightsRequestAllMailboxLocation(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.subjectRightsRequestEnumeratedMailboxLocation",
            ) => {
                Self::SubjectRightsRequestEnumeratedMailboxLocation(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::SubjectRightsRequestMailboxLocation(rt::object::new_boxed()),
        };
        let obj: &mut dyn rt::object::Members = match &mut v {
            Self::SubjectRightsRequestMailboxLocation(o) => &mut **o,
            Self::SubjectRightsRequestAllMailboxLocation(o) => &mut **o,
            Self::SubjectRightsRequestEnumeratedMailboxLocation(o) => &mut **o,
        };
        match rt::object::read_members(r, obj) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::SubjectRightsRequestMailboxLocation(v) => {
                rt::object::write_members(&**v, w, ::std::option::Option::None)
            }
            Self::SubjectRightsRequestAllMailboxLocation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.subjectRightsRequestAllMailboxLocation",
                    ),
                )
            }
            Self::SubjectRightsRequestEnumeratedMailboxLocation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.subjectRightsRequestEnumeratedMailboxLocation",
                    ),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl AnySubjectRightsRequestMailboxLocation {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::SubjectRightsRequestMailboxLocation(_) => {
                "microsoft.graph.subjectRightsRequestMailboxLocation"
            }
            Self::SubjectRightsRequestAllMailboxLocation(_) => {
                "microsoft.graph.subjectRightsRequestAllMailboxLocation"
            }
            Self::SubjectRightsRequestEnumeratedMailboxLocation(_) => {
                "microsoft.graph.subjectRightsRequestEnumeratedMailboxLocation"
            }
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::SubjectRightsRequestMailboxLocation(v) => &v.extra,
            Self::SubjectRightsRequestAllMailboxLocation(v) => &v.extra,
            Self::SubjectRightsRequestEnumeratedMailboxLocation(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::SubjectRightsRequestMailboxLocation(v) => &mut v.extra,
            Self::SubjectRightsRequestAllMailboxLocation(v) => &mut v.extra,
            Self::SubjectRightsRequestEnumeratedMailboxLocation(v) => &mut v.extra,
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_poly!(AnySubjectRightsRequestMailboxLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnySubjectRightsRequestMailboxLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// CSDL: `microsoft.graph.subjectRightsRequestStatus`, enum type.
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SubjectRightsRequestStatus {
    /// `active` (value 0).
    Active,
    /// `closed` (value 1).
    Closed,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::StrEnum for SubjectRightsRequestStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.subjectRightsRequestStatus";
    const MEMBERS: &'static [&'static str] = &["active", "closed", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "active" => Self::Active,
                "closed" => Self::Closed,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Closed => "closed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_enum!(SubjectRightsRequestStatus);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubjectRightsRequestStatus);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.subscribeToToneOperation`, entity type, derived from `microsoft.graph.commsOperation`, open, key `id`.
///
/// Request builders: [`SubscribeToToneOperationPath`](requests/struct.SubscribeToToneOperationPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct SubscribeToToneOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// CSDL: property `resultInfo`: `microsoft.graph.resultInfo`, nullable.
    pub result_info: rt::Field<crate::v1::ResultInfo>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, not nullable.
    pub status: rt::Field<crate::v1::OperationStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for SubscribeToToneOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            client_context: rt::Field::Absent,
            result_info: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for SubscribeToToneOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.subscribeToToneOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "clientContext",
        "resultInfo",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"clientContext\":",
        ",\"resultInfo\":",
        ",\"status\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.subscribeToToneOperation\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "client_context", &self.client_context);
        d.field(2usize, "result_info", &self.result_info);
        d.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for SubscribeToToneOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.client_context.read_from(r),
            2usize => self.result_info.read_from(r),
            3usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.client_context);
        w.field(2usize, &self.result_info);
        w.field(3usize, &self.status);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(SubscribeToToneOperation);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    SubscribeToToneOperation { with_id id : ::std::string::String; with_client_context
    client_context : ::std::string::String; with_result_info result_info : crate
    ::v1::ResultInfo; with_status status : crate ::v1::OperationStatus; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubscribeToToneOperation);
#[cfg(msgraph_v1_search_or_subscribed_skus)]
/// CSDL: `microsoft.graph.subscribedSku`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SubscribedSkuPath`](requests/struct.SubscribedSkuPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-search`, `v1-subscribed-skus`.
#[derive(Clone, PartialEq)]
pub struct SubscribedSku {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `accountId`: `Edm.String`, nullable.
    pub account_id: rt::Field<::std::string::String>,
    /// CSDL: property `accountName`: `Edm.String`, nullable.
    pub account_name: rt::Field<::std::string::String>,
    /// CSDL: property `appliesTo`: `Edm.String`, nullable.
    pub applies_to: rt::Field<::std::string::String>,
    /// CSDL: property `capabilityStatus`: `Edm.String`, nullable.
    pub capability_status: rt::Field<::std::string::String>,
    /// CSDL: property `consumedUnits`: `Edm.Int32`, nullable.
    pub consumed_units: rt::Field<i32>,
    /// CSDL: property `prepaidUnits`: `microsoft.graph.licenseUnitsDetail`, nullable.
    pub prepaid_units: rt::Field<crate::v1::LicenseUnitsDetail>,
    /// CSDL: property `servicePlans`: `Collection(microsoft.graph.servicePlanInfo)`, not nullable.
    pub service_plans: rt::Field<::std::vec::Vec<crate::v1::ServicePlanInfo>>,
    /// CSDL: property `skuId`: `Edm.Guid`, nullable.
    pub sku_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `skuPartNumber`: `Edm.String`, nullable.
    pub sku_part_number: rt::Field<::std::string::String>,
    /// CSDL: property `subscriptionIds`: `Collection(Edm.String)`, nullable.
    pub subscription_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_subscribed_skus)]
impl ::std::default::Default for SubscribedSku {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            account_id: rt::Field::Absent,
            account_name: rt::Field::Absent,
            applies_to: rt::Field::Absent,
            capability_status: rt::Field::Absent,
            consumed_units: rt::Field::Absent,
            prepaid_units: rt::Field::Absent,
            service_plans: rt::Field::Absent,
            sku_id: rt::Field::Absent,
            sku_part_number: rt::Field::Absent,
            subscription_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_subscribed_skus)]
impl rt::Object for SubscribedSku {
    const TYPE_NAME: &'static str = "microsoft.graph.subscribedSku";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accountId",
        "accountName",
        "appliesTo",
        "capabilityStatus",
        "consumedUnits",
        "prepaidUnits",
        "servicePlans",
        "skuId",
        "skuPartNumber",
        "subscriptionIds",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"accountId\":",
        ",\"accountName\":",
        ",\"appliesTo\":",
        ",\"capabilityStatus\":",
        ",\"consumedUnits\":",
        ",\"prepaidUnits\":",
        ",\"servicePlans\":",
        ",\"skuId\":",
        ",\"skuPartNumber\":",
        ",\"subscriptionIds\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.subscribedSku\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "account_id", &self.account_id);
        d.field(2usize, "account_name", &self.account_name);
        d.field(3usize, "applies_to", &self.applies_to);
        d.field(4usize, "capability_status", &self.capability_status);
        d.field(5usize, "consumed_units", &self.consumed_units);
        d.field(6usize, "prepaid_units", &self.prepaid_units);
        d.field(7usize, "service_plans", &self.service_plans);
        d.field(8usize, "sku_id", &self.sku_id);
        d.field(9usize, "sku_part_number", &self.sku_part_number);
        d.field(10usize, "subscription_ids", &self.subscription_ids);
    }
}
#[cfg(msgraph_v1_search_or_subscribed_skus)]
impl rt::object::Members for SubscribedSku {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.account_id.read_from(r),
            2usize => self.account_name.read_from(r),
            3usize => self.applies_to.read_from(r),
            4usize => self.capability_status.read_from(r),
            5usize => self.consumed_units.read_from(r),
            6usize => self.prepaid_units.read_from(r),
            7usize => self.service_plans.read_from(r),
            8usize => self.sku_id.read_from(r),
            9usize => self.sku_part_number.read_from(r),
            10usize => self.subscription_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.account_id);
        w.field(2usize, &self.account_name);
        w.field(3usize, &self.applies_to);
        w.field(4usize, &self.capability_status);
        w.field(5usize, &self.consumed_units);
        w.field(6usize, &self.prepaid_units);
        w.field(7usize, &self.service_plans);
        w.field(8usize, &self.sku_id);
        w.field(9usize, &self.sku_part_number);
        w.field(10usize, &self.subscription_ids);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_subscribed_skus)]
rt::impl_object!(SubscribedSku);
#[cfg(msgraph_v1_search_or_subscribed_skus)]
rt::impl_setters!(
    SubscribedSku { with_id id : ::std::string::String; with_account_id account_id :
    ::std::string::String; with_account_name account_name : ::std::string::String;
    with_applies_to applies_to : ::std::string::String; with_capability_status
    capability_status : ::std::string::String; with_consumed_units consumed_units : i32;
    with_prepaid_units prepaid_units : crate ::v1::LicenseUnitsDetail; with_service_plans
    service_plans : ::std::vec::Vec < crate ::v1::ServicePlanInfo >; with_sku_id sku_id :
    rt::edm::Guid; with_sku_part_number sku_part_number : ::std::string::String;
    with_subscription_ids subscription_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_search_or_subscribed_skus)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubscribedSku);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
/// CSDL: `microsoft.graph.subscription`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SubscriptionPath`](requests/struct.SubscriptionPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct Subscription {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `applicationId`: `Edm.String`, nullable.
    pub application_id: rt::Field<::std::string::String>,
    /// CSDL: property `changeType`: `Edm.String`, not nullable.
    pub change_type: rt::Field<::std::string::String>,
    /// CSDL: property `clientState`: `Edm.String`, nullable.
    pub client_state: rt::Field<::std::string::String>,
    /// CSDL: property `creatorId`: `Edm.String`, nullable.
    pub creator_id: rt::Field<::std::string::String>,
    /// CSDL: property `encryptionCertificate`: `Edm.String`, nullable.
    pub encryption_certificate: rt::Field<::std::string::String>,
    /// CSDL: property `encryptionCertificateId`: `Edm.String`, nullable.
    pub encryption_certificate_id: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `includeResourceData`: `Edm.Boolean`, nullable.
    pub include_resource_data: rt::Field<bool>,
    /// CSDL: property `latestSupportedTlsVersion`: `Edm.String`, nullable.
    pub latest_supported_tls_version: rt::Field<::std::string::String>,
    /// CSDL: property `lifecycleNotificationUrl`: `Edm.String`, nullable.
    pub lifecycle_notification_url: rt::Field<::std::string::String>,
    /// CSDL: property `notificationQueryOptions`: `Edm.String`, nullable.
    pub notification_query_options: rt::Field<::std::string::String>,
    /// CSDL: property `notificationUrl`: `Edm.String`, not nullable.
    pub notification_url: rt::Field<::std::string::String>,
    /// CSDL: property `notificationUrlAppId`: `Edm.String`, nullable.
    pub notification_url_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `resource`: `Edm.String`, not nullable.
    pub resource: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
impl ::std::default::Default for Subscription {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            application_id: rt::Field::Absent,
            change_type: rt::Field::Absent,
            client_state: rt::Field::Absent,
            creator_id: rt::Field::Absent,
            encryption_certificate: rt::Field::Absent,
            encryption_certificate_id: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            include_resource_data: rt::Field::Absent,
            latest_supported_tls_version: rt::Field::Absent,
            lifecycle_notification_url: rt::Field::Absent,
            notification_query_options: rt::Field::Absent,
            notification_url: rt::Field::Absent,
            notification_url_app_id: rt::Field::Absent,
            resource: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
impl rt::Object for Subscription {
    const TYPE_NAME: &'static str = "microsoft.graph.subscription";
    const KEYS: &'static [&'static str] = &[
        "id",
        "applicationId",
        "changeType",
        "clientState",
        "creatorId",
        "encryptionCertificate",
        "encryptionCertificateId",
        "expirationDateTime",
        "includeResourceData",
        "latestSupportedTlsVersion",
        "lifecycleNotificationUrl",
        "notificationQueryOptions",
        "notificationUrl",
        "notificationUrlAppId",
        "resource",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"applicationId\":",
        ",\"changeType\":",
        ",\"clientState\":",
        ",\"creatorId\":",
        ",\"encryptionCertificate\":",
        ",\"encryptionCertificateId\":",
        ",\"expirationDateTime\":",
        ",\"includeResourceData\":",
        ",\"latestSupportedTlsVersion\":",
        ",\"lifecycleNotificationUrl\":",
        ",\"notificationQueryOptions\":",
        ",\"notificationUrl\":",
        ",\"notificationUrlAppId\":",
        ",\"resource\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.subscription\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "application_id", &self.application_id);
        d.field(2usize, "change_type", &self.change_type);
        d.field(3usize, "client_state", &self.client_state);
        d.field(4usize, "creator_id", &self.creator_id);
        d.field(5usize, "encryption_certificate", &self.encryption_certificate);
        d.field(6usize, "encryption_certificate_id", &self.encryption_certificate_id);
        d.field(7usize, "expiration_date_time", &self.expiration_date_time);
        d.field(8usize, "include_resource_data", &self.include_resource_data);
        d.field(
            9usize,
            "latest_supported_tls_version",
            &self.latest_supported_tls_version,
        );
        d.field(10usize, "lifecycle_notification_url", &self.lifecycle_notification_url);
        d.field(11usize, "notification_query_options", &self.notification_query_options);
        d.field(12usize, "notification_url", &self.notification_url);
        d.field(13usize, "notification_url_app_id", &self.notification_url_app_id);
        d.field(14usize, "resource", &self.resource);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
impl rt::object::Members for Subscription {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.application_id.read_from(r),
            2usize => self.change_type.read_from(r),
            3usize => self.client_state.read_from(r),
            4usize => self.creator_id.read_from(r),
            5usize => self.encryption_certificate.read_from(r),
            6usize => self.encryption_certificate_id.read_from(r),
            7usize => self.expiration_date_time.read_from(r),
            8usize => self.include_resource_data.read_from(r),
            9usize => self.latest_supported_tls_version.read_from(r),
            10usize => self.lifecycle_notification_url.read_from(r),
            11usize => self.notification_query_options.read_from(r),
            12usize => self.notification_url.read_from(r),
            13usize => self.notification_url_app_id.read_from(r),
            14usize => self.resource.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.application_id);
        w.field(2usize, &self.change_type);
        w.field(3usize, &self.client_state);
        w.field(4usize, &self.creator_id);
        w.field(5usize, &self.encryption_certificate);
        w.field(6usize, &self.encryption_certificate_id);
        w.field(7usize, &self.expiration_date_time);
        w.field(8usize, &self.include_resource_data);
        w.field(9usize, &self.latest_supported_tls_version);
        w.field(10usize, &self.lifecycle_notification_url);
        w.field(11usize, &self.notification_query_options);
        w.field(12usize, &self.notification_url);
        w.field(13usize, &self.notification_url_app_id);
        w.field(14usize, &self.resource);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
rt::impl_object!(Subscription);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
rt::impl_setters!(
    Subscription { with_id id : ::std::string::String; with_application_id application_id
    : ::std::string::String; with_change_type change_type : ::std::string::String;
    with_client_state client_state : ::std::string::String; with_creator_id creator_id :
    ::std::string::String; with_encryption_certificate encryption_certificate :
    ::std::string::String; with_encryption_certificate_id encryption_certificate_id :
    ::std::string::String; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_include_resource_data include_resource_data : bool;
    with_latest_supported_tls_version latest_supported_tls_version :
    ::std::string::String; with_lifecycle_notification_url lifecycle_notification_url :
    ::std::string::String; with_notification_query_options notification_query_options :
    ::std::string::String; with_notification_url notification_url :
    ::std::string::String; with_notification_url_app_id notification_url_app_id :
    ::std::string::String; with_resource resource : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
#[cfg(feature = "serde")]
rt::impl_serde!(Subscription);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.synchronizationDisposition`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SynchronizationDisposition {
    /// `Normal` (value 0).
    Normal,
    /// `Discard` (value 1).
    Discard,
    /// `Escrow` (value 2).
    Escrow,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for SynchronizationDisposition {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationDisposition";
    const MEMBERS: &'static [&'static str] = &["Normal", "Discard", "Escrow"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Normal" => Self::Normal,
                "Discard" => Self::Discard,
                "Escrow" => Self::Escrow,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Normal => "Normal",
            Self::Discard => "Discard",
            Self::Escrow => "Escrow",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(SynchronizationDisposition);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationDisposition);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationJobApplicationParameters`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct SynchronizationJobApplicationParameters {
    /// CSDL: property `ruleId`: `Edm.String`, nullable.
    pub rule_id: rt::Field<::std::string::String>,
    /// CSDL: property `subjects`: `Collection(microsoft.graph.synchronizationJobSubject)`, nullable.
    pub subjects: rt::Field<::std::vec::Vec<crate::v1::SynchronizationJobSubject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationJobApplicationParameters {
    #[inline]
    fn default() -> Self {
        Self {
            rule_id: rt::Field::Absent,
            subjects: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationJobApplicationParameters {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationJobApplicationParameters";
    const KEYS: &'static [&'static str] = &["ruleId", "subjects"];
    const KEYS_JSON: &'static [&'static str] = &[",\"ruleId\":", ",\"subjects\":"];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationJobApplicationParameters\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "rule_id", &self.rule_id);
        d.field(1usize, "subjects", &self.subjects);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationJobApplicationParameters {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.rule_id.read_from(r),
            1usize => self.subjects.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.rule_id);
        w.field(1usize, &self.subjects);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(SynchronizationJobApplicationParameters);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationJobApplicationParameters { with_rule_id rule_id :
    ::std::string::String; with_subjects subjects : ::std::vec::Vec < crate
    ::v1::SynchronizationJobSubject >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJobApplicationParameters);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationJobSubject`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct SynchronizationJobSubject {
    /// CSDL: property `links`: `microsoft.graph.synchronizationLinkedObjects`, nullable.
    pub links: rt::Field<::std::boxed::Box<crate::v1::SynchronizationLinkedObjects>>,
    /// CSDL: property `objectId`: `Edm.String`, nullable.
    pub object_id: rt::Field<::std::string::String>,
    /// CSDL: property `objectTypeName`: `Edm.String`, nullable.
    pub object_type_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationJobSubject {
    #[inline]
    fn default() -> Self {
        Self {
            links: rt::Field::Absent,
            object_id: rt::Field::Absent,
            object_type_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationJobSubject {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationJobSubject";
    const KEYS: &'static [&'static str] = &["links", "objectId", "objectTypeName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"links\":",
        ",\"objectId\":",
        ",\"objectTypeName\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationJobSubject\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "links", &self.links);
        d.field(1usize, "object_id", &self.object_id);
        d.field(2usize, "object_type_name", &self.object_type_name);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationJobSubject {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.links.read_from(r),
            1usize => self.object_id.read_from(r),
            2usize => self.object_type_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.links);
        w.field(1usize, &self.object_id);
        w.field(2usize, &self.object_type_name);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(SynchronizationJobSubject);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationJobSubject { with_links links : ::std::boxed::Box < crate
    ::v1::SynchronizationLinkedObjects >; with_object_id object_id :
    ::std::string::String; with_object_type_name object_type_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJobSubject);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationLinkedObjects`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct SynchronizationLinkedObjects {
    /// CSDL: property `manager`: `microsoft.graph.synchronizationJobSubject`, nullable.
    pub manager: rt::Field<::std::boxed::Box<crate::v1::SynchronizationJobSubject>>,
    /// CSDL: property `members`: `Collection(microsoft.graph.synchronizationJobSubject)`, nullable.
    pub members: rt::Field<::std::vec::Vec<crate::v1::SynchronizationJobSubject>>,
    /// CSDL: property `owners`: `Collection(microsoft.graph.synchronizationJobSubject)`, nullable.
    pub owners: rt::Field<::std::vec::Vec<crate::v1::SynchronizationJobSubject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationLinkedObjects {
    #[inline]
    fn default() -> Self {
        Self {
            manager: rt::Field::Absent,
            members: rt::Field::Absent,
            owners: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationLinkedObjects {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationLinkedObjects";
    const KEYS: &'static [&'static str] = &["manager", "members", "owners"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"manager\":",
        ",\"members\":",
        ",\"owners\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationLinkedObjects\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "manager", &self.manager);
        d.field(1usize, "members", &self.members);
        d.field(2usize, "owners", &self.owners);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationLinkedObjects {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.manager.read_from(r),
            1usize => self.members.read_from(r),
            2usize => self.owners.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.manager);
        w.field(1usize, &self.members);
        w.field(2usize, &self.owners);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(SynchronizationLinkedObjects);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationLinkedObjects { with_manager manager : ::std::boxed::Box < crate
    ::v1::SynchronizationJobSubject >; with_members members : ::std::vec::Vec < crate
    ::v1::SynchronizationJobSubject >; with_owners owners : ::std::vec::Vec < crate
    ::v1::SynchronizationJobSubject >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationLinkedObjects);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.systemFacet`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct SystemFacet {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for SystemFacet {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for SystemFacet {
    const TYPE_NAME: &'static str = "microsoft.graph.systemFacet";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.systemFacet\"";
    #[inline]
    #[allow(unused_variables)]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {}
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for SystemFacet {
    #[inline]
    #[allow(unused_variables)]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    #[allow(unused_variables)]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {}
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(SystemFacet);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SystemFacet);
