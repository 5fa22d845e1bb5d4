//! Types of `microsoft.graph` by the first letters of their names (`cl`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.classifcationErrorBase`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ClassifcationErrorBase {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `innerError`: `microsoft.graph.classificationInnerError`, nullable.
    pub inner_error: rt::Field<crate::beta::ClassificationInnerError>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `Edm.String`, nullable.
    pub target: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for ClassifcationErrorBase {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            inner_error: rt::Field::Absent,
            message: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for ClassifcationErrorBase {
    const TYPE_NAME: &'static str = "microsoft.graph.classifcationErrorBase";
    const KEYS: &'static [&'static str] = &["code", "innerError", "message", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"innerError\":                   ",
        ",\"message\":                      ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.classifcationErrorBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "inner_error", &self.inner_error);
        v.field(2usize, "message", &self.message);
        v.field(3usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for ClassifcationErrorBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.inner_error.read_from(r),
            2usize => self.message.read_from(r),
            3usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.inner_error);
        w.field(2usize, &self.message);
        w.field(3usize, &self.target);
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
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_object!(ClassifcationErrorBase);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    ClassifcationErrorBase { with_code code : ::std::string::String; with_inner_error
    inner_error : crate ::beta::ClassificationInnerError; with_message message :
    ::std::string::String; with_target target : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ClassifcationErrorBase);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// `microsoft.graph.classifcationErrorBase` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyClassifcationErrorBase {
    ClassifcationErrorBase(::std::boxed::Box<crate::beta::ClassifcationErrorBase>),
    ClassificationError(::std::boxed::Box<crate::beta::ClassificationError>),
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for AnyClassifcationErrorBase {
    #[inline]
    fn default() -> Self {
        Self::ClassifcationErrorBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ClassifcationErrorBase>
for AnyClassifcationErrorBase {
    #[inline]
    fn from(v: crate::beta::ClassifcationErrorBase) -> Self {
        Self::ClassifcationErrorBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ClassificationError>
for AnyClassifcationErrorBase {
    #[inline]
    fn from(v: crate::beta::ClassificationError) -> Self {
        Self::ClassificationError(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
unsafe impl ::std::marker::Send for AnyClassifcationErrorBase {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
unsafe impl ::std::marker::Sync for AnyClassifcationErrorBase {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::marker::Unpin for AnyClassifcationErrorBase {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::panic::UnwindSafe for AnyClassifcationErrorBase {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::panic::RefUnwindSafe for AnyClassifcationErrorBase {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ClassifcationErrorBase>();
    rt::object::auto_traits::<crate::beta::ClassificationError>();
};
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Poly for AnyClassifcationErrorBase {
    const BASE_NAME: &'static str = "microsoft.graph.classifcationErrorBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.classificationError") => {
                Self::ClassificationError(rt::object::new_boxed())
            }
            _ => Self::ClassifcationErrorBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ClassifcationErrorBase(v) => &**v,
            Self::ClassificationError(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ClassifcationErrorBase(v) => &mut **v,
            Self::ClassificationError(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl AnyClassifcationErrorBase {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        rt::Poly::members(self).view().0.type_name
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        rt::Poly::members(self).view().1
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        rt::Poly::members_mut(self).extra_mut_dyn()
    }
    /// `code` of any variant.
    #[inline]
    pub fn code(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ClassifcationErrorBase(v) => &v.code,
            Self::ClassificationError(v) => &v.code,
        }
    }
    /// `code` of any variant.
    #[inline]
    pub fn code_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ClassifcationErrorBase(v) => &mut v.code,
            Self::ClassificationError(v) => &mut v.code,
        }
    }
    /// `innerError` of any variant.
    #[inline]
    pub fn inner_error(&self) -> &rt::Field<crate::beta::ClassificationInnerError> {
        match self {
            Self::ClassifcationErrorBase(v) => &v.inner_error,
            Self::ClassificationError(v) => &v.inner_error,
        }
    }
    /// `innerError` of any variant.
    #[inline]
    pub fn inner_error_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ClassificationInnerError> {
        match self {
            Self::ClassifcationErrorBase(v) => &mut v.inner_error,
            Self::ClassificationError(v) => &mut v.inner_error,
        }
    }
    /// `message` of any variant.
    #[inline]
    pub fn message(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ClassifcationErrorBase(v) => &v.message,
            Self::ClassificationError(v) => &v.message,
        }
    }
    /// `message` of any variant.
    #[inline]
    pub fn message_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ClassifcationErrorBase(v) => &mut v.message,
            Self::ClassificationError(v) => &mut v.message,
        }
    }
    /// `target` of any variant.
    #[inline]
    pub fn target(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ClassifcationErrorBase(v) => &v.target,
            Self::ClassificationError(v) => &v.target,
        }
    }
    /// `target` of any variant.
    #[inline]
    pub fn target_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ClassifcationErrorBase(v) => &mut v.target,
            Self::ClassificationError(v) => &mut v.target,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_poly!(AnyClassifcationErrorBase);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyClassifcationErrorBase);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.classificationAttribute`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct ClassificationAttribute {
    /// CSDL: property `confidence`: `Edm.Int32`, nullable.
    pub confidence: rt::Field<i32>,
    /// CSDL: property `count`: `Edm.Int32`, nullable.
    pub count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for ClassificationAttribute {
    #[inline]
    fn default() -> Self {
        Self {
            confidence: rt::Field::Absent,
            count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for ClassificationAttribute {
    const TYPE_NAME: &'static str = "microsoft.graph.classificationAttribute";
    const KEYS: &'static [&'static str] = &["confidence", "count"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"confidence\":                   ",
        ",\"count\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.classificationAttribute\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "confidence", &self.confidence);
        v.field(1usize, "count", &self.count);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for ClassificationAttribute {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.confidence.read_from(r),
            1usize => self.count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.confidence);
        w.field(1usize, &self.count);
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(ClassificationAttribute);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    ClassificationAttribute { with_confidence confidence : i32; with_count count : i32; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ClassificationAttribute);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.classificationError`, complex type, derived from `microsoft.graph.classifcationErrorBase`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ClassificationError {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `innerError`: `microsoft.graph.classificationInnerError`, nullable.
    pub inner_error: rt::Field<crate::beta::ClassificationInnerError>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `Edm.String`, nullable.
    pub target: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `Collection(microsoft.graph.classifcationErrorBase)`, nullable.
    pub details: rt::Field<::std::vec::Vec<crate::beta::AnyClassifcationErrorBase>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for ClassificationError {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            inner_error: rt::Field::Absent,
            message: rt::Field::Absent,
            target: rt::Field::Absent,
            details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for ClassificationError {
    const TYPE_NAME: &'static str = "microsoft.graph.classificationError";
    const KEYS: &'static [&'static str] = &[
        "code",
        "innerError",
        "message",
        "target",
        "details",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"innerError\":                   ",
        ",\"message\":                      ",
        ",\"target\":                       ",
        ",\"details\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.classificationError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "inner_error", &self.inner_error);
        v.field(2usize, "message", &self.message);
        v.field(3usize, "target", &self.target);
        v.field(4usize, "details", &self.details);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for ClassificationError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.inner_error.read_from(r),
            2usize => self.message.read_from(r),
            3usize => self.target.read_from(r),
            4usize => self.details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.inner_error);
        w.field(2usize, &self.message);
        w.field(3usize, &self.target);
        w.field(4usize, &self.details);
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
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_object!(ClassificationError);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    ClassificationError { with_code code : ::std::string::String; with_inner_error
    inner_error : crate ::beta::ClassificationInnerError; with_message message :
    ::std::string::String; with_target target : ::std::string::String; with_details
    details : ::std::vec::Vec < crate ::beta::AnyClassifcationErrorBase >; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ClassificationError);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.classificationInnerError`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ClassificationInnerError {
    /// CSDL: property `activityId`: `Edm.String`, nullable.
    pub activity_id: rt::Field<::std::string::String>,
    /// CSDL: property `clientRequestId`: `Edm.String`, nullable.
    pub client_request_id: rt::Field<::std::string::String>,
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `errorDateTime`: `Edm.DateTimeOffset`, nullable.
    pub error_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for ClassificationInnerError {
    #[inline]
    fn default() -> Self {
        Self {
            activity_id: rt::Field::Absent,
            client_request_id: rt::Field::Absent,
            code: rt::Field::Absent,
            error_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for ClassificationInnerError {
    const TYPE_NAME: &'static str = "microsoft.graph.classificationInnerError";
    const KEYS: &'static [&'static str] = &[
        "activityId",
        "clientRequestId",
        "code",
        "errorDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activityId\":                   ",
        ",\"clientRequestId\":              ",
        ",\"code\":                         ",
        ",\"errorDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.classificationInnerError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "activity_id", &self.activity_id);
        v.field(1usize, "client_request_id", &self.client_request_id);
        v.field(2usize, "code", &self.code);
        v.field(3usize, "error_date_time", &self.error_date_time);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for ClassificationInnerError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.activity_id.read_from(r),
            1usize => self.client_request_id.read_from(r),
            2usize => self.code.read_from(r),
            3usize => self.error_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.activity_id);
        w.field(1usize, &self.client_request_id);
        w.field(2usize, &self.code);
        w.field(3usize, &self.error_date_time);
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
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_object!(ClassificationInnerError);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    ClassificationInnerError { with_activity_id activity_id : ::std::string::String;
    with_client_request_id client_request_id : ::std::string::String; with_code code :
    ::std::string::String; with_error_date_time error_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ClassificationInnerError);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.classificationJobResponse`, entity type, derived from `microsoft.graph.jobResponseBase`, key `id`.
///
/// Request builders: [`ClassificationJobResponsePath`](requests/trait.ClassificationJobResponsePath.html), what a path to one (`EntityPath<ClassificationJobResponse, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone)]
pub struct ClassificationJobResponse {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.classificationError`, nullable.
    pub error: rt::Field<crate::beta::ClassificationError>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `result`: `microsoft.graph.detectedSensitiveContentWrapper`, nullable.
    pub result: rt::Field<crate::beta::DetectedSensitiveContentWrapper>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for ClassificationJobResponse {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            type_: rt::Field::Absent,
            result: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Object for ClassificationJobResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.classificationJobResponse";
    const KEYS: &'static [&'static str] = &[
        "id",
        "creationDateTime",
        "endDateTime",
        "error",
        "startDateTime",
        "status",
        "tenantId",
        "type",
        "result",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"creationDateTime\":             ",
        ",\"endDateTime\":                  ",
        ",\"error\":                        ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
        ",\"tenantId\":                     ",
        ",\"type\":                         ",
        ",\"result\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.classificationJobResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "creation_date_time", &self.creation_date_time);
        v.field(2usize, "end_date_time", &self.end_date_time);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "start_date_time", &self.start_date_time);
        v.field(5usize, "status", &self.status);
        v.field(6usize, "tenant_id", &self.tenant_id);
        v.field(7usize, "type_", &self.type_);
        v.field(8usize, "result", &self.result);
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::object::Members for ClassificationJobResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.creation_date_time.read_from(r),
            2usize => self.end_date_time.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.start_date_time.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.tenant_id.read_from(r),
            7usize => self.type_.read_from(r),
            8usize => self.result.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.creation_date_time);
        w.field(2usize, &self.end_date_time);
        w.field(3usize, &self.error);
        w.field(4usize, &self.start_date_time);
        w.field(5usize, &self.status);
        w.field(6usize, &self.tenant_id);
        w.field(7usize, &self.type_);
        w.field(8usize, &self.result);
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
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_object!(ClassificationJobResponse);
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_setters!(
    ClassificationJobResponse { with_id id : ::std::string::String;
    with_creation_date_time creation_date_time : rt::edm::DateTimeOffset;
    with_end_date_time end_date_time : rt::edm::DateTimeOffset; with_error error : crate
    ::beta::ClassificationError; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_status status : ::std::string::String; with_tenant_id
    tenant_id : ::std::string::String; with_type type_ : ::std::string::String;
    with_result result : crate ::beta::DetectedSensitiveContentWrapper; }
);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ClassificationJobResponse);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.classificationMethod`, enum type.
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ClassificationMethod {
    /// `patternMatch` (value 0).
    PatternMatch,
    /// `exactDataMatch` (value 1).
    ExactDataMatch,
    /// `fingerprint` (value 2).
    Fingerprint,
    /// `machineLearning` (value 3).
    MachineLearning,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::StrEnum for ClassificationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.classificationMethod";
    const MEMBERS: &'static [&'static str] = &[
        "patternMatch",
        "exactDataMatch",
        "fingerprint",
        "machineLearning",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "patternMatch" => Self::PatternMatch,
                "exactDataMatch" => Self::ExactDataMatch,
                "fingerprint" => Self::Fingerprint,
                "machineLearning" => Self::MachineLearning,
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
            Self::PatternMatch => "patternMatch",
            Self::ExactDataMatch => "exactDataMatch",
            Self::Fingerprint => "fingerprint",
            Self::MachineLearning => "machineLearning",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_enum!(ClassificationMethod);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ClassificationMethod);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.classificationResult`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ClassificationResult {
    /// CSDL: property `confidenceLevel`: `Edm.Int32`, not nullable.
    pub confidence_level: rt::Field<i32>,
    /// CSDL: property `count`: `Edm.Int32`, not nullable.
    pub count: rt::Field<i32>,
    /// CSDL: property `sensitiveTypeId`: `Edm.Guid`, not nullable.
    pub sensitive_type_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for ClassificationResult {
    #[inline]
    fn default() -> Self {
        Self {
            confidence_level: rt::Field::Absent,
            count: rt::Field::Absent,
            sensitive_type_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for ClassificationResult {
    const TYPE_NAME: &'static str = "microsoft.graph.classificationResult";
    const KEYS: &'static [&'static str] = &[
        "confidenceLevel",
        "count",
        "sensitiveTypeId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"confidenceLevel\":              ",
        ",\"count\":                        ",
        ",\"sensitiveTypeId\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.classificationResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "confidence_level", &self.confidence_level);
        v.field(1usize, "count", &self.count);
        v.field(2usize, "sensitive_type_id", &self.sensitive_type_id);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for ClassificationResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.confidence_level.read_from(r),
            1usize => self.count.read_from(r),
            2usize => self.sensitive_type_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.confidence_level);
        w.field(1usize, &self.count);
        w.field(2usize, &self.sensitive_type_id);
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(ClassificationResult);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    ClassificationResult { with_confidence_level confidence_level : i32; with_count count
    : i32; with_sensitive_type_id sensitive_type_id : rt::edm::Guid; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ClassificationResult);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.clonableTeamParts`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ClonableTeamParts {
    /// `apps` (value 1).
    Apps,
    /// `tabs` (value 2).
    Tabs,
    /// `settings` (value 4).
    Settings,
    /// `channels` (value 8).
    Channels,
    /// `members` (value 16).
    Members,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ClonableTeamParts {
    const TYPE_NAME: &'static str = "microsoft.graph.clonableTeamParts";
    const MEMBERS: &'static [&'static str] = &[
        "apps",
        "tabs",
        "settings",
        "channels",
        "members",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "apps" => Self::Apps,
                "tabs" => Self::Tabs,
                "settings" => Self::Settings,
                "channels" => Self::Channels,
                "members" => Self::Members,
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
            Self::Apps => "apps",
            Self::Tabs => "tabs",
            Self::Settings => "settings",
            Self::Channels => "channels",
            Self::Members => "members",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ClonableTeamParts);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ClonableTeamParts);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.cloudAppSecurityProfile`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`CloudAppSecurityProfilePath`](requests/trait.CloudAppSecurityProfilePath.html), what a path to one (`EntityPath<CloudAppSecurityProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct CloudAppSecurityProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `azureSubscriptionId`: `Edm.String`, nullable.
    pub azure_subscription_id: rt::Field<::std::string::String>,
    /// CSDL: property `azureTenantId`: `Edm.String`, nullable.
    pub azure_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `deploymentPackageUrl`: `Edm.String`, nullable.
    pub deployment_package_url: rt::Field<::std::string::String>,
    /// CSDL: property `destinationServiceName`: `Edm.String`, nullable.
    pub destination_service_name: rt::Field<::std::string::String>,
    /// CSDL: property `isSigned`: `Edm.Boolean`, nullable.
    pub is_signed: rt::Field<bool>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `manifest`: `Edm.String`, nullable.
    pub manifest: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `permissionsRequired`: `microsoft.graph.applicationPermissionsRequired`, nullable.
    pub permissions_required: rt::Field<crate::beta::ApplicationPermissionsRequired>,
    /// CSDL: property `platform`: `Edm.String`, nullable.
    pub platform: rt::Field<::std::string::String>,
    /// CSDL: property `policyName`: `Edm.String`, nullable.
    pub policy_name: rt::Field<::std::string::String>,
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// CSDL: property `riskScore`: `Edm.String`, nullable.
    pub risk_score: rt::Field<::std::string::String>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `vendorInformation`: `microsoft.graph.securityVendorInformation`, nullable.
    pub vendor_information: rt::Field<crate::beta::SecurityVendorInformation>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for CloudAppSecurityProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            azure_subscription_id: rt::Field::Absent,
            azure_tenant_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            deployment_package_url: rt::Field::Absent,
            destination_service_name: rt::Field::Absent,
            is_signed: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            manifest: rt::Field::Absent,
            name: rt::Field::Absent,
            permissions_required: rt::Field::Absent,
            platform: rt::Field::Absent,
            policy_name: rt::Field::Absent,
            publisher: rt::Field::Absent,
            risk_score: rt::Field::Absent,
            tags: rt::Field::Absent,
            type_: rt::Field::Absent,
            vendor_information: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for CloudAppSecurityProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudAppSecurityProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "azureSubscriptionId",
        "azureTenantId",
        "createdDateTime",
        "deploymentPackageUrl",
        "destinationServiceName",
        "isSigned",
        "lastModifiedDateTime",
        "manifest",
        "name",
        "permissionsRequired",
        "platform",
        "policyName",
        "publisher",
        "riskScore",
        "tags",
        "type",
        "vendorInformation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"azureSubscriptionId\":          ",
        ",\"azureTenantId\":                ",
        ",\"createdDateTime\":              ",
        ",\"deploymentPackageUrl\":         ",
        ",\"destinationServiceName\":       ",
        ",\"isSigned\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"manifest\":                     ",
        ",\"name\":                         ",
        ",\"permissionsRequired\":          ",
        ",\"platform\":                     ",
        ",\"policyName\":                   ",
        ",\"publisher\":                    ",
        ",\"riskScore\":                    ",
        ",\"tags\":                         ",
        ",\"type\":                         ",
        ",\"vendorInformation\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudAppSecurityProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "azure_subscription_id", &self.azure_subscription_id);
        v.field(2usize, "azure_tenant_id", &self.azure_tenant_id);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "deployment_package_url", &self.deployment_package_url);
        v.field(5usize, "destination_service_name", &self.destination_service_name);
        v.field(6usize, "is_signed", &self.is_signed);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "manifest", &self.manifest);
        v.field(9usize, "name", &self.name);
        v.field(10usize, "permissions_required", &self.permissions_required);
        v.field(11usize, "platform", &self.platform);
        v.field(12usize, "policy_name", &self.policy_name);
        v.field(13usize, "publisher", &self.publisher);
        v.field(14usize, "risk_score", &self.risk_score);
        v.field(15usize, "tags", &self.tags);
        v.field(16usize, "type_", &self.type_);
        v.field(17usize, "vendor_information", &self.vendor_information);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for CloudAppSecurityProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.azure_subscription_id.read_from(r),
            2usize => self.azure_tenant_id.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.deployment_package_url.read_from(r),
            5usize => self.destination_service_name.read_from(r),
            6usize => self.is_signed.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.manifest.read_from(r),
            9usize => self.name.read_from(r),
            10usize => self.permissions_required.read_from(r),
            11usize => self.platform.read_from(r),
            12usize => self.policy_name.read_from(r),
            13usize => self.publisher.read_from(r),
            14usize => self.risk_score.read_from(r),
            15usize => self.tags.read_from(r),
            16usize => self.type_.read_from(r),
            17usize => self.vendor_information.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.azure_subscription_id);
        w.field(2usize, &self.azure_tenant_id);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.deployment_package_url);
        w.field(5usize, &self.destination_service_name);
        w.field(6usize, &self.is_signed);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.manifest);
        w.field(9usize, &self.name);
        w.field(10usize, &self.permissions_required);
        w.field(11usize, &self.platform);
        w.field(12usize, &self.policy_name);
        w.field(13usize, &self.publisher);
        w.field(14usize, &self.risk_score);
        w.field(15usize, &self.tags);
        w.field(16usize, &self.type_);
        w.field(17usize, &self.vendor_information);
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
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(CloudAppSecurityProfile);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    CloudAppSecurityProfile { with_id id : ::std::string::String;
    with_azure_subscription_id azure_subscription_id : ::std::string::String;
    with_azure_tenant_id azure_tenant_id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_deployment_package_url
    deployment_package_url : ::std::string::String; with_destination_service_name
    destination_service_name : ::std::string::String; with_is_signed is_signed : bool;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_manifest manifest : ::std::string::String; with_name name :
    ::std::string::String; with_permissions_required permissions_required : crate
    ::beta::ApplicationPermissionsRequired; with_platform platform :
    ::std::string::String; with_policy_name policy_name : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_risk_score risk_score :
    ::std::string::String; with_tags tags : ::std::vec::Vec < ::std::string::String >;
    with_type type_ : ::std::string::String; with_vendor_information vendor_information :
    crate ::beta::SecurityVendorInformation; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudAppSecurityProfile);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.cloudAppSecurityState`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct CloudAppSecurityState {
    /// CSDL: property `destinationServiceIp`: `Edm.String`, nullable.
    pub destination_service_ip: rt::Field<::std::string::String>,
    /// CSDL: property `destinationServiceName`: `Edm.String`, nullable.
    pub destination_service_name: rt::Field<::std::string::String>,
    /// CSDL: property `riskScore`: `Edm.String`, nullable.
    pub risk_score: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for CloudAppSecurityState {
    #[inline]
    fn default() -> Self {
        Self {
            destination_service_ip: rt::Field::Absent,
            destination_service_name: rt::Field::Absent,
            risk_score: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for CloudAppSecurityState {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudAppSecurityState";
    const KEYS: &'static [&'static str] = &[
        "destinationServiceIp",
        "destinationServiceName",
        "riskScore",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"destinationServiceIp\":         ",
        ",\"destinationServiceName\":       ",
        ",\"riskScore\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudAppSecurityState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "destination_service_ip", &self.destination_service_ip);
        v.field(1usize, "destination_service_name", &self.destination_service_name);
        v.field(2usize, "risk_score", &self.risk_score);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for CloudAppSecurityState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.destination_service_ip.read_from(r),
            1usize => self.destination_service_name.read_from(r),
            2usize => self.risk_score.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.destination_service_ip);
        w.field(1usize, &self.destination_service_name);
        w.field(2usize, &self.risk_score);
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
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(CloudAppSecurityState);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    CloudAppSecurityState { with_destination_service_ip destination_service_ip :
    ::std::string::String; with_destination_service_name destination_service_name :
    ::std::string::String; with_risk_score risk_score : ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudAppSecurityState);
#[cfg(msgraph_beta_communications_or_search)]
/// CSDL: `microsoft.graph.cloudCommunications`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CloudCommunicationsPath`](requests/trait.CloudCommunicationsPath.html), what a path to one (`EntityPath<CloudCommunications, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct CloudCommunications {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `calls`: `Collection(microsoft.graph.call)`, not nullable.
    pub calls: rt::Field<::std::vec::Vec<crate::beta::Call>>,
    /// CSDL: containment navigation property `callRecords`: `Collection(microsoft.graph.callRecords.callRecord)`, not nullable.
    pub call_records: rt::Field<::std::vec::Vec<crate::beta::call_records::CallRecord>>,
    /// CSDL: containment navigation property `onlineMeetings`: `Collection(microsoft.graph.onlineMeeting)`, not nullable.
    pub online_meetings: rt::Field<::std::vec::Vec<crate::beta::OnlineMeeting>>,
    /// CSDL: containment navigation property `presences`: `Collection(microsoft.graph.presence)`, not nullable.
    pub presences: rt::Field<::std::vec::Vec<crate::beta::Presence>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_communications_or_search)]
impl ::std::default::Default for CloudCommunications {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            calls: rt::Field::Absent,
            call_records: rt::Field::Absent,
            online_meetings: rt::Field::Absent,
            presences: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_communications_or_search)]
impl rt::Object for CloudCommunications {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudCommunications";
    const KEYS: &'static [&'static str] = &[
        "id",
        "calls",
        "callRecords",
        "onlineMeetings",
        "presences",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"calls\":                        ",
        ",\"callRecords\":                  ",
        ",\"onlineMeetings\":               ",
        ",\"presences\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudCommunications\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "calls", &self.calls);
        v.field(2usize, "call_records", &self.call_records);
        v.field(3usize, "online_meetings", &self.online_meetings);
        v.field(4usize, "presences", &self.presences);
    }
}
#[cfg(msgraph_beta_communications_or_search)]
impl rt::object::Members for CloudCommunications {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.calls.read_from(r),
            2usize => self.call_records.read_from(r),
            3usize => self.online_meetings.read_from(r),
            4usize => self.presences.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.calls);
        w.field(2usize, &self.call_records);
        w.field(3usize, &self.online_meetings);
        w.field(4usize, &self.presences);
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
#[cfg(msgraph_beta_communications_or_search)]
rt::impl_object!(CloudCommunications);
#[cfg(msgraph_beta_communications_or_search)]
rt::impl_setters!(
    CloudCommunications { with_id id : ::std::string::String; with_calls calls :
    ::std::vec::Vec < crate ::beta::Call >; with_call_records call_records :
    ::std::vec::Vec < crate ::beta::call_records::CallRecord >; with_online_meetings
    online_meetings : ::std::vec::Vec < crate ::beta::OnlineMeeting >; with_presences
    presences : ::std::vec::Vec < crate ::beta::Presence >; }
);
#[cfg(msgraph_beta_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudCommunications);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPC`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CloudPcPath`](requests/trait.CloudPcPath.html), what a path to one (`EntityPath<CloudPc, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CloudPc {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `gracePeriodEndDateTime`: `Edm.DateTimeOffset`, nullable.
    pub grace_period_end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `imageDisplayName`: `Edm.String`, nullable.
    pub image_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `managedDeviceId`: `Edm.String`, nullable.
    pub managed_device_id: rt::Field<::std::string::String>,
    /// CSDL: property `managedDeviceName`: `Edm.String`, nullable.
    pub managed_device_name: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesConnectionName`: `Edm.String`, nullable.
    pub on_premises_connection_name: rt::Field<::std::string::String>,
    /// CSDL: property `provisioningPolicyId`: `Edm.String`, nullable.
    pub provisioning_policy_id: rt::Field<::std::string::String>,
    /// CSDL: property `provisioningPolicyName`: `Edm.String`, nullable.
    pub provisioning_policy_name: rt::Field<::std::string::String>,
    /// CSDL: property `servicePlanId`: `Edm.String`, nullable.
    pub service_plan_id: rt::Field<::std::string::String>,
    /// CSDL: property `servicePlanName`: `Edm.String`, nullable.
    pub service_plan_name: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.cloudPcStatus`, not nullable.
    pub status: rt::Field<crate::beta::CloudPcStatus>,
    /// CSDL: property `statusDetails`: `microsoft.graph.cloudPcStatusDetails`, nullable.
    pub status_details: rt::Field<crate::beta::CloudPcStatusDetails>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CloudPc {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            grace_period_end_date_time: rt::Field::Absent,
            image_display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            managed_device_id: rt::Field::Absent,
            managed_device_name: rt::Field::Absent,
            on_premises_connection_name: rt::Field::Absent,
            provisioning_policy_id: rt::Field::Absent,
            provisioning_policy_name: rt::Field::Absent,
            service_plan_id: rt::Field::Absent,
            service_plan_name: rt::Field::Absent,
            status: rt::Field::Absent,
            status_details: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CloudPc {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPC";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "gracePeriodEndDateTime",
        "imageDisplayName",
        "lastModifiedDateTime",
        "managedDeviceId",
        "managedDeviceName",
        "onPremisesConnectionName",
        "provisioningPolicyId",
        "provisioningPolicyName",
        "servicePlanId",
        "servicePlanName",
        "status",
        "statusDetails",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"gracePeriodEndDateTime\":       ",
        ",\"imageDisplayName\":             ",
        ",\"lastModifiedDateTime\":         ",
        ",\"managedDeviceId\":              ",
        ",\"managedDeviceName\":            ",
        ",\"onPremisesConnectionName\":     ",
        ",\"provisioningPolicyId\":         ",
        ",\"provisioningPolicyName\":       ",
        ",\"servicePlanId\":                ",
        ",\"servicePlanName\":              ",
        ",\"status\":                       ",
        ",\"statusDetails\":                ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPC\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "grace_period_end_date_time", &self.grace_period_end_date_time);
        v.field(3usize, "image_display_name", &self.image_display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "managed_device_id", &self.managed_device_id);
        v.field(6usize, "managed_device_name", &self.managed_device_name);
        v.field(
            7usize,
            "on_premises_connection_name",
            &self.on_premises_connection_name,
        );
        v.field(8usize, "provisioning_policy_id", &self.provisioning_policy_id);
        v.field(9usize, "provisioning_policy_name", &self.provisioning_policy_name);
        v.field(10usize, "service_plan_id", &self.service_plan_id);
        v.field(11usize, "service_plan_name", &self.service_plan_name);
        v.field(12usize, "status", &self.status);
        v.field(13usize, "status_details", &self.status_details);
        v.field(14usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CloudPc {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.grace_period_end_date_time.read_from(r),
            3usize => self.image_display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.managed_device_id.read_from(r),
            6usize => self.managed_device_name.read_from(r),
            7usize => self.on_premises_connection_name.read_from(r),
            8usize => self.provisioning_policy_id.read_from(r),
            9usize => self.provisioning_policy_name.read_from(r),
            10usize => self.service_plan_id.read_from(r),
            11usize => self.service_plan_name.read_from(r),
            12usize => self.status.read_from(r),
            13usize => self.status_details.read_from(r),
            14usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.grace_period_end_date_time);
        w.field(3usize, &self.image_display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.managed_device_id);
        w.field(6usize, &self.managed_device_name);
        w.field(7usize, &self.on_premises_connection_name);
        w.field(8usize, &self.provisioning_policy_id);
        w.field(9usize, &self.provisioning_policy_name);
        w.field(10usize, &self.service_plan_id);
        w.field(11usize, &self.service_plan_name);
        w.field(12usize, &self.status);
        w.field(13usize, &self.status_details);
        w.field(14usize, &self.user_principal_name);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(CloudPc);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CloudPc { with_id id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_grace_period_end_date_time grace_period_end_date_time :
    rt::edm::DateTimeOffset; with_image_display_name image_display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_managed_device_id managed_device_id :
    ::std::string::String; with_managed_device_name managed_device_name :
    ::std::string::String; with_on_premises_connection_name on_premises_connection_name :
    ::std::string::String; with_provisioning_policy_id provisioning_policy_id :
    ::std::string::String; with_provisioning_policy_name provisioning_policy_name :
    ::std::string::String; with_service_plan_id service_plan_id : ::std::string::String;
    with_service_plan_name service_plan_name : ::std::string::String; with_status status
    : crate ::beta::CloudPcStatus; with_status_details status_details : crate
    ::beta::CloudPcStatusDetails; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPc);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analyte connectivity issue entity.
///
/// CSDL: `microsoft.graph.cloudPCConnectivityIssue`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CloudPcConnectivityIssue {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The Intune DeviceId of the device the connection is associated with.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The error code of the connectivity issue.
    ///
    /// CSDL: property `errorCode`: `Edm.String`, nullable.
    pub error_code: rt::Field<::std::string::String>,
    /// The time that the connection initiated. The time is shown in ISO 8601 format and Coordinated Universal Time (UTC) time.
    ///
    /// CSDL: property `errorDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub error_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The detailed description of what went wrong.
    ///
    /// CSDL: property `errorDescription`: `Edm.String`, nullable.
    pub error_description: rt::Field<::std::string::String>,
    /// The recommended action to fix the corresponding error.
    ///
    /// CSDL: property `recommendedAction`: `Edm.String`, nullable.
    pub recommended_action: rt::Field<::std::string::String>,
    /// The unique id of user who initialize the connection.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CloudPcConnectivityIssue {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_id: rt::Field::Absent,
            error_code: rt::Field::Absent,
            error_date_time: rt::Field::Absent,
            error_description: rt::Field::Absent,
            recommended_action: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CloudPcConnectivityIssue {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPCConnectivityIssue";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceId",
        "errorCode",
        "errorDateTime",
        "errorDescription",
        "recommendedAction",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceId\":                     ",
        ",\"errorCode\":                    ",
        ",\"errorDateTime\":                ",
        ",\"errorDescription\":             ",
        ",\"recommendedAction\":            ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPCConnectivityIssue\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "device_id", &self.device_id);
        v.field(2usize, "error_code", &self.error_code);
        v.field(3usize, "error_date_time", &self.error_date_time);
        v.field(4usize, "error_description", &self.error_description);
        v.field(5usize, "recommended_action", &self.recommended_action);
        v.field(6usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CloudPcConnectivityIssue {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_id.read_from(r),
            2usize => self.error_code.read_from(r),
            3usize => self.error_date_time.read_from(r),
            4usize => self.error_description.read_from(r),
            5usize => self.recommended_action.read_from(r),
            6usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_id);
        w.field(2usize, &self.error_code);
        w.field(3usize, &self.error_date_time);
        w.field(4usize, &self.error_description);
        w.field(5usize, &self.recommended_action);
        w.field(6usize, &self.user_id);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(CloudPcConnectivityIssue);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CloudPcConnectivityIssue { with_id id : ::std::string::String; with_device_id
    device_id : ::std::string::String; with_error_code error_code :
    ::std::string::String; with_error_date_time error_date_time :
    rt::edm::DateTimeOffset; with_error_description error_description :
    ::std::string::String; with_recommended_action recommended_action :
    ::std::string::String; with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcConnectivityIssue);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcAuditActivityOperationType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcAuditActivityOperationType {
    /// `create` (value 0).
    Create,
    /// `delete` (value 1).
    Delete,
    /// `patch` (value 2).
    Patch,
    /// `other` (value 999).
    Other,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for CloudPcAuditActivityOperationType {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcAuditActivityOperationType";
    const MEMBERS: &'static [&'static str] = &["create", "delete", "patch", "other"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "create" => Self::Create,
                "delete" => Self::Delete,
                "patch" => Self::Patch,
                "other" => Self::Other,
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
            Self::Create => "create",
            Self::Delete => "delete",
            Self::Patch => "patch",
            Self::Other => "other",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(CloudPcAuditActivityOperationType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcAuditActivityOperationType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcAuditActivityResult`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcAuditActivityResult {
    /// `success` (value 0).
    Success,
    /// `clientError` (value 1).
    ClientError,
    /// `failure` (value 2).
    Failure,
    /// `timeout` (value 3).
    Timeout,
    /// `other` (value 999).
    Other,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for CloudPcAuditActivityResult {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcAuditActivityResult";
    const MEMBERS: &'static [&'static str] = &[
        "success",
        "clientError",
        "failure",
        "timeout",
        "other",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "success" => Self::Success,
                "clientError" => Self::ClientError,
                "failure" => Self::Failure,
                "timeout" => Self::Timeout,
                "other" => Self::Other,
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
            Self::Success => "success",
            Self::ClientError => "clientError",
            Self::Failure => "failure",
            Self::Timeout => "timeout",
            Self::Other => "other",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(CloudPcAuditActivityResult);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcAuditActivityResult);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcAuditActor`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CloudPcAuditActor {
    /// CSDL: property `applicationDisplayName`: `Edm.String`, nullable.
    pub application_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `applicationId`: `Edm.String`, nullable.
    pub application_id: rt::Field<::std::string::String>,
    /// CSDL: property `ipAddress`: `Edm.String`, nullable.
    pub ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `remoteTenantId`: `Edm.String`, nullable.
    pub remote_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `remoteUserId`: `Edm.String`, nullable.
    pub remote_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `servicePrincipalName`: `Edm.String`, nullable.
    pub service_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `microsoft.graph.cloudPcAuditActorType`, not nullable.
    pub type_: rt::Field<crate::beta::CloudPcAuditActorType>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: property `userPermissions`: `Collection(Edm.String)`, not nullable.
    pub user_permissions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `userRoleScopeTags`: `Collection(microsoft.graph.cloudPcUserRoleScopeTagInfo)`, nullable.
    pub user_role_scope_tags: rt::Field<
        ::std::vec::Vec<crate::beta::CloudPcUserRoleScopeTagInfo>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CloudPcAuditActor {
    #[inline]
    fn default() -> Self {
        Self {
            application_display_name: rt::Field::Absent,
            application_id: rt::Field::Absent,
            ip_address: rt::Field::Absent,
            remote_tenant_id: rt::Field::Absent,
            remote_user_id: rt::Field::Absent,
            service_principal_name: rt::Field::Absent,
            type_: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_permissions: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            user_role_scope_tags: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CloudPcAuditActor {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcAuditActor";
    const KEYS: &'static [&'static str] = &[
        "applicationDisplayName",
        "applicationId",
        "ipAddress",
        "remoteTenantId",
        "remoteUserId",
        "servicePrincipalName",
        "type",
        "userId",
        "userPermissions",
        "userPrincipalName",
        "userRoleScopeTags",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applicationDisplayName\":       ",
        ",\"applicationId\":                ",
        ",\"ipAddress\":                    ",
        ",\"remoteTenantId\":               ",
        ",\"remoteUserId\":                 ",
        ",\"servicePrincipalName\":         ",
        ",\"type\":                         ",
        ",\"userId\":                       ",
        ",\"userPermissions\":              ",
        ",\"userPrincipalName\":            ",
        ",\"userRoleScopeTags\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcAuditActor\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application_display_name", &self.application_display_name);
        v.field(1usize, "application_id", &self.application_id);
        v.field(2usize, "ip_address", &self.ip_address);
        v.field(3usize, "remote_tenant_id", &self.remote_tenant_id);
        v.field(4usize, "remote_user_id", &self.remote_user_id);
        v.field(5usize, "service_principal_name", &self.service_principal_name);
        v.field(6usize, "type_", &self.type_);
        v.field(7usize, "user_id", &self.user_id);
        v.field(8usize, "user_permissions", &self.user_permissions);
        v.field(9usize, "user_principal_name", &self.user_principal_name);
        v.field(10usize, "user_role_scope_tags", &self.user_role_scope_tags);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CloudPcAuditActor {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application_display_name.read_from(r),
            1usize => self.application_id.read_from(r),
            2usize => self.ip_address.read_from(r),
            3usize => self.remote_tenant_id.read_from(r),
            4usize => self.remote_user_id.read_from(r),
            5usize => self.service_principal_name.read_from(r),
            6usize => self.type_.read_from(r),
            7usize => self.user_id.read_from(r),
            8usize => self.user_permissions.read_from(r),
            9usize => self.user_principal_name.read_from(r),
            10usize => self.user_role_scope_tags.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application_display_name);
        w.field(1usize, &self.application_id);
        w.field(2usize, &self.ip_address);
        w.field(3usize, &self.remote_tenant_id);
        w.field(4usize, &self.remote_user_id);
        w.field(5usize, &self.service_principal_name);
        w.field(6usize, &self.type_);
        w.field(7usize, &self.user_id);
        w.field(8usize, &self.user_permissions);
        w.field(9usize, &self.user_principal_name);
        w.field(10usize, &self.user_role_scope_tags);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(CloudPcAuditActor);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CloudPcAuditActor { with_application_display_name application_display_name :
    ::std::string::String; with_application_id application_id : ::std::string::String;
    with_ip_address ip_address : ::std::string::String; with_remote_tenant_id
    remote_tenant_id : ::std::string::String; with_remote_user_id remote_user_id :
    ::std::string::String; with_service_principal_name service_principal_name :
    ::std::string::String; with_type type_ : crate ::beta::CloudPcAuditActorType;
    with_user_id user_id : ::std::string::String; with_user_permissions user_permissions
    : ::std::vec::Vec < ::std::string::String >; with_user_principal_name
    user_principal_name : ::std::string::String; with_user_role_scope_tags
    user_role_scope_tags : ::std::vec::Vec < crate ::beta::CloudPcUserRoleScopeTagInfo >;
    }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcAuditActor);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcAuditActorType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcAuditActorType {
    /// `itPro` (value 0).
    ItPro,
    /// `application` (value 1).
    Application,
    /// `partner` (value 2).
    Partner,
    /// `unknown` (value 999).
    Unknown,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for CloudPcAuditActorType {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcAuditActorType";
    const MEMBERS: &'static [&'static str] = &[
        "itPro",
        "application",
        "partner",
        "unknown",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "itPro" => Self::ItPro,
                "application" => Self::Application,
                "partner" => Self::Partner,
                "unknown" => Self::Unknown,
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
            Self::ItPro => "itPro",
            Self::Application => "application",
            Self::Partner => "partner",
            Self::Unknown => "unknown",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(CloudPcAuditActorType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcAuditActorType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcAuditCategory`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcAuditCategory {
    /// `cloudPC` (value 0).
    CloudPc,
    /// `other` (value 999).
    Other,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for CloudPcAuditCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcAuditCategory";
    const MEMBERS: &'static [&'static str] = &["cloudPC", "other"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "cloudPC" => Self::CloudPc,
                "other" => Self::Other,
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
            Self::CloudPc => "cloudPC",
            Self::Other => "other",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(CloudPcAuditCategory);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcAuditCategory);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcAuditEvent`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CloudPcAuditEventPath`](requests/trait.CloudPcAuditEventPath.html), what a path to one (`EntityPath<CloudPcAuditEvent, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CloudPcAuditEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activity`: `Edm.String`, nullable.
    pub activity: rt::Field<::std::string::String>,
    /// CSDL: property `activityDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub activity_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `activityOperationType`: `microsoft.graph.cloudPcAuditActivityOperationType`, not nullable.
    pub activity_operation_type: rt::Field<
        crate::beta::CloudPcAuditActivityOperationType,
    >,
    /// CSDL: property `activityResult`: `microsoft.graph.cloudPcAuditActivityResult`, not nullable.
    pub activity_result: rt::Field<crate::beta::CloudPcAuditActivityResult>,
    /// CSDL: property `activityType`: `Edm.String`, not nullable.
    pub activity_type: rt::Field<::std::string::String>,
    /// CSDL: property `actor`: `microsoft.graph.cloudPcAuditActor`, not nullable.
    pub actor: rt::Field<crate::beta::CloudPcAuditActor>,
    /// CSDL: property `category`: `microsoft.graph.cloudPcAuditCategory`, not nullable.
    pub category: rt::Field<crate::beta::CloudPcAuditCategory>,
    /// CSDL: property `componentName`: `Edm.String`, not nullable.
    pub component_name: rt::Field<::std::string::String>,
    /// CSDL: property `correlationId`: `Edm.String`, not nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `resources`: `Collection(microsoft.graph.cloudPcAuditResource)`, not nullable.
    pub resources: rt::Field<::std::vec::Vec<crate::beta::CloudPcAuditResource>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CloudPcAuditEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity: rt::Field::Absent,
            activity_date_time: rt::Field::Absent,
            activity_operation_type: rt::Field::Absent,
            activity_result: rt::Field::Absent,
            activity_type: rt::Field::Absent,
            actor: rt::Field::Absent,
            category: rt::Field::Absent,
            component_name: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CloudPcAuditEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcAuditEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activity",
        "activityDateTime",
        "activityOperationType",
        "activityResult",
        "activityType",
        "actor",
        "category",
        "componentName",
        "correlationId",
        "displayName",
        "resources",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activity\":                     ",
        ",\"activityDateTime\":             ",
        ",\"activityOperationType\":        ",
        ",\"activityResult\":               ",
        ",\"activityType\":                 ",
        ",\"actor\":                        ",
        ",\"category\":                     ",
        ",\"componentName\":                ",
        ",\"correlationId\":                ",
        ",\"displayName\":                  ",
        ",\"resources\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcAuditEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activity", &self.activity);
        v.field(2usize, "activity_date_time", &self.activity_date_time);
        v.field(3usize, "activity_operation_type", &self.activity_operation_type);
        v.field(4usize, "activity_result", &self.activity_result);
        v.field(5usize, "activity_type", &self.activity_type);
        v.field(6usize, "actor", &self.actor);
        v.field(7usize, "category", &self.category);
        v.field(8usize, "component_name", &self.component_name);
        v.field(9usize, "correlation_id", &self.correlation_id);
        v.field(10usize, "display_name", &self.display_name);
        v.field(11usize, "resources", &self.resources);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CloudPcAuditEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity.read_from(r),
            2usize => self.activity_date_time.read_from(r),
            3usize => self.activity_operation_type.read_from(r),
            4usize => self.activity_result.read_from(r),
            5usize => self.activity_type.read_from(r),
            6usize => self.actor.read_from(r),
            7usize => self.category.read_from(r),
            8usize => self.component_name.read_from(r),
            9usize => self.correlation_id.read_from(r),
            10usize => self.display_name.read_from(r),
            11usize => self.resources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity);
        w.field(2usize, &self.activity_date_time);
        w.field(3usize, &self.activity_operation_type);
        w.field(4usize, &self.activity_result);
        w.field(5usize, &self.activity_type);
        w.field(6usize, &self.actor);
        w.field(7usize, &self.category);
        w.field(8usize, &self.component_name);
        w.field(9usize, &self.correlation_id);
        w.field(10usize, &self.display_name);
        w.field(11usize, &self.resources);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(CloudPcAuditEvent);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CloudPcAuditEvent { with_id id : ::std::string::String; with_activity activity :
    ::std::string::String; with_activity_date_time activity_date_time :
    rt::edm::DateTimeOffset; with_activity_operation_type activity_operation_type : crate
    ::beta::CloudPcAuditActivityOperationType; with_activity_result activity_result :
    crate ::beta::CloudPcAuditActivityResult; with_activity_type activity_type :
    ::std::string::String; with_actor actor : crate ::beta::CloudPcAuditActor;
    with_category category : crate ::beta::CloudPcAuditCategory; with_component_name
    component_name : ::std::string::String; with_correlation_id correlation_id :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_resources resources : ::std::vec::Vec < crate ::beta::CloudPcAuditResource >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcAuditEvent);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcAuditProperty`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CloudPcAuditProperty {
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `newValue`: `Edm.String`, not nullable.
    pub new_value: rt::Field<::std::string::String>,
    /// CSDL: property `oldValue`: `Edm.String`, nullable.
    pub old_value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CloudPcAuditProperty {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            new_value: rt::Field::Absent,
            old_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CloudPcAuditProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcAuditProperty";
    const KEYS: &'static [&'static str] = &["displayName", "newValue", "oldValue"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"newValue\":                     ",
        ",\"oldValue\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcAuditProperty\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "new_value", &self.new_value);
        v.field(2usize, "old_value", &self.old_value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CloudPcAuditProperty {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.new_value.read_from(r),
            2usize => self.old_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.new_value);
        w.field(2usize, &self.old_value);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(CloudPcAuditProperty);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CloudPcAuditProperty { with_display_name display_name : ::std::string::String;
    with_new_value new_value : ::std::string::String; with_old_value old_value :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcAuditProperty);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcAuditResource`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CloudPcAuditResource {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedProperties`: `Collection(microsoft.graph.cloudPcAuditProperty)`, not nullable.
    pub modified_properties: rt::Field<
        ::std::vec::Vec<crate::beta::CloudPcAuditProperty>,
    >,
    /// CSDL: property `resourceId`: `Edm.String`, not nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, not nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CloudPcAuditResource {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            modified_properties: rt::Field::Absent,
            resource_id: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CloudPcAuditResource {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcAuditResource";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "modifiedProperties",
        "resourceId",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"modifiedProperties\":           ",
        ",\"resourceId\":                   ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcAuditResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "modified_properties", &self.modified_properties);
        v.field(2usize, "resource_id", &self.resource_id);
        v.field(3usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CloudPcAuditResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.modified_properties.read_from(r),
            2usize => self.resource_id.read_from(r),
            3usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.modified_properties);
        w.field(2usize, &self.resource_id);
        w.field(3usize, &self.type_);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(CloudPcAuditResource);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CloudPcAuditResource { with_display_name display_name : ::std::string::String;
    with_modified_properties modified_properties : ::std::vec::Vec < crate
    ::beta::CloudPcAuditProperty >; with_resource_id resource_id : ::std::string::String;
    with_type type_ : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcAuditResource);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcDeviceImage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CloudPcDeviceImage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `operatingSystem`: `Edm.String`, nullable.
    pub operating_system: rt::Field<::std::string::String>,
    /// CSDL: property `osBuildNumber`: `Edm.String`, nullable.
    pub os_build_number: rt::Field<::std::string::String>,
    /// CSDL: property `sourceImageResourceId`: `Edm.String`, nullable.
    pub source_image_resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.cloudPcDeviceImageStatus`, nullable.
    pub status: rt::Field<crate::beta::CloudPcDeviceImageStatus>,
    /// CSDL: property `statusDetails`: `microsoft.graph.cloudPcDeviceImageStatusDetails`, nullable.
    pub status_details: rt::Field<crate::beta::CloudPcDeviceImageStatusDetails>,
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CloudPcDeviceImage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            operating_system: rt::Field::Absent,
            os_build_number: rt::Field::Absent,
            source_image_resource_id: rt::Field::Absent,
            status: rt::Field::Absent,
            status_details: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CloudPcDeviceImage {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcDeviceImage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "lastModifiedDateTime",
        "operatingSystem",
        "osBuildNumber",
        "sourceImageResourceId",
        "status",
        "statusDetails",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"operatingSystem\":              ",
        ",\"osBuildNumber\":                ",
        ",\"sourceImageResourceId\":        ",
        ",\"status\":                       ",
        ",\"statusDetails\":                ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcDeviceImage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "operating_system", &self.operating_system);
        v.field(4usize, "os_build_number", &self.os_build_number);
        v.field(5usize, "source_image_resource_id", &self.source_image_resource_id);
        v.field(6usize, "status", &self.status);
        v.field(7usize, "status_details", &self.status_details);
        v.field(8usize, "version", &self.version);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CloudPcDeviceImage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.operating_system.read_from(r),
            4usize => self.os_build_number.read_from(r),
            5usize => self.source_image_resource_id.read_from(r),
            6usize => self.status.read_from(r),
            7usize => self.status_details.read_from(r),
            8usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.operating_system);
        w.field(4usize, &self.os_build_number);
        w.field(5usize, &self.source_image_resource_id);
        w.field(6usize, &self.status);
        w.field(7usize, &self.status_details);
        w.field(8usize, &self.version);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(CloudPcDeviceImage);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CloudPcDeviceImage { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_operating_system
    operating_system : ::std::string::String; with_os_build_number os_build_number :
    ::std::string::String; with_source_image_resource_id source_image_resource_id :
    ::std::string::String; with_status status : crate ::beta::CloudPcDeviceImageStatus;
    with_status_details status_details : crate ::beta::CloudPcDeviceImageStatusDetails;
    with_version version : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcDeviceImage);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcDeviceImageStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcDeviceImageStatus {
    /// `pending` (value 0).
    Pending,
    /// `ready` (value 1).
    Ready,
    /// `failed` (value 2).
    Failed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for CloudPcDeviceImageStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcDeviceImageStatus";
    const MEMBERS: &'static [&'static str] = &["pending", "ready", "failed"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pending" => Self::Pending,
                "ready" => Self::Ready,
                "failed" => Self::Failed,
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
            Self::Pending => "pending",
            Self::Ready => "ready",
            Self::Failed => "failed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(CloudPcDeviceImageStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcDeviceImageStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcDeviceImageStatusDetails`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcDeviceImageStatusDetails {
    /// `internalServerError` (value 0).
    InternalServerError,
    /// `sourceImageNotFound` (value 1).
    SourceImageNotFound,
    /// `osVersionNotSupported` (value 2).
    OsVersionNotSupported,
    /// `sourceImageInvalid` (value 3).
    SourceImageInvalid,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for CloudPcDeviceImageStatusDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcDeviceImageStatusDetails";
    const MEMBERS: &'static [&'static str] = &[
        "internalServerError",
        "sourceImageNotFound",
        "osVersionNotSupported",
        "sourceImageInvalid",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "internalServerError" => Self::InternalServerError,
                "sourceImageNotFound" => Self::SourceImageNotFound,
                "osVersionNotSupported" => Self::OsVersionNotSupported,
                "sourceImageInvalid" => Self::SourceImageInvalid,
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
            Self::InternalServerError => "internalServerError",
            Self::SourceImageNotFound => "sourceImageNotFound",
            Self::OsVersionNotSupported => "osVersionNotSupported",
            Self::SourceImageInvalid => "sourceImageInvalid",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(CloudPcDeviceImageStatusDetails);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcDeviceImageStatusDetails);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcManagementAssignmentTarget`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CloudPcManagementAssignmentTarget {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CloudPcManagementAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CloudPcManagementAssignmentTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcManagementAssignmentTarget";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcManagementAssignmentTarget\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CloudPcManagementAssignmentTarget {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(CloudPcManagementAssignmentTarget);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcManagementAssignmentTarget);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.cloudPcManagementAssignmentTarget` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyCloudPcManagementAssignmentTarget {
    CloudPcManagementAssignmentTarget(
        ::std::boxed::Box<crate::beta::CloudPcManagementAssignmentTarget>,
    ),
    CloudPcManagementGroupAssignmentTarget(
        ::std::boxed::Box<crate::beta::CloudPcManagementGroupAssignmentTarget>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyCloudPcManagementAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self::CloudPcManagementAssignmentTarget(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CloudPcManagementAssignmentTarget>
for AnyCloudPcManagementAssignmentTarget {
    #[inline]
    fn from(v: crate::beta::CloudPcManagementAssignmentTarget) -> Self {
        Self::CloudPcManagementAssignmentTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CloudPcManagementGroupAssignmentTarget>
for AnyCloudPcManagementAssignmentTarget {
    #[inline]
    fn from(v: crate::beta::CloudPcManagementGroupAssignmentTarget) -> Self {
        Self::CloudPcManagementGroupAssignmentTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyCloudPcManagementAssignmentTarget {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyCloudPcManagementAssignmentTarget {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyCloudPcManagementAssignmentTarget {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyCloudPcManagementAssignmentTarget {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyCloudPcManagementAssignmentTarget {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::CloudPcManagementAssignmentTarget>();
    rt::object::auto_traits::<crate::beta::CloudPcManagementGroupAssignmentTarget>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyCloudPcManagementAssignmentTarget {
    const BASE_NAME: &'static str = "microsoft.graph.cloudPcManagementAssignmentTarget";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.cloudPcManagementGroupAssignmentTarget",
            ) => Self::CloudPcManagementGroupAssignmentTarget(rt::object::new_boxed()),
            _ => Self::CloudPcManagementAssignmentTarget(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::CloudPcManagementAssignmentTarget(v) => &**v,
            Self::CloudPcManagementGroupAssignmentTarget(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::CloudPcManagementAssignmentTarget(v) => &mut **v,
            Self::CloudPcManagementGroupAssignmentTarget(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyCloudPcManagementAssignmentTarget {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        rt::Poly::members(self).view().0.type_name
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        rt::Poly::members(self).view().1
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        rt::Poly::members_mut(self).extra_mut_dyn()
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyCloudPcManagementAssignmentTarget);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyCloudPcManagementAssignmentTarget);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcManagementGroupAssignmentTarget`, complex type, derived from `microsoft.graph.cloudPcManagementAssignmentTarget`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CloudPcManagementGroupAssignmentTarget {
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CloudPcManagementGroupAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self {
            group_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CloudPcManagementGroupAssignmentTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcManagementGroupAssignmentTarget";
    const KEYS: &'static [&'static str] = &["groupId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"groupId\":                      "];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcManagementGroupAssignmentTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "group_id", &self.group_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CloudPcManagementGroupAssignmentTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.group_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.group_id);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(CloudPcManagementGroupAssignmentTarget);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CloudPcManagementGroupAssignmentTarget { with_group_id group_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcManagementGroupAssignmentTarget);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcOnPremisesConnection`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CloudPcOnPremisesConnectionPath`](requests/trait.CloudPcOnPremisesConnectionPath.html), what a path to one (`EntityPath<CloudPcOnPremisesConnection, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CloudPcOnPremisesConnection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `adDomainName`: `Edm.String`, not nullable.
    pub ad_domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `adDomainPassword`: `Edm.String`, nullable.
    pub ad_domain_password: rt::Field<::std::string::String>,
    /// CSDL: property `adDomainUsername`: `Edm.String`, not nullable.
    pub ad_domain_username: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `healthCheckStatus`: `microsoft.graph.cloudPcOnPremisesConnectionStatus`, not nullable.
    pub health_check_status: rt::Field<crate::beta::CloudPcOnPremisesConnectionStatus>,
    /// CSDL: property `healthCheckStatusDetails`: `microsoft.graph.cloudPcOnPremisesConnectionStatusDetails`, nullable.
    pub health_check_status_details: rt::Field<
        crate::beta::CloudPcOnPremisesConnectionStatusDetails,
    >,
    /// CSDL: property `inUse`: `Edm.Boolean`, not nullable.
    pub in_use: rt::Field<bool>,
    /// CSDL: property `organizationalUnit`: `Edm.String`, nullable.
    pub organizational_unit: rt::Field<::std::string::String>,
    /// CSDL: property `resourceGroupId`: `Edm.String`, not nullable.
    pub resource_group_id: rt::Field<::std::string::String>,
    /// CSDL: property `subnetId`: `Edm.String`, not nullable.
    pub subnet_id: rt::Field<::std::string::String>,
    /// CSDL: property `subscriptionId`: `Edm.String`, not nullable.
    pub subscription_id: rt::Field<::std::string::String>,
    /// CSDL: property `subscriptionName`: `Edm.String`, nullable.
    pub subscription_name: rt::Field<::std::string::String>,
    /// CSDL: property `virtualNetworkId`: `Edm.String`, not nullable.
    pub virtual_network_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CloudPcOnPremisesConnection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            ad_domain_name: rt::Field::Absent,
            ad_domain_password: rt::Field::Absent,
            ad_domain_username: rt::Field::Absent,
            display_name: rt::Field::Absent,
            health_check_status: rt::Field::Absent,
            health_check_status_details: rt::Field::Absent,
            in_use: rt::Field::Absent,
            organizational_unit: rt::Field::Absent,
            resource_group_id: rt::Field::Absent,
            subnet_id: rt::Field::Absent,
            subscription_id: rt::Field::Absent,
            subscription_name: rt::Field::Absent,
            virtual_network_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CloudPcOnPremisesConnection {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcOnPremisesConnection";
    const KEYS: &'static [&'static str] = &[
        "id",
        "adDomainName",
        "adDomainPassword",
        "adDomainUsername",
        "displayName",
        "healthCheckStatus",
        "healthCheckStatusDetails",
        "inUse",
        "organizationalUnit",
        "resourceGroupId",
        "subnetId",
        "subscriptionId",
        "subscriptionName",
        "virtualNetworkId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"adDomainName\":                 ",
        ",\"adDomainPassword\":             ",
        ",\"adDomainUsername\":             ",
        ",\"displayName\":                  ",
        ",\"healthCheckStatus\":            ",
        ",\"healthCheckStatusDetails\":     ",
        ",\"inUse\":                        ",
        ",\"organizationalUnit\":           ",
        ",\"resourceGroupId\":              ",
        ",\"subnetId\":                     ",
        ",\"subscriptionId\":               ",
        ",\"subscriptionName\":             ",
        ",\"virtualNetworkId\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcOnPremisesConnection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "ad_domain_name", &self.ad_domain_name);
        v.field(2usize, "ad_domain_password", &self.ad_domain_password);
        v.field(3usize, "ad_domain_username", &self.ad_domain_username);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "health_check_status", &self.health_check_status);
        v.field(
            6usize,
            "health_check_status_details",
            &self.health_check_status_details,
        );
        v.field(7usize, "in_use", &self.in_use);
        v.field(8usize, "organizational_unit", &self.organizational_unit);
        v.field(9usize, "resource_group_id", &self.resource_group_id);
        v.field(10usize, "subnet_id", &self.subnet_id);
        v.field(11usize, "subscription_id", &self.subscription_id);
        v.field(12usize, "subscription_name", &self.subscription_name);
        v.field(13usize, "virtual_network_id", &self.virtual_network_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CloudPcOnPremisesConnection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.ad_domain_name.read_from(r),
            2usize => self.ad_domain_password.read_from(r),
            3usize => self.ad_domain_username.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.health_check_status.read_from(r),
            6usize => self.health_check_status_details.read_from(r),
            7usize => self.in_use.read_from(r),
            8usize => self.organizational_unit.read_from(r),
            9usize => self.resource_group_id.read_from(r),
            10usize => self.subnet_id.read_from(r),
            11usize => self.subscription_id.read_from(r),
            12usize => self.subscription_name.read_from(r),
            13usize => self.virtual_network_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.ad_domain_name);
        w.field(2usize, &self.ad_domain_password);
        w.field(3usize, &self.ad_domain_username);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.health_check_status);
        w.field(6usize, &self.health_check_status_details);
        w.field(7usize, &self.in_use);
        w.field(8usize, &self.organizational_unit);
        w.field(9usize, &self.resource_group_id);
        w.field(10usize, &self.subnet_id);
        w.field(11usize, &self.subscription_id);
        w.field(12usize, &self.subscription_name);
        w.field(13usize, &self.virtual_network_id);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(CloudPcOnPremisesConnection);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CloudPcOnPremisesConnection { with_id id : ::std::string::String; with_ad_domain_name
    ad_domain_name : ::std::string::String; with_ad_domain_password ad_domain_password :
    ::std::string::String; with_ad_domain_username ad_domain_username :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_health_check_status health_check_status : crate
    ::beta::CloudPcOnPremisesConnectionStatus; with_health_check_status_details
    health_check_status_details : crate ::beta::CloudPcOnPremisesConnectionStatusDetails;
    with_in_use in_use : bool; with_organizational_unit organizational_unit :
    ::std::string::String; with_resource_group_id resource_group_id :
    ::std::string::String; with_subnet_id subnet_id : ::std::string::String;
    with_subscription_id subscription_id : ::std::string::String; with_subscription_name
    subscription_name : ::std::string::String; with_virtual_network_id virtual_network_id
    : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcOnPremisesConnection);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcOnPremisesConnectionHealthCheck`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CloudPcOnPremisesConnectionHealthCheck {
    /// CSDL: property `additionalDetails`: `Edm.String`, nullable.
    pub additional_details: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `errorType`: `microsoft.graph.cloudPcOnPremisesConnectionHealthCheckErrorType`, nullable.
    pub error_type: rt::Field<
        crate::beta::CloudPcOnPremisesConnectionHealthCheckErrorType,
    >,
    /// CSDL: property `recommendedAction`: `Edm.String`, nullable.
    pub recommended_action: rt::Field<::std::string::String>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.cloudPcOnPremisesConnectionStatus`, not nullable.
    pub status: rt::Field<crate::beta::CloudPcOnPremisesConnectionStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CloudPcOnPremisesConnectionHealthCheck {
    #[inline]
    fn default() -> Self {
        Self {
            additional_details: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            error_type: rt::Field::Absent,
            recommended_action: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CloudPcOnPremisesConnectionHealthCheck {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcOnPremisesConnectionHealthCheck";
    const KEYS: &'static [&'static str] = &[
        "additionalDetails",
        "displayName",
        "endDateTime",
        "errorType",
        "recommendedAction",
        "startDateTime",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"additionalDetails\":            ",
        ",\"displayName\":                  ",
        ",\"endDateTime\":                  ",
        ",\"errorType\":                    ",
        ",\"recommendedAction\":            ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcOnPremisesConnectionHealthCheck\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "additional_details", &self.additional_details);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "end_date_time", &self.end_date_time);
        v.field(3usize, "error_type", &self.error_type);
        v.field(4usize, "recommended_action", &self.recommended_action);
        v.field(5usize, "start_date_time", &self.start_date_time);
        v.field(6usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CloudPcOnPremisesConnectionHealthCheck {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.additional_details.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.end_date_time.read_from(r),
            3usize => self.error_type.read_from(r),
            4usize => self.recommended_action.read_from(r),
            5usize => self.start_date_time.read_from(r),
            6usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.additional_details);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.end_date_time);
        w.field(3usize, &self.error_type);
        w.field(4usize, &self.recommended_action);
        w.field(5usize, &self.start_date_time);
        w.field(6usize, &self.status);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(CloudPcOnPremisesConnectionHealthCheck);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CloudPcOnPremisesConnectionHealthCheck { with_additional_details additional_details :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_end_date_time end_date_time : rt::edm::DateTimeOffset; with_error_type
    error_type : crate ::beta::CloudPcOnPremisesConnectionHealthCheckErrorType;
    with_recommended_action recommended_action : ::std::string::String;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_status status :
    crate ::beta::CloudPcOnPremisesConnectionStatus; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcOnPremisesConnectionHealthCheck);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcOnPremisesConnectionHealthCheckErrorType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcOnPremisesConnectionHealthCheckErrorType {
    /// `dnsCheckFqdnNotFound` (value 100).
    DnsCheckFqdnNotFound,
    /// `dnsCheckUnknownError` (value 199).
    DnsCheckUnknownError,
    /// `adJoinCheckFqdnNotFound` (value 200).
    AdJoinCheckFqdnNotFound,
    /// `adJoinCheckIncorrectCredentials` (value 201).
    AdJoinCheckIncorrectCredentials,
    /// `adJoinCheckOrganizationalUnitNotFound` (value 202).
    AdJoinCheckOrganizationalUnitNotFound,
    /// `adJoinCheckOrganizationalUnitIncorrectFormat` (value 203).
    AdJoinCheckOrganizationalUnitIncorrectFormat,
    /// `adJoinCheckComputerObjectAlreadyExists` (value 204).
    AdJoinCheckComputerObjectAlreadyExists,
    /// `adJoinCheckAccessDenied` (value 205).
    AdJoinCheckAccessDenied,
    /// `adJoinCheckUnknownError` (value 299).
    AdJoinCheckUnknownError,
    /// `endpointConnectivityCheckCloudPcUrlNotAllowListed` (value 300).
    EndpointConnectivityCheckCloudPcUrlNotAllowListed,
    /// `endpointConnectivityCheckWVDUrlNotAllowListed` (value 301).
    EndpointConnectivityCheckWvdUrlNotAllowListed,
    /// `endpointConnectivityCheckIntuneUrlNotAllowListed` (value 302).
    EndpointConnectivityCheckIntuneUrlNotAllowListed,
    /// `endpointConnectivityCheckUnknownError` (value 399).
    EndpointConnectivityCheckUnknownError,
    /// `azureAdDeviceSyncCheckDeviceNotFound` (value 400).
    AzureAdDeviceSyncCheckDeviceNotFound,
    /// `azureAdDeviceSyncCheckLongSyncCircle` (value 401).
    AzureAdDeviceSyncCheckLongSyncCircle,
    /// `azureAdDeviceSyncCheckUnknownError` (value 499).
    AzureAdDeviceSyncCheckUnknownError,
    /// `resourceAvailabilityCheckNoSubnetIP` (value 500).
    ResourceAvailabilityCheckNoSubnetIp,
    /// `resourceAvailabilityCheckSubscriptionDisabled` (value 501).
    ResourceAvailabilityCheckSubscriptionDisabled,
    /// `resourceAvailabilityCheckAzurePolicyViolation` (value 502).
    ResourceAvailabilityCheckAzurePolicyViolation,
    /// `resourceAvailabilityCheckUnsupportedVNetRegion` (value 506).
    ResourceAvailabilityCheckUnsupportedVNetRegion,
    /// `resourceAvailabilityCheckUnknownError` (value 599).
    ResourceAvailabilityCheckUnknownError,
    /// `permissionCheckNoSubscriptionReaderRole` (value 600).
    PermissionCheckNoSubscriptionReaderRole,
    /// `permissionCheckNoResourceGroupOwnerRole` (value 601).
    PermissionCheckNoResourceGroupOwnerRole,
    /// `permissionCheckNoVNetContributorRole` (value 602).
    PermissionCheckNoVNetContributorRole,
    /// `permissionCheckUnknownError` (value 699).
    PermissionCheckUnknownError,
    /// `internalServerErrorDeploymentCanceled` (value 900).
    InternalServerErrorDeploymentCanceled,
    /// `internalServerErrorAllocateResourceFailed` (value 901).
    InternalServerErrorAllocateResourceFailed,
    /// `internalServerErrorVMDeploymentTimeout` (value 902).
    InternalServerErrorVmDeploymentTimeout,
    /// `internalServerUnknownError` (value 999).
    InternalServerUnknownError,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for CloudPcOnPremisesConnectionHealthCheckErrorType {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcOnPremisesConnectionHealthCheckErrorType";
    const MEMBERS: &'static [&'static str] = &[
        "dnsCheckFqdnNotFound",
        "dnsCheckUnknownError",
        "adJoinCheckFqdnNotFound",
        "adJoinCheckIncorrectCredentials",
        "adJoinCheckOrganizationalUnitNotFound",
        "adJoinCheckOrganizationalUnitIncorrectFormat",
        "adJoinCheckComputerObjectAlreadyExists",
        "adJoinCheckAccessDenied",
        "adJoinCheckUnknownError",
        "endpointConnectivityCheckCloudPcUrlNotAllowListed",
        "endpointConnectivityCheckWVDUrlNotAllowListed",
        "endpointConnectivityCheckIntuneUrlNotAllowListed",
        "endpointConnectivityCheckUnknownError",
        "azureAdDeviceSyncCheckDeviceNotFound",
        "azureAdDeviceSyncCheckLongSyncCircle",
        "azureAdDeviceSyncCheckUnknownError",
        "resourceAvailabilityCheckNoSubnetIP",
        "resourceAvailabilityCheckSubscriptionDisabled",
        "resourceAvailabilityCheckAzurePolicyViolation",
        "resourceAvailabilityCheckUnsupportedVNetRegion",
        "resourceAvailabilityCheckUnknownError",
        "permissionCheckNoSubscriptionReaderRole",
        "permissionCheckNoResourceGroupOwnerRole",
        "permissionCheckNoVNetContributorRole",
        "permissionCheckUnknownError",
        "internalServerErrorDeploymentCanceled",
        "internalServerErrorAllocateResourceFailed",
        "internalServerErrorVMDeploymentTimeout",
        "internalServerUnknownError",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "dnsCheckFqdnNotFound" => Self::DnsCheckFqdnNotFound,
                "dnsCheckUnknownError" => Self::DnsCheckUnknownError,
                "adJoinCheckFqdnNotFound" => Self::AdJoinCheckFqdnNotFound,
                "adJoinCheckIncorrectCredentials" => {
                    Self::AdJoinCheckIncorrectCredentials
                }
                "adJoinCheckOrganizationalUnitNotFound" => {
                    Self::AdJoinCheckOrganizationalUnitNotFound
                }
                "adJoinCheckOrganizationalUnitIncorrectFormat" => {
                    Self::AdJoinCheckOrganizationalUnitIncorrectFormat
                }
                "adJoinCheckComputerObjectAlreadyExists" => {
                    Self::AdJoinCheckComputerObjectAlreadyExists
                }
                "adJoinCheckAccessDenied" => Self::AdJoinCheckAccessDenied,
                "adJoinCheckUnknownError" => Self::AdJoinCheckUnknownError,
                "endpointConnectivityCheckCloudPcUrlNotAllowListed" => {
                    Self::EndpointConnectivityCheckCloudPcUrlNotAllowListed
                }
                "endpointConnectivityCheckWVDUrlNotAllowListed" => {
                    Self::EndpointConnectivityCheckWvdUrlNotAllowListed
                }
                "endpointConnectivityCheckIntuneUrlNotAllowListed" => {
                    Self::EndpointConnectivityCheckIntuneUrlNotAllowListed
                }
                "endpointConnectivityCheckUnknownError" => {
                    Self::EndpointConnectivityCheckUnknownError
                }
                "azureAdDeviceSyncCheckDeviceNotFound" => {
                    Self::AzureAdDeviceSyncCheckDeviceNotFound
                }
                "azureAdDeviceSyncCheckLongSyncCircle" => {
                    Self::AzureAdDeviceSyncCheckLongSyncCircle
                }
                "azureAdDeviceSyncCheckUnknownError" => {
                    Self::AzureAdDeviceSyncCheckUnknownError
                }
                "resourceAvailabilityCheckNoSubnetIP" => {
                    Self::ResourceAvailabilityCheckNoSubnetIp
                }
                "resourceAvailabilityCheckSubscriptionDisabled" => {
                    Self::ResourceAvailabilityCheckSubscriptionDisabled
                }
                "resourceAvailabilityCheckAzurePolicyViolation" => {
                    Self::ResourceAvailabilityCheckAzurePolicyViolation
                }
                "resourceAvailabilityCheckUnsupportedVNetRegion" => {
                    Self::ResourceAvailabilityCheckUnsupportedVNetRegion
                }
                "resourceAvailabilityCheckUnknownError" => {
                    Self::ResourceAvailabilityCheckUnknownError
                }
                "permissionCheckNoSubscriptionReaderRole" => {
                    Self::PermissionCheckNoSubscriptionReaderRole
                }
                "permissionCheckNoResourceGroupOwnerRole" => {
                    Self::PermissionCheckNoResourceGroupOwnerRole
                }
                "permissionCheckNoVNetContributorRole" => {
                    Self::PermissionCheckNoVNetContributorRole
                }
                "permissionCheckUnknownError" => Self::PermissionCheckUnknownError,
                "internalServerErrorDeploymentCanceled" => {
                    Self::InternalServerErrorDeploymentCanceled
                }
                "internalServerErrorAllocateResourceFailed" => {
                    Self::InternalServerErrorAllocateResourceFailed
                }
                "internalServerErrorVMDeploymentTimeout" => {
                    Self::InternalServerErrorVmDeploymentTimeout
                }
                "internalServerUnknownError" => Self::InternalServerUnknownError,
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
            Self::DnsCheckFqdnNotFound => "dnsCheckFqdnNotFound",
            Self::DnsCheckUnknownError => "dnsCheckUnknownError",
            Self::AdJoinCheckFqdnNotFound => "adJoinCheckFqdnNotFound",
            Self::AdJoinCheckIncorrectCredentials => "adJoinCheckIncorrectCredentials",
            Self::AdJoinCheckOrganizationalUnitNotFound => {
                "adJoinCheckOrganizationalUnitNotFound"
            }
            Self::AdJoinCheckOrganizationalUnitIncorrectFormat => {
                "adJoinCheckOrganizationalUnitIncorrectFormat"
            }
            Self::AdJoinCheckComputerObjectAlreadyExists => {
                "adJoinCheckComputerObjectAlreadyExists"
            }
            Self::AdJoinCheckAccessDenied => "adJoinCheckAccessDenied",
            Self::AdJoinCheckUnknownError => "adJoinCheckUnknownError",
            Self::EndpointConnectivityCheckCloudPcUrlNotAllowListed => {
                "endpointConnectivityCheckCloudPcUrlNotAllowListed"
            }
            Self::EndpointConnectivityCheckWvdUrlNotAllowListed => {
                "endpointConnectivityCheckWVDUrlNotAllowListed"
            }
            Self::EndpointConnectivityCheckIntuneUrlNotAllowListed => {
                "endpointConnectivityCheckIntuneUrlNotAllowListed"
            }
            Self::EndpointConnectivityCheckUnknownError => {
                "endpointConnectivityCheckUnknownError"
            }
            Self::AzureAdDeviceSyncCheckDeviceNotFound => {
                "azureAdDeviceSyncCheckDeviceNotFound"
            }
            Self::AzureAdDeviceSyncCheckLongSyncCircle => {
                "azureAdDeviceSyncCheckLongSyncCircle"
            }
            Self::AzureAdDeviceSyncCheckUnknownError => {
                "azureAdDeviceSyncCheckUnknownError"
            }
            Self::ResourceAvailabilityCheckNoSubnetIp => {
                "resourceAvailabilityCheckNoSubnetIP"
            }
            Self::ResourceAvailabilityCheckSubscriptionDisabled => {
                "resourceAvailabilityCheckSubscriptionDisabled"
            }
            Self::ResourceAvailabilityCheckAzurePolicyViolation => {
                "resourceAvailabilityCheckAzurePolicyViolation"
            }
            Self::ResourceAvailabilityCheckUnsupportedVNetRegion => {
                "resourceAvailabilityCheckUnsupportedVNetRegion"
            }
            Self::ResourceAvailabilityCheckUnknownError => {
                "resourceAvailabilityCheckUnknownError"
            }
            Self::PermissionCheckNoSubscriptionReaderRole => {
                "permissionCheckNoSubscriptionReaderRole"
            }
            Self::PermissionCheckNoResourceGroupOwnerRole => {
                "permissionCheckNoResourceGroupOwnerRole"
            }
            Self::PermissionCheckNoVNetContributorRole => {
                "permissionCheckNoVNetContributorRole"
            }
            Self::PermissionCheckUnknownError => "permissionCheckUnknownError",
            Self::InternalServerErrorDeploymentCanceled => {
                "internalServerErrorDeploymentCanceled"
            }
            Self::InternalServerErrorAllocateResourceFailed => {
                "internalServerErrorAllocateResourceFailed"
            }
            Self::InternalServerErrorVmDeploymentTimeout => {
                "internalServerErrorVMDeploymentTimeout"
            }
            Self::InternalServerUnknownError => "internalServerUnknownError",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(CloudPcOnPremisesConnectionHealthCheckErrorType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcOnPremisesConnectionHealthCheckErrorType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcOnPremisesConnectionStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcOnPremisesConnectionStatus {
    /// `pending` (value 0).
    Pending,
    /// `running` (value 10).
    Running,
    /// `passed` (value 20).
    Passed,
    /// `failed` (value 30).
    Failed,
    /// `warning` (value 40).
    Warning,
    /// `unknownFutureValue` (value 999).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for CloudPcOnPremisesConnectionStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcOnPremisesConnectionStatus";
    const MEMBERS: &'static [&'static str] = &[
        "pending",
        "running",
        "passed",
        "failed",
        "warning",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pending" => Self::Pending,
                "running" => Self::Running,
                "passed" => Self::Passed,
                "failed" => Self::Failed,
                "warning" => Self::Warning,
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
            Self::Pending => "pending",
            Self::Running => "running",
            Self::Passed => "passed",
            Self::Failed => "failed",
            Self::Warning => "warning",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(CloudPcOnPremisesConnectionStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcOnPremisesConnectionStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcOnPremisesConnectionStatusDetails`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CloudPcOnPremisesConnectionStatusDetails {
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `healthChecks`: `Collection(microsoft.graph.cloudPcOnPremisesConnectionHealthCheck)`, nullable.
    pub health_checks: rt::Field<
        ::std::vec::Vec<crate::beta::CloudPcOnPremisesConnectionHealthCheck>,
    >,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CloudPcOnPremisesConnectionStatusDetails {
    #[inline]
    fn default() -> Self {
        Self {
            end_date_time: rt::Field::Absent,
            health_checks: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CloudPcOnPremisesConnectionStatusDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcOnPremisesConnectionStatusDetails";
    const KEYS: &'static [&'static str] = &[
        "endDateTime",
        "healthChecks",
        "startDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"endDateTime\":                  ",
        ",\"healthChecks\":                 ",
        ",\"startDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcOnPremisesConnectionStatusDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end_date_time", &self.end_date_time);
        v.field(1usize, "health_checks", &self.health_checks);
        v.field(2usize, "start_date_time", &self.start_date_time);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CloudPcOnPremisesConnectionStatusDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end_date_time.read_from(r),
            1usize => self.health_checks.read_from(r),
            2usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end_date_time);
        w.field(1usize, &self.health_checks);
        w.field(2usize, &self.start_date_time);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(CloudPcOnPremisesConnectionStatusDetails);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CloudPcOnPremisesConnectionStatusDetails { with_end_date_time end_date_time :
    rt::edm::DateTimeOffset; with_health_checks health_checks : ::std::vec::Vec < crate
    ::beta::CloudPcOnPremisesConnectionHealthCheck >; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcOnPremisesConnectionStatusDetails);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcProvisioningPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CloudPcProvisioningPolicyPath`](requests/trait.CloudPcProvisioningPolicyPath.html), what a path to one (`EntityPath<CloudPcProvisioningPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CloudPcProvisioningPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `imageDisplayName`: `Edm.String`, nullable.
    pub image_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `imageId`: `Edm.String`, nullable.
    pub image_id: rt::Field<::std::string::String>,
    /// CSDL: property `imageType`: `microsoft.graph.cloudPcProvisioningPolicyImageType`, not nullable.
    pub image_type: rt::Field<crate::beta::CloudPcProvisioningPolicyImageType>,
    /// CSDL: property `onPremisesConnectionId`: `Edm.String`, nullable.
    pub on_premises_connection_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.cloudPcProvisioningPolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::CloudPcProvisioningPolicyAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CloudPcProvisioningPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            image_display_name: rt::Field::Absent,
            image_id: rt::Field::Absent,
            image_type: rt::Field::Absent,
            on_premises_connection_id: rt::Field::Absent,
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CloudPcProvisioningPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcProvisioningPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "imageDisplayName",
        "imageId",
        "imageType",
        "onPremisesConnectionId",
        "assignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"imageDisplayName\":             ",
        ",\"imageId\":                      ",
        ",\"imageType\":                    ",
        ",\"onPremisesConnectionId\":       ",
        ",\"assignments\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcProvisioningPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "image_display_name", &self.image_display_name);
        v.field(4usize, "image_id", &self.image_id);
        v.field(5usize, "image_type", &self.image_type);
        v.field(6usize, "on_premises_connection_id", &self.on_premises_connection_id);
        v.field(7usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CloudPcProvisioningPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.image_display_name.read_from(r),
            4usize => self.image_id.read_from(r),
            5usize => self.image_type.read_from(r),
            6usize => self.on_premises_connection_id.read_from(r),
            7usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.image_display_name);
        w.field(4usize, &self.image_id);
        w.field(5usize, &self.image_type);
        w.field(6usize, &self.on_premises_connection_id);
        w.field(7usize, &self.assignments);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(CloudPcProvisioningPolicy);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CloudPcProvisioningPolicy { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_image_display_name image_display_name :
    ::std::string::String; with_image_id image_id : ::std::string::String;
    with_image_type image_type : crate ::beta::CloudPcProvisioningPolicyImageType;
    with_on_premises_connection_id on_premises_connection_id : ::std::string::String;
    with_assignments assignments : ::std::vec::Vec < crate
    ::beta::CloudPcProvisioningPolicyAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcProvisioningPolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcProvisioningPolicyAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CloudPcProvisioningPolicyAssignmentPath`](requests/trait.CloudPcProvisioningPolicyAssignmentPath.html), what a path to one (`EntityPath<CloudPcProvisioningPolicyAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CloudPcProvisioningPolicyAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `microsoft.graph.cloudPcManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyCloudPcManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CloudPcProvisioningPolicyAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CloudPcProvisioningPolicyAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcProvisioningPolicyAssignment";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcProvisioningPolicyAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CloudPcProvisioningPolicyAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.target);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(CloudPcProvisioningPolicyAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CloudPcProvisioningPolicyAssignment { with_id id : ::std::string::String; with_target
    target : crate ::beta::AnyCloudPcManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcProvisioningPolicyAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcProvisioningPolicyImageType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcProvisioningPolicyImageType {
    /// `gallery` (value 0).
    Gallery,
    /// `custom` (value 1).
    Custom,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for CloudPcProvisioningPolicyImageType {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcProvisioningPolicyImageType";
    const MEMBERS: &'static [&'static str] = &["gallery", "custom"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "gallery" => Self::Gallery,
                "custom" => Self::Custom,
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
            Self::Gallery => "gallery",
            Self::Custom => "custom",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(CloudPcProvisioningPolicyImageType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcProvisioningPolicyImageType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.cloudPcRemoteActionResult`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CloudPcRemoteActionResult {
    /// CSDL: property `actionName`: `Edm.String`, nullable.
    pub action_name: rt::Field<::std::string::String>,
    /// CSDL: property `actionState`: `microsoft.graph.actionState`, nullable.
    pub action_state: rt::Field<crate::beta::ActionState>,
    /// CSDL: property `cloudPcId`: `Edm.String`, nullable.
    pub cloud_pc_id: rt::Field<::std::string::String>,
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `managedDeviceId`: `Edm.String`, nullable.
    pub managed_device_id: rt::Field<::std::string::String>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `statusDetails`: `microsoft.graph.cloudPcStatusDetails`, nullable.
    pub status_details: rt::Field<crate::beta::CloudPcStatusDetails>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for CloudPcRemoteActionResult {
    #[inline]
    fn default() -> Self {
        Self {
            action_name: rt::Field::Absent,
            action_state: rt::Field::Absent,
            cloud_pc_id: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            managed_device_id: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status_details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for CloudPcRemoteActionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcRemoteActionResult";
    const KEYS: &'static [&'static str] = &[
        "actionName",
        "actionState",
        "cloudPcId",
        "lastUpdatedDateTime",
        "managedDeviceId",
        "startDateTime",
        "statusDetails",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actionName\":                   ",
        ",\"actionState\":                  ",
        ",\"cloudPcId\":                    ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"managedDeviceId\":              ",
        ",\"startDateTime\":                ",
        ",\"statusDetails\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcRemoteActionResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action_name", &self.action_name);
        v.field(1usize, "action_state", &self.action_state);
        v.field(2usize, "cloud_pc_id", &self.cloud_pc_id);
        v.field(3usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(4usize, "managed_device_id", &self.managed_device_id);
        v.field(5usize, "start_date_time", &self.start_date_time);
        v.field(6usize, "status_details", &self.status_details);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for CloudPcRemoteActionResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action_name.read_from(r),
            1usize => self.action_state.read_from(r),
            2usize => self.cloud_pc_id.read_from(r),
            3usize => self.last_updated_date_time.read_from(r),
            4usize => self.managed_device_id.read_from(r),
            5usize => self.start_date_time.read_from(r),
            6usize => self.status_details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action_name);
        w.field(1usize, &self.action_state);
        w.field(2usize, &self.cloud_pc_id);
        w.field(3usize, &self.last_updated_date_time);
        w.field(4usize, &self.managed_device_id);
        w.field(5usize, &self.start_date_time);
        w.field(6usize, &self.status_details);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(CloudPcRemoteActionResult);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    CloudPcRemoteActionResult { with_action_name action_name : ::std::string::String;
    with_action_state action_state : crate ::beta::ActionState; with_cloud_pc_id
    cloud_pc_id : ::std::string::String; with_last_updated_date_time
    last_updated_date_time : rt::edm::DateTimeOffset; with_managed_device_id
    managed_device_id : ::std::string::String; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_status_details status_details : crate
    ::beta::CloudPcStatusDetails; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcRemoteActionResult);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcSourceDeviceImage`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CloudPcSourceDeviceImage {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CloudPcSourceDeviceImage {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CloudPcSourceDeviceImage {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcSourceDeviceImage";
    const KEYS: &'static [&'static str] = &["displayName", "id"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcSourceDeviceImage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CloudPcSourceDeviceImage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(CloudPcSourceDeviceImage);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CloudPcSourceDeviceImage { with_display_name display_name : ::std::string::String;
    with_id id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcSourceDeviceImage);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudPcStatus {
    /// `notProvisioned` (value 0).
    NotProvisioned,
    /// `provisioning` (value 1).
    Provisioning,
    /// `provisioned` (value 2).
    Provisioned,
    /// `inGracePeriod` (value 3).
    InGracePeriod,
    /// `deprovisioning` (value 4).
    Deprovisioning,
    /// `failed` (value 5).
    Failed,
    /// `provisionedWithWarnings` (value 6).
    ProvisionedWithWarnings,
    /// `resizing` (value 7).
    Resizing,
    /// `unknownFutureValue` (value 999).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for CloudPcStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcStatus";
    const MEMBERS: &'static [&'static str] = &[
        "notProvisioned",
        "provisioning",
        "provisioned",
        "inGracePeriod",
        "deprovisioning",
        "failed",
        "provisionedWithWarnings",
        "resizing",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notProvisioned" => Self::NotProvisioned,
                "provisioning" => Self::Provisioning,
                "provisioned" => Self::Provisioned,
                "inGracePeriod" => Self::InGracePeriod,
                "deprovisioning" => Self::Deprovisioning,
                "failed" => Self::Failed,
                "provisionedWithWarnings" => Self::ProvisionedWithWarnings,
                "resizing" => Self::Resizing,
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
            Self::NotProvisioned => "notProvisioned",
            Self::Provisioning => "provisioning",
            Self::Provisioned => "provisioned",
            Self::InGracePeriod => "inGracePeriod",
            Self::Deprovisioning => "deprovisioning",
            Self::Failed => "failed",
            Self::ProvisionedWithWarnings => "provisionedWithWarnings",
            Self::Resizing => "resizing",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(CloudPcStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcStatus);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.cloudPcStatusDetails`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CloudPcStatusDetails {
    /// CSDL: property `additionalInformation`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub additional_information: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for CloudPcStatusDetails {
    #[inline]
    fn default() -> Self {
        Self {
            additional_information: rt::Field::Absent,
            code: rt::Field::Absent,
            message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for CloudPcStatusDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcStatusDetails";
    const KEYS: &'static [&'static str] = &["additionalInformation", "code", "message"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"additionalInformation\":        ",
        ",\"code\":                         ",
        ",\"message\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcStatusDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "additional_information", &self.additional_information);
        v.field(1usize, "code", &self.code);
        v.field(2usize, "message", &self.message);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for CloudPcStatusDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.additional_information.read_from(r),
            1usize => self.code.read_from(r),
            2usize => self.message.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.additional_information);
        w.field(1usize, &self.code);
        w.field(2usize, &self.message);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(CloudPcStatusDetails);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    CloudPcStatusDetails { with_additional_information additional_information :
    ::std::vec::Vec < crate ::beta::KeyValuePair >; with_code code :
    ::std::string::String; with_message message : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcStatusDetails);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcUserRoleScopeTagInfo`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CloudPcUserRoleScopeTagInfo {
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `roleScopeTagId`: `Edm.String`, not nullable.
    pub role_scope_tag_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CloudPcUserRoleScopeTagInfo {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            role_scope_tag_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CloudPcUserRoleScopeTagInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcUserRoleScopeTagInfo";
    const KEYS: &'static [&'static str] = &["displayName", "roleScopeTagId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"roleScopeTagId\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcUserRoleScopeTagInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "role_scope_tag_id", &self.role_scope_tag_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CloudPcUserRoleScopeTagInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.role_scope_tag_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.role_scope_tag_id);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(CloudPcUserRoleScopeTagInfo);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CloudPcUserRoleScopeTagInfo { with_display_name display_name : ::std::string::String;
    with_role_scope_tag_id role_scope_tag_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcUserRoleScopeTagInfo);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcUserSetting`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CloudPcUserSettingPath`](requests/trait.CloudPcUserSettingPath.html), what a path to one (`EntityPath<CloudPcUserSetting, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CloudPcUserSetting {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `localAdminEnabled`: `Edm.Boolean`, nullable.
    pub local_admin_enabled: rt::Field<bool>,
    /// CSDL: property `selfServiceEnabled`: `Edm.Boolean`, nullable.
    pub self_service_enabled: rt::Field<bool>,
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.cloudPcUserSettingAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::CloudPcUserSettingAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CloudPcUserSetting {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            local_admin_enabled: rt::Field::Absent,
            self_service_enabled: rt::Field::Absent,
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CloudPcUserSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcUserSetting";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "lastModifiedDateTime",
        "localAdminEnabled",
        "selfServiceEnabled",
        "assignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"localAdminEnabled\":            ",
        ",\"selfServiceEnabled\":           ",
        ",\"assignments\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcUserSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "local_admin_enabled", &self.local_admin_enabled);
        v.field(5usize, "self_service_enabled", &self.self_service_enabled);
        v.field(6usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CloudPcUserSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.local_admin_enabled.read_from(r),
            5usize => self.self_service_enabled.read_from(r),
            6usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.local_admin_enabled);
        w.field(5usize, &self.self_service_enabled);
        w.field(6usize, &self.assignments);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(CloudPcUserSetting);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CloudPcUserSetting { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_local_admin_enabled local_admin_enabled : bool;
    with_self_service_enabled self_service_enabled : bool; with_assignments assignments :
    ::std::vec::Vec < crate ::beta::CloudPcUserSettingAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcUserSetting);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.cloudPcUserSettingAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CloudPcUserSettingAssignmentPath`](requests/trait.CloudPcUserSettingAssignmentPath.html), what a path to one (`EntityPath<CloudPcUserSettingAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CloudPcUserSettingAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `target`: `microsoft.graph.cloudPcManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyCloudPcManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CloudPcUserSettingAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CloudPcUserSettingAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudPcUserSettingAssignment";
    const KEYS: &'static [&'static str] = &["id", "createdDateTime", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudPcUserSettingAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CloudPcUserSettingAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.target);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(CloudPcUserSettingAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CloudPcUserSettingAssignment { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_target
    target : crate ::beta::AnyCloudPcManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudPcUserSettingAssignment);
