//! Types of `microsoft.graph` by the first letters of their names (`d`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core_or_security_or_storage)]
/// CSDL: `microsoft.graph.Dictionary`, complex type, open.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Dictionary {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security_or_storage)]
impl ::std::default::Default for Dictionary {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security_or_storage)]
impl rt::Object for Dictionary {
    const TYPE_NAME: &'static str = "microsoft.graph.Dictionary";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.Dictionary\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_security_or_storage)]
impl rt::object::Members for Dictionary {
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
#[cfg(msgraph_v1_core_or_security_or_storage)]
rt::impl_object!(Dictionary);
#[cfg(msgraph_v1_core_or_security_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(Dictionary);
#[cfg(msgraph_v1_core_or_security_or_storage)]
/// `microsoft.graph.Dictionary` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDictionary {
    Dictionary(::std::boxed::Box<crate::v1::Dictionary>),
    #[cfg(msgraph_v1_core_or_security)]
    CustomMetadataDictionary(::std::boxed::Box<crate::v1::CustomMetadataDictionary>),
    #[cfg(msgraph_v1_search_or_storage)]
    FileStorageContainerCustomPropertyDictionary(
        ::std::boxed::Box<crate::v1::FileStorageContainerCustomPropertyDictionary>,
    ),
    #[cfg(msgraph_v1_admin_or_search)]
    OpenComplexDictionaryType(::std::boxed::Box<crate::v1::OpenComplexDictionaryType>),
    #[cfg(msgraph_v1_search)]
    ResultTemplateDictionary(::std::boxed::Box<crate::v1::ResultTemplateDictionary>),
}
#[cfg(msgraph_v1_core_or_security_or_storage)]
impl ::std::default::Default for AnyDictionary {
    #[inline]
    fn default() -> Self {
        Self::Dictionary(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_security_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Dictionary> for AnyDictionary {
    #[inline]
    fn from(v: crate::v1::Dictionary) -> Self {
        Self::Dictionary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security_or_storage)]
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomMetadataDictionary> for AnyDictionary {
    #[inline]
    fn from(v: crate::v1::CustomMetadataDictionary) -> Self {
        Self::CustomMetadataDictionary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security_or_storage)]
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FileStorageContainerCustomPropertyDictionary>
for AnyDictionary {
    #[inline]
    fn from(v: crate::v1::FileStorageContainerCustomPropertyDictionary) -> Self {
        Self::FileStorageContainerCustomPropertyDictionary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security_or_storage)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OpenComplexDictionaryType> for AnyDictionary {
    #[inline]
    fn from(v: crate::v1::OpenComplexDictionaryType) -> Self {
        Self::OpenComplexDictionaryType(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security_or_storage)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ResultTemplateDictionary> for AnyDictionary {
    #[inline]
    fn from(v: crate::v1::ResultTemplateDictionary) -> Self {
        Self::ResultTemplateDictionary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security_or_storage)]
unsafe impl ::std::marker::Send for AnyDictionary {}
#[cfg(msgraph_v1_core_or_security_or_storage)]
unsafe impl ::std::marker::Sync for AnyDictionary {}
#[cfg(msgraph_v1_core_or_security_or_storage)]
impl ::std::marker::Unpin for AnyDictionary {}
#[cfg(msgraph_v1_core_or_security_or_storage)]
impl ::std::panic::UnwindSafe for AnyDictionary {}
#[cfg(msgraph_v1_core_or_security_or_storage)]
impl ::std::panic::RefUnwindSafe for AnyDictionary {}
#[cfg(msgraph_v1_core_or_security_or_storage)]
const _: () = {
    rt::object::auto_traits::<crate::v1::Dictionary>();
    #[cfg(msgraph_v1_core_or_security)]
    rt::object::auto_traits::<crate::v1::CustomMetadataDictionary>();
    #[cfg(msgraph_v1_search_or_storage)]
    rt::object::auto_traits::<crate::v1::FileStorageContainerCustomPropertyDictionary>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::OpenComplexDictionaryType>();
    #[cfg(msgraph_v1_search)]
    rt::object::auto_traits::<crate::v1::ResultTemplateDictionary>();
};
#[cfg(msgraph_v1_core_or_security_or_storage)]
impl rt::Poly for AnyDictionary {
    const BASE_NAME: &'static str = "microsoft.graph.Dictionary";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            #[cfg(msgraph_v1_core_or_security)]
            ::std::option::Option::Some("microsoft.graph.customMetadataDictionary") => {
                Self::CustomMetadataDictionary(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some(
                "microsoft.graph.fileStorageContainerCustomPropertyDictionary",
            ) => {
                Self::FileStorageContainerCustomPropertyDictionary(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.openComplexDictionaryType") => {
                Self::OpenComplexDictionaryType(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.resultTemplateDictionary") => {
                Self::ResultTemplateDictionary(rt::object::new_boxed())
            }
            _ => Self::Dictionary(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Dictionary(v) => &**v,
            #[cfg(msgraph_v1_core_or_security)]
            Self::CustomMetadataDictionary(v) => &**v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainerCustomPropertyDictionary(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::OpenComplexDictionaryType(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::ResultTemplateDictionary(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Dictionary(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_security)]
            Self::CustomMetadataDictionary(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainerCustomPropertyDictionary(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::OpenComplexDictionaryType(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::ResultTemplateDictionary(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_security_or_storage)]
impl AnyDictionary {
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
#[cfg(msgraph_v1_core_or_security_or_storage)]
rt::impl_poly!(AnyDictionary);
#[cfg(msgraph_v1_core_or_security_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDictionary);
#[cfg(msgraph_v1_data_policy_operations_or_search)]
/// CSDL: `microsoft.graph.dataPolicyOperation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-data-policy-operations`, `v1-search`.
#[derive(Clone)]
pub struct DataPolicyOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `progress`: `Edm.Double`, not nullable.
    pub progress: rt::Field<f64>,
    /// CSDL: property `status`: `microsoft.graph.dataPolicyOperationStatus`, nullable.
    pub status: rt::Field<crate::v1::DataPolicyOperationStatus>,
    /// CSDL: property `storageLocation`: `Edm.String`, nullable.
    pub storage_location: rt::Field<::std::string::String>,
    /// CSDL: property `submittedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub submitted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `userId`: `Edm.String`, not nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_data_policy_operations_or_search)]
impl ::std::default::Default for DataPolicyOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            progress: rt::Field::Absent,
            status: rt::Field::Absent,
            storage_location: rt::Field::Absent,
            submitted_date_time: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_data_policy_operations_or_search)]
impl rt::Object for DataPolicyOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.dataPolicyOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completedDateTime",
        "progress",
        "status",
        "storageLocation",
        "submittedDateTime",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completedDateTime\":            ",
        ",\"progress\":                     ",
        ",\"status\":                       ",
        ",\"storageLocation\":              ",
        ",\"submittedDateTime\":            ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dataPolicyOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "completed_date_time", &self.completed_date_time);
        v.field(2usize, "progress", &self.progress);
        v.field(3usize, "status", &self.status);
        v.field(4usize, "storage_location", &self.storage_location);
        v.field(5usize, "submitted_date_time", &self.submitted_date_time);
        v.field(6usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_v1_data_policy_operations_or_search)]
impl rt::object::Members for DataPolicyOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completed_date_time.read_from(r),
            2usize => self.progress.read_from(r),
            3usize => self.status.read_from(r),
            4usize => self.storage_location.read_from(r),
            5usize => self.submitted_date_time.read_from(r),
            6usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completed_date_time);
        w.field(2usize, &self.progress);
        w.field(3usize, &self.status);
        w.field(4usize, &self.storage_location);
        w.field(5usize, &self.submitted_date_time);
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
#[cfg(msgraph_v1_data_policy_operations_or_search)]
rt::impl_object!(DataPolicyOperation);
#[cfg(msgraph_v1_data_policy_operations_or_search)]
rt::impl_setters!(
    DataPolicyOperation { with_id id : ::std::string::String; with_completed_date_time
    completed_date_time : rt::edm::DateTimeOffset; with_progress progress : f64;
    with_status status : crate ::v1::DataPolicyOperationStatus; with_storage_location
    storage_location : ::std::string::String; with_submitted_date_time
    submitted_date_time : rt::edm::DateTimeOffset; with_user_id user_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_data_policy_operations_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DataPolicyOperation);
#[cfg(msgraph_v1_data_policy_operations_or_search)]
/// CSDL: `microsoft.graph.dataPolicyOperationStatus`, enum type.
///
/// Features: `v1`, or one of `v1-data-policy-operations`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DataPolicyOperationStatus {
    /// `notStarted` (value 0).
    NotStarted,
    /// `running` (value 1).
    Running,
    /// `complete` (value 2).
    Complete,
    /// `failed` (value 3).
    Failed,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_data_policy_operations_or_search)]
impl rt::StrEnum for DataPolicyOperationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.dataPolicyOperationStatus";
    const MEMBERS: &'static [&'static str] = &[
        "notStarted",
        "running",
        "complete",
        "failed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notStarted" => Self::NotStarted,
                "running" => Self::Running,
                "complete" => Self::Complete,
                "failed" => Self::Failed,
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
            Self::NotStarted => "notStarted",
            Self::Running => "running",
            Self::Complete => "complete",
            Self::Failed => "failed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_data_policy_operations_or_search)]
rt::impl_enum!(DataPolicyOperationStatus);
#[cfg(msgraph_v1_data_policy_operations_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DataPolicyOperationStatus);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.dataProtection`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DataProtection {
    /// `none` (value 0).
    None,
    /// `impactAssessments` (value 1).
    ImpactAssessments,
    /// `officers` (value 2).
    Officers,
    /// `secureCrossBorderDataTransfer` (value 4).
    SecureCrossBorderDataTransfer,
    /// `unknownFutureValue` (value 8).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::StrEnum for DataProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.dataProtection";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "impactAssessments",
        "officers",
        "secureCrossBorderDataTransfer",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "impactAssessments" => Self::ImpactAssessments,
                "officers" => Self::Officers,
                "secureCrossBorderDataTransfer" => Self::SecureCrossBorderDataTransfer,
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
            Self::None => "none",
            Self::ImpactAssessments => "impactAssessments",
            Self::Officers => "officers",
            Self::SecureCrossBorderDataTransfer => "secureCrossBorderDataTransfer",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_enum!(DataProtection);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DataProtection);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.dataRetentionLevel`, enum type.
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DataRetentionLevel {
    /// `none` (value 0).
    None,
    /// `dataRetained` (value 1).
    DataRetained,
    /// `deletedImmediately` (value 2).
    DeletedImmediately,
    /// `deletedWithin1Month` (value 3).
    DeletedWithin1Month,
    /// `deletedWithin2Weeks` (value 4).
    DeletedWithin2Weeks,
    /// `deletedWithin3Months` (value 5).
    DeletedWithin3Months,
    /// `deletedWithinMoreThan3Months` (value 6).
    DeletedWithinMoreThan3Months,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::StrEnum for DataRetentionLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.dataRetentionLevel";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "dataRetained",
        "deletedImmediately",
        "deletedWithin1Month",
        "deletedWithin2Weeks",
        "deletedWithin3Months",
        "deletedWithinMoreThan3Months",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "dataRetained" => Self::DataRetained,
                "deletedImmediately" => Self::DeletedImmediately,
                "deletedWithin1Month" => Self::DeletedWithin1Month,
                "deletedWithin2Weeks" => Self::DeletedWithin2Weeks,
                "deletedWithin3Months" => Self::DeletedWithin3Months,
                "deletedWithinMoreThan3Months" => Self::DeletedWithinMoreThan3Months,
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
            Self::None => "none",
            Self::DataRetained => "dataRetained",
            Self::DeletedImmediately => "deletedImmediately",
            Self::DeletedWithin1Month => "deletedWithin1Month",
            Self::DeletedWithin2Weeks => "deletedWithin2Weeks",
            Self::DeletedWithin3Months => "deletedWithin3Months",
            Self::DeletedWithinMoreThan3Months => "deletedWithinMoreThan3Months",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_enum!(DataRetentionLevel);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DataRetentionLevel);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.dataSecurityAndGovernance`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`DataSecurityAndGovernancePath`](requests/trait.DataSecurityAndGovernancePath.html), what a path to one (`EntityPath<AnyDataSecurityAndGovernance, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DataSecurityAndGovernance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `sensitivityLabels`: `Collection(microsoft.graph.sensitivityLabel)`, not nullable.
    pub sensitivity_labels: rt::Field<::std::vec::Vec<crate::v1::SensitivityLabel>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for DataSecurityAndGovernance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            sensitivity_labels: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for DataSecurityAndGovernance {
    const TYPE_NAME: &'static str = "microsoft.graph.dataSecurityAndGovernance";
    const KEYS: &'static [&'static str] = &["id", "sensitivityLabels"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"sensitivityLabels\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dataSecurityAndGovernance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "sensitivity_labels", &self.sensitivity_labels);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for DataSecurityAndGovernance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.sensitivity_labels.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.sensitivity_labels);
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
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(DataSecurityAndGovernance);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    DataSecurityAndGovernance { with_id id : ::std::string::String;
    with_sensitivity_labels sensitivity_labels : ::std::vec::Vec < crate
    ::v1::SensitivityLabel >; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(DataSecurityAndGovernance);
#[cfg(msgraph_v1_core_or_security)]
/// `microsoft.graph.dataSecurityAndGovernance` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDataSecurityAndGovernance {
    DataSecurityAndGovernance(::std::boxed::Box<crate::v1::DataSecurityAndGovernance>),
    #[cfg(msgraph_v1_search_or_security)]
    TenantDataSecurityAndGovernance(
        ::std::boxed::Box<crate::v1::TenantDataSecurityAndGovernance>,
    ),
    #[cfg(msgraph_v1_core)]
    UserDataSecurityAndGovernance(
        ::std::boxed::Box<crate::v1::UserDataSecurityAndGovernance>,
    ),
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for AnyDataSecurityAndGovernance {
    #[inline]
    fn default() -> Self {
        Self::DataSecurityAndGovernance(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DataSecurityAndGovernance>
for AnyDataSecurityAndGovernance {
    #[inline]
    fn from(v: crate::v1::DataSecurityAndGovernance) -> Self {
        Self::DataSecurityAndGovernance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TenantDataSecurityAndGovernance>
for AnyDataSecurityAndGovernance {
    #[inline]
    fn from(v: crate::v1::TenantDataSecurityAndGovernance) -> Self {
        Self::TenantDataSecurityAndGovernance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserDataSecurityAndGovernance>
for AnyDataSecurityAndGovernance {
    #[inline]
    fn from(v: crate::v1::UserDataSecurityAndGovernance) -> Self {
        Self::UserDataSecurityAndGovernance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
unsafe impl ::std::marker::Send for AnyDataSecurityAndGovernance {}
#[cfg(msgraph_v1_core_or_security)]
unsafe impl ::std::marker::Sync for AnyDataSecurityAndGovernance {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::marker::Unpin for AnyDataSecurityAndGovernance {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::panic::UnwindSafe for AnyDataSecurityAndGovernance {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::panic::RefUnwindSafe for AnyDataSecurityAndGovernance {}
#[cfg(msgraph_v1_core_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::DataSecurityAndGovernance>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::TenantDataSecurityAndGovernance>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::UserDataSecurityAndGovernance>();
};
#[cfg(msgraph_v1_core_or_security)]
impl rt::Poly for AnyDataSecurityAndGovernance {
    const BASE_NAME: &'static str = "microsoft.graph.dataSecurityAndGovernance";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.tenantDataSecurityAndGovernance",
            ) => Self::TenantDataSecurityAndGovernance(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.userDataSecurityAndGovernance",
            ) => Self::UserDataSecurityAndGovernance(rt::object::new_boxed()),
            _ => Self::DataSecurityAndGovernance(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DataSecurityAndGovernance(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantDataSecurityAndGovernance(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::UserDataSecurityAndGovernance(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DataSecurityAndGovernance(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantDataSecurityAndGovernance(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::UserDataSecurityAndGovernance(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl AnyDataSecurityAndGovernance {
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
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DataSecurityAndGovernance(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantDataSecurityAndGovernance(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::UserDataSecurityAndGovernance(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DataSecurityAndGovernance(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantDataSecurityAndGovernance(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::UserDataSecurityAndGovernance(v) => &mut v.id,
        }
    }
    /// `sensitivityLabels` of any variant.
    #[inline]
    pub fn sensitivity_labels(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::SensitivityLabel>> {
        match self {
            Self::DataSecurityAndGovernance(v) => &v.sensitivity_labels,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantDataSecurityAndGovernance(v) => &v.sensitivity_labels,
            #[cfg(msgraph_v1_core)]
            Self::UserDataSecurityAndGovernance(v) => &v.sensitivity_labels,
        }
    }
    /// `sensitivityLabels` of any variant.
    #[inline]
    pub fn sensitivity_labels_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::SensitivityLabel>> {
        match self {
            Self::DataSecurityAndGovernance(v) => &mut v.sensitivity_labels,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantDataSecurityAndGovernance(v) => &mut v.sensitivity_labels,
            #[cfg(msgraph_v1_core)]
            Self::UserDataSecurityAndGovernance(v) => &mut v.sensitivity_labels,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_poly!(AnyDataSecurityAndGovernance);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDataSecurityAndGovernance);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// CSDL: `microsoft.graph.dataSubject`, complex type, open.
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct DataSubject {
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `firstName`: `Edm.String`, nullable.
    pub first_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastName`: `Edm.String`, nullable.
    pub last_name: rt::Field<::std::string::String>,
    /// CSDL: property `residency`: `Edm.String`, nullable.
    pub residency: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::default::Default for DataSubject {
    #[inline]
    fn default() -> Self {
        Self {
            email: rt::Field::Absent,
            first_name: rt::Field::Absent,
            last_name: rt::Field::Absent,
            residency: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::Object for DataSubject {
    const TYPE_NAME: &'static str = "microsoft.graph.dataSubject";
    const KEYS: &'static [&'static str] = &[
        "email",
        "firstName",
        "lastName",
        "residency",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"email\":                        ",
        ",\"firstName\":                    ",
        ",\"lastName\":                     ",
        ",\"residency\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dataSubject\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "email", &self.email);
        v.field(1usize, "first_name", &self.first_name);
        v.field(2usize, "last_name", &self.last_name);
        v.field(3usize, "residency", &self.residency);
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::object::Members for DataSubject {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.email.read_from(r),
            1usize => self.first_name.read_from(r),
            2usize => self.last_name.read_from(r),
            3usize => self.residency.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.email);
        w.field(1usize, &self.first_name);
        w.field(2usize, &self.last_name);
        w.field(3usize, &self.residency);
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
rt::impl_object!(DataSubject);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_setters!(
    DataSubject { with_email email : ::std::string::String; with_first_name first_name :
    ::std::string::String; with_last_name last_name : ::std::string::String;
    with_residency residency : ::std::string::String; }
);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(DataSubject);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.dateTimeColumn`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DateTimeColumn {
    /// CSDL: property `displayAs`: `Edm.String`, nullable.
    pub display_as: rt::Field<::std::string::String>,
    /// CSDL: property `format`: `Edm.String`, nullable.
    pub format: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for DateTimeColumn {
    #[inline]
    fn default() -> Self {
        Self {
            display_as: rt::Field::Absent,
            format: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for DateTimeColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.dateTimeColumn";
    const KEYS: &'static [&'static str] = &["displayAs", "format"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayAs\":                    ",
        ",\"format\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dateTimeColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_as", &self.display_as);
        v.field(1usize, "format", &self.format);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for DateTimeColumn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_as.read_from(r),
            1usize => self.format.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_as);
        w.field(1usize, &self.format);
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_object!(DateTimeColumn);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(
    DateTimeColumn { with_display_as display_as : ::std::string::String; with_format
    format : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(DateTimeColumn);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.daylightTimeZoneOffset`, complex type, derived from `microsoft.graph.standardTimeZoneOffset`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DaylightTimeZoneOffset {
    /// CSDL: property `dayOccurrence`: `Edm.Int32`, nullable.
    pub day_occurrence: rt::Field<i32>,
    /// CSDL: property `dayOfWeek`: `microsoft.graph.dayOfWeek`, nullable.
    pub day_of_week: rt::Field<crate::v1::DayOfWeek>,
    /// CSDL: property `month`: `Edm.Int32`, nullable.
    pub month: rt::Field<i32>,
    /// CSDL: property `time`: `Edm.TimeOfDay`, nullable.
    pub time: rt::Field<rt::edm::TimeOfDay>,
    /// CSDL: property `year`: `Edm.Int32`, nullable.
    pub year: rt::Field<i32>,
    /// CSDL: property `daylightBias`: `Edm.Int32`, nullable.
    pub daylight_bias: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for DaylightTimeZoneOffset {
    #[inline]
    fn default() -> Self {
        Self {
            day_occurrence: rt::Field::Absent,
            day_of_week: rt::Field::Absent,
            month: rt::Field::Absent,
            time: rt::Field::Absent,
            year: rt::Field::Absent,
            daylight_bias: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DaylightTimeZoneOffset {
    const TYPE_NAME: &'static str = "microsoft.graph.daylightTimeZoneOffset";
    const KEYS: &'static [&'static str] = &[
        "dayOccurrence",
        "dayOfWeek",
        "month",
        "time",
        "year",
        "daylightBias",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dayOccurrence\":                ",
        ",\"dayOfWeek\":                    ",
        ",\"month\":                        ",
        ",\"time\":                         ",
        ",\"year\":                         ",
        ",\"daylightBias\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.daylightTimeZoneOffset\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "day_occurrence", &self.day_occurrence);
        v.field(1usize, "day_of_week", &self.day_of_week);
        v.field(2usize, "month", &self.month);
        v.field(3usize, "time", &self.time);
        v.field(4usize, "year", &self.year);
        v.field(5usize, "daylight_bias", &self.daylight_bias);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DaylightTimeZoneOffset {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.day_occurrence.read_from(r),
            1usize => self.day_of_week.read_from(r),
            2usize => self.month.read_from(r),
            3usize => self.time.read_from(r),
            4usize => self.year.read_from(r),
            5usize => self.daylight_bias.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.day_occurrence);
        w.field(1usize, &self.day_of_week);
        w.field(2usize, &self.month);
        w.field(3usize, &self.time);
        w.field(4usize, &self.year);
        w.field(5usize, &self.daylight_bias);
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
rt::impl_object!(DaylightTimeZoneOffset);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DaylightTimeZoneOffset { with_day_occurrence day_occurrence : i32; with_day_of_week
    day_of_week : crate ::v1::DayOfWeek; with_month month : i32; with_time time :
    rt::edm::TimeOfDay; with_year year : i32; with_daylight_bias daylight_bias : i32; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DaylightTimeZoneOffset);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.defaultColumnValue`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DefaultColumnValue {
    /// CSDL: property `formula`: `Edm.String`, nullable.
    pub formula: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for DefaultColumnValue {
    #[inline]
    fn default() -> Self {
        Self {
            formula: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for DefaultColumnValue {
    const TYPE_NAME: &'static str = "microsoft.graph.defaultColumnValue";
    const KEYS: &'static [&'static str] = &["formula", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"formula\":                      ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.defaultColumnValue\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "formula", &self.formula);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for DefaultColumnValue {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.formula.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.formula);
        w.field(1usize, &self.value);
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_object!(DefaultColumnValue);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(
    DefaultColumnValue { with_formula formula : ::std::string::String; with_value value :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(DefaultColumnValue);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.delegateMeetingMessageDeliveryOptions`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DelegateMeetingMessageDeliveryOptions {
    /// `sendToDelegateAndInformationToPrincipal` (value 0).
    SendToDelegateAndInformationToPrincipal,
    /// `sendToDelegateAndPrincipal` (value 1).
    SendToDelegateAndPrincipal,
    /// `sendToDelegateOnly` (value 2).
    SendToDelegateOnly,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for DelegateMeetingMessageDeliveryOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.delegateMeetingMessageDeliveryOptions";
    const MEMBERS: &'static [&'static str] = &[
        "sendToDelegateAndInformationToPrincipal",
        "sendToDelegateAndPrincipal",
        "sendToDelegateOnly",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "sendToDelegateAndInformationToPrincipal" => {
                    Self::SendToDelegateAndInformationToPrincipal
                }
                "sendToDelegateAndPrincipal" => Self::SendToDelegateAndPrincipal,
                "sendToDelegateOnly" => Self::SendToDelegateOnly,
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
            Self::SendToDelegateAndInformationToPrincipal => {
                "sendToDelegateAndInformationToPrincipal"
            }
            Self::SendToDelegateAndPrincipal => "sendToDelegateAndPrincipal",
            Self::SendToDelegateOnly => "sendToDelegateOnly",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(DelegateMeetingMessageDeliveryOptions);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DelegateMeetingMessageDeliveryOptions);
#[cfg(msgraph_v1_search_or_teamwork)]
/// CSDL: `microsoft.graph.deletedChat`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeletedChatPath`](requests/trait.DeletedChatPath.html), what a path to one (`EntityPath<DeletedChat, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-teamwork`.
#[derive(Clone)]
pub struct DeletedChat {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl ::std::default::Default for DeletedChat {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl rt::Object for DeletedChat {
    const TYPE_NAME: &'static str = "microsoft.graph.deletedChat";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.deletedChat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl rt::object::Members for DeletedChat {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
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
#[cfg(msgraph_v1_search_or_teamwork)]
rt::impl_object!(DeletedChat);
#[cfg(msgraph_v1_search_or_teamwork)]
rt::impl_setters!(DeletedChat { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_search_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeletedChat);
#[cfg(msgraph_v1_device_management_or_search)]
/// Indicates the operating system / platform of the discovered application.  Some possible values are Windows, iOS, macOS. The default value is unknown (0).
///
/// CSDL: `microsoft.graph.detectedAppPlatformType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DetectedAppPlatformType {
    /// Default. Set to unknown when platform cannot be determined.
    ///
    /// `unknown` (value 0).
    Unknown,
    /// Indicates that the platform of the detected application is Windows.
    ///
    /// `windows` (value 1).
    Windows,
    /// Indicates that the platform of the detected application is Windows Mobile.
    ///
    /// `windowsMobile` (value 2).
    WindowsMobile,
    /// Indicates that the platform of the detected application is Windows Holographic.
    ///
    /// `windowsHolographic` (value 3).
    WindowsHolographic,
    /// Indicates that the platform of the detected application is iOS.
    ///
    /// `ios` (value 4).
    Ios,
    /// Indicates that the platform of the detected application is macOS.
    ///
    /// `macOS` (value 5).
    MacOs,
    /// Indicates that the platform of the detected application is ChromeOS.
    ///
    /// `chromeOS` (value 6).
    ChromeOs,
    /// Indicates that the platform of the detected application is Android open source project.
    ///
    /// `androidOSP` (value 7).
    AndroidOsp,
    /// Indicates that the platform of the detected application is Android device administrator.
    ///
    /// `androidDeviceAdministrator` (value 8).
    AndroidDeviceAdministrator,
    /// Indicates that the platform of the detected application is Android work profile.
    ///
    /// `androidWorkProfile` (value 9).
    AndroidWorkProfile,
    /// Indicates that the platform of the detected application is Android dedicated and fully managed.
    ///
    /// `androidDedicatedAndFullyManaged` (value 10).
    AndroidDedicatedAndFullyManaged,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 11).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for DetectedAppPlatformType {
    const TYPE_NAME: &'static str = "microsoft.graph.detectedAppPlatformType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "windows",
        "windowsMobile",
        "windowsHolographic",
        "ios",
        "macOS",
        "chromeOS",
        "androidOSP",
        "androidDeviceAdministrator",
        "androidWorkProfile",
        "androidDedicatedAndFullyManaged",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "windows" => Self::Windows,
                "windowsMobile" => Self::WindowsMobile,
                "windowsHolographic" => Self::WindowsHolographic,
                "ios" => Self::Ios,
                "macOS" => Self::MacOs,
                "chromeOS" => Self::ChromeOs,
                "androidOSP" => Self::AndroidOsp,
                "androidDeviceAdministrator" => Self::AndroidDeviceAdministrator,
                "androidWorkProfile" => Self::AndroidWorkProfile,
                "androidDedicatedAndFullyManaged" => {
                    Self::AndroidDedicatedAndFullyManaged
                }
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
            Self::Unknown => "unknown",
            Self::Windows => "windows",
            Self::WindowsMobile => "windowsMobile",
            Self::WindowsHolographic => "windowsHolographic",
            Self::Ios => "ios",
            Self::MacOs => "macOS",
            Self::ChromeOs => "chromeOS",
            Self::AndroidOsp => "androidOSP",
            Self::AndroidDeviceAdministrator => "androidDeviceAdministrator",
            Self::AndroidWorkProfile => "androidWorkProfile",
            Self::AndroidDedicatedAndFullyManaged => "androidDedicatedAndFullyManaged",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(DetectedAppPlatformType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DetectedAppPlatformType);
#[cfg(msgraph_v1_core_or_device_management)]
/// Device Compilance Policy Setting State for a given device.
///
/// CSDL: `microsoft.graph.deviceCompliancePolicySettingState`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceCompliancePolicySettingState {
    /// Current value of setting on device
    ///
    /// CSDL: property `currentValue`: `Edm.String`, nullable.
    pub current_value: rt::Field<::std::string::String>,
    /// Error code for the setting
    ///
    /// CSDL: property `errorCode`: `Edm.Int64`, not nullable.
    pub error_code: rt::Field<i64>,
    /// Error description
    ///
    /// CSDL: property `errorDescription`: `Edm.String`, nullable.
    pub error_description: rt::Field<::std::string::String>,
    /// Name of setting instance that is being reported.
    ///
    /// CSDL: property `instanceDisplayName`: `Edm.String`, nullable.
    pub instance_display_name: rt::Field<::std::string::String>,
    /// The setting that is being reported
    ///
    /// CSDL: property `setting`: `Edm.String`, nullable.
    pub setting: rt::Field<::std::string::String>,
    /// Localized/user friendly setting name that is being reported
    ///
    /// CSDL: property `settingName`: `Edm.String`, nullable.
    pub setting_name: rt::Field<::std::string::String>,
    /// Contributing policies
    ///
    /// CSDL: property `sources`: `Collection(microsoft.graph.settingSource)`, nullable.
    pub sources: rt::Field<::std::vec::Vec<crate::v1::SettingSource>>,
    /// The compliance state of the setting
    ///
    /// CSDL: property `state`: `microsoft.graph.complianceStatus`, not nullable.
    pub state: rt::Field<crate::v1::ComplianceStatus>,
    /// UserEmail
    ///
    /// CSDL: property `userEmail`: `Edm.String`, nullable.
    pub user_email: rt::Field<::std::string::String>,
    /// UserId
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// UserName
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// UserPrincipalName.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for DeviceCompliancePolicySettingState {
    #[inline]
    fn default() -> Self {
        Self {
            current_value: rt::Field::Absent,
            error_code: rt::Field::Absent,
            error_description: rt::Field::Absent,
            instance_display_name: rt::Field::Absent,
            setting: rt::Field::Absent,
            setting_name: rt::Field::Absent,
            sources: rt::Field::Absent,
            state: rt::Field::Absent,
            user_email: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for DeviceCompliancePolicySettingState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceCompliancePolicySettingState";
    const KEYS: &'static [&'static str] = &[
        "currentValue",
        "errorCode",
        "errorDescription",
        "instanceDisplayName",
        "setting",
        "settingName",
        "sources",
        "state",
        "userEmail",
        "userId",
        "userName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"currentValue\":                 ",
        ",\"errorCode\":                    ",
        ",\"errorDescription\":             ",
        ",\"instanceDisplayName\":          ",
        ",\"setting\":                      ",
        ",\"settingName\":                  ",
        ",\"sources\":                      ",
        ",\"state\":                        ",
        ",\"userEmail\":                    ",
        ",\"userId\":                       ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceCompliancePolicySettingState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "current_value", &self.current_value);
        v.field(1usize, "error_code", &self.error_code);
        v.field(2usize, "error_description", &self.error_description);
        v.field(3usize, "instance_display_name", &self.instance_display_name);
        v.field(4usize, "setting", &self.setting);
        v.field(5usize, "setting_name", &self.setting_name);
        v.field(6usize, "sources", &self.sources);
        v.field(7usize, "state", &self.state);
        v.field(8usize, "user_email", &self.user_email);
        v.field(9usize, "user_id", &self.user_id);
        v.field(10usize, "user_name", &self.user_name);
        v.field(11usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for DeviceCompliancePolicySettingState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.current_value.read_from(r),
            1usize => self.error_code.read_from(r),
            2usize => self.error_description.read_from(r),
            3usize => self.instance_display_name.read_from(r),
            4usize => self.setting.read_from(r),
            5usize => self.setting_name.read_from(r),
            6usize => self.sources.read_from(r),
            7usize => self.state.read_from(r),
            8usize => self.user_email.read_from(r),
            9usize => self.user_id.read_from(r),
            10usize => self.user_name.read_from(r),
            11usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.current_value);
        w.field(1usize, &self.error_code);
        w.field(2usize, &self.error_description);
        w.field(3usize, &self.instance_display_name);
        w.field(4usize, &self.setting);
        w.field(5usize, &self.setting_name);
        w.field(6usize, &self.sources);
        w.field(7usize, &self.state);
        w.field(8usize, &self.user_email);
        w.field(9usize, &self.user_id);
        w.field(10usize, &self.user_name);
        w.field(11usize, &self.user_principal_name);
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
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_object!(DeviceCompliancePolicySettingState);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    DeviceCompliancePolicySettingState { with_current_value current_value :
    ::std::string::String; with_error_code error_code : i64; with_error_description
    error_description : ::std::string::String; with_instance_display_name
    instance_display_name : ::std::string::String; with_setting setting :
    ::std::string::String; with_setting_name setting_name : ::std::string::String;
    with_sources sources : ::std::vec::Vec < crate ::v1::SettingSource >; with_state
    state : crate ::v1::ComplianceStatus; with_user_email user_email :
    ::std::string::String; with_user_id user_id : ::std::string::String; with_user_name
    user_name : ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicySettingState);
#[cfg(msgraph_v1_device_management_or_search)]
/// Device Compilance Policy Setting State summary across the account.
///
/// CSDL: `microsoft.graph.deviceCompliancePolicySettingStateSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceCompliancePolicySettingStateSummaryPath`](requests/trait.DeviceCompliancePolicySettingStateSummaryPath.html), what a path to one (`EntityPath<DeviceCompliancePolicySettingStateSummary, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceCompliancePolicySettingStateSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of compliant devices
    ///
    /// CSDL: property `compliantDeviceCount`: `Edm.Int32`, not nullable.
    pub compliant_device_count: rt::Field<i32>,
    /// Number of conflict devices
    ///
    /// CSDL: property `conflictDeviceCount`: `Edm.Int32`, not nullable.
    pub conflict_device_count: rt::Field<i32>,
    /// Number of error devices
    ///
    /// CSDL: property `errorDeviceCount`: `Edm.Int32`, not nullable.
    pub error_device_count: rt::Field<i32>,
    /// Number of NonCompliant devices
    ///
    /// CSDL: property `nonCompliantDeviceCount`: `Edm.Int32`, not nullable.
    pub non_compliant_device_count: rt::Field<i32>,
    /// Number of not applicable devices
    ///
    /// CSDL: property `notApplicableDeviceCount`: `Edm.Int32`, not nullable.
    pub not_applicable_device_count: rt::Field<i32>,
    /// Setting platform
    ///
    /// CSDL: property `platformType`: `microsoft.graph.policyPlatformType`, not nullable.
    pub platform_type: rt::Field<crate::v1::PolicyPlatformType>,
    /// Number of remediated devices
    ///
    /// CSDL: property `remediatedDeviceCount`: `Edm.Int32`, not nullable.
    pub remediated_device_count: rt::Field<i32>,
    /// The setting class name and property name.
    ///
    /// CSDL: property `setting`: `Edm.String`, nullable.
    pub setting: rt::Field<::std::string::String>,
    /// Name of the setting.
    ///
    /// CSDL: property `settingName`: `Edm.String`, nullable.
    pub setting_name: rt::Field<::std::string::String>,
    /// Number of unknown devices
    ///
    /// CSDL: property `unknownDeviceCount`: `Edm.Int32`, not nullable.
    pub unknown_device_count: rt::Field<i32>,
    /// CSDL: containment navigation property `deviceComplianceSettingStates`: `Collection(microsoft.graph.deviceComplianceSettingState)`, not nullable.
    pub device_compliance_setting_states: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceComplianceSettingState>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceCompliancePolicySettingStateSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliant_device_count: rt::Field::Absent,
            conflict_device_count: rt::Field::Absent,
            error_device_count: rt::Field::Absent,
            non_compliant_device_count: rt::Field::Absent,
            not_applicable_device_count: rt::Field::Absent,
            platform_type: rt::Field::Absent,
            remediated_device_count: rt::Field::Absent,
            setting: rt::Field::Absent,
            setting_name: rt::Field::Absent,
            unknown_device_count: rt::Field::Absent,
            device_compliance_setting_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceCompliancePolicySettingStateSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceCompliancePolicySettingStateSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "compliantDeviceCount",
        "conflictDeviceCount",
        "errorDeviceCount",
        "nonCompliantDeviceCount",
        "notApplicableDeviceCount",
        "platformType",
        "remediatedDeviceCount",
        "setting",
        "settingName",
        "unknownDeviceCount",
        "deviceComplianceSettingStates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"compliantDeviceCount\":         ",
        ",\"conflictDeviceCount\":          ",
        ",\"errorDeviceCount\":             ",
        ",\"nonCompliantDeviceCount\":      ",
        ",\"notApplicableDeviceCount\":     ",
        ",\"platformType\":                 ",
        ",\"remediatedDeviceCount\":        ",
        ",\"setting\":                      ",
        ",\"settingName\":                  ",
        ",\"unknownDeviceCount\":           ",
        ",\"deviceComplianceSettingStates\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceCompliancePolicySettingStateSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "compliant_device_count", &self.compliant_device_count);
        v.field(2usize, "conflict_device_count", &self.conflict_device_count);
        v.field(3usize, "error_device_count", &self.error_device_count);
        v.field(4usize, "non_compliant_device_count", &self.non_compliant_device_count);
        v.field(
            5usize,
            "not_applicable_device_count",
            &self.not_applicable_device_count,
        );
        v.field(6usize, "platform_type", &self.platform_type);
        v.field(7usize, "remediated_device_count", &self.remediated_device_count);
        v.field(8usize, "setting", &self.setting);
        v.field(9usize, "setting_name", &self.setting_name);
        v.field(10usize, "unknown_device_count", &self.unknown_device_count);
        v.field(
            11usize,
            "device_compliance_setting_states",
            &self.device_compliance_setting_states,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceCompliancePolicySettingStateSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliant_device_count.read_from(r),
            2usize => self.conflict_device_count.read_from(r),
            3usize => self.error_device_count.read_from(r),
            4usize => self.non_compliant_device_count.read_from(r),
            5usize => self.not_applicable_device_count.read_from(r),
            6usize => self.platform_type.read_from(r),
            7usize => self.remediated_device_count.read_from(r),
            8usize => self.setting.read_from(r),
            9usize => self.setting_name.read_from(r),
            10usize => self.unknown_device_count.read_from(r),
            11usize => self.device_compliance_setting_states.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.compliant_device_count);
        w.field(2usize, &self.conflict_device_count);
        w.field(3usize, &self.error_device_count);
        w.field(4usize, &self.non_compliant_device_count);
        w.field(5usize, &self.not_applicable_device_count);
        w.field(6usize, &self.platform_type);
        w.field(7usize, &self.remediated_device_count);
        w.field(8usize, &self.setting);
        w.field(9usize, &self.setting_name);
        w.field(10usize, &self.unknown_device_count);
        w.field(11usize, &self.device_compliance_setting_states);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceCompliancePolicySettingStateSummary);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceCompliancePolicySettingStateSummary { with_id id : ::std::string::String;
    with_compliant_device_count compliant_device_count : i32; with_conflict_device_count
    conflict_device_count : i32; with_error_device_count error_device_count : i32;
    with_non_compliant_device_count non_compliant_device_count : i32;
    with_not_applicable_device_count not_applicable_device_count : i32;
    with_platform_type platform_type : crate ::v1::PolicyPlatformType;
    with_remediated_device_count remediated_device_count : i32; with_setting setting :
    ::std::string::String; with_setting_name setting_name : ::std::string::String;
    with_unknown_device_count unknown_device_count : i32;
    with_device_compliance_setting_states device_compliance_setting_states :
    ::std::vec::Vec < crate ::v1::DeviceComplianceSettingState >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicySettingStateSummary);
#[cfg(msgraph_v1_core_or_device_management)]
/// Device Compliance Policy State for a given device.
///
/// CSDL: `microsoft.graph.deviceCompliancePolicyState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceCompliancePolicyState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The name of the policy for this policyBase
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Platform type that the policy applies to
    ///
    /// CSDL: property `platformType`: `microsoft.graph.policyPlatformType`, not nullable.
    pub platform_type: rt::Field<crate::v1::PolicyPlatformType>,
    /// Count of how many setting a policy holds
    ///
    /// CSDL: property `settingCount`: `Edm.Int32`, not nullable.
    pub setting_count: rt::Field<i32>,
    /// CSDL: property `settingStates`: `Collection(microsoft.graph.deviceCompliancePolicySettingState)`, nullable.
    pub setting_states: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceCompliancePolicySettingState>,
    >,
    /// The compliance state of the policy
    ///
    /// CSDL: property `state`: `microsoft.graph.complianceStatus`, not nullable.
    pub state: rt::Field<crate::v1::ComplianceStatus>,
    /// The version of the policy
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for DeviceCompliancePolicyState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            platform_type: rt::Field::Absent,
            setting_count: rt::Field::Absent,
            setting_states: rt::Field::Absent,
            state: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for DeviceCompliancePolicyState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceCompliancePolicyState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "platformType",
        "settingCount",
        "settingStates",
        "state",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"platformType\":                 ",
        ",\"settingCount\":                 ",
        ",\"settingStates\":                ",
        ",\"state\":                        ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceCompliancePolicyState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "platform_type", &self.platform_type);
        v.field(3usize, "setting_count", &self.setting_count);
        v.field(4usize, "setting_states", &self.setting_states);
        v.field(5usize, "state", &self.state);
        v.field(6usize, "version", &self.version);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for DeviceCompliancePolicyState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.platform_type.read_from(r),
            3usize => self.setting_count.read_from(r),
            4usize => self.setting_states.read_from(r),
            5usize => self.state.read_from(r),
            6usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.platform_type);
        w.field(3usize, &self.setting_count);
        w.field(4usize, &self.setting_states);
        w.field(5usize, &self.state);
        w.field(6usize, &self.version);
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
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_object!(DeviceCompliancePolicyState);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    DeviceCompliancePolicyState { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_platform_type platform_type : crate
    ::v1::PolicyPlatformType; with_setting_count setting_count : i32; with_setting_states
    setting_states : ::std::vec::Vec < crate ::v1::DeviceCompliancePolicySettingState >;
    with_state state : crate ::v1::ComplianceStatus; with_version version : i32; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceCompliancePolicyState);
#[cfg(msgraph_v1_device_management_or_search)]
/// Device compliance setting State for a given device.
///
/// CSDL: `microsoft.graph.deviceComplianceSettingState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceComplianceSettingState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The DateTime when device compliance grace period expires
    ///
    /// CSDL: property `complianceGracePeriodExpirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub compliance_grace_period_expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The Device Id that is being reported
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The device model that is being reported
    ///
    /// CSDL: property `deviceModel`: `Edm.String`, nullable.
    pub device_model: rt::Field<::std::string::String>,
    /// The Device Name that is being reported
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// The setting class name and property name.
    ///
    /// CSDL: property `setting`: `Edm.String`, nullable.
    pub setting: rt::Field<::std::string::String>,
    /// The Setting Name that is being reported
    ///
    /// CSDL: property `settingName`: `Edm.String`, nullable.
    pub setting_name: rt::Field<::std::string::String>,
    /// The compliance state of the setting
    ///
    /// CSDL: property `state`: `microsoft.graph.complianceStatus`, not nullable.
    pub state: rt::Field<crate::v1::ComplianceStatus>,
    /// The User email address that is being reported
    ///
    /// CSDL: property `userEmail`: `Edm.String`, nullable.
    pub user_email: rt::Field<::std::string::String>,
    /// The user Id that is being reported
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// The User Name that is being reported
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// The User PrincipalName that is being reported
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceComplianceSettingState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliance_grace_period_expiration_date_time: rt::Field::Absent,
            device_id: rt::Field::Absent,
            device_model: rt::Field::Absent,
            device_name: rt::Field::Absent,
            setting: rt::Field::Absent,
            setting_name: rt::Field::Absent,
            state: rt::Field::Absent,
            user_email: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceComplianceSettingState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceComplianceSettingState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "complianceGracePeriodExpirationDateTime",
        "deviceId",
        "deviceModel",
        "deviceName",
        "setting",
        "settingName",
        "state",
        "userEmail",
        "userId",
        "userName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"complianceGracePeriodExpirationDateTime\":",
        ",\"deviceId\":                     ",
        ",\"deviceModel\":                  ",
        ",\"deviceName\":                   ",
        ",\"setting\":                      ",
        ",\"settingName\":                  ",
        ",\"state\":                        ",
        ",\"userEmail\":                    ",
        ",\"userId\":                       ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceComplianceSettingState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "compliance_grace_period_expiration_date_time",
            &self.compliance_grace_period_expiration_date_time,
        );
        v.field(2usize, "device_id", &self.device_id);
        v.field(3usize, "device_model", &self.device_model);
        v.field(4usize, "device_name", &self.device_name);
        v.field(5usize, "setting", &self.setting);
        v.field(6usize, "setting_name", &self.setting_name);
        v.field(7usize, "state", &self.state);
        v.field(8usize, "user_email", &self.user_email);
        v.field(9usize, "user_id", &self.user_id);
        v.field(10usize, "user_name", &self.user_name);
        v.field(11usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceComplianceSettingState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliance_grace_period_expiration_date_time.read_from(r),
            2usize => self.device_id.read_from(r),
            3usize => self.device_model.read_from(r),
            4usize => self.device_name.read_from(r),
            5usize => self.setting.read_from(r),
            6usize => self.setting_name.read_from(r),
            7usize => self.state.read_from(r),
            8usize => self.user_email.read_from(r),
            9usize => self.user_id.read_from(r),
            10usize => self.user_name.read_from(r),
            11usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.compliance_grace_period_expiration_date_time);
        w.field(2usize, &self.device_id);
        w.field(3usize, &self.device_model);
        w.field(4usize, &self.device_name);
        w.field(5usize, &self.setting);
        w.field(6usize, &self.setting_name);
        w.field(7usize, &self.state);
        w.field(8usize, &self.user_email);
        w.field(9usize, &self.user_id);
        w.field(10usize, &self.user_name);
        w.field(11usize, &self.user_principal_name);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceComplianceSettingState);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceComplianceSettingState { with_id id : ::std::string::String;
    with_compliance_grace_period_expiration_date_time
    compliance_grace_period_expiration_date_time : rt::edm::DateTimeOffset;
    with_device_id device_id : ::std::string::String; with_device_model device_model :
    ::std::string::String; with_device_name device_name : ::std::string::String;
    with_setting setting : ::std::string::String; with_setting_name setting_name :
    ::std::string::String; with_state state : crate ::v1::ComplianceStatus;
    with_user_email user_email : ::std::string::String; with_user_id user_id :
    ::std::string::String; with_user_name user_name : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceComplianceSettingState);
#[cfg(msgraph_v1_core_or_device_management)]
/// Device Configuration Setting State for a given device.
///
/// CSDL: `microsoft.graph.deviceConfigurationSettingState`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceConfigurationSettingState {
    /// Current value of setting on device
    ///
    /// CSDL: property `currentValue`: `Edm.String`, nullable.
    pub current_value: rt::Field<::std::string::String>,
    /// Error code for the setting
    ///
    /// CSDL: property `errorCode`: `Edm.Int64`, not nullable.
    pub error_code: rt::Field<i64>,
    /// Error description
    ///
    /// CSDL: property `errorDescription`: `Edm.String`, nullable.
    pub error_description: rt::Field<::std::string::String>,
    /// Name of setting instance that is being reported.
    ///
    /// CSDL: property `instanceDisplayName`: `Edm.String`, nullable.
    pub instance_display_name: rt::Field<::std::string::String>,
    /// The setting that is being reported
    ///
    /// CSDL: property `setting`: `Edm.String`, nullable.
    pub setting: rt::Field<::std::string::String>,
    /// Localized/user friendly setting name that is being reported
    ///
    /// CSDL: property `settingName`: `Edm.String`, nullable.
    pub setting_name: rt::Field<::std::string::String>,
    /// Contributing policies
    ///
    /// CSDL: property `sources`: `Collection(microsoft.graph.settingSource)`, nullable.
    pub sources: rt::Field<::std::vec::Vec<crate::v1::SettingSource>>,
    /// The compliance state of the setting
    ///
    /// CSDL: property `state`: `microsoft.graph.complianceStatus`, not nullable.
    pub state: rt::Field<crate::v1::ComplianceStatus>,
    /// UserEmail
    ///
    /// CSDL: property `userEmail`: `Edm.String`, nullable.
    pub user_email: rt::Field<::std::string::String>,
    /// UserId
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// UserName
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// UserPrincipalName.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for DeviceConfigurationSettingState {
    #[inline]
    fn default() -> Self {
        Self {
            current_value: rt::Field::Absent,
            error_code: rt::Field::Absent,
            error_description: rt::Field::Absent,
            instance_display_name: rt::Field::Absent,
            setting: rt::Field::Absent,
            setting_name: rt::Field::Absent,
            sources: rt::Field::Absent,
            state: rt::Field::Absent,
            user_email: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for DeviceConfigurationSettingState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceConfigurationSettingState";
    const KEYS: &'static [&'static str] = &[
        "currentValue",
        "errorCode",
        "errorDescription",
        "instanceDisplayName",
        "setting",
        "settingName",
        "sources",
        "state",
        "userEmail",
        "userId",
        "userName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"currentValue\":                 ",
        ",\"errorCode\":                    ",
        ",\"errorDescription\":             ",
        ",\"instanceDisplayName\":          ",
        ",\"setting\":                      ",
        ",\"settingName\":                  ",
        ",\"sources\":                      ",
        ",\"state\":                        ",
        ",\"userEmail\":                    ",
        ",\"userId\":                       ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceConfigurationSettingState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "current_value", &self.current_value);
        v.field(1usize, "error_code", &self.error_code);
        v.field(2usize, "error_description", &self.error_description);
        v.field(3usize, "instance_display_name", &self.instance_display_name);
        v.field(4usize, "setting", &self.setting);
        v.field(5usize, "setting_name", &self.setting_name);
        v.field(6usize, "sources", &self.sources);
        v.field(7usize, "state", &self.state);
        v.field(8usize, "user_email", &self.user_email);
        v.field(9usize, "user_id", &self.user_id);
        v.field(10usize, "user_name", &self.user_name);
        v.field(11usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for DeviceConfigurationSettingState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.current_value.read_from(r),
            1usize => self.error_code.read_from(r),
            2usize => self.error_description.read_from(r),
            3usize => self.instance_display_name.read_from(r),
            4usize => self.setting.read_from(r),
            5usize => self.setting_name.read_from(r),
            6usize => self.sources.read_from(r),
            7usize => self.state.read_from(r),
            8usize => self.user_email.read_from(r),
            9usize => self.user_id.read_from(r),
            10usize => self.user_name.read_from(r),
            11usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.current_value);
        w.field(1usize, &self.error_code);
        w.field(2usize, &self.error_description);
        w.field(3usize, &self.instance_display_name);
        w.field(4usize, &self.setting);
        w.field(5usize, &self.setting_name);
        w.field(6usize, &self.sources);
        w.field(7usize, &self.state);
        w.field(8usize, &self.user_email);
        w.field(9usize, &self.user_id);
        w.field(10usize, &self.user_name);
        w.field(11usize, &self.user_principal_name);
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
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_object!(DeviceConfigurationSettingState);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    DeviceConfigurationSettingState { with_current_value current_value :
    ::std::string::String; with_error_code error_code : i64; with_error_description
    error_description : ::std::string::String; with_instance_display_name
    instance_display_name : ::std::string::String; with_setting setting :
    ::std::string::String; with_setting_name setting_name : ::std::string::String;
    with_sources sources : ::std::vec::Vec < crate ::v1::SettingSource >; with_state
    state : crate ::v1::ComplianceStatus; with_user_email user_email :
    ::std::string::String; with_user_id user_id : ::std::string::String; with_user_name
    user_name : ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationSettingState);
#[cfg(msgraph_v1_core_or_device_management)]
/// Support for this Entity is being deprecated starting May 2026 & will no longer be supported.
///
/// CSDL: `microsoft.graph.deviceConfigurationState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceConfigurationState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The name of the policy for this policyBase
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Platform type that the policy applies to
    ///
    /// CSDL: property `platformType`: `microsoft.graph.policyPlatformType`, not nullable.
    pub platform_type: rt::Field<crate::v1::PolicyPlatformType>,
    /// Count of how many setting a policy holds
    ///
    /// CSDL: property `settingCount`: `Edm.Int32`, not nullable.
    pub setting_count: rt::Field<i32>,
    /// CSDL: property `settingStates`: `Collection(microsoft.graph.deviceConfigurationSettingState)`, nullable.
    pub setting_states: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceConfigurationSettingState>,
    >,
    /// The compliance state of the policy
    ///
    /// CSDL: property `state`: `microsoft.graph.complianceStatus`, not nullable.
    pub state: rt::Field<crate::v1::ComplianceStatus>,
    /// The version of the policy
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for DeviceConfigurationState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            platform_type: rt::Field::Absent,
            setting_count: rt::Field::Absent,
            setting_states: rt::Field::Absent,
            state: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for DeviceConfigurationState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceConfigurationState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "platformType",
        "settingCount",
        "settingStates",
        "state",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"platformType\":                 ",
        ",\"settingCount\":                 ",
        ",\"settingStates\":                ",
        ",\"state\":                        ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceConfigurationState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "platform_type", &self.platform_type);
        v.field(3usize, "setting_count", &self.setting_count);
        v.field(4usize, "setting_states", &self.setting_states);
        v.field(5usize, "state", &self.state);
        v.field(6usize, "version", &self.version);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for DeviceConfigurationState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.platform_type.read_from(r),
            3usize => self.setting_count.read_from(r),
            4usize => self.setting_states.read_from(r),
            5usize => self.state.read_from(r),
            6usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.platform_type);
        w.field(3usize, &self.setting_count);
        w.field(4usize, &self.setting_states);
        w.field(5usize, &self.state);
        w.field(6usize, &self.version);
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
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_object!(DeviceConfigurationState);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    DeviceConfigurationState { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_platform_type platform_type : crate
    ::v1::PolicyPlatformType; with_setting_count setting_count : i32; with_setting_states
    setting_states : ::std::vec::Vec < crate ::v1::DeviceConfigurationSettingState >;
    with_state state : crate ::v1::ComplianceStatus; with_version version : i32; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationState);
#[cfg(msgraph_v1_device_management_or_search)]
/// The Base Class of Device Enrollment Configuration
///
/// CSDL: `microsoft.graph.deviceEnrollmentConfiguration`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`DeviceEnrollmentConfigurationPath`](requests/trait.DeviceEnrollmentConfigurationPath.html), what a path to one (`EntityPath<AnyDeviceEnrollmentConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceEnrollmentConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Created date time in UTC of the device enrollment configuration
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the device enrollment configuration
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The display name of the device enrollment configuration
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last modified date time in UTC of the device enrollment configuration
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Priority is used when a user exists in multiple groups that are assigned enrollment configuration. Users are subject only to the configuration with the lowest priority value.
    ///
    /// CSDL: property `priority`: `Edm.Int32`, not nullable.
    pub priority: rt::Field<i32>,
    /// The version of the device enrollment configuration
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of group assignments for the device configuration profile
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.enrollmentConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::EnrollmentConfigurationAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceEnrollmentConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            priority: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceEnrollmentConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceEnrollmentConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "priority",
        "version",
        "assignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"priority\":                     ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceEnrollmentConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "priority", &self.priority);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "assignments", &self.assignments);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceEnrollmentConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.priority.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.priority);
        w.field(6usize, &self.version);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceEnrollmentConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceEnrollmentConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_priority priority : i32; with_version version : i32;
    with_assignments assignments : ::std::vec::Vec < crate
    ::v1::EnrollmentConfigurationAssignment >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceEnrollmentConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// `microsoft.graph.deviceEnrollmentConfiguration` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceEnrollmentConfiguration {
    DeviceEnrollmentConfiguration(
        ::std::boxed::Box<crate::v1::DeviceEnrollmentConfiguration>,
    ),
    DeviceEnrollmentLimitConfiguration(
        ::std::boxed::Box<crate::v1::DeviceEnrollmentLimitConfiguration>,
    ),
    DeviceEnrollmentPlatformRestrictionsConfiguration(
        ::std::boxed::Box<crate::v1::DeviceEnrollmentPlatformRestrictionsConfiguration>,
    ),
    DeviceEnrollmentWindowsHelloForBusinessConfiguration(
        ::std::boxed::Box<
            crate::v1::DeviceEnrollmentWindowsHelloForBusinessConfiguration,
        >,
    ),
    Windows10EnrollmentCompletionPageConfiguration(
        ::std::boxed::Box<crate::v1::Windows10EnrollmentCompletionPageConfiguration>,
    ),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for AnyDeviceEnrollmentConfiguration {
    #[inline]
    fn default() -> Self {
        Self::DeviceEnrollmentConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceEnrollmentConfiguration>
for AnyDeviceEnrollmentConfiguration {
    #[inline]
    fn from(v: crate::v1::DeviceEnrollmentConfiguration) -> Self {
        Self::DeviceEnrollmentConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceEnrollmentLimitConfiguration>
for AnyDeviceEnrollmentConfiguration {
    #[inline]
    fn from(v: crate::v1::DeviceEnrollmentLimitConfiguration) -> Self {
        Self::DeviceEnrollmentLimitConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceEnrollmentPlatformRestrictionsConfiguration>
for AnyDeviceEnrollmentConfiguration {
    #[inline]
    fn from(v: crate::v1::DeviceEnrollmentPlatformRestrictionsConfiguration) -> Self {
        Self::DeviceEnrollmentPlatformRestrictionsConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::DeviceEnrollmentWindowsHelloForBusinessConfiguration,
> for AnyDeviceEnrollmentConfiguration {
    #[inline]
    fn from(v: crate::v1::DeviceEnrollmentWindowsHelloForBusinessConfiguration) -> Self {
        Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Windows10EnrollmentCompletionPageConfiguration>
for AnyDeviceEnrollmentConfiguration {
    #[inline]
    fn from(v: crate::v1::Windows10EnrollmentCompletionPageConfiguration) -> Self {
        Self::Windows10EnrollmentCompletionPageConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeviceEnrollmentConfiguration {}
#[cfg(msgraph_v1_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeviceEnrollmentConfiguration {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceEnrollmentConfiguration {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceEnrollmentConfiguration {}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeviceEnrollmentConfiguration {}
#[cfg(msgraph_v1_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::DeviceEnrollmentConfiguration>();
    rt::object::auto_traits::<crate::v1::DeviceEnrollmentLimitConfiguration>();
    rt::object::auto_traits::<
        crate::v1::DeviceEnrollmentPlatformRestrictionsConfiguration,
    >();
    rt::object::auto_traits::<
        crate::v1::DeviceEnrollmentWindowsHelloForBusinessConfiguration,
    >();
    rt::object::auto_traits::<
        crate::v1::Windows10EnrollmentCompletionPageConfiguration,
    >();
};
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Poly for AnyDeviceEnrollmentConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.deviceEnrollmentConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceEnrollmentLimitConfiguration",
            ) => Self::DeviceEnrollmentLimitConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration",
            ) => {
                Self::DeviceEnrollmentPlatformRestrictionsConfiguration(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration",
            ) => {
                Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.windows10EnrollmentCompletionPageConfiguration",
            ) => {
                Self::Windows10EnrollmentCompletionPageConfiguration(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::DeviceEnrollmentConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &**v,
            Self::DeviceEnrollmentLimitConfiguration(v) => &**v,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &**v,
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &**v,
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &mut **v,
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut **v,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &mut **v,
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &mut **v,
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl AnyDeviceEnrollmentConfiguration {
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
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &v.id,
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.id,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &v.id,
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &v.id,
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &mut v.id,
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.id,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &mut v.id,
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &mut v.id,
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &v.created_date_time,
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.created_date_time,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => {
                &v.created_date_time
            }
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &v.created_date_time
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => {
                &v.created_date_time
            }
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &mut v.created_date_time,
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.created_date_time,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => {
                &mut v.created_date_time
            }
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &mut v.created_date_time
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => {
                &mut v.created_date_time
            }
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &v.description,
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.description,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &v.description,
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &v.description
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &mut v.description,
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.description,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => {
                &mut v.description
            }
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &mut v.description
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &v.display_name,
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.display_name,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &v.display_name,
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &v.display_name
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &mut v.display_name,
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.display_name,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => {
                &mut v.display_name
            }
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &mut v.display_name
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => {
                &mut v.display_name
            }
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &v.last_modified_date_time,
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.last_modified_date_time,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &v.last_modified_date_time
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => {
                &v.last_modified_date_time
            }
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &mut v.last_modified_date_time,
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.last_modified_date_time,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &mut v.last_modified_date_time
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => {
                &mut v.last_modified_date_time
            }
        }
    }
    /// `priority` of any variant.
    #[inline]
    pub fn priority(&self) -> &rt::Field<i32> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &v.priority,
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.priority,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &v.priority,
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &v.priority,
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &v.priority,
        }
    }
    /// `priority` of any variant.
    #[inline]
    pub fn priority_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &mut v.priority,
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.priority,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &mut v.priority,
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &mut v.priority
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &mut v.priority,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &v.version,
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.version,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &v.version,
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &v.version,
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &mut v.version,
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.version,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &mut v.version,
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &mut v.version
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::EnrollmentConfigurationAssignment>> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &v.assignments,
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.assignments,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &v.assignments,
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &v.assignments
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::EnrollmentConfigurationAssignment>> {
        match self {
            Self::DeviceEnrollmentConfiguration(v) => &mut v.assignments,
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.assignments,
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => {
                &mut v.assignments
            }
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                &mut v.assignments
            }
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &mut v.assignments,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_poly!(AnyDeviceEnrollmentConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceEnrollmentConfiguration);
#[cfg(msgraph_v1_core_or_device_management)]
/// Top level failure categories for enrollment.
///
/// CSDL: `microsoft.graph.deviceEnrollmentFailureReason`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceEnrollmentFailureReason {
    /// Default value, failure reason is unknown.
    ///
    /// `unknown` (value 0).
    Unknown,
    /// Authentication failed
    ///
    /// `authentication` (value 1).
    Authentication,
    /// Call was authenticated, but not authorized to enroll.
    ///
    /// `authorization` (value 2).
    Authorization,
    /// Failed to validate the account for enrollment. (Account blocked, enrollment not enabled)
    ///
    /// `accountValidation` (value 3).
    AccountValidation,
    /// User could not be validated. (User does not exist, missing license)
    ///
    /// `userValidation` (value 4).
    UserValidation,
    /// Device is not supported for mobile device management.
    ///
    /// `deviceNotSupported` (value 5).
    DeviceNotSupported,
    /// Account is in maintenance.
    ///
    /// `inMaintenance` (value 6).
    InMaintenance,
    /// Client sent a request that is not understood/supported by the service.
    ///
    /// `badRequest` (value 7).
    BadRequest,
    /// Feature(s) used by this enrollment are not supported for this account.
    ///
    /// `featureNotSupported` (value 8).
    FeatureNotSupported,
    /// Enrollment restrictions configured by admin blocked this enrollment.
    ///
    /// `enrollmentRestrictionsEnforced` (value 9).
    EnrollmentRestrictionsEnforced,
    /// Client timed out or enrollment was aborted by enduser.
    ///
    /// `clientDisconnected` (value 10).
    ClientDisconnected,
    /// Enrollment was abandoned by enduser. (Enduser started onboarding but failed to complete it in timely manner)
    ///
    /// `userAbandonment` (value 11).
    UserAbandonment,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for DeviceEnrollmentFailureReason {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceEnrollmentFailureReason";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "authentication",
        "authorization",
        "accountValidation",
        "userValidation",
        "deviceNotSupported",
        "inMaintenance",
        "badRequest",
        "featureNotSupported",
        "enrollmentRestrictionsEnforced",
        "clientDisconnected",
        "userAbandonment",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "authentication" => Self::Authentication,
                "authorization" => Self::Authorization,
                "accountValidation" => Self::AccountValidation,
                "userValidation" => Self::UserValidation,
                "deviceNotSupported" => Self::DeviceNotSupported,
                "inMaintenance" => Self::InMaintenance,
                "badRequest" => Self::BadRequest,
                "featureNotSupported" => Self::FeatureNotSupported,
                "enrollmentRestrictionsEnforced" => Self::EnrollmentRestrictionsEnforced,
                "clientDisconnected" => Self::ClientDisconnected,
                "userAbandonment" => Self::UserAbandonment,
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
            Self::Unknown => "unknown",
            Self::Authentication => "authentication",
            Self::Authorization => "authorization",
            Self::AccountValidation => "accountValidation",
            Self::UserValidation => "userValidation",
            Self::DeviceNotSupported => "deviceNotSupported",
            Self::InMaintenance => "inMaintenance",
            Self::BadRequest => "badRequest",
            Self::FeatureNotSupported => "featureNotSupported",
            Self::EnrollmentRestrictionsEnforced => "enrollmentRestrictionsEnforced",
            Self::ClientDisconnected => "clientDisconnected",
            Self::UserAbandonment => "userAbandonment",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(DeviceEnrollmentFailureReason);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceEnrollmentFailureReason);
#[cfg(msgraph_v1_device_management_or_search)]
/// Device Enrollment Configuration that restricts the number of devices a user can enroll
///
/// CSDL: `microsoft.graph.deviceEnrollmentLimitConfiguration`, entity type, derived from `microsoft.graph.deviceEnrollmentConfiguration`, key `id`.
///
/// Request builders: [`DeviceEnrollmentConfigurationPath`](requests/trait.DeviceEnrollmentConfigurationPath.html), what a path to one (`EntityPath<DeviceEnrollmentLimitConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceEnrollmentLimitConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Created date time in UTC of the device enrollment configuration
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the device enrollment configuration
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The display name of the device enrollment configuration
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last modified date time in UTC of the device enrollment configuration
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Priority is used when a user exists in multiple groups that are assigned enrollment configuration. Users are subject only to the configuration with the lowest priority value.
    ///
    /// CSDL: property `priority`: `Edm.Int32`, not nullable.
    pub priority: rt::Field<i32>,
    /// The version of the device enrollment configuration
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of group assignments for the device configuration profile
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.enrollmentConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::EnrollmentConfigurationAssignment>,
    >,
    /// The maximum number of devices that a user can enroll
    ///
    /// CSDL: property `limit`: `Edm.Int32`, not nullable.
    pub limit: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceEnrollmentLimitConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            priority: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            limit: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceEnrollmentLimitConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceEnrollmentLimitConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "priority",
        "version",
        "assignments",
        "limit",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"priority\":                     ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"limit\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceEnrollmentLimitConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "priority", &self.priority);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "assignments", &self.assignments);
        v.field(8usize, "limit", &self.limit);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceEnrollmentLimitConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.priority.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.assignments.read_from(r),
            8usize => self.limit.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.priority);
        w.field(6usize, &self.version);
        w.field(7usize, &self.assignments);
        w.field(8usize, &self.limit);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceEnrollmentLimitConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceEnrollmentLimitConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_priority priority : i32; with_version version : i32;
    with_assignments assignments : ::std::vec::Vec < crate
    ::v1::EnrollmentConfigurationAssignment >; with_limit limit : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceEnrollmentLimitConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// Platform specific enrollment restrictions
///
/// CSDL: `microsoft.graph.deviceEnrollmentPlatformRestriction`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceEnrollmentPlatformRestriction {
    /// Max OS version supported
    ///
    /// CSDL: property `osMaximumVersion`: `Edm.String`, nullable.
    pub os_maximum_version: rt::Field<::std::string::String>,
    /// Min OS version supported
    ///
    /// CSDL: property `osMinimumVersion`: `Edm.String`, nullable.
    pub os_minimum_version: rt::Field<::std::string::String>,
    /// Block personally owned devices from enrolling
    ///
    /// CSDL: property `personalDeviceEnrollmentBlocked`: `Edm.Boolean`, not nullable.
    pub personal_device_enrollment_blocked: rt::Field<bool>,
    /// Block the platform from enrolling
    ///
    /// CSDL: property `platformBlocked`: `Edm.Boolean`, not nullable.
    pub platform_blocked: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceEnrollmentPlatformRestriction {
    #[inline]
    fn default() -> Self {
        Self {
            os_maximum_version: rt::Field::Absent,
            os_minimum_version: rt::Field::Absent,
            personal_device_enrollment_blocked: rt::Field::Absent,
            platform_blocked: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceEnrollmentPlatformRestriction {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceEnrollmentPlatformRestriction";
    const KEYS: &'static [&'static str] = &[
        "osMaximumVersion",
        "osMinimumVersion",
        "personalDeviceEnrollmentBlocked",
        "platformBlocked",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"osMaximumVersion\":             ",
        ",\"osMinimumVersion\":             ",
        ",\"personalDeviceEnrollmentBlocked\":",
        ",\"platformBlocked\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceEnrollmentPlatformRestriction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "os_maximum_version", &self.os_maximum_version);
        v.field(1usize, "os_minimum_version", &self.os_minimum_version);
        v.field(
            2usize,
            "personal_device_enrollment_blocked",
            &self.personal_device_enrollment_blocked,
        );
        v.field(3usize, "platform_blocked", &self.platform_blocked);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceEnrollmentPlatformRestriction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.os_maximum_version.read_from(r),
            1usize => self.os_minimum_version.read_from(r),
            2usize => self.personal_device_enrollment_blocked.read_from(r),
            3usize => self.platform_blocked.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.os_maximum_version);
        w.field(1usize, &self.os_minimum_version);
        w.field(2usize, &self.personal_device_enrollment_blocked);
        w.field(3usize, &self.platform_blocked);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceEnrollmentPlatformRestriction);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceEnrollmentPlatformRestriction { with_os_maximum_version os_maximum_version :
    ::std::string::String; with_os_minimum_version os_minimum_version :
    ::std::string::String; with_personal_device_enrollment_blocked
    personal_device_enrollment_blocked : bool; with_platform_blocked platform_blocked :
    bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceEnrollmentPlatformRestriction);
#[cfg(msgraph_v1_device_management_or_search)]
/// Default Device Enrollment Platform Restrictions Configuration that restricts the types of devices a user can enroll
///
/// CSDL: `microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration`, entity type, derived from `microsoft.graph.deviceEnrollmentConfiguration`, key `id`.
///
/// Request builders: [`DeviceEnrollmentPlatformRestrictionsConfigurationPath`](requests/trait.DeviceEnrollmentPlatformRestrictionsConfigurationPath.html), what a path to one (`EntityPath<DeviceEnrollmentPlatformRestrictionsConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceEnrollmentPlatformRestrictionsConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Created date time in UTC of the device enrollment configuration
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the device enrollment configuration
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The display name of the device enrollment configuration
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last modified date time in UTC of the device enrollment configuration
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Priority is used when a user exists in multiple groups that are assigned enrollment configuration. Users are subject only to the configuration with the lowest priority value.
    ///
    /// CSDL: property `priority`: `Edm.Int32`, not nullable.
    pub priority: rt::Field<i32>,
    /// The version of the device enrollment configuration
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of group assignments for the device configuration profile
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.enrollmentConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::EnrollmentConfigurationAssignment>,
    >,
    /// Indicates restrictions for Android platform.
    ///
    /// CSDL: property `androidRestriction`: `microsoft.graph.deviceEnrollmentPlatformRestriction`, nullable.
    pub android_restriction: rt::Field<crate::v1::DeviceEnrollmentPlatformRestriction>,
    /// Indicates restrictions for IOS platform.
    ///
    /// CSDL: property `iosRestriction`: `microsoft.graph.deviceEnrollmentPlatformRestriction`, nullable.
    pub ios_restriction: rt::Field<crate::v1::DeviceEnrollmentPlatformRestriction>,
    /// Indicates restrictions for MacOS platform.
    ///
    /// CSDL: property `macOSRestriction`: `microsoft.graph.deviceEnrollmentPlatformRestriction`, nullable.
    pub mac_os_restriction: rt::Field<crate::v1::DeviceEnrollmentPlatformRestriction>,
    /// Indicates restrictions for Windows Mobile platform.
    ///
    /// CSDL: property `windowsMobileRestriction`: `microsoft.graph.deviceEnrollmentPlatformRestriction`, nullable.
    pub windows_mobile_restriction: rt::Field<
        crate::v1::DeviceEnrollmentPlatformRestriction,
    >,
    /// Indicates restrictions for Windows platform.
    ///
    /// CSDL: property `windowsRestriction`: `microsoft.graph.deviceEnrollmentPlatformRestriction`, nullable.
    pub windows_restriction: rt::Field<crate::v1::DeviceEnrollmentPlatformRestriction>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceEnrollmentPlatformRestrictionsConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            priority: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            android_restriction: rt::Field::Absent,
            ios_restriction: rt::Field::Absent,
            mac_os_restriction: rt::Field::Absent,
            windows_mobile_restriction: rt::Field::Absent,
            windows_restriction: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceEnrollmentPlatformRestrictionsConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "priority",
        "version",
        "assignments",
        "androidRestriction",
        "iosRestriction",
        "macOSRestriction",
        "windowsMobileRestriction",
        "windowsRestriction",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"priority\":                     ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"androidRestriction\":           ",
        ",\"iosRestriction\":               ",
        ",\"macOSRestriction\":             ",
        ",\"windowsMobileRestriction\":     ",
        ",\"windowsRestriction\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "priority", &self.priority);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "assignments", &self.assignments);
        v.field(8usize, "android_restriction", &self.android_restriction);
        v.field(9usize, "ios_restriction", &self.ios_restriction);
        v.field(10usize, "mac_os_restriction", &self.mac_os_restriction);
        v.field(11usize, "windows_mobile_restriction", &self.windows_mobile_restriction);
        v.field(12usize, "windows_restriction", &self.windows_restriction);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceEnrollmentPlatformRestrictionsConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.priority.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.assignments.read_from(r),
            8usize => self.android_restriction.read_from(r),
            9usize => self.ios_restriction.read_from(r),
            10usize => self.mac_os_restriction.read_from(r),
            11usize => self.windows_mobile_restriction.read_from(r),
            12usize => self.windows_restriction.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.priority);
        w.field(6usize, &self.version);
        w.field(7usize, &self.assignments);
        w.field(8usize, &self.android_restriction);
        w.field(9usize, &self.ios_restriction);
        w.field(10usize, &self.mac_os_restriction);
        w.field(11usize, &self.windows_mobile_restriction);
        w.field(12usize, &self.windows_restriction);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceEnrollmentPlatformRestrictionsConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceEnrollmentPlatformRestrictionsConfiguration { with_id id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_priority priority : i32;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::v1::EnrollmentConfigurationAssignment >; with_android_restriction
    android_restriction : crate ::v1::DeviceEnrollmentPlatformRestriction;
    with_ios_restriction ios_restriction : crate
    ::v1::DeviceEnrollmentPlatformRestriction; with_mac_os_restriction mac_os_restriction
    : crate ::v1::DeviceEnrollmentPlatformRestriction; with_windows_mobile_restriction
    windows_mobile_restriction : crate ::v1::DeviceEnrollmentPlatformRestriction;
    with_windows_restriction windows_restriction : crate
    ::v1::DeviceEnrollmentPlatformRestriction; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceEnrollmentPlatformRestrictionsConfiguration);
#[cfg(msgraph_v1_core_or_device_management)]
/// Possible ways of adding a mobile device to management.
///
/// CSDL: `microsoft.graph.deviceEnrollmentType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceEnrollmentType {
    /// Default value, enrollment type was not collected.
    ///
    /// `unknown` (value 0).
    Unknown,
    /// User driven enrollment through BYOD channel.
    ///
    /// `userEnrollment` (value 1).
    UserEnrollment,
    /// User enrollment with a device enrollment manager account.
    ///
    /// `deviceEnrollmentManager` (value 2).
    DeviceEnrollmentManager,
    /// Apple bulk enrollment with user challenge. (DEP, Apple Configurator)
    ///
    /// `appleBulkWithUser` (value 3).
    AppleBulkWithUser,
    /// Apple bulk enrollment without user challenge. (DEP, Apple Configurator, Mobile Config)
    ///
    /// `appleBulkWithoutUser` (value 4).
    AppleBulkWithoutUser,
    /// Windows 10 Entra ID (Azure AD) Join.
    ///
    /// `windowsAzureADJoin` (value 5).
    WindowsAzureAdJoin,
    /// Windows 10 Bulk enrollment through ICD with certificate.
    ///
    /// `windowsBulkUserless` (value 6).
    WindowsBulkUserless,
    /// Windows 10 automatic enrollment. (Add work account)
    ///
    /// `windowsAutoEnrollment` (value 7).
    WindowsAutoEnrollment,
    /// Windows 10 bulk Entra ID (Azure AD) Join.
    ///
    /// `windowsBulkAzureDomainJoin` (value 8).
    WindowsBulkAzureDomainJoin,
    /// Windows 10 Co-Management triggered by AutoPilot or Group Policy.
    ///
    /// `windowsCoManagement` (value 9).
    WindowsCoManagement,
    /// Windows 10 Entra ID (Azure AD) Join using Device Auth.
    ///
    /// `windowsAzureADJoinUsingDeviceAuth` (value 10).
    WindowsAzureAdJoinUsingDeviceAuth,
    /// Indicates the device is enrolled via Apple User Enrollment with Company Portal. It results in an enrollment with a new partition for managed apps and data and which supports a limited set of management capabilities
    ///
    /// `appleUserEnrollment` (value 11).
    AppleUserEnrollment,
    /// Indicates the device is enrolled via Apple User Enrollment with Company Portal using a device enrollment manager user. It results in an enrollment with a new partition for managed apps and data and which supports a limited set of management capabilities
    ///
    /// `appleUserEnrollmentWithServiceAccount` (value 12).
    AppleUserEnrollmentWithServiceAccount,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 26).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for DeviceEnrollmentType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceEnrollmentType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "userEnrollment",
        "deviceEnrollmentManager",
        "appleBulkWithUser",
        "appleBulkWithoutUser",
        "windowsAzureADJoin",
        "windowsBulkUserless",
        "windowsAutoEnrollment",
        "windowsBulkAzureDomainJoin",
        "windowsCoManagement",
        "windowsAzureADJoinUsingDeviceAuth",
        "appleUserEnrollment",
        "appleUserEnrollmentWithServiceAccount",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "userEnrollment" => Self::UserEnrollment,
                "deviceEnrollmentManager" => Self::DeviceEnrollmentManager,
                "appleBulkWithUser" => Self::AppleBulkWithUser,
                "appleBulkWithoutUser" => Self::AppleBulkWithoutUser,
                "windowsAzureADJoin" => Self::WindowsAzureAdJoin,
                "windowsBulkUserless" => Self::WindowsBulkUserless,
                "windowsAutoEnrollment" => Self::WindowsAutoEnrollment,
                "windowsBulkAzureDomainJoin" => Self::WindowsBulkAzureDomainJoin,
                "windowsCoManagement" => Self::WindowsCoManagement,
                "windowsAzureADJoinUsingDeviceAuth" => {
                    Self::WindowsAzureAdJoinUsingDeviceAuth
                }
                "appleUserEnrollment" => Self::AppleUserEnrollment,
                "appleUserEnrollmentWithServiceAccount" => {
                    Self::AppleUserEnrollmentWithServiceAccount
                }
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
            Self::Unknown => "unknown",
            Self::UserEnrollment => "userEnrollment",
            Self::DeviceEnrollmentManager => "deviceEnrollmentManager",
            Self::AppleBulkWithUser => "appleBulkWithUser",
            Self::AppleBulkWithoutUser => "appleBulkWithoutUser",
            Self::WindowsAzureAdJoin => "windowsAzureADJoin",
            Self::WindowsBulkUserless => "windowsBulkUserless",
            Self::WindowsAutoEnrollment => "windowsAutoEnrollment",
            Self::WindowsBulkAzureDomainJoin => "windowsBulkAzureDomainJoin",
            Self::WindowsCoManagement => "windowsCoManagement",
            Self::WindowsAzureAdJoinUsingDeviceAuth => {
                "windowsAzureADJoinUsingDeviceAuth"
            }
            Self::AppleUserEnrollment => "appleUserEnrollment",
            Self::AppleUserEnrollmentWithServiceAccount => {
                "appleUserEnrollmentWithServiceAccount"
            }
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(DeviceEnrollmentType);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceEnrollmentType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Windows Hello for Business settings lets users access their devices using a gesture, such as biometric authentication, or a PIN. Configure settings for enrolled Windows 10, Windows 10 Mobile and later.
///
/// CSDL: `microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration`, entity type, derived from `microsoft.graph.deviceEnrollmentConfiguration`, key `id`.
///
/// Request builders: [`DeviceEnrollmentConfigurationPath`](requests/trait.DeviceEnrollmentConfigurationPath.html), what a path to one (`EntityPath<DeviceEnrollmentWindowsHelloForBusinessConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceEnrollmentWindowsHelloForBusinessConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Created date time in UTC of the device enrollment configuration
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The description of the device enrollment configuration
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The display name of the device enrollment configuration
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last modified date time in UTC of the device enrollment configuration
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Priority is used when a user exists in multiple groups that are assigned enrollment configuration. Users are subject only to the configuration with the lowest priority value.
    ///
    /// CSDL: property `priority`: `Edm.Int32`, not nullable.
    pub priority: rt::Field<i32>,
    /// The version of the device enrollment configuration
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of group assignments for the device configuration profile
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.enrollmentConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::v1::EnrollmentConfigurationAssignment>,
    >,
    /// Controls the ability to use the anti-spoofing features for facial recognition on devices which support it. If set to disabled, anti-spoofing features are not allowed. If set to Not Configured, the user can choose whether they want to use anti-spoofing.
    ///
    /// CSDL: property `enhancedBiometricsState`: `microsoft.graph.enablement`, not nullable.
    pub enhanced_biometrics_state: rt::Field<crate::v1::Enablement>,
    /// Controls the period of time (in days) that a PIN can be used before the system requires the user to change it. This must be set between 0 and 730, inclusive. If set to 0, the user's PIN will never expire
    ///
    /// CSDL: property `pinExpirationInDays`: `Edm.Int32`, not nullable.
    pub pin_expiration_in_days: rt::Field<i32>,
    /// Controls the ability to use lowercase letters in the Windows Hello for Business PIN.  Allowed permits the use of lowercase letter(s), whereas Required ensures they are present. If set to Not Allowed, lowercase letters will not be permitted.
    ///
    /// CSDL: property `pinLowercaseCharactersUsage`: `microsoft.graph.windowsHelloForBusinessPinUsage`, not nullable.
    pub pin_lowercase_characters_usage: rt::Field<
        crate::v1::WindowsHelloForBusinessPinUsage,
    >,
    /// Controls the maximum number of characters allowed for the Windows Hello for Business PIN. This value must be between 4 and 127, inclusive. This value must be greater than or equal to the value set for the minimum PIN.
    ///
    /// CSDL: property `pinMaximumLength`: `Edm.Int32`, not nullable.
    pub pin_maximum_length: rt::Field<i32>,
    /// Controls the minimum number of characters required for the Windows Hello for Business PIN.  This value must be between 4 and 127, inclusive, and less than or equal to the value set for the maximum PIN.
    ///
    /// CSDL: property `pinMinimumLength`: `Edm.Int32`, not nullable.
    pub pin_minimum_length: rt::Field<i32>,
    /// Controls the ability to prevent users from using past PINs. This must be set between 0 and 50, inclusive, and the current PIN of the user is included in that count. If set to 0, previous PINs are not stored. PIN history is not preserved through a PIN reset.
    ///
    /// CSDL: property `pinPreviousBlockCount`: `Edm.Int32`, not nullable.
    pub pin_previous_block_count: rt::Field<i32>,
    /// Controls the ability to use special characters in the Windows Hello for Business PIN.  Allowed permits the use of special character(s), whereas Required ensures they are present. If set to Not Allowed, special character(s) will not be permitted.
    ///
    /// CSDL: property `pinSpecialCharactersUsage`: `microsoft.graph.windowsHelloForBusinessPinUsage`, not nullable.
    pub pin_special_characters_usage: rt::Field<
        crate::v1::WindowsHelloForBusinessPinUsage,
    >,
    /// Controls the ability to use uppercase letters in the Windows Hello for Business PIN.  Allowed permits the use of uppercase letter(s), whereas Required ensures they are present. If set to Not Allowed, uppercase letters will not be permitted.
    ///
    /// CSDL: property `pinUppercaseCharactersUsage`: `microsoft.graph.windowsHelloForBusinessPinUsage`, not nullable.
    pub pin_uppercase_characters_usage: rt::Field<
        crate::v1::WindowsHelloForBusinessPinUsage,
    >,
    /// Controls the use of Remote Windows Hello for Business. Remote Windows Hello for Business provides the ability for a portable, registered device to be usable as a companion for desktop authentication. The desktop must be Azure AD joined and the companion device must have a Windows Hello for Business PIN.
    ///
    /// CSDL: property `remotePassportEnabled`: `Edm.Boolean`, not nullable.
    pub remote_passport_enabled: rt::Field<bool>,
    /// Controls whether to require a Trusted Platform Module (TPM) for provisioning Windows Hello for Business. A TPM provides an additional security benefit in that data stored on it cannot be used on other devices. If set to False, all devices can provision Windows Hello for Business even if there is not a usable TPM.
    ///
    /// CSDL: property `securityDeviceRequired`: `Edm.Boolean`, not nullable.
    pub security_device_required: rt::Field<bool>,
    /// Controls whether to allow the device to be configured for Windows Hello for Business. If set to disabled, the user cannot provision Windows Hello for Business except on Azure Active Directory joined mobile phones if otherwise required. If set to Not Configured, Intune will not override client defaults.
    ///
    /// CSDL: property `state`: `microsoft.graph.enablement`, not nullable.
    pub state: rt::Field<crate::v1::Enablement>,
    /// Controls the use of biometric gestures, such as face and fingerprint, as an alternative to the Windows Hello for Business PIN.  If set to False, biometric gestures are not allowed. Users must still configure a PIN as a backup in case of failures.
    ///
    /// CSDL: property `unlockWithBiometricsEnabled`: `Edm.Boolean`, not nullable.
    pub unlock_with_biometrics_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceEnrollmentWindowsHelloForBusinessConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            priority: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            enhanced_biometrics_state: rt::Field::Absent,
            pin_expiration_in_days: rt::Field::Absent,
            pin_lowercase_characters_usage: rt::Field::Absent,
            pin_maximum_length: rt::Field::Absent,
            pin_minimum_length: rt::Field::Absent,
            pin_previous_block_count: rt::Field::Absent,
            pin_special_characters_usage: rt::Field::Absent,
            pin_uppercase_characters_usage: rt::Field::Absent,
            remote_passport_enabled: rt::Field::Absent,
            security_device_required: rt::Field::Absent,
            state: rt::Field::Absent,
            unlock_with_biometrics_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceEnrollmentWindowsHelloForBusinessConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "priority",
        "version",
        "assignments",
        "enhancedBiometricsState",
        "pinExpirationInDays",
        "pinLowercaseCharactersUsage",
        "pinMaximumLength",
        "pinMinimumLength",
        "pinPreviousBlockCount",
        "pinSpecialCharactersUsage",
        "pinUppercaseCharactersUsage",
        "remotePassportEnabled",
        "securityDeviceRequired",
        "state",
        "unlockWithBiometricsEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"priority\":                     ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"enhancedBiometricsState\":      ",
        ",\"pinExpirationInDays\":          ",
        ",\"pinLowercaseCharactersUsage\":  ",
        ",\"pinMaximumLength\":             ",
        ",\"pinMinimumLength\":             ",
        ",\"pinPreviousBlockCount\":        ",
        ",\"pinSpecialCharactersUsage\":    ",
        ",\"pinUppercaseCharactersUsage\":  ",
        ",\"remotePassportEnabled\":        ",
        ",\"securityDeviceRequired\":       ",
        ",\"state\":                        ",
        ",\"unlockWithBiometricsEnabled\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "priority", &self.priority);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "assignments", &self.assignments);
        v.field(8usize, "enhanced_biometrics_state", &self.enhanced_biometrics_state);
        v.field(9usize, "pin_expiration_in_days", &self.pin_expiration_in_days);
        v.field(
            10usize,
            "pin_lowercase_characters_usage",
            &self.pin_lowercase_characters_usage,
        );
        v.field(11usize, "pin_maximum_length", &self.pin_maximum_length);
        v.field(12usize, "pin_minimum_length", &self.pin_minimum_length);
        v.field(13usize, "pin_previous_block_count", &self.pin_previous_block_count);
        v.field(
            14usize,
            "pin_special_characters_usage",
            &self.pin_special_characters_usage,
        );
        v.field(
            15usize,
            "pin_uppercase_characters_usage",
            &self.pin_uppercase_characters_usage,
        );
        v.field(16usize, "remote_passport_enabled", &self.remote_passport_enabled);
        v.field(17usize, "security_device_required", &self.security_device_required);
        v.field(18usize, "state", &self.state);
        v.field(
            19usize,
            "unlock_with_biometrics_enabled",
            &self.unlock_with_biometrics_enabled,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceEnrollmentWindowsHelloForBusinessConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.priority.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.assignments.read_from(r),
            8usize => self.enhanced_biometrics_state.read_from(r),
            9usize => self.pin_expiration_in_days.read_from(r),
            10usize => self.pin_lowercase_characters_usage.read_from(r),
            11usize => self.pin_maximum_length.read_from(r),
            12usize => self.pin_minimum_length.read_from(r),
            13usize => self.pin_previous_block_count.read_from(r),
            14usize => self.pin_special_characters_usage.read_from(r),
            15usize => self.pin_uppercase_characters_usage.read_from(r),
            16usize => self.remote_passport_enabled.read_from(r),
            17usize => self.security_device_required.read_from(r),
            18usize => self.state.read_from(r),
            19usize => self.unlock_with_biometrics_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.priority);
        w.field(6usize, &self.version);
        w.field(7usize, &self.assignments);
        w.field(8usize, &self.enhanced_biometrics_state);
        w.field(9usize, &self.pin_expiration_in_days);
        w.field(10usize, &self.pin_lowercase_characters_usage);
        w.field(11usize, &self.pin_maximum_length);
        w.field(12usize, &self.pin_minimum_length);
        w.field(13usize, &self.pin_previous_block_count);
        w.field(14usize, &self.pin_special_characters_usage);
        w.field(15usize, &self.pin_uppercase_characters_usage);
        w.field(16usize, &self.remote_passport_enabled);
        w.field(17usize, &self.security_device_required);
        w.field(18usize, &self.state);
        w.field(19usize, &self.unlock_with_biometrics_enabled);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceEnrollmentWindowsHelloForBusinessConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceEnrollmentWindowsHelloForBusinessConfiguration { with_id id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_priority priority : i32;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::v1::EnrollmentConfigurationAssignment >; with_enhanced_biometrics_state
    enhanced_biometrics_state : crate ::v1::Enablement; with_pin_expiration_in_days
    pin_expiration_in_days : i32; with_pin_lowercase_characters_usage
    pin_lowercase_characters_usage : crate ::v1::WindowsHelloForBusinessPinUsage;
    with_pin_maximum_length pin_maximum_length : i32; with_pin_minimum_length
    pin_minimum_length : i32; with_pin_previous_block_count pin_previous_block_count :
    i32; with_pin_special_characters_usage pin_special_characters_usage : crate
    ::v1::WindowsHelloForBusinessPinUsage; with_pin_uppercase_characters_usage
    pin_uppercase_characters_usage : crate ::v1::WindowsHelloForBusinessPinUsage;
    with_remote_passport_enabled remote_passport_enabled : bool;
    with_security_device_required security_device_required : bool; with_state state :
    crate ::v1::Enablement; with_unlock_with_biometrics_enabled
    unlock_with_biometrics_enabled : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceEnrollmentWindowsHelloForBusinessConfiguration);
#[cfg(msgraph_v1_search)]
/// Device Exchange Access State summary
///
/// CSDL: `microsoft.graph.deviceExchangeAccessStateSummary`, complex type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct DeviceExchangeAccessStateSummary {
    /// Total count of devices with Exchange Access State: Allowed.
    ///
    /// CSDL: property `allowedDeviceCount`: `Edm.Int32`, not nullable.
    pub allowed_device_count: rt::Field<i32>,
    /// Total count of devices with Exchange Access State: Blocked.
    ///
    /// CSDL: property `blockedDeviceCount`: `Edm.Int32`, not nullable.
    pub blocked_device_count: rt::Field<i32>,
    /// Total count of devices with Exchange Access State: Quarantined.
    ///
    /// CSDL: property `quarantinedDeviceCount`: `Edm.Int32`, not nullable.
    pub quarantined_device_count: rt::Field<i32>,
    /// Total count of devices for which no Exchange Access State could be found.
    ///
    /// CSDL: property `unavailableDeviceCount`: `Edm.Int32`, not nullable.
    pub unavailable_device_count: rt::Field<i32>,
    /// Total count of devices with Exchange Access State: Unknown.
    ///
    /// CSDL: property `unknownDeviceCount`: `Edm.Int32`, not nullable.
    pub unknown_device_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for DeviceExchangeAccessStateSummary {
    #[inline]
    fn default() -> Self {
        Self {
            allowed_device_count: rt::Field::Absent,
            blocked_device_count: rt::Field::Absent,
            quarantined_device_count: rt::Field::Absent,
            unavailable_device_count: rt::Field::Absent,
            unknown_device_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for DeviceExchangeAccessStateSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceExchangeAccessStateSummary";
    const KEYS: &'static [&'static str] = &[
        "allowedDeviceCount",
        "blockedDeviceCount",
        "quarantinedDeviceCount",
        "unavailableDeviceCount",
        "unknownDeviceCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowedDeviceCount\":           ",
        ",\"blockedDeviceCount\":           ",
        ",\"quarantinedDeviceCount\":       ",
        ",\"unavailableDeviceCount\":       ",
        ",\"unknownDeviceCount\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceExchangeAccessStateSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allowed_device_count", &self.allowed_device_count);
        v.field(1usize, "blocked_device_count", &self.blocked_device_count);
        v.field(2usize, "quarantined_device_count", &self.quarantined_device_count);
        v.field(3usize, "unavailable_device_count", &self.unavailable_device_count);
        v.field(4usize, "unknown_device_count", &self.unknown_device_count);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for DeviceExchangeAccessStateSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed_device_count.read_from(r),
            1usize => self.blocked_device_count.read_from(r),
            2usize => self.quarantined_device_count.read_from(r),
            3usize => self.unavailable_device_count.read_from(r),
            4usize => self.unknown_device_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed_device_count);
        w.field(1usize, &self.blocked_device_count);
        w.field(2usize, &self.quarantined_device_count);
        w.field(3usize, &self.unavailable_device_count);
        w.field(4usize, &self.unknown_device_count);
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
#[cfg(msgraph_v1_search)]
rt::impl_object!(DeviceExchangeAccessStateSummary);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    DeviceExchangeAccessStateSummary { with_allowed_device_count allowed_device_count :
    i32; with_blocked_device_count blocked_device_count : i32;
    with_quarantined_device_count quarantined_device_count : i32;
    with_unavailable_device_count unavailable_device_count : i32;
    with_unknown_device_count unknown_device_count : i32; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceExchangeAccessStateSummary);
#[cfg(msgraph_v1_any_area)]
/// Enum for the template type used for collecting logs
///
/// CSDL: `microsoft.graph.deviceLogCollectionTemplateType`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceLogCollectionTemplateType {
    /// Predefined template for what will be collected
    ///
    /// `predefined` (value 0).
    Predefined,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for DeviceLogCollectionTemplateType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceLogCollectionTemplateType";
    const MEMBERS: &'static [&'static str] = &["predefined", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "predefined" => Self::Predefined,
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
            Self::Predefined => "predefined",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(DeviceLogCollectionTemplateType);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceLogCollectionTemplateType);
#[cfg(msgraph_v1_search)]
/// Entity representing the configuration of a cached report.
///
/// CSDL: `microsoft.graph.deviceManagementCachedReportConfiguration`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementCachedReportConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for DeviceManagementCachedReportConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for DeviceManagementCachedReportConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementCachedReportConfiguration";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementCachedReportConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for DeviceManagementCachedReportConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
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
#[cfg(msgraph_v1_search)]
rt::impl_object!(DeviceManagementCachedReportConfiguration);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    DeviceManagementCachedReportConfiguration { with_id id : ::std::string::String; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementCachedReportConfiguration);
#[cfg(msgraph_v1_device_management_or_search)]
/// Entity which represents a connection to device management partner.
///
/// CSDL: `microsoft.graph.deviceManagementPartner`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementPartnerPath`](requests/trait.DeviceManagementPartnerPath.html), what a path to one (`EntityPath<DeviceManagementPartner, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementPartner {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Partner display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// User groups that specifies whether enrollment is through partner.
    ///
    /// CSDL: property `groupsRequiringPartnerEnrollment`: `Collection(microsoft.graph.deviceManagementPartnerAssignment)`, nullable.
    pub groups_requiring_partner_enrollment: rt::Field<
        ::std::vec::Vec<crate::v1::DeviceManagementPartnerAssignment>,
    >,
    /// Whether device management partner is configured or not
    ///
    /// CSDL: property `isConfigured`: `Edm.Boolean`, not nullable.
    pub is_configured: rt::Field<bool>,
    /// Timestamp of last heartbeat after admin enabled option Connect to Device management Partner
    ///
    /// CSDL: property `lastHeartbeatDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_heartbeat_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Partner App type
    ///
    /// CSDL: property `partnerAppType`: `microsoft.graph.deviceManagementPartnerAppType`, not nullable.
    pub partner_app_type: rt::Field<crate::v1::DeviceManagementPartnerAppType>,
    /// Partner state of this tenant
    ///
    /// CSDL: property `partnerState`: `microsoft.graph.deviceManagementPartnerTenantState`, not nullable.
    pub partner_state: rt::Field<crate::v1::DeviceManagementPartnerTenantState>,
    /// Partner Single tenant App id
    ///
    /// CSDL: property `singleTenantAppId`: `Edm.String`, nullable.
    pub single_tenant_app_id: rt::Field<::std::string::String>,
    /// DateTime in UTC when PartnerDevices will be marked as NonCompliant
    ///
    /// CSDL: property `whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime`: `Edm.DateTimeOffset`, nullable.
    pub when_partner_devices_will_be_marked_as_non_compliant_date_time: rt::Field<
        rt::edm::DateTimeOffset,
    >,
    /// DateTime in UTC when PartnerDevices will be removed
    ///
    /// CSDL: property `whenPartnerDevicesWillBeRemovedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub when_partner_devices_will_be_removed_date_time: rt::Field<
        rt::edm::DateTimeOffset,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceManagementPartner {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            groups_requiring_partner_enrollment: rt::Field::Absent,
            is_configured: rt::Field::Absent,
            last_heartbeat_date_time: rt::Field::Absent,
            partner_app_type: rt::Field::Absent,
            partner_state: rt::Field::Absent,
            single_tenant_app_id: rt::Field::Absent,
            when_partner_devices_will_be_marked_as_non_compliant_date_time: rt::Field::Absent,
            when_partner_devices_will_be_removed_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementPartner {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementPartner";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "groupsRequiringPartnerEnrollment",
        "isConfigured",
        "lastHeartbeatDateTime",
        "partnerAppType",
        "partnerState",
        "singleTenantAppId",
        "whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime",
        "whenPartnerDevicesWillBeRemovedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"groupsRequiringPartnerEnrollment\":",
        ",\"isConfigured\":                 ",
        ",\"lastHeartbeatDateTime\":        ",
        ",\"partnerAppType\":               ",
        ",\"partnerState\":                 ",
        ",\"singleTenantAppId\":            ",
        ",\"whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime\":",
        ",\"whenPartnerDevicesWillBeRemovedDateTime\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementPartner\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(
            2usize,
            "groups_requiring_partner_enrollment",
            &self.groups_requiring_partner_enrollment,
        );
        v.field(3usize, "is_configured", &self.is_configured);
        v.field(4usize, "last_heartbeat_date_time", &self.last_heartbeat_date_time);
        v.field(5usize, "partner_app_type", &self.partner_app_type);
        v.field(6usize, "partner_state", &self.partner_state);
        v.field(7usize, "single_tenant_app_id", &self.single_tenant_app_id);
        v.field(
            8usize,
            "when_partner_devices_will_be_marked_as_non_compliant_date_time",
            &self.when_partner_devices_will_be_marked_as_non_compliant_date_time,
        );
        v.field(
            9usize,
            "when_partner_devices_will_be_removed_date_time",
            &self.when_partner_devices_will_be_removed_date_time,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceManagementPartner {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.groups_requiring_partner_enrollment.read_from(r),
            3usize => self.is_configured.read_from(r),
            4usize => self.last_heartbeat_date_time.read_from(r),
            5usize => self.partner_app_type.read_from(r),
            6usize => self.partner_state.read_from(r),
            7usize => self.single_tenant_app_id.read_from(r),
            8usize => {
                self.when_partner_devices_will_be_marked_as_non_compliant_date_time
                    .read_from(r)
            }
            9usize => self.when_partner_devices_will_be_removed_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.groups_requiring_partner_enrollment);
        w.field(3usize, &self.is_configured);
        w.field(4usize, &self.last_heartbeat_date_time);
        w.field(5usize, &self.partner_app_type);
        w.field(6usize, &self.partner_state);
        w.field(7usize, &self.single_tenant_app_id);
        w.field(
            8usize,
            &self.when_partner_devices_will_be_marked_as_non_compliant_date_time,
        );
        w.field(9usize, &self.when_partner_devices_will_be_removed_date_time);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceManagementPartner);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementPartner { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_groups_requiring_partner_enrollment
    groups_requiring_partner_enrollment : ::std::vec::Vec < crate
    ::v1::DeviceManagementPartnerAssignment >; with_is_configured is_configured : bool;
    with_last_heartbeat_date_time last_heartbeat_date_time : rt::edm::DateTimeOffset;
    with_partner_app_type partner_app_type : crate ::v1::DeviceManagementPartnerAppType;
    with_partner_state partner_state : crate ::v1::DeviceManagementPartnerTenantState;
    with_single_tenant_app_id single_tenant_app_id : ::std::string::String;
    with_when_partner_devices_will_be_marked_as_non_compliant_date_time
    when_partner_devices_will_be_marked_as_non_compliant_date_time :
    rt::edm::DateTimeOffset; with_when_partner_devices_will_be_removed_date_time
    when_partner_devices_will_be_removed_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementPartner);
#[cfg(msgraph_v1_device_management_or_search)]
/// Partner App Type.
///
/// CSDL: `microsoft.graph.deviceManagementPartnerAppType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementPartnerAppType {
    /// Partner App type is unknown.
    ///
    /// `unknown` (value 0).
    Unknown,
    /// Partner App is Single tenant in AAD.
    ///
    /// `singleTenantApp` (value 1).
    SingleTenantApp,
    /// Partner App is Multi tenant in AAD.
    ///
    /// `multiTenantApp` (value 2).
    MultiTenantApp,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for DeviceManagementPartnerAppType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementPartnerAppType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "singleTenantApp",
        "multiTenantApp",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "singleTenantApp" => Self::SingleTenantApp,
                "multiTenantApp" => Self::MultiTenantApp,
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
            Self::Unknown => "unknown",
            Self::SingleTenantApp => "singleTenantApp",
            Self::MultiTenantApp => "multiTenantApp",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(DeviceManagementPartnerAppType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementPartnerAppType);
#[cfg(msgraph_v1_device_management_or_search)]
/// User group targeting for Device Management Partner
///
/// CSDL: `microsoft.graph.deviceManagementPartnerAssignment`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementPartnerAssignment {
    /// User groups targeting for devices to be enrolled through partner.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::v1::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceManagementPartnerAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementPartnerAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementPartnerAssignment";
    const KEYS: &'static [&'static str] = &["target"];
    const KEYS_JSON: &'static [&'static str] = &[",\"target\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementPartnerAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "target", &self.target);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceManagementPartnerAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.target);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceManagementPartnerAssignment);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementPartnerAssignment { with_target target : crate
    ::v1::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementPartnerAssignment);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementSettings`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceManagementSettings {
    /// The number of days a device is allowed to go without checking in to remain compliant.
    ///
    /// CSDL: property `deviceComplianceCheckinThresholdDays`: `Edm.Int32`, not nullable.
    pub device_compliance_checkin_threshold_days: rt::Field<i32>,
    /// Is feature enabled or not for scheduled action for rule.
    ///
    /// CSDL: property `isScheduledActionEnabled`: `Edm.Boolean`, not nullable.
    pub is_scheduled_action_enabled: rt::Field<bool>,
    /// Device should be noncompliant when there is no compliance policy targeted when this is true
    ///
    /// CSDL: property `secureByDefault`: `Edm.Boolean`, not nullable.
    pub secure_by_default: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceManagementSettings {
    #[inline]
    fn default() -> Self {
        Self {
            device_compliance_checkin_threshold_days: rt::Field::Absent,
            is_scheduled_action_enabled: rt::Field::Absent,
            secure_by_default: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceManagementSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSettings";
    const KEYS: &'static [&'static str] = &[
        "deviceComplianceCheckinThresholdDays",
        "isScheduledActionEnabled",
        "secureByDefault",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceComplianceCheckinThresholdDays\":",
        ",\"isScheduledActionEnabled\":     ",
        ",\"secureByDefault\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "device_compliance_checkin_threshold_days",
            &self.device_compliance_checkin_threshold_days,
        );
        v.field(
            1usize,
            "is_scheduled_action_enabled",
            &self.is_scheduled_action_enabled,
        );
        v.field(2usize, "secure_by_default", &self.secure_by_default);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceManagementSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_compliance_checkin_threshold_days.read_from(r),
            1usize => self.is_scheduled_action_enabled.read_from(r),
            2usize => self.secure_by_default.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_compliance_checkin_threshold_days);
        w.field(1usize, &self.is_scheduled_action_enabled);
        w.field(2usize, &self.secure_by_default);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceManagementSettings);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementSettings { with_device_compliance_checkin_threshold_days
    device_compliance_checkin_threshold_days : i32; with_is_scheduled_action_enabled
    is_scheduled_action_enabled : bool; with_secure_by_default secure_by_default : bool;
    }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSettings);
#[cfg(msgraph_v1_device_management_or_search)]
/// Tenant mobile device management subscription state.
///
/// CSDL: `microsoft.graph.deviceManagementSubscriptionState`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementSubscriptionState {
    /// Pending
    ///
    /// `pending` (value 0).
    Pending,
    /// Active
    ///
    /// `active` (value 1).
    Active,
    /// Warning
    ///
    /// `warning` (value 2).
    Warning,
    /// Disabled
    ///
    /// `disabled` (value 3).
    Disabled,
    /// Deleted
    ///
    /// `deleted` (value 4).
    Deleted,
    /// Blocked
    ///
    /// `blocked` (value 5).
    Blocked,
    /// LockedOut
    ///
    /// `lockedOut` (value 8).
    LockedOut,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for DeviceManagementSubscriptionState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSubscriptionState";
    const MEMBERS: &'static [&'static str] = &[
        "pending",
        "active",
        "warning",
        "disabled",
        "deleted",
        "blocked",
        "lockedOut",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pending" => Self::Pending,
                "active" => Self::Active,
                "warning" => Self::Warning,
                "disabled" => Self::Disabled,
                "deleted" => Self::Deleted,
                "blocked" => Self::Blocked,
                "lockedOut" => Self::LockedOut,
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
            Self::Active => "active",
            Self::Warning => "warning",
            Self::Disabled => "disabled",
            Self::Deleted => "deleted",
            Self::Blocked => "blocked",
            Self::LockedOut => "lockedOut",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(DeviceManagementSubscriptionState);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSubscriptionState);
#[cfg(msgraph_v1_core_or_device_management)]
/// Event representing an general failure.
///
/// CSDL: `microsoft.graph.deviceManagementTroubleshootingEvent`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceManagementTroubleshootingEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Id used for tracing the failure in the service.
    ///
    /// CSDL: property `correlationId`: `Edm.String`, nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// Time when the event occurred .
    ///
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for DeviceManagementTroubleshootingEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Object for DeviceManagementTroubleshootingEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementTroubleshootingEvent";
    const KEYS: &'static [&'static str] = &["id", "correlationId", "eventDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"correlationId\":                ",
        ",\"eventDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementTroubleshootingEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "correlation_id", &self.correlation_id);
        v.field(2usize, "event_date_time", &self.event_date_time);
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::object::Members for DeviceManagementTroubleshootingEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.correlation_id.read_from(r),
            2usize => self.event_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.correlation_id);
        w.field(2usize, &self.event_date_time);
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
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_object!(DeviceManagementTroubleshootingEvent);
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_setters!(
    DeviceManagementTroubleshootingEvent { with_id id : ::std::string::String;
    with_correlation_id correlation_id : ::std::string::String; with_event_date_time
    event_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementTroubleshootingEvent);
#[cfg(msgraph_v1_core_or_device_management)]
/// `microsoft.graph.deviceManagementTroubleshootingEvent` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementTroubleshootingEvent {
    DeviceManagementTroubleshootingEvent(
        ::std::boxed::Box<crate::v1::DeviceManagementTroubleshootingEvent>,
    ),
    EnrollmentTroubleshootingEvent(
        ::std::boxed::Box<crate::v1::EnrollmentTroubleshootingEvent>,
    ),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::default::Default for AnyDeviceManagementTroubleshootingEvent {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementTroubleshootingEvent(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceManagementTroubleshootingEvent>
for AnyDeviceManagementTroubleshootingEvent {
    #[inline]
    fn from(v: crate::v1::DeviceManagementTroubleshootingEvent) -> Self {
        Self::DeviceManagementTroubleshootingEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EnrollmentTroubleshootingEvent>
for AnyDeviceManagementTroubleshootingEvent {
    #[inline]
    fn from(v: crate::v1::EnrollmentTroubleshootingEvent) -> Self {
        Self::EnrollmentTroubleshootingEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
unsafe impl ::std::marker::Send for AnyDeviceManagementTroubleshootingEvent {}
#[cfg(msgraph_v1_core_or_device_management)]
unsafe impl ::std::marker::Sync for AnyDeviceManagementTroubleshootingEvent {}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::marker::Unpin for AnyDeviceManagementTroubleshootingEvent {}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::panic::UnwindSafe for AnyDeviceManagementTroubleshootingEvent {}
#[cfg(msgraph_v1_core_or_device_management)]
impl ::std::panic::RefUnwindSafe for AnyDeviceManagementTroubleshootingEvent {}
#[cfg(msgraph_v1_core_or_device_management)]
const _: () = {
    rt::object::auto_traits::<crate::v1::DeviceManagementTroubleshootingEvent>();
    rt::object::auto_traits::<crate::v1::EnrollmentTroubleshootingEvent>();
};
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::Poly for AnyDeviceManagementTroubleshootingEvent {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementTroubleshootingEvent";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.enrollmentTroubleshootingEvent",
            ) => Self::EnrollmentTroubleshootingEvent(rt::object::new_boxed()),
            _ => Self::DeviceManagementTroubleshootingEvent(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceManagementTroubleshootingEvent(v) => &**v,
            Self::EnrollmentTroubleshootingEvent(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementTroubleshootingEvent(v) => &mut **v,
            Self::EnrollmentTroubleshootingEvent(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
impl AnyDeviceManagementTroubleshootingEvent {
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
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementTroubleshootingEvent(v) => &v.id,
            Self::EnrollmentTroubleshootingEvent(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementTroubleshootingEvent(v) => &mut v.id,
            Self::EnrollmentTroubleshootingEvent(v) => &mut v.id,
        }
    }
    /// `correlationId` of any variant.
    #[inline]
    pub fn correlation_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementTroubleshootingEvent(v) => &v.correlation_id,
            Self::EnrollmentTroubleshootingEvent(v) => &v.correlation_id,
        }
    }
    /// `correlationId` of any variant.
    #[inline]
    pub fn correlation_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementTroubleshootingEvent(v) => &mut v.correlation_id,
            Self::EnrollmentTroubleshootingEvent(v) => &mut v.correlation_id,
        }
    }
    /// `eventDateTime` of any variant.
    #[inline]
    pub fn event_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceManagementTroubleshootingEvent(v) => &v.event_date_time,
            Self::EnrollmentTroubleshootingEvent(v) => &v.event_date_time,
        }
    }
    /// `eventDateTime` of any variant.
    #[inline]
    pub fn event_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceManagementTroubleshootingEvent(v) => &mut v.event_date_time,
            Self::EnrollmentTroubleshootingEvent(v) => &mut v.event_date_time,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_poly!(AnyDeviceManagementTroubleshootingEvent);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementTroubleshootingEvent);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.deviceMetadata`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceMetadata {
    /// CSDL: property `deviceType`: `Edm.String`, nullable.
    pub device_type: rt::Field<::std::string::String>,
    /// CSDL: property `ipAddress`: `Edm.String`, nullable.
    pub ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `operatingSystemSpecifications`: `microsoft.graph.operatingSystemSpecifications`, nullable.
    pub operating_system_specifications: rt::Field<
        crate::v1::OperatingSystemSpecifications,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for DeviceMetadata {
    #[inline]
    fn default() -> Self {
        Self {
            device_type: rt::Field::Absent,
            ip_address: rt::Field::Absent,
            operating_system_specifications: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for DeviceMetadata {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceMetadata";
    const KEYS: &'static [&'static str] = &[
        "deviceType",
        "ipAddress",
        "operatingSystemSpecifications",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceType\":                   ",
        ",\"ipAddress\":                    ",
        ",\"operatingSystemSpecifications\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceMetadata\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_type", &self.device_type);
        v.field(1usize, "ip_address", &self.ip_address);
        v.field(
            2usize,
            "operating_system_specifications",
            &self.operating_system_specifications,
        );
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for DeviceMetadata {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_type.read_from(r),
            1usize => self.ip_address.read_from(r),
            2usize => self.operating_system_specifications.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_type);
        w.field(1usize, &self.ip_address);
        w.field(2usize, &self.operating_system_specifications);
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
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(DeviceMetadata);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    DeviceMetadata { with_device_type device_type : ::std::string::String;
    with_ip_address ip_address : ::std::string::String;
    with_operating_system_specifications operating_system_specifications : crate
    ::v1::OperatingSystemSpecifications; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceMetadata);
#[cfg(msgraph_v1_search)]
/// Device operating system summary.
///
/// CSDL: `microsoft.graph.deviceOperatingSystemSummary`, complex type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct DeviceOperatingSystemSummary {
    /// The count of Corporate work profile Android devices. Also known as Corporate Owned Personally Enabled (COPE). Valid values -1 to 2147483647
    ///
    /// CSDL: property `androidCorporateWorkProfileCount`: `Edm.Int32`, not nullable.
    pub android_corporate_work_profile_count: rt::Field<i32>,
    /// Number of android device count.
    ///
    /// CSDL: property `androidCount`: `Edm.Int32`, not nullable.
    pub android_count: rt::Field<i32>,
    /// Number of dedicated Android devices.
    ///
    /// CSDL: property `androidDedicatedCount`: `Edm.Int32`, not nullable.
    pub android_dedicated_count: rt::Field<i32>,
    /// Number of device admin Android devices.
    ///
    /// CSDL: property `androidDeviceAdminCount`: `Edm.Int32`, not nullable.
    pub android_device_admin_count: rt::Field<i32>,
    /// Number of fully managed Android devices.
    ///
    /// CSDL: property `androidFullyManagedCount`: `Edm.Int32`, not nullable.
    pub android_fully_managed_count: rt::Field<i32>,
    /// Number of work profile Android devices.
    ///
    /// CSDL: property `androidWorkProfileCount`: `Edm.Int32`, not nullable.
    pub android_work_profile_count: rt::Field<i32>,
    /// Number of ConfigMgr managed devices.
    ///
    /// CSDL: property `configMgrDeviceCount`: `Edm.Int32`, not nullable.
    pub config_mgr_device_count: rt::Field<i32>,
    /// Number of iOS device count.
    ///
    /// CSDL: property `iosCount`: `Edm.Int32`, not nullable.
    pub ios_count: rt::Field<i32>,
    /// Number of Mac OS X device count.
    ///
    /// CSDL: property `macOSCount`: `Edm.Int32`, not nullable.
    pub mac_os_count: rt::Field<i32>,
    /// Number of unknown device count.
    ///
    /// CSDL: property `unknownCount`: `Edm.Int32`, not nullable.
    pub unknown_count: rt::Field<i32>,
    /// Number of Windows device count.
    ///
    /// CSDL: property `windowsCount`: `Edm.Int32`, not nullable.
    pub windows_count: rt::Field<i32>,
    /// Number of Windows mobile device count.
    ///
    /// CSDL: property `windowsMobileCount`: `Edm.Int32`, not nullable.
    pub windows_mobile_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for DeviceOperatingSystemSummary {
    #[inline]
    fn default() -> Self {
        Self {
            android_corporate_work_profile_count: rt::Field::Absent,
            android_count: rt::Field::Absent,
            android_dedicated_count: rt::Field::Absent,
            android_device_admin_count: rt::Field::Absent,
            android_fully_managed_count: rt::Field::Absent,
            android_work_profile_count: rt::Field::Absent,
            config_mgr_device_count: rt::Field::Absent,
            ios_count: rt::Field::Absent,
            mac_os_count: rt::Field::Absent,
            unknown_count: rt::Field::Absent,
            windows_count: rt::Field::Absent,
            windows_mobile_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for DeviceOperatingSystemSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceOperatingSystemSummary";
    const KEYS: &'static [&'static str] = &[
        "androidCorporateWorkProfileCount",
        "androidCount",
        "androidDedicatedCount",
        "androidDeviceAdminCount",
        "androidFullyManagedCount",
        "androidWorkProfileCount",
        "configMgrDeviceCount",
        "iosCount",
        "macOSCount",
        "unknownCount",
        "windowsCount",
        "windowsMobileCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"androidCorporateWorkProfileCount\":",
        ",\"androidCount\":                 ",
        ",\"androidDedicatedCount\":        ",
        ",\"androidDeviceAdminCount\":      ",
        ",\"androidFullyManagedCount\":     ",
        ",\"androidWorkProfileCount\":      ",
        ",\"configMgrDeviceCount\":         ",
        ",\"iosCount\":                     ",
        ",\"macOSCount\":                   ",
        ",\"unknownCount\":                 ",
        ",\"windowsCount\":                 ",
        ",\"windowsMobileCount\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceOperatingSystemSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "android_corporate_work_profile_count",
            &self.android_corporate_work_profile_count,
        );
        v.field(1usize, "android_count", &self.android_count);
        v.field(2usize, "android_dedicated_count", &self.android_dedicated_count);
        v.field(3usize, "android_device_admin_count", &self.android_device_admin_count);
        v.field(
            4usize,
            "android_fully_managed_count",
            &self.android_fully_managed_count,
        );
        v.field(5usize, "android_work_profile_count", &self.android_work_profile_count);
        v.field(6usize, "config_mgr_device_count", &self.config_mgr_device_count);
        v.field(7usize, "ios_count", &self.ios_count);
        v.field(8usize, "mac_os_count", &self.mac_os_count);
        v.field(9usize, "unknown_count", &self.unknown_count);
        v.field(10usize, "windows_count", &self.windows_count);
        v.field(11usize, "windows_mobile_count", &self.windows_mobile_count);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for DeviceOperatingSystemSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.android_corporate_work_profile_count.read_from(r),
            1usize => self.android_count.read_from(r),
            2usize => self.android_dedicated_count.read_from(r),
            3usize => self.android_device_admin_count.read_from(r),
            4usize => self.android_fully_managed_count.read_from(r),
            5usize => self.android_work_profile_count.read_from(r),
            6usize => self.config_mgr_device_count.read_from(r),
            7usize => self.ios_count.read_from(r),
            8usize => self.mac_os_count.read_from(r),
            9usize => self.unknown_count.read_from(r),
            10usize => self.windows_count.read_from(r),
            11usize => self.windows_mobile_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.android_corporate_work_profile_count);
        w.field(1usize, &self.android_count);
        w.field(2usize, &self.android_dedicated_count);
        w.field(3usize, &self.android_device_admin_count);
        w.field(4usize, &self.android_fully_managed_count);
        w.field(5usize, &self.android_work_profile_count);
        w.field(6usize, &self.config_mgr_device_count);
        w.field(7usize, &self.ios_count);
        w.field(8usize, &self.mac_os_count);
        w.field(9usize, &self.unknown_count);
        w.field(10usize, &self.windows_count);
        w.field(11usize, &self.windows_mobile_count);
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
#[cfg(msgraph_v1_search)]
rt::impl_object!(DeviceOperatingSystemSummary);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    DeviceOperatingSystemSummary { with_android_corporate_work_profile_count
    android_corporate_work_profile_count : i32; with_android_count android_count : i32;
    with_android_dedicated_count android_dedicated_count : i32;
    with_android_device_admin_count android_device_admin_count : i32;
    with_android_fully_managed_count android_fully_managed_count : i32;
    with_android_work_profile_count android_work_profile_count : i32;
    with_config_mgr_device_count config_mgr_device_count : i32; with_ios_count ios_count
    : i32; with_mac_os_count mac_os_count : i32; with_unknown_count unknown_count : i32;
    with_windows_count windows_count : i32; with_windows_mobile_count
    windows_mobile_count : i32; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceOperatingSystemSummary);
#[cfg(msgraph_v1_search)]
/// Supported platform types.
///
/// CSDL: `microsoft.graph.devicePlatformType`, enum type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DevicePlatformType {
    /// Android.
    ///
    /// `android` (value 0).
    Android,
    /// AndroidForWork.
    ///
    /// `androidForWork` (value 1).
    AndroidForWork,
    /// iOS.
    ///
    /// `iOS` (value 2).
    IOs,
    /// MacOS.
    ///
    /// `macOS` (value 3).
    MacOs,
    /// WindowsPhone 8.1.
    ///
    /// `windowsPhone81` (value 4).
    WindowsPhone81,
    /// Windows 8.1 and later
    ///
    /// `windows81AndLater` (value 5).
    Windows81AndLater,
    /// Windows 10 and later.
    ///
    /// `windows10AndLater` (value 6).
    Windows10AndLater,
    /// Android Work Profile.
    ///
    /// `androidWorkProfile` (value 7).
    AndroidWorkProfile,
    /// Unknown.
    ///
    /// `unknown` (value 8).
    Unknown,
    /// Android AOSP.
    ///
    /// `androidAOSP` (value 9).
    AndroidAosp,
    /// Indicates Mobile Application Management (MAM) for android devices.
    ///
    /// `androidMobileApplicationManagement` (value 10).
    AndroidMobileApplicationManagement,
    /// Indicates Mobile Application Management (MAM) for iOS devices
    ///
    /// `iOSMobileApplicationManagement` (value 11).
    IOsMobileApplicationManagement,
    /// Evolvable enumeration sentinel value. Do not use
    ///
    /// `unknownFutureValue` (value 12).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search)]
impl rt::StrEnum for DevicePlatformType {
    const TYPE_NAME: &'static str = "microsoft.graph.devicePlatformType";
    const MEMBERS: &'static [&'static str] = &[
        "android",
        "androidForWork",
        "iOS",
        "macOS",
        "windowsPhone81",
        "windows81AndLater",
        "windows10AndLater",
        "androidWorkProfile",
        "unknown",
        "androidAOSP",
        "androidMobileApplicationManagement",
        "iOSMobileApplicationManagement",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "android" => Self::Android,
                "androidForWork" => Self::AndroidForWork,
                "iOS" => Self::IOs,
                "macOS" => Self::MacOs,
                "windowsPhone81" => Self::WindowsPhone81,
                "windows81AndLater" => Self::Windows81AndLater,
                "windows10AndLater" => Self::Windows10AndLater,
                "androidWorkProfile" => Self::AndroidWorkProfile,
                "unknown" => Self::Unknown,
                "androidAOSP" => Self::AndroidAosp,
                "androidMobileApplicationManagement" => {
                    Self::AndroidMobileApplicationManagement
                }
                "iOSMobileApplicationManagement" => Self::IOsMobileApplicationManagement,
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
            Self::Android => "android",
            Self::AndroidForWork => "androidForWork",
            Self::IOs => "iOS",
            Self::MacOs => "macOS",
            Self::WindowsPhone81 => "windowsPhone81",
            Self::Windows81AndLater => "windows81AndLater",
            Self::Windows10AndLater => "windows10AndLater",
            Self::AndroidWorkProfile => "androidWorkProfile",
            Self::Unknown => "unknown",
            Self::AndroidAosp => "androidAOSP",
            Self::AndroidMobileApplicationManagement => {
                "androidMobileApplicationManagement"
            }
            Self::IOsMobileApplicationManagement => "iOSMobileApplicationManagement",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search)]
rt::impl_enum!(DevicePlatformType);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DevicePlatformType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Hardware information of a given device.
///
/// CSDL: `microsoft.graph.deviceProtectionOverview`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct DeviceProtectionOverview {
    /// Indicates number of devices reporting as clean
    ///
    /// CSDL: property `cleanDeviceCount`: `Edm.Int32`, not nullable.
    pub clean_device_count: rt::Field<i32>,
    /// Indicates number of devices with critical failures
    ///
    /// CSDL: property `criticalFailuresDeviceCount`: `Edm.Int32`, not nullable.
    pub critical_failures_device_count: rt::Field<i32>,
    /// Indicates number of devices with inactive threat agent
    ///
    /// CSDL: property `inactiveThreatAgentDeviceCount`: `Edm.Int32`, not nullable.
    pub inactive_threat_agent_device_count: rt::Field<i32>,
    /// Indicates number of devices pending full scan
    ///
    /// CSDL: property `pendingFullScanDeviceCount`: `Edm.Int32`, not nullable.
    pub pending_full_scan_device_count: rt::Field<i32>,
    /// Indicates number of devices with pending manual steps
    ///
    /// CSDL: property `pendingManualStepsDeviceCount`: `Edm.Int32`, not nullable.
    pub pending_manual_steps_device_count: rt::Field<i32>,
    /// Indicates number of pending offline scan devices
    ///
    /// CSDL: property `pendingOfflineScanDeviceCount`: `Edm.Int32`, not nullable.
    pub pending_offline_scan_device_count: rt::Field<i32>,
    /// Indicates the number of devices that have a pending full scan. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `pendingQuickScanDeviceCount`: `Edm.Int32`, not nullable.
    pub pending_quick_scan_device_count: rt::Field<i32>,
    /// Indicates number of devices pending restart
    ///
    /// CSDL: property `pendingRestartDeviceCount`: `Edm.Int32`, not nullable.
    pub pending_restart_device_count: rt::Field<i32>,
    /// Indicates number of devices with an old signature
    ///
    /// CSDL: property `pendingSignatureUpdateDeviceCount`: `Edm.Int32`, not nullable.
    pub pending_signature_update_device_count: rt::Field<i32>,
    /// Total device count.
    ///
    /// CSDL: property `totalReportedDeviceCount`: `Edm.Int32`, not nullable.
    pub total_reported_device_count: rt::Field<i32>,
    /// Indicates number of devices with threat agent state as unknown
    ///
    /// CSDL: property `unknownStateThreatAgentDeviceCount`: `Edm.Int32`, not nullable.
    pub unknown_state_threat_agent_device_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for DeviceProtectionOverview {
    #[inline]
    fn default() -> Self {
        Self {
            clean_device_count: rt::Field::Absent,
            critical_failures_device_count: rt::Field::Absent,
            inactive_threat_agent_device_count: rt::Field::Absent,
            pending_full_scan_device_count: rt::Field::Absent,
            pending_manual_steps_device_count: rt::Field::Absent,
            pending_offline_scan_device_count: rt::Field::Absent,
            pending_quick_scan_device_count: rt::Field::Absent,
            pending_restart_device_count: rt::Field::Absent,
            pending_signature_update_device_count: rt::Field::Absent,
            total_reported_device_count: rt::Field::Absent,
            unknown_state_threat_agent_device_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for DeviceProtectionOverview {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceProtectionOverview";
    const KEYS: &'static [&'static str] = &[
        "cleanDeviceCount",
        "criticalFailuresDeviceCount",
        "inactiveThreatAgentDeviceCount",
        "pendingFullScanDeviceCount",
        "pendingManualStepsDeviceCount",
        "pendingOfflineScanDeviceCount",
        "pendingQuickScanDeviceCount",
        "pendingRestartDeviceCount",
        "pendingSignatureUpdateDeviceCount",
        "totalReportedDeviceCount",
        "unknownStateThreatAgentDeviceCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"cleanDeviceCount\":             ",
        ",\"criticalFailuresDeviceCount\":  ",
        ",\"inactiveThreatAgentDeviceCount\":",
        ",\"pendingFullScanDeviceCount\":   ",
        ",\"pendingManualStepsDeviceCount\":",
        ",\"pendingOfflineScanDeviceCount\":",
        ",\"pendingQuickScanDeviceCount\":  ",
        ",\"pendingRestartDeviceCount\":    ",
        ",\"pendingSignatureUpdateDeviceCount\":",
        ",\"totalReportedDeviceCount\":     ",
        ",\"unknownStateThreatAgentDeviceCount\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceProtectionOverview\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "clean_device_count", &self.clean_device_count);
        v.field(
            1usize,
            "critical_failures_device_count",
            &self.critical_failures_device_count,
        );
        v.field(
            2usize,
            "inactive_threat_agent_device_count",
            &self.inactive_threat_agent_device_count,
        );
        v.field(
            3usize,
            "pending_full_scan_device_count",
            &self.pending_full_scan_device_count,
        );
        v.field(
            4usize,
            "pending_manual_steps_device_count",
            &self.pending_manual_steps_device_count,
        );
        v.field(
            5usize,
            "pending_offline_scan_device_count",
            &self.pending_offline_scan_device_count,
        );
        v.field(
            6usize,
            "pending_quick_scan_device_count",
            &self.pending_quick_scan_device_count,
        );
        v.field(
            7usize,
            "pending_restart_device_count",
            &self.pending_restart_device_count,
        );
        v.field(
            8usize,
            "pending_signature_update_device_count",
            &self.pending_signature_update_device_count,
        );
        v.field(
            9usize,
            "total_reported_device_count",
            &self.total_reported_device_count,
        );
        v.field(
            10usize,
            "unknown_state_threat_agent_device_count",
            &self.unknown_state_threat_agent_device_count,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for DeviceProtectionOverview {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.clean_device_count.read_from(r),
            1usize => self.critical_failures_device_count.read_from(r),
            2usize => self.inactive_threat_agent_device_count.read_from(r),
            3usize => self.pending_full_scan_device_count.read_from(r),
            4usize => self.pending_manual_steps_device_count.read_from(r),
            5usize => self.pending_offline_scan_device_count.read_from(r),
            6usize => self.pending_quick_scan_device_count.read_from(r),
            7usize => self.pending_restart_device_count.read_from(r),
            8usize => self.pending_signature_update_device_count.read_from(r),
            9usize => self.total_reported_device_count.read_from(r),
            10usize => self.unknown_state_threat_agent_device_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.clean_device_count);
        w.field(1usize, &self.critical_failures_device_count);
        w.field(2usize, &self.inactive_threat_agent_device_count);
        w.field(3usize, &self.pending_full_scan_device_count);
        w.field(4usize, &self.pending_manual_steps_device_count);
        w.field(5usize, &self.pending_offline_scan_device_count);
        w.field(6usize, &self.pending_quick_scan_device_count);
        w.field(7usize, &self.pending_restart_device_count);
        w.field(8usize, &self.pending_signature_update_device_count);
        w.field(9usize, &self.total_reported_device_count);
        w.field(10usize, &self.unknown_state_threat_agent_device_count);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(DeviceProtectionOverview);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    DeviceProtectionOverview { with_clean_device_count clean_device_count : i32;
    with_critical_failures_device_count critical_failures_device_count : i32;
    with_inactive_threat_agent_device_count inactive_threat_agent_device_count : i32;
    with_pending_full_scan_device_count pending_full_scan_device_count : i32;
    with_pending_manual_steps_device_count pending_manual_steps_device_count : i32;
    with_pending_offline_scan_device_count pending_offline_scan_device_count : i32;
    with_pending_quick_scan_device_count pending_quick_scan_device_count : i32;
    with_pending_restart_device_count pending_restart_device_count : i32;
    with_pending_signature_update_device_count pending_signature_update_device_count :
    i32; with_total_reported_device_count total_reported_device_count : i32;
    with_unknown_state_threat_agent_device_count unknown_state_threat_agent_device_count
    : i32; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceProtectionOverview);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.diagnostic`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct Diagnostic {
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for Diagnostic {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for Diagnostic {
    const TYPE_NAME: &'static str = "microsoft.graph.diagnostic";
    const KEYS: &'static [&'static str] = &["message", "url"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"message\":                      ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.diagnostic\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message", &self.message);
        v.field(1usize, "url", &self.url);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for Diagnostic {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            1usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
        w.field(1usize, &self.url);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(Diagnostic);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    Diagnostic { with_message message : ::std::string::String; with_url url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(Diagnostic);
#[cfg(msgraph_v1_copilot)]
/// CSDL: `microsoft.graph.dictionaries`, complex type, open.
///
/// Features: `v1` or `v1-copilot`.
#[derive(Clone)]
pub struct Dictionaries {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot)]
impl ::std::default::Default for Dictionaries {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot)]
impl rt::Object for Dictionaries {
    const TYPE_NAME: &'static str = "microsoft.graph.dictionaries";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.dictionaries\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_copilot)]
impl rt::object::Members for Dictionaries {
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
#[cfg(msgraph_v1_copilot)]
rt::impl_object!(Dictionaries);
#[cfg(msgraph_v1_copilot)]
#[cfg(feature = "serde")]
rt::impl_serde!(Dictionaries);
#[cfg(msgraph_v1_copilot)]
/// `microsoft.graph.dictionaries` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1` or `v1-copilot`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDictionaries {
    Dictionaries(::std::boxed::Box<crate::v1::Dictionaries>),
    SearchResourceMetadataDictionary(
        ::std::boxed::Box<crate::v1::SearchResourceMetadataDictionary>,
    ),
}
#[cfg(msgraph_v1_copilot)]
impl ::std::default::Default for AnyDictionaries {
    #[inline]
    fn default() -> Self {
        Self::Dictionaries(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_copilot)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Dictionaries> for AnyDictionaries {
    #[inline]
    fn from(v: crate::v1::Dictionaries) -> Self {
        Self::Dictionaries(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_copilot)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SearchResourceMetadataDictionary>
for AnyDictionaries {
    #[inline]
    fn from(v: crate::v1::SearchResourceMetadataDictionary) -> Self {
        Self::SearchResourceMetadataDictionary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_copilot)]
unsafe impl ::std::marker::Send for AnyDictionaries {}
#[cfg(msgraph_v1_copilot)]
unsafe impl ::std::marker::Sync for AnyDictionaries {}
#[cfg(msgraph_v1_copilot)]
impl ::std::marker::Unpin for AnyDictionaries {}
#[cfg(msgraph_v1_copilot)]
impl ::std::panic::UnwindSafe for AnyDictionaries {}
#[cfg(msgraph_v1_copilot)]
impl ::std::panic::RefUnwindSafe for AnyDictionaries {}
#[cfg(msgraph_v1_copilot)]
const _: () = {
    rt::object::auto_traits::<crate::v1::Dictionaries>();
    rt::object::auto_traits::<crate::v1::SearchResourceMetadataDictionary>();
};
#[cfg(msgraph_v1_copilot)]
impl rt::Poly for AnyDictionaries {
    const BASE_NAME: &'static str = "microsoft.graph.dictionaries";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.searchResourceMetadataDictionary",
            ) => Self::SearchResourceMetadataDictionary(rt::object::new_boxed()),
            _ => Self::Dictionaries(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Dictionaries(v) => &**v,
            Self::SearchResourceMetadataDictionary(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Dictionaries(v) => &mut **v,
            Self::SearchResourceMetadataDictionary(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_copilot)]
impl AnyDictionaries {
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
#[cfg(msgraph_v1_copilot)]
rt::impl_poly!(AnyDictionaries);
#[cfg(msgraph_v1_copilot)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDictionaries);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.directoryObjectPartnerReference`, entity type, derived from `microsoft.graph.directoryObject`, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<DirectoryObjectPartnerReference, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectoryObjectPartnerReference {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `externalPartnerTenantId`: `Edm.Guid`, nullable.
    pub external_partner_tenant_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `objectType`: `Edm.String`, nullable.
    pub object_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for DirectoryObjectPartnerReference {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            external_partner_tenant_id: rt::Field::Absent,
            object_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DirectoryObjectPartnerReference {
    const TYPE_NAME: &'static str = "microsoft.graph.directoryObjectPartnerReference";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "externalPartnerTenantId",
        "objectType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"externalPartnerTenantId\":      ",
        ",\"objectType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.directoryObjectPartnerReference\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "external_partner_tenant_id", &self.external_partner_tenant_id);
        v.field(5usize, "object_type", &self.object_type);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DirectoryObjectPartnerReference {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.external_partner_tenant_id.read_from(r),
            5usize => self.object_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.external_partner_tenant_id);
        w.field(5usize, &self.object_type);
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
rt::impl_object!(DirectoryObjectPartnerReference);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DirectoryObjectPartnerReference { with_id id : ::std::string::String;
    with_deleted_date_time deleted_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_external_partner_tenant_id external_partner_tenant_id :
    rt::edm::Guid; with_object_type object_type : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryObjectPartnerReference);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.directoryRoleTemplate`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<DirectoryRoleTemplate, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DirectoryRoleTemplate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for DirectoryRoleTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for DirectoryRoleTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.directoryRoleTemplate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.directoryRoleTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for DirectoryRoleTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
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
rt::impl_object!(DirectoryRoleTemplate);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    DirectoryRoleTemplate { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DirectoryRoleTemplate);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.disableAndDeleteUserApplyAction`, complex type, derived from `microsoft.graph.accessReviewApplyAction`.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct DisableAndDeleteUserApplyAction {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for DisableAndDeleteUserApplyAction {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for DisableAndDeleteUserApplyAction {
    const TYPE_NAME: &'static str = "microsoft.graph.disableAndDeleteUserApplyAction";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.disableAndDeleteUserApplyAction\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for DisableAndDeleteUserApplyAction {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(DisableAndDeleteUserApplyAction);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DisableAndDeleteUserApplyAction);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.disableReason`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DisableReason {
    /// `none` (value 0).
    None,
    /// `invalidBillingProfile` (value 1).
    InvalidBillingProfile,
    /// `userRequested` (value 2).
    UserRequested,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for DisableReason {
    const TYPE_NAME: &'static str = "microsoft.graph.disableReason";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "invalidBillingProfile",
        "userRequested",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "invalidBillingProfile" => Self::InvalidBillingProfile,
                "userRequested" => Self::UserRequested,
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
            Self::None => "none",
            Self::InvalidBillingProfile => "invalidBillingProfile",
            Self::UserRequested => "userRequested",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(DisableReason);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(DisableReason);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.documentSet`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DocumentSet {
    /// CSDL: property `allowedContentTypes`: `Collection(microsoft.graph.contentTypeInfo)`, nullable.
    pub allowed_content_types: rt::Field<::std::vec::Vec<crate::v1::ContentTypeInfo>>,
    /// CSDL: property `defaultContents`: `Collection(microsoft.graph.documentSetContent)`, nullable.
    pub default_contents: rt::Field<::std::vec::Vec<crate::v1::DocumentSetContent>>,
    /// CSDL: property `propagateWelcomePageChanges`: `Edm.Boolean`, nullable.
    pub propagate_welcome_page_changes: rt::Field<bool>,
    /// CSDL: property `shouldPrefixNameToFile`: `Edm.Boolean`, nullable.
    pub should_prefix_name_to_file: rt::Field<bool>,
    /// CSDL: property `welcomePageUrl`: `Edm.String`, nullable.
    pub welcome_page_url: rt::Field<::std::string::String>,
    /// CSDL: navigation property `sharedColumns`: `Collection(microsoft.graph.columnDefinition)`, not nullable.
    pub shared_columns: rt::Field<::std::vec::Vec<crate::v1::ColumnDefinition>>,
    /// CSDL: navigation property `welcomePageColumns`: `Collection(microsoft.graph.columnDefinition)`, not nullable.
    pub welcome_page_columns: rt::Field<::std::vec::Vec<crate::v1::ColumnDefinition>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for DocumentSet {
    #[inline]
    fn default() -> Self {
        Self {
            allowed_content_types: rt::Field::Absent,
            default_contents: rt::Field::Absent,
            propagate_welcome_page_changes: rt::Field::Absent,
            should_prefix_name_to_file: rt::Field::Absent,
            welcome_page_url: rt::Field::Absent,
            shared_columns: rt::Field::Absent,
            welcome_page_columns: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for DocumentSet {
    const TYPE_NAME: &'static str = "microsoft.graph.documentSet";
    const KEYS: &'static [&'static str] = &[
        "allowedContentTypes",
        "defaultContents",
        "propagateWelcomePageChanges",
        "shouldPrefixNameToFile",
        "welcomePageUrl",
        "sharedColumns",
        "welcomePageColumns",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowedContentTypes\":          ",
        ",\"defaultContents\":              ",
        ",\"propagateWelcomePageChanges\":  ",
        ",\"shouldPrefixNameToFile\":       ",
        ",\"welcomePageUrl\":               ",
        ",\"sharedColumns\":                ",
        ",\"welcomePageColumns\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.documentSet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allowed_content_types", &self.allowed_content_types);
        v.field(1usize, "default_contents", &self.default_contents);
        v.field(
            2usize,
            "propagate_welcome_page_changes",
            &self.propagate_welcome_page_changes,
        );
        v.field(3usize, "should_prefix_name_to_file", &self.should_prefix_name_to_file);
        v.field(4usize, "welcome_page_url", &self.welcome_page_url);
        v.field(5usize, "shared_columns", &self.shared_columns);
        v.field(6usize, "welcome_page_columns", &self.welcome_page_columns);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for DocumentSet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed_content_types.read_from(r),
            1usize => self.default_contents.read_from(r),
            2usize => self.propagate_welcome_page_changes.read_from(r),
            3usize => self.should_prefix_name_to_file.read_from(r),
            4usize => self.welcome_page_url.read_from(r),
            5usize => self.shared_columns.read_from(r),
            6usize => self.welcome_page_columns.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed_content_types);
        w.field(1usize, &self.default_contents);
        w.field(2usize, &self.propagate_welcome_page_changes);
        w.field(3usize, &self.should_prefix_name_to_file);
        w.field(4usize, &self.welcome_page_url);
        w.field(5usize, &self.shared_columns);
        w.field(6usize, &self.welcome_page_columns);
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(DocumentSet);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    DocumentSet { with_allowed_content_types allowed_content_types : ::std::vec::Vec <
    crate ::v1::ContentTypeInfo >; with_default_contents default_contents :
    ::std::vec::Vec < crate ::v1::DocumentSetContent >;
    with_propagate_welcome_page_changes propagate_welcome_page_changes : bool;
    with_should_prefix_name_to_file should_prefix_name_to_file : bool;
    with_welcome_page_url welcome_page_url : ::std::string::String; with_shared_columns
    shared_columns : ::std::vec::Vec < crate ::v1::ColumnDefinition >;
    with_welcome_page_columns welcome_page_columns : ::std::vec::Vec < crate
    ::v1::ColumnDefinition >; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(DocumentSet);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.documentSetContent`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DocumentSetContent {
    /// CSDL: property `contentType`: `microsoft.graph.contentTypeInfo`, nullable.
    pub content_type: rt::Field<crate::v1::ContentTypeInfo>,
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// CSDL: property `folderName`: `Edm.String`, nullable.
    pub folder_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for DocumentSetContent {
    #[inline]
    fn default() -> Self {
        Self {
            content_type: rt::Field::Absent,
            file_name: rt::Field::Absent,
            folder_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for DocumentSetContent {
    const TYPE_NAME: &'static str = "microsoft.graph.documentSetContent";
    const KEYS: &'static [&'static str] = &["contentType", "fileName", "folderName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"contentType\":                  ",
        ",\"fileName\":                     ",
        ",\"folderName\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.documentSetContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content_type", &self.content_type);
        v.field(1usize, "file_name", &self.file_name);
        v.field(2usize, "folder_name", &self.folder_name);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for DocumentSetContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content_type.read_from(r),
            1usize => self.file_name.read_from(r),
            2usize => self.folder_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content_type);
        w.field(1usize, &self.file_name);
        w.field(2usize, &self.folder_name);
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(DocumentSetContent);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    DocumentSetContent { with_content_type content_type : crate ::v1::ContentTypeInfo;
    with_file_name file_name : ::std::string::String; with_folder_name folder_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(DocumentSetContent);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.documentSetVersion`, entity type, derived from `microsoft.graph.listItemVersion`, key `id`.
///
/// Request builders: [`DocumentSetVersionPath`](requests/trait.DocumentSetVersionPath.html), what a path to one (`EntityPath<DocumentSetVersion, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DocumentSetVersion {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `publication`: `microsoft.graph.publicationFacet`, nullable.
    pub publication: rt::Field<crate::v1::PublicationFacet>,
    /// CSDL: containment navigation property `fields`: `microsoft.graph.fieldValueSet`, nullable.
    pub fields: rt::Field<crate::v1::FieldValueSet>,
    /// CSDL: property `comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `items`: `Collection(microsoft.graph.documentSetVersionItem)`, nullable.
    pub items: rt::Field<::std::vec::Vec<crate::v1::DocumentSetVersionItem>>,
    /// CSDL: property `shouldCaptureMinorVersion`: `Edm.Boolean`, nullable.
    pub should_capture_minor_version: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for DocumentSetVersion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            publication: rt::Field::Absent,
            fields: rt::Field::Absent,
            comment: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            items: rt::Field::Absent,
            should_capture_minor_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for DocumentSetVersion {
    const TYPE_NAME: &'static str = "microsoft.graph.documentSetVersion";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "publication",
        "fields",
        "comment",
        "createdBy",
        "createdDateTime",
        "items",
        "shouldCaptureMinorVersion",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"publication\":                  ",
        ",\"fields\":                       ",
        ",\"comment\":                      ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"items\":                        ",
        ",\"shouldCaptureMinorVersion\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.documentSetVersion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_modified_by", &self.last_modified_by);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "publication", &self.publication);
        v.field(4usize, "fields", &self.fields);
        v.field(5usize, "comment", &self.comment);
        v.field(6usize, "created_by", &self.created_by);
        v.field(7usize, "created_date_time", &self.created_date_time);
        v.field(8usize, "items", &self.items);
        v.field(
            9usize,
            "should_capture_minor_version",
            &self.should_capture_minor_version,
        );
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for DocumentSetVersion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_modified_by.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.publication.read_from(r),
            4usize => self.fields.read_from(r),
            5usize => self.comment.read_from(r),
            6usize => self.created_by.read_from(r),
            7usize => self.created_date_time.read_from(r),
            8usize => self.items.read_from(r),
            9usize => self.should_capture_minor_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_modified_by);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.publication);
        w.field(4usize, &self.fields);
        w.field(5usize, &self.comment);
        w.field(6usize, &self.created_by);
        w.field(7usize, &self.created_date_time);
        w.field(8usize, &self.items);
        w.field(9usize, &self.should_capture_minor_version);
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(DocumentSetVersion);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    DocumentSetVersion { with_id id : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::v1::AnyIdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_publication publication :
    crate ::v1::PublicationFacet; with_fields fields : crate ::v1::FieldValueSet;
    with_comment comment : ::std::string::String; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_items items : ::std::vec::Vec < crate
    ::v1::DocumentSetVersionItem >; with_should_capture_minor_version
    should_capture_minor_version : bool; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(DocumentSetVersion);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.documentSetVersionItem`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DocumentSetVersionItem {
    /// CSDL: property `itemId`: `Edm.String`, nullable.
    pub item_id: rt::Field<::std::string::String>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: property `versionId`: `Edm.String`, nullable.
    pub version_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for DocumentSetVersionItem {
    #[inline]
    fn default() -> Self {
        Self {
            item_id: rt::Field::Absent,
            title: rt::Field::Absent,
            version_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for DocumentSetVersionItem {
    const TYPE_NAME: &'static str = "microsoft.graph.documentSetVersionItem";
    const KEYS: &'static [&'static str] = &["itemId", "title", "versionId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"itemId\":                       ",
        ",\"title\":                        ",
        ",\"versionId\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.documentSetVersionItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "item_id", &self.item_id);
        v.field(1usize, "title", &self.title);
        v.field(2usize, "version_id", &self.version_id);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for DocumentSetVersionItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.item_id.read_from(r),
            1usize => self.title.read_from(r),
            2usize => self.version_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.item_id);
        w.field(1usize, &self.title);
        w.field(2usize, &self.version_id);
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(DocumentSetVersionItem);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    DocumentSetVersionItem { with_item_id item_id : ::std::string::String; with_title
    title : ::std::string::String; with_version_id version_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(DocumentSetVersionItem);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
/// CSDL: `microsoft.graph.domainDnsCnameRecord`, entity type, derived from `microsoft.graph.domainDnsRecord`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-domain-dns-records`, `v1-domains`, `v1-search`.
#[derive(Clone)]
pub struct DomainDnsCnameRecord {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isOptional`: `Edm.Boolean`, not nullable.
    pub is_optional: rt::Field<bool>,
    /// CSDL: property `label`: `Edm.String`, not nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `recordType`: `Edm.String`, nullable.
    pub record_type: rt::Field<::std::string::String>,
    /// CSDL: property `supportedService`: `Edm.String`, not nullable.
    pub supported_service: rt::Field<::std::string::String>,
    /// CSDL: property `ttl`: `Edm.Int32`, not nullable.
    pub ttl: rt::Field<i32>,
    /// CSDL: property `canonicalName`: `Edm.String`, nullable.
    pub canonical_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl ::std::default::Default for DomainDnsCnameRecord {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_optional: rt::Field::Absent,
            label: rt::Field::Absent,
            record_type: rt::Field::Absent,
            supported_service: rt::Field::Absent,
            ttl: rt::Field::Absent,
            canonical_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl rt::Object for DomainDnsCnameRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.domainDnsCnameRecord";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isOptional",
        "label",
        "recordType",
        "supportedService",
        "ttl",
        "canonicalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isOptional\":                   ",
        ",\"label\":                        ",
        ",\"recordType\":                   ",
        ",\"supportedService\":             ",
        ",\"ttl\":                          ",
        ",\"canonicalName\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.domainDnsCnameRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_optional", &self.is_optional);
        v.field(2usize, "label", &self.label);
        v.field(3usize, "record_type", &self.record_type);
        v.field(4usize, "supported_service", &self.supported_service);
        v.field(5usize, "ttl", &self.ttl);
        v.field(6usize, "canonical_name", &self.canonical_name);
    }
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl rt::object::Members for DomainDnsCnameRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_optional.read_from(r),
            2usize => self.label.read_from(r),
            3usize => self.record_type.read_from(r),
            4usize => self.supported_service.read_from(r),
            5usize => self.ttl.read_from(r),
            6usize => self.canonical_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_optional);
        w.field(2usize, &self.label);
        w.field(3usize, &self.record_type);
        w.field(4usize, &self.supported_service);
        w.field(5usize, &self.ttl);
        w.field(6usize, &self.canonical_name);
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
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
rt::impl_object!(DomainDnsCnameRecord);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
rt::impl_setters!(
    DomainDnsCnameRecord { with_id id : ::std::string::String; with_is_optional
    is_optional : bool; with_label label : ::std::string::String; with_record_type
    record_type : ::std::string::String; with_supported_service supported_service :
    ::std::string::String; with_ttl ttl : i32; with_canonical_name canonical_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainDnsCnameRecord);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
/// CSDL: `microsoft.graph.domainDnsMxRecord`, entity type, derived from `microsoft.graph.domainDnsRecord`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-domain-dns-records`, `v1-domains`, `v1-search`.
#[derive(Clone)]
pub struct DomainDnsMxRecord {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isOptional`: `Edm.Boolean`, not nullable.
    pub is_optional: rt::Field<bool>,
    /// CSDL: property `label`: `Edm.String`, not nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `recordType`: `Edm.String`, nullable.
    pub record_type: rt::Field<::std::string::String>,
    /// CSDL: property `supportedService`: `Edm.String`, not nullable.
    pub supported_service: rt::Field<::std::string::String>,
    /// CSDL: property `ttl`: `Edm.Int32`, not nullable.
    pub ttl: rt::Field<i32>,
    /// CSDL: property `mailExchange`: `Edm.String`, not nullable.
    pub mail_exchange: rt::Field<::std::string::String>,
    /// CSDL: property `preference`: `Edm.Int32`, nullable.
    pub preference: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl ::std::default::Default for DomainDnsMxRecord {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_optional: rt::Field::Absent,
            label: rt::Field::Absent,
            record_type: rt::Field::Absent,
            supported_service: rt::Field::Absent,
            ttl: rt::Field::Absent,
            mail_exchange: rt::Field::Absent,
            preference: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl rt::Object for DomainDnsMxRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.domainDnsMxRecord";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isOptional",
        "label",
        "recordType",
        "supportedService",
        "ttl",
        "mailExchange",
        "preference",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isOptional\":                   ",
        ",\"label\":                        ",
        ",\"recordType\":                   ",
        ",\"supportedService\":             ",
        ",\"ttl\":                          ",
        ",\"mailExchange\":                 ",
        ",\"preference\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.domainDnsMxRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_optional", &self.is_optional);
        v.field(2usize, "label", &self.label);
        v.field(3usize, "record_type", &self.record_type);
        v.field(4usize, "supported_service", &self.supported_service);
        v.field(5usize, "ttl", &self.ttl);
        v.field(6usize, "mail_exchange", &self.mail_exchange);
        v.field(7usize, "preference", &self.preference);
    }
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl rt::object::Members for DomainDnsMxRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_optional.read_from(r),
            2usize => self.label.read_from(r),
            3usize => self.record_type.read_from(r),
            4usize => self.supported_service.read_from(r),
            5usize => self.ttl.read_from(r),
            6usize => self.mail_exchange.read_from(r),
            7usize => self.preference.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_optional);
        w.field(2usize, &self.label);
        w.field(3usize, &self.record_type);
        w.field(4usize, &self.supported_service);
        w.field(5usize, &self.ttl);
        w.field(6usize, &self.mail_exchange);
        w.field(7usize, &self.preference);
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
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
rt::impl_object!(DomainDnsMxRecord);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
rt::impl_setters!(
    DomainDnsMxRecord { with_id id : ::std::string::String; with_is_optional is_optional
    : bool; with_label label : ::std::string::String; with_record_type record_type :
    ::std::string::String; with_supported_service supported_service :
    ::std::string::String; with_ttl ttl : i32; with_mail_exchange mail_exchange :
    ::std::string::String; with_preference preference : i32; }
);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainDnsMxRecord);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
/// CSDL: `microsoft.graph.domainDnsRecord`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-domain-dns-records`, `v1-domains`, `v1-search`.
#[derive(Clone)]
pub struct DomainDnsRecord {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isOptional`: `Edm.Boolean`, not nullable.
    pub is_optional: rt::Field<bool>,
    /// CSDL: property `label`: `Edm.String`, not nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `recordType`: `Edm.String`, nullable.
    pub record_type: rt::Field<::std::string::String>,
    /// CSDL: property `supportedService`: `Edm.String`, not nullable.
    pub supported_service: rt::Field<::std::string::String>,
    /// CSDL: property `ttl`: `Edm.Int32`, not nullable.
    pub ttl: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl ::std::default::Default for DomainDnsRecord {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_optional: rt::Field::Absent,
            label: rt::Field::Absent,
            record_type: rt::Field::Absent,
            supported_service: rt::Field::Absent,
            ttl: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl rt::Object for DomainDnsRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.domainDnsRecord";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isOptional",
        "label",
        "recordType",
        "supportedService",
        "ttl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isOptional\":                   ",
        ",\"label\":                        ",
        ",\"recordType\":                   ",
        ",\"supportedService\":             ",
        ",\"ttl\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.domainDnsRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_optional", &self.is_optional);
        v.field(2usize, "label", &self.label);
        v.field(3usize, "record_type", &self.record_type);
        v.field(4usize, "supported_service", &self.supported_service);
        v.field(5usize, "ttl", &self.ttl);
    }
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl rt::object::Members for DomainDnsRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_optional.read_from(r),
            2usize => self.label.read_from(r),
            3usize => self.record_type.read_from(r),
            4usize => self.supported_service.read_from(r),
            5usize => self.ttl.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_optional);
        w.field(2usize, &self.label);
        w.field(3usize, &self.record_type);
        w.field(4usize, &self.supported_service);
        w.field(5usize, &self.ttl);
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
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
rt::impl_object!(DomainDnsRecord);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
rt::impl_setters!(
    DomainDnsRecord { with_id id : ::std::string::String; with_is_optional is_optional :
    bool; with_label label : ::std::string::String; with_record_type record_type :
    ::std::string::String; with_supported_service supported_service :
    ::std::string::String; with_ttl ttl : i32; }
);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainDnsRecord);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
/// `microsoft.graph.domainDnsRecord` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-domain-dns-records`, `v1-domains`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDomainDnsRecord {
    DomainDnsRecord(::std::boxed::Box<crate::v1::DomainDnsRecord>),
    DomainDnsCnameRecord(::std::boxed::Box<crate::v1::DomainDnsCnameRecord>),
    DomainDnsMxRecord(::std::boxed::Box<crate::v1::DomainDnsMxRecord>),
    DomainDnsSrvRecord(::std::boxed::Box<crate::v1::DomainDnsSrvRecord>),
    DomainDnsTxtRecord(::std::boxed::Box<crate::v1::DomainDnsTxtRecord>),
    DomainDnsUnavailableRecord(::std::boxed::Box<crate::v1::DomainDnsUnavailableRecord>),
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl ::std::default::Default for AnyDomainDnsRecord {
    #[inline]
    fn default() -> Self {
        Self::DomainDnsRecord(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DomainDnsRecord> for AnyDomainDnsRecord {
    #[inline]
    fn from(v: crate::v1::DomainDnsRecord) -> Self {
        Self::DomainDnsRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DomainDnsCnameRecord> for AnyDomainDnsRecord {
    #[inline]
    fn from(v: crate::v1::DomainDnsCnameRecord) -> Self {
        Self::DomainDnsCnameRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DomainDnsMxRecord> for AnyDomainDnsRecord {
    #[inline]
    fn from(v: crate::v1::DomainDnsMxRecord) -> Self {
        Self::DomainDnsMxRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DomainDnsSrvRecord> for AnyDomainDnsRecord {
    #[inline]
    fn from(v: crate::v1::DomainDnsSrvRecord) -> Self {
        Self::DomainDnsSrvRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DomainDnsTxtRecord> for AnyDomainDnsRecord {
    #[inline]
    fn from(v: crate::v1::DomainDnsTxtRecord) -> Self {
        Self::DomainDnsTxtRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DomainDnsUnavailableRecord> for AnyDomainDnsRecord {
    #[inline]
    fn from(v: crate::v1::DomainDnsUnavailableRecord) -> Self {
        Self::DomainDnsUnavailableRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
unsafe impl ::std::marker::Send for AnyDomainDnsRecord {}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
unsafe impl ::std::marker::Sync for AnyDomainDnsRecord {}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl ::std::marker::Unpin for AnyDomainDnsRecord {}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl ::std::panic::UnwindSafe for AnyDomainDnsRecord {}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDomainDnsRecord {}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::DomainDnsRecord>();
    rt::object::auto_traits::<crate::v1::DomainDnsCnameRecord>();
    rt::object::auto_traits::<crate::v1::DomainDnsMxRecord>();
    rt::object::auto_traits::<crate::v1::DomainDnsSrvRecord>();
    rt::object::auto_traits::<crate::v1::DomainDnsTxtRecord>();
    rt::object::auto_traits::<crate::v1::DomainDnsUnavailableRecord>();
};
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl rt::Poly for AnyDomainDnsRecord {
    const BASE_NAME: &'static str = "microsoft.graph.domainDnsRecord";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.domainDnsCnameRecord") => {
                Self::DomainDnsCnameRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.domainDnsMxRecord") => {
                Self::DomainDnsMxRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.domainDnsSrvRecord") => {
                Self::DomainDnsSrvRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.domainDnsTxtRecord") => {
                Self::DomainDnsTxtRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.domainDnsUnavailableRecord") => {
                Self::DomainDnsUnavailableRecord(rt::object::new_boxed())
            }
            _ => Self::DomainDnsRecord(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DomainDnsRecord(v) => &**v,
            Self::DomainDnsCnameRecord(v) => &**v,
            Self::DomainDnsMxRecord(v) => &**v,
            Self::DomainDnsSrvRecord(v) => &**v,
            Self::DomainDnsTxtRecord(v) => &**v,
            Self::DomainDnsUnavailableRecord(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DomainDnsRecord(v) => &mut **v,
            Self::DomainDnsCnameRecord(v) => &mut **v,
            Self::DomainDnsMxRecord(v) => &mut **v,
            Self::DomainDnsSrvRecord(v) => &mut **v,
            Self::DomainDnsTxtRecord(v) => &mut **v,
            Self::DomainDnsUnavailableRecord(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl AnyDomainDnsRecord {
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
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DomainDnsRecord(v) => &v.id,
            Self::DomainDnsCnameRecord(v) => &v.id,
            Self::DomainDnsMxRecord(v) => &v.id,
            Self::DomainDnsSrvRecord(v) => &v.id,
            Self::DomainDnsTxtRecord(v) => &v.id,
            Self::DomainDnsUnavailableRecord(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DomainDnsRecord(v) => &mut v.id,
            Self::DomainDnsCnameRecord(v) => &mut v.id,
            Self::DomainDnsMxRecord(v) => &mut v.id,
            Self::DomainDnsSrvRecord(v) => &mut v.id,
            Self::DomainDnsTxtRecord(v) => &mut v.id,
            Self::DomainDnsUnavailableRecord(v) => &mut v.id,
        }
    }
    /// `isOptional` of any variant.
    #[inline]
    pub fn is_optional(&self) -> &rt::Field<bool> {
        match self {
            Self::DomainDnsRecord(v) => &v.is_optional,
            Self::DomainDnsCnameRecord(v) => &v.is_optional,
            Self::DomainDnsMxRecord(v) => &v.is_optional,
            Self::DomainDnsSrvRecord(v) => &v.is_optional,
            Self::DomainDnsTxtRecord(v) => &v.is_optional,
            Self::DomainDnsUnavailableRecord(v) => &v.is_optional,
        }
    }
    /// `isOptional` of any variant.
    #[inline]
    pub fn is_optional_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DomainDnsRecord(v) => &mut v.is_optional,
            Self::DomainDnsCnameRecord(v) => &mut v.is_optional,
            Self::DomainDnsMxRecord(v) => &mut v.is_optional,
            Self::DomainDnsSrvRecord(v) => &mut v.is_optional,
            Self::DomainDnsTxtRecord(v) => &mut v.is_optional,
            Self::DomainDnsUnavailableRecord(v) => &mut v.is_optional,
        }
    }
    /// `label` of any variant.
    #[inline]
    pub fn label(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DomainDnsRecord(v) => &v.label,
            Self::DomainDnsCnameRecord(v) => &v.label,
            Self::DomainDnsMxRecord(v) => &v.label,
            Self::DomainDnsSrvRecord(v) => &v.label,
            Self::DomainDnsTxtRecord(v) => &v.label,
            Self::DomainDnsUnavailableRecord(v) => &v.label,
        }
    }
    /// `label` of any variant.
    #[inline]
    pub fn label_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DomainDnsRecord(v) => &mut v.label,
            Self::DomainDnsCnameRecord(v) => &mut v.label,
            Self::DomainDnsMxRecord(v) => &mut v.label,
            Self::DomainDnsSrvRecord(v) => &mut v.label,
            Self::DomainDnsTxtRecord(v) => &mut v.label,
            Self::DomainDnsUnavailableRecord(v) => &mut v.label,
        }
    }
    /// `recordType` of any variant.
    #[inline]
    pub fn record_type(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DomainDnsRecord(v) => &v.record_type,
            Self::DomainDnsCnameRecord(v) => &v.record_type,
            Self::DomainDnsMxRecord(v) => &v.record_type,
            Self::DomainDnsSrvRecord(v) => &v.record_type,
            Self::DomainDnsTxtRecord(v) => &v.record_type,
            Self::DomainDnsUnavailableRecord(v) => &v.record_type,
        }
    }
    /// `recordType` of any variant.
    #[inline]
    pub fn record_type_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DomainDnsRecord(v) => &mut v.record_type,
            Self::DomainDnsCnameRecord(v) => &mut v.record_type,
            Self::DomainDnsMxRecord(v) => &mut v.record_type,
            Self::DomainDnsSrvRecord(v) => &mut v.record_type,
            Self::DomainDnsTxtRecord(v) => &mut v.record_type,
            Self::DomainDnsUnavailableRecord(v) => &mut v.record_type,
        }
    }
    /// `supportedService` of any variant.
    #[inline]
    pub fn supported_service(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DomainDnsRecord(v) => &v.supported_service,
            Self::DomainDnsCnameRecord(v) => &v.supported_service,
            Self::DomainDnsMxRecord(v) => &v.supported_service,
            Self::DomainDnsSrvRecord(v) => &v.supported_service,
            Self::DomainDnsTxtRecord(v) => &v.supported_service,
            Self::DomainDnsUnavailableRecord(v) => &v.supported_service,
        }
    }
    /// `supportedService` of any variant.
    #[inline]
    pub fn supported_service_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DomainDnsRecord(v) => &mut v.supported_service,
            Self::DomainDnsCnameRecord(v) => &mut v.supported_service,
            Self::DomainDnsMxRecord(v) => &mut v.supported_service,
            Self::DomainDnsSrvRecord(v) => &mut v.supported_service,
            Self::DomainDnsTxtRecord(v) => &mut v.supported_service,
            Self::DomainDnsUnavailableRecord(v) => &mut v.supported_service,
        }
    }
    /// `ttl` of any variant.
    #[inline]
    pub fn ttl(&self) -> &rt::Field<i32> {
        match self {
            Self::DomainDnsRecord(v) => &v.ttl,
            Self::DomainDnsCnameRecord(v) => &v.ttl,
            Self::DomainDnsMxRecord(v) => &v.ttl,
            Self::DomainDnsSrvRecord(v) => &v.ttl,
            Self::DomainDnsTxtRecord(v) => &v.ttl,
            Self::DomainDnsUnavailableRecord(v) => &v.ttl,
        }
    }
    /// `ttl` of any variant.
    #[inline]
    pub fn ttl_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::DomainDnsRecord(v) => &mut v.ttl,
            Self::DomainDnsCnameRecord(v) => &mut v.ttl,
            Self::DomainDnsMxRecord(v) => &mut v.ttl,
            Self::DomainDnsSrvRecord(v) => &mut v.ttl,
            Self::DomainDnsTxtRecord(v) => &mut v.ttl,
            Self::DomainDnsUnavailableRecord(v) => &mut v.ttl,
        }
    }
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
rt::impl_poly!(AnyDomainDnsRecord);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDomainDnsRecord);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
/// CSDL: `microsoft.graph.domainDnsSrvRecord`, entity type, derived from `microsoft.graph.domainDnsRecord`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-domain-dns-records`, `v1-domains`, `v1-search`.
#[derive(Clone)]
pub struct DomainDnsSrvRecord {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isOptional`: `Edm.Boolean`, not nullable.
    pub is_optional: rt::Field<bool>,
    /// CSDL: property `label`: `Edm.String`, not nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `recordType`: `Edm.String`, nullable.
    pub record_type: rt::Field<::std::string::String>,
    /// CSDL: property `supportedService`: `Edm.String`, not nullable.
    pub supported_service: rt::Field<::std::string::String>,
    /// CSDL: property `ttl`: `Edm.Int32`, not nullable.
    pub ttl: rt::Field<i32>,
    /// CSDL: property `nameTarget`: `Edm.String`, nullable.
    pub name_target: rt::Field<::std::string::String>,
    /// CSDL: property `port`: `Edm.Int32`, nullable.
    pub port: rt::Field<i32>,
    /// CSDL: property `priority`: `Edm.Int32`, nullable.
    pub priority: rt::Field<i32>,
    /// CSDL: property `protocol`: `Edm.String`, nullable.
    pub protocol: rt::Field<::std::string::String>,
    /// CSDL: property `service`: `Edm.String`, nullable.
    pub service: rt::Field<::std::string::String>,
    /// CSDL: property `weight`: `Edm.Int32`, nullable.
    pub weight: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl ::std::default::Default for DomainDnsSrvRecord {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_optional: rt::Field::Absent,
            label: rt::Field::Absent,
            record_type: rt::Field::Absent,
            supported_service: rt::Field::Absent,
            ttl: rt::Field::Absent,
            name_target: rt::Field::Absent,
            port: rt::Field::Absent,
            priority: rt::Field::Absent,
            protocol: rt::Field::Absent,
            service: rt::Field::Absent,
            weight: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl rt::Object for DomainDnsSrvRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.domainDnsSrvRecord";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isOptional",
        "label",
        "recordType",
        "supportedService",
        "ttl",
        "nameTarget",
        "port",
        "priority",
        "protocol",
        "service",
        "weight",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isOptional\":                   ",
        ",\"label\":                        ",
        ",\"recordType\":                   ",
        ",\"supportedService\":             ",
        ",\"ttl\":                          ",
        ",\"nameTarget\":                   ",
        ",\"port\":                         ",
        ",\"priority\":                     ",
        ",\"protocol\":                     ",
        ",\"service\":                      ",
        ",\"weight\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.domainDnsSrvRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_optional", &self.is_optional);
        v.field(2usize, "label", &self.label);
        v.field(3usize, "record_type", &self.record_type);
        v.field(4usize, "supported_service", &self.supported_service);
        v.field(5usize, "ttl", &self.ttl);
        v.field(6usize, "name_target", &self.name_target);
        v.field(7usize, "port", &self.port);
        v.field(8usize, "priority", &self.priority);
        v.field(9usize, "protocol", &self.protocol);
        v.field(10usize, "service", &self.service);
        v.field(11usize, "weight", &self.weight);
    }
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl rt::object::Members for DomainDnsSrvRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_optional.read_from(r),
            2usize => self.label.read_from(r),
            3usize => self.record_type.read_from(r),
            4usize => self.supported_service.read_from(r),
            5usize => self.ttl.read_from(r),
            6usize => self.name_target.read_from(r),
            7usize => self.port.read_from(r),
            8usize => self.priority.read_from(r),
            9usize => self.protocol.read_from(r),
            10usize => self.service.read_from(r),
            11usize => self.weight.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_optional);
        w.field(2usize, &self.label);
        w.field(3usize, &self.record_type);
        w.field(4usize, &self.supported_service);
        w.field(5usize, &self.ttl);
        w.field(6usize, &self.name_target);
        w.field(7usize, &self.port);
        w.field(8usize, &self.priority);
        w.field(9usize, &self.protocol);
        w.field(10usize, &self.service);
        w.field(11usize, &self.weight);
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
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
rt::impl_object!(DomainDnsSrvRecord);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
rt::impl_setters!(
    DomainDnsSrvRecord { with_id id : ::std::string::String; with_is_optional is_optional
    : bool; with_label label : ::std::string::String; with_record_type record_type :
    ::std::string::String; with_supported_service supported_service :
    ::std::string::String; with_ttl ttl : i32; with_name_target name_target :
    ::std::string::String; with_port port : i32; with_priority priority : i32;
    with_protocol protocol : ::std::string::String; with_service service :
    ::std::string::String; with_weight weight : i32; }
);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainDnsSrvRecord);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
/// CSDL: `microsoft.graph.domainDnsTxtRecord`, entity type, derived from `microsoft.graph.domainDnsRecord`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-domain-dns-records`, `v1-domains`, `v1-search`.
#[derive(Clone)]
pub struct DomainDnsTxtRecord {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isOptional`: `Edm.Boolean`, not nullable.
    pub is_optional: rt::Field<bool>,
    /// CSDL: property `label`: `Edm.String`, not nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `recordType`: `Edm.String`, nullable.
    pub record_type: rt::Field<::std::string::String>,
    /// CSDL: property `supportedService`: `Edm.String`, not nullable.
    pub supported_service: rt::Field<::std::string::String>,
    /// CSDL: property `ttl`: `Edm.Int32`, not nullable.
    pub ttl: rt::Field<i32>,
    /// CSDL: property `text`: `Edm.String`, not nullable.
    pub text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl ::std::default::Default for DomainDnsTxtRecord {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_optional: rt::Field::Absent,
            label: rt::Field::Absent,
            record_type: rt::Field::Absent,
            supported_service: rt::Field::Absent,
            ttl: rt::Field::Absent,
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl rt::Object for DomainDnsTxtRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.domainDnsTxtRecord";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isOptional",
        "label",
        "recordType",
        "supportedService",
        "ttl",
        "text",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isOptional\":                   ",
        ",\"label\":                        ",
        ",\"recordType\":                   ",
        ",\"supportedService\":             ",
        ",\"ttl\":                          ",
        ",\"text\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.domainDnsTxtRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_optional", &self.is_optional);
        v.field(2usize, "label", &self.label);
        v.field(3usize, "record_type", &self.record_type);
        v.field(4usize, "supported_service", &self.supported_service);
        v.field(5usize, "ttl", &self.ttl);
        v.field(6usize, "text", &self.text);
    }
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl rt::object::Members for DomainDnsTxtRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_optional.read_from(r),
            2usize => self.label.read_from(r),
            3usize => self.record_type.read_from(r),
            4usize => self.supported_service.read_from(r),
            5usize => self.ttl.read_from(r),
            6usize => self.text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_optional);
        w.field(2usize, &self.label);
        w.field(3usize, &self.record_type);
        w.field(4usize, &self.supported_service);
        w.field(5usize, &self.ttl);
        w.field(6usize, &self.text);
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
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
rt::impl_object!(DomainDnsTxtRecord);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
rt::impl_setters!(
    DomainDnsTxtRecord { with_id id : ::std::string::String; with_is_optional is_optional
    : bool; with_label label : ::std::string::String; with_record_type record_type :
    ::std::string::String; with_supported_service supported_service :
    ::std::string::String; with_ttl ttl : i32; with_text text : ::std::string::String; }
);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainDnsTxtRecord);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
/// CSDL: `microsoft.graph.domainDnsUnavailableRecord`, entity type, derived from `microsoft.graph.domainDnsRecord`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-domain-dns-records`, `v1-domains`, `v1-search`.
#[derive(Clone)]
pub struct DomainDnsUnavailableRecord {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isOptional`: `Edm.Boolean`, not nullable.
    pub is_optional: rt::Field<bool>,
    /// CSDL: property `label`: `Edm.String`, not nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `recordType`: `Edm.String`, nullable.
    pub record_type: rt::Field<::std::string::String>,
    /// CSDL: property `supportedService`: `Edm.String`, not nullable.
    pub supported_service: rt::Field<::std::string::String>,
    /// CSDL: property `ttl`: `Edm.Int32`, not nullable.
    pub ttl: rt::Field<i32>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl ::std::default::Default for DomainDnsUnavailableRecord {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_optional: rt::Field::Absent,
            label: rt::Field::Absent,
            record_type: rt::Field::Absent,
            supported_service: rt::Field::Absent,
            ttl: rt::Field::Absent,
            description: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl rt::Object for DomainDnsUnavailableRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.domainDnsUnavailableRecord";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isOptional",
        "label",
        "recordType",
        "supportedService",
        "ttl",
        "description",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isOptional\":                   ",
        ",\"label\":                        ",
        ",\"recordType\":                   ",
        ",\"supportedService\":             ",
        ",\"ttl\":                          ",
        ",\"description\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.domainDnsUnavailableRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_optional", &self.is_optional);
        v.field(2usize, "label", &self.label);
        v.field(3usize, "record_type", &self.record_type);
        v.field(4usize, "supported_service", &self.supported_service);
        v.field(5usize, "ttl", &self.ttl);
        v.field(6usize, "description", &self.description);
    }
}
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
impl rt::object::Members for DomainDnsUnavailableRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_optional.read_from(r),
            2usize => self.label.read_from(r),
            3usize => self.record_type.read_from(r),
            4usize => self.supported_service.read_from(r),
            5usize => self.ttl.read_from(r),
            6usize => self.description.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_optional);
        w.field(2usize, &self.label);
        w.field(3usize, &self.record_type);
        w.field(4usize, &self.supported_service);
        w.field(5usize, &self.ttl);
        w.field(6usize, &self.description);
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
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
rt::impl_object!(DomainDnsUnavailableRecord);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
rt::impl_setters!(
    DomainDnsUnavailableRecord { with_id id : ::std::string::String; with_is_optional
    is_optional : bool; with_label label : ::std::string::String; with_record_type
    record_type : ::std::string::String; with_supported_service supported_service :
    ::std::string::String; with_ttl ttl : i32; with_description description :
    ::std::string::String; }
);
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainDnsUnavailableRecord);
#[cfg(msgraph_v1_domains_or_search)]
/// CSDL: `microsoft.graph.domainState`, complex type.
///
/// Features: `v1`, or one of `v1-domains`, `v1-search`.
#[derive(Clone)]
pub struct DomainState {
    /// CSDL: property `lastActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `operation`: `Edm.String`, nullable.
    pub operation: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_domains_or_search)]
impl ::std::default::Default for DomainState {
    #[inline]
    fn default() -> Self {
        Self {
            last_action_date_time: rt::Field::Absent,
            operation: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_domains_or_search)]
impl rt::Object for DomainState {
    const TYPE_NAME: &'static str = "microsoft.graph.domainState";
    const KEYS: &'static [&'static str] = &["lastActionDateTime", "operation", "status"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lastActionDateTime\":           ",
        ",\"operation\":                    ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.domainState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "last_action_date_time", &self.last_action_date_time);
        v.field(1usize, "operation", &self.operation);
        v.field(2usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_domains_or_search)]
impl rt::object::Members for DomainState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.last_action_date_time.read_from(r),
            1usize => self.operation.read_from(r),
            2usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.last_action_date_time);
        w.field(1usize, &self.operation);
        w.field(2usize, &self.status);
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
#[cfg(msgraph_v1_domains_or_search)]
rt::impl_object!(DomainState);
#[cfg(msgraph_v1_domains_or_search)]
rt::impl_setters!(
    DomainState { with_last_action_date_time last_action_date_time :
    rt::edm::DateTimeOffset; with_operation operation : ::std::string::String;
    with_status status : ::std::string::String; }
);
#[cfg(msgraph_v1_domains_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DomainState);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.driveItemVersion`, entity type, derived from `microsoft.graph.baseItemVersion`, key `id`.
///
/// Request builders: [`DriveItemVersionPath`](requests/trait.DriveItemVersionPath.html), what a path to one (`EntityPath<DriveItemVersion, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct DriveItemVersion {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `publication`: `microsoft.graph.publicationFacet`, nullable.
    pub publication: rt::Field<crate::v1::PublicationFacet>,
    /// CSDL: property `content`: `Edm.Stream`, nullable.
    pub content: rt::Field<rt::RawJson>,
    /// CSDL: property `size`: `Edm.Int64`, nullable.
    pub size: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for DriveItemVersion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            publication: rt::Field::Absent,
            content: rt::Field::Absent,
            size: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for DriveItemVersion {
    const TYPE_NAME: &'static str = "microsoft.graph.driveItemVersion";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "publication",
        "content",
        "size",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"publication\":                  ",
        ",\"content\":                      ",
        ",\"size\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.driveItemVersion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_modified_by", &self.last_modified_by);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "publication", &self.publication);
        v.field(4usize, "content", &self.content);
        v.field(5usize, "size", &self.size);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for DriveItemVersion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_modified_by.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.publication.read_from(r),
            4usize => self.content.read_from(r),
            5usize => self.size.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_modified_by);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.publication);
        w.field(4usize, &self.content);
        w.field(5usize, &self.size);
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(DriveItemVersion);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    DriveItemVersion { with_id id : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::v1::AnyIdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_publication publication :
    crate ::v1::PublicationFacet; with_content content : rt::RawJson; with_size size :
    i64; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveItemVersion);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.driveProtectionRule`, entity type, derived from `microsoft.graph.protectionRuleBase`, key `id`.
///
/// Request builders: [`ProtectionRuleBasePath`](requests/trait.ProtectionRuleBasePath.html), what a path to one (`EntityPath<DriveProtectionRule, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct DriveProtectionRule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `isAutoApplyEnabled`: `Edm.Boolean`, nullable.
    pub is_auto_apply_enabled: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.protectionRuleStatus`, nullable.
    pub status: rt::Field<crate::v1::ProtectionRuleStatus>,
    /// CSDL: property `driveExpression`: `Edm.String`, nullable.
    pub drive_expression: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for DriveProtectionRule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            is_auto_apply_enabled: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            drive_expression: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for DriveProtectionRule {
    const TYPE_NAME: &'static str = "microsoft.graph.driveProtectionRule";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "error",
        "isAutoApplyEnabled",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "status",
        "driveExpression",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"error\":                        ",
        ",\"isAutoApplyEnabled\":           ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"status\":                       ",
        ",\"driveExpression\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.driveProtectionRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "is_auto_apply_enabled", &self.is_auto_apply_enabled);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "drive_expression", &self.drive_expression);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for DriveProtectionRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.is_auto_apply_enabled.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.drive_expression.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.error);
        w.field(4usize, &self.is_auto_apply_enabled);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.status);
        w.field(8usize, &self.drive_expression);
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
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(DriveProtectionRule);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    DriveProtectionRule { with_id id : ::std::string::String; with_created_by created_by
    : crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_error error : crate ::v1::PublicError;
    with_is_auto_apply_enabled is_auto_apply_enabled : bool; with_last_modified_by
    last_modified_by : crate ::v1::AnyIdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::v1::ProtectionRuleStatus; with_drive_expression drive_expression :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveProtectionRule);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.driveProtectionUnitsBulkAdditionJob`, entity type, derived from `microsoft.graph.protectionUnitsBulkJobBase`, key `id`.
///
/// Request builders: [`ProtectionUnitsBulkJobBasePath`](requests/trait.ProtectionUnitsBulkJobBasePath.html), what a path to one (`EntityPath<DriveProtectionUnitsBulkAdditionJob, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct DriveProtectionUnitsBulkAdditionJob {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.protectionUnitsBulkJobStatus`, not nullable.
    pub status: rt::Field<crate::v1::ProtectionUnitsBulkJobStatus>,
    /// CSDL: property `directoryObjectIds`: `Collection(Edm.String)`, nullable.
    pub directory_object_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `drives`: `Collection(Edm.String)`, nullable.
    pub drives: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for DriveProtectionUnitsBulkAdditionJob {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            directory_object_ids: rt::Field::Absent,
            drives: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for DriveProtectionUnitsBulkAdditionJob {
    const TYPE_NAME: &'static str = "microsoft.graph.driveProtectionUnitsBulkAdditionJob";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "displayName",
        "error",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "status",
        "directoryObjectIds",
        "drives",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"error\":                        ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"status\":                       ",
        ",\"directoryObjectIds\":           ",
        ",\"drives\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.driveProtectionUnitsBulkAdditionJob\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "error", &self.error);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "directory_object_ids", &self.directory_object_ids);
        v.field(9usize, "drives", &self.drives);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for DriveProtectionUnitsBulkAdditionJob {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.error.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.directory_object_ids.read_from(r),
            9usize => self.drives.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.error);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.status);
        w.field(8usize, &self.directory_object_ids);
        w.field(9usize, &self.drives);
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
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(DriveProtectionUnitsBulkAdditionJob);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    DriveProtectionUnitsBulkAdditionJob { with_id id : ::std::string::String;
    with_created_by created_by : crate ::v1::AnyIdentitySet; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_display_name display_name :
    ::std::string::String; with_error error : crate ::v1::PublicError;
    with_last_modified_by last_modified_by : crate ::v1::AnyIdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_status status : crate ::v1::ProtectionUnitsBulkJobStatus;
    with_directory_object_ids directory_object_ids : ::std::vec::Vec <
    ::std::string::String >; with_drives drives : ::std::vec::Vec < ::std::string::String
    >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveProtectionUnitsBulkAdditionJob);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.driveRestoreArtifactsBulkAdditionRequest`, entity type, derived from `microsoft.graph.restoreArtifactsBulkRequestBase`, key `id`.
///
/// Request builders: [`RestoreArtifactsBulkRequestBasePath`](requests/trait.RestoreArtifactsBulkRequestBasePath.html), what a path to one (`EntityPath<DriveRestoreArtifactsBulkAdditionRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct DriveRestoreArtifactsBulkAdditionRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `destinationType`: `microsoft.graph.destinationType`, nullable.
    pub destination_type: rt::Field<crate::v1::DestinationType>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `protectionTimePeriod`: `microsoft.graph.timePeriod`, nullable.
    pub protection_time_period: rt::Field<crate::v1::TimePeriod>,
    /// CSDL: property `protectionUnitIds`: `Collection(Edm.String)`, nullable.
    pub protection_unit_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `restorePointPreference`: `microsoft.graph.restorePointPreference`, nullable.
    pub restore_point_preference: rt::Field<crate::v1::RestorePointPreference>,
    /// CSDL: property `status`: `microsoft.graph.restoreArtifactsBulkRequestStatus`, not nullable.
    pub status: rt::Field<crate::v1::RestoreArtifactsBulkRequestStatus>,
    /// CSDL: property `tags`: `microsoft.graph.restorePointTags`, nullable.
    pub tags: rt::Field<rt::Flags<crate::v1::RestorePointTags>>,
    /// CSDL: property `directoryObjectIds`: `Collection(Edm.String)`, nullable.
    pub directory_object_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `drives`: `Collection(Edm.String)`, nullable.
    pub drives: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for DriveRestoreArtifactsBulkAdditionRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            destination_type: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            protection_time_period: rt::Field::Absent,
            protection_unit_ids: rt::Field::Absent,
            restore_point_preference: rt::Field::Absent,
            status: rt::Field::Absent,
            tags: rt::Field::Absent,
            directory_object_ids: rt::Field::Absent,
            drives: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for DriveRestoreArtifactsBulkAdditionRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.driveRestoreArtifactsBulkAdditionRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "destinationType",
        "displayName",
        "error",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "protectionTimePeriod",
        "protectionUnitIds",
        "restorePointPreference",
        "status",
        "tags",
        "directoryObjectIds",
        "drives",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"destinationType\":              ",
        ",\"displayName\":                  ",
        ",\"error\":                        ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"protectionTimePeriod\":         ",
        ",\"protectionUnitIds\":            ",
        ",\"restorePointPreference\":       ",
        ",\"status\":                       ",
        ",\"tags\":                         ",
        ",\"directoryObjectIds\":           ",
        ",\"drives\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.driveRestoreArtifactsBulkAdditionRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "destination_type", &self.destination_type);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "error", &self.error);
        v.field(6usize, "last_modified_by", &self.last_modified_by);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "protection_time_period", &self.protection_time_period);
        v.field(9usize, "protection_unit_ids", &self.protection_unit_ids);
        v.field(10usize, "restore_point_preference", &self.restore_point_preference);
        v.field(11usize, "status", &self.status);
        v.field(12usize, "tags", &self.tags);
        v.field(13usize, "directory_object_ids", &self.directory_object_ids);
        v.field(14usize, "drives", &self.drives);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for DriveRestoreArtifactsBulkAdditionRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.destination_type.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.error.read_from(r),
            6usize => self.last_modified_by.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.protection_time_period.read_from(r),
            9usize => self.protection_unit_ids.read_from(r),
            10usize => self.restore_point_preference.read_from(r),
            11usize => self.status.read_from(r),
            12usize => self.tags.read_from(r),
            13usize => self.directory_object_ids.read_from(r),
            14usize => self.drives.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.destination_type);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.error);
        w.field(6usize, &self.last_modified_by);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.protection_time_period);
        w.field(9usize, &self.protection_unit_ids);
        w.field(10usize, &self.restore_point_preference);
        w.field(11usize, &self.status);
        w.field(12usize, &self.tags);
        w.field(13usize, &self.directory_object_ids);
        w.field(14usize, &self.drives);
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
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(DriveRestoreArtifactsBulkAdditionRequest);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    DriveRestoreArtifactsBulkAdditionRequest { with_id id : ::std::string::String;
    with_created_by created_by : crate ::v1::AnyIdentitySet; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_destination_type destination_type :
    crate ::v1::DestinationType; with_display_name display_name : ::std::string::String;
    with_error error : crate ::v1::PublicError; with_last_modified_by last_modified_by :
    crate ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_protection_time_period protection_time_period : crate
    ::v1::TimePeriod; with_protection_unit_ids protection_unit_ids : ::std::vec::Vec <
    ::std::string::String >; with_restore_point_preference restore_point_preference :
    crate ::v1::RestorePointPreference; with_status status : crate
    ::v1::RestoreArtifactsBulkRequestStatus; with_tags tags : rt::Flags < crate
    ::v1::RestorePointTags >; with_directory_object_ids directory_object_ids :
    ::std::vec::Vec < ::std::string::String >; with_drives drives : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(DriveRestoreArtifactsBulkAdditionRequest);
