//! Types of `microsoft.graph` by the first letters of their names (`a_o`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.accessReviewReviewerScope`, complex type, derived from `microsoft.graph.accessReviewScope`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AccessReviewReviewerScope {
    /// CSDL: property `query`: `Edm.String`, nullable.
    pub query: rt::Field<::std::string::String>,
    /// CSDL: property `queryRoot`: `Edm.String`, nullable.
    pub query_root: rt::Field<::std::string::String>,
    /// CSDL: property `queryType`: `Edm.String`, nullable.
    pub query_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AccessReviewReviewerScope {
    #[inline]
    fn default() -> Self {
        Self {
            query: rt::Field::Absent,
            query_root: rt::Field::Absent,
            query_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AccessReviewReviewerScope {
    const TYPE_NAME: &'static str = "microsoft.graph.accessReviewReviewerScope";
    const KEYS: &'static [&'static str] = &["query", "queryRoot", "queryType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"query\":                        ",
        ",\"queryRoot\":                    ",
        ",\"queryType\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.accessReviewReviewerScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "query", &self.query);
        v.field(1usize, "query_root", &self.query_root);
        v.field(2usize, "query_type", &self.query_type);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AccessReviewReviewerScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.query.read_from(r),
            1usize => self.query_root.read_from(r),
            2usize => self.query_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.query);
        w.field(1usize, &self.query_root);
        w.field(2usize, &self.query_type);
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
rt::impl_object!(AccessReviewReviewerScope);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AccessReviewReviewerScope { with_query query : ::std::string::String; with_query_root
    query_root : ::std::string::String; with_query_type query_type :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AccessReviewReviewerScope);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// CSDL: `microsoft.graph.actionState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ActionState {
    /// `none` (value 0).
    None,
    /// `pending` (value 1).
    Pending,
    /// `canceled` (value 2).
    Canceled,
    /// `active` (value 3).
    Active,
    /// `done` (value 4).
    Done,
    /// `failed` (value 5).
    Failed,
    /// `notSupported` (value 6).
    NotSupported,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::StrEnum for ActionState {
    const TYPE_NAME: &'static str = "microsoft.graph.actionState";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "pending",
        "canceled",
        "active",
        "done",
        "failed",
        "notSupported",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "pending" => Self::Pending,
                "canceled" => Self::Canceled,
                "active" => Self::Active,
                "done" => Self::Done,
                "failed" => Self::Failed,
                "notSupported" => Self::NotSupported,
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
            Self::Pending => "pending",
            Self::Canceled => "canceled",
            Self::Active => "active",
            Self::Done => "done",
            Self::Failed => "failed",
            Self::NotSupported => "notSupported",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_enum!(ActionState);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ActionState);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.addFooter`, complex type, derived from `microsoft.graph.markContent`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AddFooter {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `fontColor`: `Edm.String`, nullable.
    pub font_color: rt::Field<::std::string::String>,
    /// CSDL: property `fontSize`: `Edm.Int64`, nullable.
    pub font_size: rt::Field<i64>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// CSDL: property `alignment`: `microsoft.graph.alignment`, nullable.
    pub alignment: rt::Field<crate::beta::Alignment>,
    /// CSDL: property `margin`: `Edm.Int32`, nullable.
    pub margin: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for AddFooter {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            font_color: rt::Field::Absent,
            font_size: rt::Field::Absent,
            text: rt::Field::Absent,
            alignment: rt::Field::Absent,
            margin: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for AddFooter {
    const TYPE_NAME: &'static str = "microsoft.graph.addFooter";
    const KEYS: &'static [&'static str] = &[
        "name",
        "fontColor",
        "fontSize",
        "text",
        "alignment",
        "margin",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"fontColor\":                    ",
        ",\"fontSize\":                     ",
        ",\"text\":                         ",
        ",\"alignment\":                    ",
        ",\"margin\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.addFooter\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "font_color", &self.font_color);
        v.field(2usize, "font_size", &self.font_size);
        v.field(3usize, "text", &self.text);
        v.field(4usize, "alignment", &self.alignment);
        v.field(5usize, "margin", &self.margin);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for AddFooter {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.font_color.read_from(r),
            2usize => self.font_size.read_from(r),
            3usize => self.text.read_from(r),
            4usize => self.alignment.read_from(r),
            5usize => self.margin.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.font_color);
        w.field(2usize, &self.font_size);
        w.field(3usize, &self.text);
        w.field(4usize, &self.alignment);
        w.field(5usize, &self.margin);
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
rt::impl_object!(AddFooter);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    AddFooter { with_name name : ::std::string::String; with_font_color font_color :
    ::std::string::String; with_font_size font_size : i64; with_text text :
    ::std::string::String; with_alignment alignment : crate ::beta::Alignment;
    with_margin margin : i32; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(AddFooter);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.addHeader`, complex type, derived from `microsoft.graph.markContent`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AddHeader {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `fontColor`: `Edm.String`, nullable.
    pub font_color: rt::Field<::std::string::String>,
    /// CSDL: property `fontSize`: `Edm.Int64`, nullable.
    pub font_size: rt::Field<i64>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// CSDL: property `alignment`: `microsoft.graph.alignment`, nullable.
    pub alignment: rt::Field<crate::beta::Alignment>,
    /// CSDL: property `margin`: `Edm.Int32`, nullable.
    pub margin: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for AddHeader {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            font_color: rt::Field::Absent,
            font_size: rt::Field::Absent,
            text: rt::Field::Absent,
            alignment: rt::Field::Absent,
            margin: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for AddHeader {
    const TYPE_NAME: &'static str = "microsoft.graph.addHeader";
    const KEYS: &'static [&'static str] = &[
        "name",
        "fontColor",
        "fontSize",
        "text",
        "alignment",
        "margin",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"fontColor\":                    ",
        ",\"fontSize\":                     ",
        ",\"text\":                         ",
        ",\"alignment\":                    ",
        ",\"margin\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.addHeader\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "font_color", &self.font_color);
        v.field(2usize, "font_size", &self.font_size);
        v.field(3usize, "text", &self.text);
        v.field(4usize, "alignment", &self.alignment);
        v.field(5usize, "margin", &self.margin);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for AddHeader {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.font_color.read_from(r),
            2usize => self.font_size.read_from(r),
            3usize => self.text.read_from(r),
            4usize => self.alignment.read_from(r),
            5usize => self.margin.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.font_color);
        w.field(2usize, &self.font_size);
        w.field(3usize, &self.text);
        w.field(4usize, &self.alignment);
        w.field(5usize, &self.margin);
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
rt::impl_object!(AddHeader);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    AddHeader { with_name name : ::std::string::String; with_font_color font_color :
    ::std::string::String; with_font_size font_size : i64; with_text text :
    ::std::string::String; with_alignment alignment : crate ::beta::Alignment;
    with_margin margin : i32; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(AddHeader);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.addWatermark`, complex type, derived from `microsoft.graph.markContent`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AddWatermark {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `fontColor`: `Edm.String`, nullable.
    pub font_color: rt::Field<::std::string::String>,
    /// CSDL: property `fontSize`: `Edm.Int64`, nullable.
    pub font_size: rt::Field<i64>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// CSDL: property `orientation`: `microsoft.graph.pageOrientation`, nullable.
    pub orientation: rt::Field<crate::beta::PageOrientation>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for AddWatermark {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            font_color: rt::Field::Absent,
            font_size: rt::Field::Absent,
            text: rt::Field::Absent,
            orientation: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for AddWatermark {
    const TYPE_NAME: &'static str = "microsoft.graph.addWatermark";
    const KEYS: &'static [&'static str] = &[
        "name",
        "fontColor",
        "fontSize",
        "text",
        "orientation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"fontColor\":                    ",
        ",\"fontSize\":                     ",
        ",\"text\":                         ",
        ",\"orientation\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.addWatermark\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "font_color", &self.font_color);
        v.field(2usize, "font_size", &self.font_size);
        v.field(3usize, "text", &self.text);
        v.field(4usize, "orientation", &self.orientation);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for AddWatermark {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.font_color.read_from(r),
            2usize => self.font_size.read_from(r),
            3usize => self.text.read_from(r),
            4usize => self.orientation.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.font_color);
        w.field(2usize, &self.font_size);
        w.field(3usize, &self.text);
        w.field(4usize, &self.orientation);
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
rt::impl_object!(AddWatermark);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    AddWatermark { with_name name : ::std::string::String; with_font_color font_color :
    ::std::string::String; with_font_size font_size : i64; with_text text :
    ::std::string::String; with_orientation orientation : crate ::beta::PageOrientation;
    }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(AddWatermark);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.alignment`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Alignment {
    /// `left` (value 0).
    Left,
    /// `right` (value 1).
    Right,
    /// `center` (value 2).
    Center,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::StrEnum for Alignment {
    const TYPE_NAME: &'static str = "microsoft.graph.alignment";
    const MEMBERS: &'static [&'static str] = &["left", "right", "center"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "left" => Self::Left,
                "right" => Self::Right,
                "center" => Self::Center,
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
            Self::Left => "left",
            Self::Right => "right",
            Self::Center => "center",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_enum!(Alignment);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(Alignment);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Represents an assignment to all managed devices in the tenant.
///
/// CSDL: `microsoft.graph.allDevicesAssignmentTarget`, complex type, derived from `microsoft.graph.deviceAndAppManagementAssignmentTarget`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AllDevicesAssignmentTarget {
    /// The Id of the filter for the target assignment.
    ///
    /// CSDL: property `deviceAndAppManagementAssignmentFilterId`: `Edm.String`, nullable.
    pub device_and_app_management_assignment_filter_id: rt::Field<::std::string::String>,
    /// The type of filter of the target assignment i.e. Exclude or Include.
    ///
    /// CSDL: property `deviceAndAppManagementAssignmentFilterType`: `microsoft.graph.deviceAndAppManagementAssignmentFilterType`, not nullable.
    pub device_and_app_management_assignment_filter_type: rt::Field<
        crate::beta::DeviceAndAppManagementAssignmentFilterType,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for AllDevicesAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self {
            device_and_app_management_assignment_filter_id: rt::Field::Absent,
            device_and_app_management_assignment_filter_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for AllDevicesAssignmentTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.allDevicesAssignmentTarget";
    const KEYS: &'static [&'static str] = &[
        "deviceAndAppManagementAssignmentFilterId",
        "deviceAndAppManagementAssignmentFilterType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceAndAppManagementAssignmentFilterId\":",
        ",\"deviceAndAppManagementAssignmentFilterType\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.allDevicesAssignmentTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "device_and_app_management_assignment_filter_id",
            &self.device_and_app_management_assignment_filter_id,
        );
        v.field(
            1usize,
            "device_and_app_management_assignment_filter_type",
            &self.device_and_app_management_assignment_filter_type,
        );
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for AllDevicesAssignmentTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_and_app_management_assignment_filter_id.read_from(r),
            1usize => self.device_and_app_management_assignment_filter_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_and_app_management_assignment_filter_id);
        w.field(1usize, &self.device_and_app_management_assignment_filter_type);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(AllDevicesAssignmentTarget);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    AllDevicesAssignmentTarget { with_device_and_app_management_assignment_filter_id
    device_and_app_management_assignment_filter_id : ::std::string::String;
    with_device_and_app_management_assignment_filter_type
    device_and_app_management_assignment_filter_type : crate
    ::beta::DeviceAndAppManagementAssignmentFilterType; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AllDevicesAssignmentTarget);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Represents an assignment to all licensed users in the tenant.
///
/// CSDL: `microsoft.graph.allLicensedUsersAssignmentTarget`, complex type, derived from `microsoft.graph.deviceAndAppManagementAssignmentTarget`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AllLicensedUsersAssignmentTarget {
    /// The Id of the filter for the target assignment.
    ///
    /// CSDL: property `deviceAndAppManagementAssignmentFilterId`: `Edm.String`, nullable.
    pub device_and_app_management_assignment_filter_id: rt::Field<::std::string::String>,
    /// The type of filter of the target assignment i.e. Exclude or Include.
    ///
    /// CSDL: property `deviceAndAppManagementAssignmentFilterType`: `microsoft.graph.deviceAndAppManagementAssignmentFilterType`, not nullable.
    pub device_and_app_management_assignment_filter_type: rt::Field<
        crate::beta::DeviceAndAppManagementAssignmentFilterType,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for AllLicensedUsersAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self {
            device_and_app_management_assignment_filter_id: rt::Field::Absent,
            device_and_app_management_assignment_filter_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for AllLicensedUsersAssignmentTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.allLicensedUsersAssignmentTarget";
    const KEYS: &'static [&'static str] = &[
        "deviceAndAppManagementAssignmentFilterId",
        "deviceAndAppManagementAssignmentFilterType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceAndAppManagementAssignmentFilterId\":",
        ",\"deviceAndAppManagementAssignmentFilterType\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.allLicensedUsersAssignmentTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "device_and_app_management_assignment_filter_id",
            &self.device_and_app_management_assignment_filter_id,
        );
        v.field(
            1usize,
            "device_and_app_management_assignment_filter_type",
            &self.device_and_app_management_assignment_filter_type,
        );
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for AllLicensedUsersAssignmentTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_and_app_management_assignment_filter_id.read_from(r),
            1usize => self.device_and_app_management_assignment_filter_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_and_app_management_assignment_filter_id);
        w.field(1usize, &self.device_and_app_management_assignment_filter_type);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(AllLicensedUsersAssignmentTarget);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    AllLicensedUsersAssignmentTarget {
    with_device_and_app_management_assignment_filter_id
    device_and_app_management_assignment_filter_id : ::std::string::String;
    with_device_and_app_management_assignment_filter_type
    device_and_app_management_assignment_filter_type : crate
    ::beta::DeviceAndAppManagementAssignmentFilterType; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AllLicensedUsersAssignmentTarget);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an app in the list of managed applications
///
/// CSDL: `microsoft.graph.appListItem`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AppListItem {
    /// The application or bundle identifier of the application
    ///
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// The Store URL of the application
    ///
    /// CSDL: property `appStoreUrl`: `Edm.String`, nullable.
    pub app_store_url: rt::Field<::std::string::String>,
    /// The application name
    ///
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// The publisher of the application
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AppListItem {
    #[inline]
    fn default() -> Self {
        Self {
            app_id: rt::Field::Absent,
            app_store_url: rt::Field::Absent,
            name: rt::Field::Absent,
            publisher: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AppListItem {
    const TYPE_NAME: &'static str = "microsoft.graph.appListItem";
    const KEYS: &'static [&'static str] = &["appId", "appStoreUrl", "name", "publisher"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appId\":                        ",
        ",\"appStoreUrl\":                  ",
        ",\"name\":                         ",
        ",\"publisher\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appListItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_id", &self.app_id);
        v.field(1usize, "app_store_url", &self.app_store_url);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "publisher", &self.publisher);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AppListItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_id.read_from(r),
            1usize => self.app_store_url.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.publisher.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_id);
        w.field(1usize, &self.app_store_url);
        w.field(2usize, &self.name);
        w.field(3usize, &self.publisher);
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
rt::impl_object!(AppListItem);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AppListItem { with_app_id app_id : ::std::string::String; with_app_store_url
    app_store_url : ::std::string::String; with_name name : ::std::string::String;
    with_publisher publisher : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppListItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.appListItem` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAppListItem {
    AppListItem(::std::boxed::Box<crate::beta::AppListItem>),
    AppleAppListItem(::std::boxed::Box<crate::beta::AppleAppListItem>),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyAppListItem {
    #[inline]
    fn default() -> Self {
        Self::AppListItem(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppListItem> for AnyAppListItem {
    #[inline]
    fn from(v: crate::beta::AppListItem) -> Self {
        Self::AppListItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppleAppListItem> for AnyAppListItem {
    #[inline]
    fn from(v: crate::beta::AppleAppListItem) -> Self {
        Self::AppleAppListItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyAppListItem {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyAppListItem {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyAppListItem {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyAppListItem {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyAppListItem {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AppListItem>();
    rt::object::auto_traits::<crate::beta::AppleAppListItem>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyAppListItem {
    const BASE_NAME: &'static str = "microsoft.graph.appListItem";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.appleAppListItem") => {
                Self::AppleAppListItem(rt::object::new_boxed())
            }
            _ => Self::AppListItem(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AppListItem(v) => &**v,
            Self::AppleAppListItem(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AppListItem(v) => &mut **v,
            Self::AppleAppListItem(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyAppListItem {
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
    /// `appId` of any variant.
    #[inline]
    pub fn app_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AppListItem(v) => &v.app_id,
            Self::AppleAppListItem(v) => &v.app_id,
        }
    }
    /// `appId` of any variant.
    #[inline]
    pub fn app_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AppListItem(v) => &mut v.app_id,
            Self::AppleAppListItem(v) => &mut v.app_id,
        }
    }
    /// `appStoreUrl` of any variant.
    #[inline]
    pub fn app_store_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AppListItem(v) => &v.app_store_url,
            Self::AppleAppListItem(v) => &v.app_store_url,
        }
    }
    /// `appStoreUrl` of any variant.
    #[inline]
    pub fn app_store_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AppListItem(v) => &mut v.app_store_url,
            Self::AppleAppListItem(v) => &mut v.app_store_url,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AppListItem(v) => &v.name,
            Self::AppleAppListItem(v) => &v.name,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AppListItem(v) => &mut v.name,
            Self::AppleAppListItem(v) => &mut v.name,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AppListItem(v) => &v.publisher,
            Self::AppleAppListItem(v) => &v.publisher,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AppListItem(v) => &mut v.publisher,
            Self::AppleAppListItem(v) => &mut v.publisher,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyAppListItem);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAppListItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an app in the list of managed Apple applications
///
/// CSDL: `microsoft.graph.appleAppListItem`, complex type, derived from `microsoft.graph.appListItem`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct AppleAppListItem {
    /// The application or bundle identifier of the application
    ///
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// The Store URL of the application
    ///
    /// CSDL: property `appStoreUrl`: `Edm.String`, nullable.
    pub app_store_url: rt::Field<::std::string::String>,
    /// The application name
    ///
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// The publisher of the application
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AppleAppListItem {
    #[inline]
    fn default() -> Self {
        Self {
            app_id: rt::Field::Absent,
            app_store_url: rt::Field::Absent,
            name: rt::Field::Absent,
            publisher: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for AppleAppListItem {
    const TYPE_NAME: &'static str = "microsoft.graph.appleAppListItem";
    const KEYS: &'static [&'static str] = &["appId", "appStoreUrl", "name", "publisher"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appId\":                        ",
        ",\"appStoreUrl\":                  ",
        ",\"name\":                         ",
        ",\"publisher\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.appleAppListItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_id", &self.app_id);
        v.field(1usize, "app_store_url", &self.app_store_url);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "publisher", &self.publisher);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for AppleAppListItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_id.read_from(r),
            1usize => self.app_store_url.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.publisher.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_id);
        w.field(1usize, &self.app_store_url);
        w.field(2usize, &self.name);
        w.field(3usize, &self.publisher);
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
rt::impl_object!(AppleAppListItem);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    AppleAppListItem { with_app_id app_id : ::std::string::String; with_app_store_url
    app_store_url : ::std::string::String; with_name name : ::std::string::String;
    with_publisher publisher : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AppleAppListItem);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.applicationMode`, enum type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ApplicationMode {
    /// `manual` (value 0).
    Manual,
    /// `automatic` (value 1).
    Automatic,
    /// `recommended` (value 2).
    Recommended,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_any_area)]
impl rt::StrEnum for ApplicationMode {
    const TYPE_NAME: &'static str = "microsoft.graph.applicationMode";
    const MEMBERS: &'static [&'static str] = &["manual", "automatic", "recommended"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "manual" => Self::Manual,
                "automatic" => Self::Automatic,
                "recommended" => Self::Recommended,
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
            Self::Manual => "manual",
            Self::Automatic => "automatic",
            Self::Recommended => "recommended",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_enum!(ApplicationMode);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ApplicationMode);
#[cfg(msgraph_beta_core_or_invitations)]
/// CSDL: `microsoft.graph.attendee`, complex type, derived from `microsoft.graph.attendeeBase`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Attendee {
    /// CSDL: property `emailAddress`: `microsoft.graph.emailAddress`, nullable.
    pub email_address: rt::Field<crate::beta::AnyEmailAddress>,
    /// CSDL: property `type`: `microsoft.graph.attendeeType`, nullable.
    pub type_: rt::Field<crate::beta::AttendeeType>,
    /// CSDL: property `proposedNewTime`: `microsoft.graph.timeSlot`, nullable.
    pub proposed_new_time: rt::Field<crate::beta::TimeSlot>,
    /// CSDL: property `status`: `microsoft.graph.responseStatus`, nullable.
    pub status: rt::Field<crate::beta::ResponseStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_invitations)]
impl ::std::default::Default for Attendee {
    #[inline]
    fn default() -> Self {
        Self {
            email_address: rt::Field::Absent,
            type_: rt::Field::Absent,
            proposed_new_time: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
impl rt::Object for Attendee {
    const TYPE_NAME: &'static str = "microsoft.graph.attendee";
    const KEYS: &'static [&'static str] = &[
        "emailAddress",
        "type",
        "proposedNewTime",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"emailAddress\":                 ",
        ",\"type\":                         ",
        ",\"proposedNewTime\":              ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attendee\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "email_address", &self.email_address);
        v.field(1usize, "type_", &self.type_);
        v.field(2usize, "proposed_new_time", &self.proposed_new_time);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
impl rt::object::Members for Attendee {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.email_address.read_from(r),
            1usize => self.type_.read_from(r),
            2usize => self.proposed_new_time.read_from(r),
            3usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.email_address);
        w.field(1usize, &self.type_);
        w.field(2usize, &self.proposed_new_time);
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
#[cfg(msgraph_beta_core_or_invitations)]
rt::impl_object!(Attendee);
#[cfg(msgraph_beta_core_or_invitations)]
rt::impl_setters!(
    Attendee { with_email_address email_address : crate ::beta::AnyEmailAddress;
    with_type type_ : crate ::beta::AttendeeType; with_proposed_new_time
    proposed_new_time : crate ::beta::TimeSlot; with_status status : crate
    ::beta::ResponseStatus; }
);
#[cfg(msgraph_beta_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(Attendee);
#[cfg(msgraph_beta_core_or_invitations)]
/// CSDL: `microsoft.graph.attendeeBase`, complex type, derived from `microsoft.graph.recipient`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttendeeBase {
    /// CSDL: property `emailAddress`: `microsoft.graph.emailAddress`, nullable.
    pub email_address: rt::Field<crate::beta::AnyEmailAddress>,
    /// CSDL: property `type`: `microsoft.graph.attendeeType`, nullable.
    pub type_: rt::Field<crate::beta::AttendeeType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_invitations)]
impl ::std::default::Default for AttendeeBase {
    #[inline]
    fn default() -> Self {
        Self {
            email_address: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
impl rt::Object for AttendeeBase {
    const TYPE_NAME: &'static str = "microsoft.graph.attendeeBase";
    const KEYS: &'static [&'static str] = &["emailAddress", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"emailAddress\":                 ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attendeeBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "email_address", &self.email_address);
        v.field(1usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
impl rt::object::Members for AttendeeBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.email_address.read_from(r),
            1usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.email_address);
        w.field(1usize, &self.type_);
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
#[cfg(msgraph_beta_core_or_invitations)]
rt::impl_object!(AttendeeBase);
#[cfg(msgraph_beta_core_or_invitations)]
rt::impl_setters!(
    AttendeeBase { with_email_address email_address : crate ::beta::AnyEmailAddress;
    with_type type_ : crate ::beta::AttendeeType; }
);
#[cfg(msgraph_beta_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttendeeBase);
#[cfg(msgraph_beta_core_or_invitations)]
/// `microsoft.graph.attendeeBase` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAttendeeBase {
    AttendeeBase(::std::boxed::Box<crate::beta::AttendeeBase>),
    Attendee(::std::boxed::Box<crate::beta::Attendee>),
}
#[cfg(msgraph_beta_core_or_invitations)]
impl ::std::default::Default for AnyAttendeeBase {
    #[inline]
    fn default() -> Self {
        Self::AttendeeBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AttendeeBase> for AnyAttendeeBase {
    #[inline]
    fn from(v: crate::beta::AttendeeBase) -> Self {
        Self::AttendeeBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Attendee> for AnyAttendeeBase {
    #[inline]
    fn from(v: crate::beta::Attendee) -> Self {
        Self::Attendee(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
unsafe impl ::std::marker::Send for AnyAttendeeBase {}
#[cfg(msgraph_beta_core_or_invitations)]
unsafe impl ::std::marker::Sync for AnyAttendeeBase {}
#[cfg(msgraph_beta_core_or_invitations)]
impl ::std::marker::Unpin for AnyAttendeeBase {}
#[cfg(msgraph_beta_core_or_invitations)]
impl ::std::panic::UnwindSafe for AnyAttendeeBase {}
#[cfg(msgraph_beta_core_or_invitations)]
impl ::std::panic::RefUnwindSafe for AnyAttendeeBase {}
#[cfg(msgraph_beta_core_or_invitations)]
const _: () = {
    rt::object::auto_traits::<crate::beta::AttendeeBase>();
    rt::object::auto_traits::<crate::beta::Attendee>();
};
#[cfg(msgraph_beta_core_or_invitations)]
impl rt::Poly for AnyAttendeeBase {
    const BASE_NAME: &'static str = "microsoft.graph.attendeeBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.attendee") => {
                Self::Attendee(rt::object::new_boxed())
            }
            _ => Self::AttendeeBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AttendeeBase(v) => &**v,
            Self::Attendee(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AttendeeBase(v) => &mut **v,
            Self::Attendee(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
impl AnyAttendeeBase {
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
    /// `emailAddress` of any variant.
    #[inline]
    pub fn email_address(&self) -> &rt::Field<crate::beta::AnyEmailAddress> {
        match self {
            Self::AttendeeBase(v) => &v.email_address,
            Self::Attendee(v) => &v.email_address,
        }
    }
    /// `emailAddress` of any variant.
    #[inline]
    pub fn email_address_mut(&mut self) -> &mut rt::Field<crate::beta::AnyEmailAddress> {
        match self {
            Self::AttendeeBase(v) => &mut v.email_address,
            Self::Attendee(v) => &mut v.email_address,
        }
    }
    /// `type` of any variant.
    #[inline]
    pub fn type_(&self) -> &rt::Field<crate::beta::AttendeeType> {
        match self {
            Self::AttendeeBase(v) => &v.type_,
            Self::Attendee(v) => &v.type_,
        }
    }
    /// `type` of any variant.
    #[inline]
    pub fn type_mut(&mut self) -> &mut rt::Field<crate::beta::AttendeeType> {
        match self {
            Self::AttendeeBase(v) => &mut v.type_,
            Self::Attendee(v) => &mut v.type_,
        }
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
rt::impl_poly!(AnyAttendeeBase);
#[cfg(msgraph_beta_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAttendeeBase);
#[cfg(msgraph_beta_core_or_invitations)]
/// CSDL: `microsoft.graph.attendeeType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AttendeeType {
    /// `required` (value 0).
    Required,
    /// `optional` (value 1).
    Optional,
    /// `resource` (value 2).
    Resource,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_invitations)]
impl rt::StrEnum for AttendeeType {
    const TYPE_NAME: &'static str = "microsoft.graph.attendeeType";
    const MEMBERS: &'static [&'static str] = &["required", "optional", "resource"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "required" => Self::Required,
                "optional" => Self::Optional,
                "resource" => Self::Resource,
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
            Self::Required => "required",
            Self::Optional => "optional",
            Self::Resource => "resource",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
rt::impl_enum!(AttendeeType);
#[cfg(msgraph_beta_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttendeeType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.attributeMappingSource`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AttributeMappingSource {
    /// CSDL: property `expression`: `Edm.String`, nullable.
    pub expression: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parameters`: `Collection(microsoft.graph.stringKeyAttributeMappingSourceValuePair)`, nullable.
    pub parameters: rt::Field<
        ::std::vec::Vec<crate::beta::StringKeyAttributeMappingSourceValuePair>,
    >,
    /// CSDL: property `type`: `microsoft.graph.attributeMappingSourceType`, not nullable.
    pub type_: rt::Field<crate::beta::AttributeMappingSourceType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AttributeMappingSource {
    #[inline]
    fn default() -> Self {
        Self {
            expression: rt::Field::Absent,
            name: rt::Field::Absent,
            parameters: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for AttributeMappingSource {
    const TYPE_NAME: &'static str = "microsoft.graph.attributeMappingSource";
    const KEYS: &'static [&'static str] = &["expression", "name", "parameters", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"expression\":                   ",
        ",\"name\":                         ",
        ",\"parameters\":                   ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.attributeMappingSource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "expression", &self.expression);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "parameters", &self.parameters);
        v.field(3usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for AttributeMappingSource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.expression.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.parameters.read_from(r),
            3usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.expression);
        w.field(1usize, &self.name);
        w.field(2usize, &self.parameters);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(AttributeMappingSource);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    AttributeMappingSource { with_expression expression : ::std::string::String;
    with_name name : ::std::string::String; with_parameters parameters : ::std::vec::Vec
    < crate ::beta::StringKeyAttributeMappingSourceValuePair >; with_type type_ : crate
    ::beta::AttributeMappingSourceType; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttributeMappingSource);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.attributeMappingSourceType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AttributeMappingSourceType {
    /// `Attribute` (value 0).
    Attribute,
    /// `Constant` (value 1).
    Constant,
    /// `Function` (value 2).
    Function,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for AttributeMappingSourceType {
    const TYPE_NAME: &'static str = "microsoft.graph.attributeMappingSourceType";
    const MEMBERS: &'static [&'static str] = &["Attribute", "Constant", "Function"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Attribute" => Self::Attribute,
                "Constant" => Self::Constant,
                "Function" => Self::Function,
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
            Self::Attribute => "Attribute",
            Self::Constant => "Constant",
            Self::Function => "Function",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(AttributeMappingSourceType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttributeMappingSourceType);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.autoLabeling`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AutoLabeling {
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `sensitiveTypeIds`: `Collection(Edm.String)`, nullable.
    pub sensitive_type_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for AutoLabeling {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            sensitive_type_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for AutoLabeling {
    const TYPE_NAME: &'static str = "microsoft.graph.autoLabeling";
    const KEYS: &'static [&'static str] = &["message", "sensitiveTypeIds"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"message\":                      ",
        ",\"sensitiveTypeIds\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.autoLabeling\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message", &self.message);
        v.field(1usize, "sensitive_type_ids", &self.sensitive_type_ids);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for AutoLabeling {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            1usize => self.sensitive_type_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
        w.field(1usize, &self.sensitive_type_ids);
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
rt::impl_object!(AutoLabeling);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    AutoLabeling { with_message message : ::std::string::String; with_sensitive_type_ids
    sensitive_type_ids : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(AutoLabeling);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.azureADLicenseType`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AzureAdLicenseType {
    /// `none` (value 0).
    None,
    /// `free` (value 1).
    Free,
    /// `basic` (value 2).
    Basic,
    /// `premiumP1` (value 3).
    PremiumP1,
    /// `premiumP2` (value 4).
    PremiumP2,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::StrEnum for AzureAdLicenseType {
    const TYPE_NAME: &'static str = "microsoft.graph.azureADLicenseType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "free",
        "basic",
        "premiumP1",
        "premiumP2",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "free" => Self::Free,
                "basic" => Self::Basic,
                "premiumP1" => Self::PremiumP1,
                "premiumP2" => Self::PremiumP2,
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
            Self::Free => "free",
            Self::Basic => "basic",
            Self::PremiumP1 => "premiumP1",
            Self::PremiumP2 => "premiumP2",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_enum!(AzureAdLicenseType);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AzureAdLicenseType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.bitLockerEncryptionMethod`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BitLockerEncryptionMethod {
    /// `aesCbc128` (value 3).
    AesCbc128,
    /// `aesCbc256` (value 4).
    AesCbc256,
    /// `xtsAes128` (value 6).
    XtsAes128,
    /// `xtsAes256` (value 7).
    XtsAes256,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for BitLockerEncryptionMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.bitLockerEncryptionMethod";
    const MEMBERS: &'static [&'static str] = &[
        "aesCbc128",
        "aesCbc256",
        "xtsAes128",
        "xtsAes256",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "aesCbc128" => Self::AesCbc128,
                "aesCbc256" => Self::AesCbc256,
                "xtsAes128" => Self::XtsAes128,
                "xtsAes256" => Self::XtsAes256,
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
            Self::AesCbc128 => "aesCbc128",
            Self::AesCbc256 => "aesCbc256",
            Self::XtsAes128 => "xtsAes128",
            Self::XtsAes256 => "xtsAes256",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(BitLockerEncryptionMethod);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BitLockerEncryptionMethod);
#[cfg(msgraph_beta_core_or_admin_or_app_or_communications_or_education)]
/// CSDL: `microsoft.graph.bodyType`, enum type.
///
/// Features: `beta`, or one of `beta-admin`, `beta-administrative-units`, `beta-app`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BodyType {
    /// `text` (value 0).
    Text,
    /// `html` (value 1).
    Html,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_admin_or_app_or_communications_or_education)]
impl rt::StrEnum for BodyType {
    const TYPE_NAME: &'static str = "microsoft.graph.bodyType";
    const MEMBERS: &'static [&'static str] = &["text", "html"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "text" => Self::Text,
                "html" => Self::Html,
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
            Self::Text => "text",
            Self::Html => "html",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_admin_or_app_or_communications_or_education)]
rt::impl_enum!(BodyType);
#[cfg(msgraph_beta_core_or_admin_or_app_or_communications_or_education)]
#[cfg(feature = "serde")]
rt::impl_serde!(BodyType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.certificateRevocationStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CertificateRevocationStatus {
    /// `none` (value 0).
    None,
    /// `pending` (value 1).
    Pending,
    /// `issued` (value 2).
    Issued,
    /// `failed` (value 3).
    Failed,
    /// `revoked` (value 4).
    Revoked,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for CertificateRevocationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.certificateRevocationStatus";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "pending",
        "issued",
        "failed",
        "revoked",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "pending" => Self::Pending,
                "issued" => Self::Issued,
                "failed" => Self::Failed,
                "revoked" => Self::Revoked,
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
            Self::Pending => "pending",
            Self::Issued => "issued",
            Self::Failed => "failed",
            Self::Revoked => "revoked",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(CertificateRevocationStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CertificateRevocationStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.certificateValidityPeriodScale`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CertificateValidityPeriodScale {
    /// `days` (value 0).
    Days,
    /// `months` (value 1).
    Months,
    /// `years` (value 2).
    Years,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for CertificateValidityPeriodScale {
    const TYPE_NAME: &'static str = "microsoft.graph.certificateValidityPeriodScale";
    const MEMBERS: &'static [&'static str] = &["days", "months", "years"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "days" => Self::Days,
                "months" => Self::Months,
                "years" => Self::Years,
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
            Self::Days => "days",
            Self::Months => "months",
            Self::Years => "years",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(CertificateValidityPeriodScale);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CertificateValidityPeriodScale);
#[cfg(msgraph_beta_core_or_app_catalogs)]
/// CSDL: `microsoft.graph.chatMessageHostedContent`, entity type, derived from `microsoft.graph.teamworkHostedContent`, key `id`.
///
/// Request builders: [`TeamworkHostedContentPath`](requests/trait.TeamworkHostedContentPath.html), what a path to one (`EntityPath<ChatMessageHostedContent, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app-catalogs`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChatMessageHostedContent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `contentBytes`: `Edm.Binary`, nullable.
    pub content_bytes: rt::Field<rt::edm::Binary>,
    /// CSDL: property `contentType`: `Edm.String`, nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_app_catalogs)]
impl ::std::default::Default for ChatMessageHostedContent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content_bytes: rt::Field::Absent,
            content_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_app_catalogs)]
impl rt::Object for ChatMessageHostedContent {
    const TYPE_NAME: &'static str = "microsoft.graph.chatMessageHostedContent";
    const KEYS: &'static [&'static str] = &["id", "contentBytes", "contentType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"contentBytes\":                 ",
        ",\"contentType\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chatMessageHostedContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content_bytes", &self.content_bytes);
        v.field(2usize, "content_type", &self.content_type);
    }
}
#[cfg(msgraph_beta_core_or_app_catalogs)]
impl rt::object::Members for ChatMessageHostedContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content_bytes.read_from(r),
            2usize => self.content_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content_bytes);
        w.field(2usize, &self.content_type);
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
#[cfg(msgraph_beta_core_or_app_catalogs)]
rt::impl_object!(ChatMessageHostedContent);
#[cfg(msgraph_beta_core_or_app_catalogs)]
rt::impl_setters!(
    ChatMessageHostedContent { with_id id : ::std::string::String; with_content_bytes
    content_bytes : rt::edm::Binary; with_content_type content_type :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_app_catalogs)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatMessageHostedContent);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// CSDL: `microsoft.graph.complianceStatus`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ComplianceStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `notApplicable` (value 1).
    NotApplicable,
    /// `compliant` (value 2).
    Compliant,
    /// `remediated` (value 3).
    Remediated,
    /// `nonCompliant` (value 4).
    NonCompliant,
    /// `error` (value 5).
    Error,
    /// `conflict` (value 6).
    Conflict,
    /// `notAssigned` (value 7).
    NotAssigned,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::StrEnum for ComplianceStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.complianceStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "notApplicable",
        "compliant",
        "remediated",
        "nonCompliant",
        "error",
        "conflict",
        "notAssigned",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "notApplicable" => Self::NotApplicable,
                "compliant" => Self::Compliant,
                "remediated" => Self::Remediated,
                "nonCompliant" => Self::NonCompliant,
                "error" => Self::Error,
                "conflict" => Self::Conflict,
                "notAssigned" => Self::NotAssigned,
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
            Self::NotApplicable => "notApplicable",
            Self::Compliant => "compliant",
            Self::Remediated => "remediated",
            Self::NonCompliant => "nonCompliant",
            Self::Error => "error",
            Self::Conflict => "conflict",
            Self::NotAssigned => "notAssigned",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_enum!(ComplianceStatus);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ComplianceStatus);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Represents an assignment to a Configuration Manager Collection.
///
/// CSDL: `microsoft.graph.configurationManagerCollectionAssignmentTarget`, complex type, derived from `microsoft.graph.deviceAndAppManagementAssignmentTarget`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ConfigurationManagerCollectionAssignmentTarget {
    /// The Id of the filter for the target assignment.
    ///
    /// CSDL: property `deviceAndAppManagementAssignmentFilterId`: `Edm.String`, nullable.
    pub device_and_app_management_assignment_filter_id: rt::Field<::std::string::String>,
    /// The type of filter of the target assignment i.e. Exclude or Include.
    ///
    /// CSDL: property `deviceAndAppManagementAssignmentFilterType`: `microsoft.graph.deviceAndAppManagementAssignmentFilterType`, not nullable.
    pub device_and_app_management_assignment_filter_type: rt::Field<
        crate::beta::DeviceAndAppManagementAssignmentFilterType,
    >,
    /// The collection Id that is the target of the assignment.
    ///
    /// CSDL: property `collectionId`: `Edm.String`, nullable.
    pub collection_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for ConfigurationManagerCollectionAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self {
            device_and_app_management_assignment_filter_id: rt::Field::Absent,
            device_and_app_management_assignment_filter_type: rt::Field::Absent,
            collection_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for ConfigurationManagerCollectionAssignmentTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.configurationManagerCollectionAssignmentTarget";
    const KEYS: &'static [&'static str] = &[
        "deviceAndAppManagementAssignmentFilterId",
        "deviceAndAppManagementAssignmentFilterType",
        "collectionId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceAndAppManagementAssignmentFilterId\":",
        ",\"deviceAndAppManagementAssignmentFilterType\":",
        ",\"collectionId\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.configurationManagerCollectionAssignmentTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "device_and_app_management_assignment_filter_id",
            &self.device_and_app_management_assignment_filter_id,
        );
        v.field(
            1usize,
            "device_and_app_management_assignment_filter_type",
            &self.device_and_app_management_assignment_filter_type,
        );
        v.field(2usize, "collection_id", &self.collection_id);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for ConfigurationManagerCollectionAssignmentTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_and_app_management_assignment_filter_id.read_from(r),
            1usize => self.device_and_app_management_assignment_filter_type.read_from(r),
            2usize => self.collection_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_and_app_management_assignment_filter_id);
        w.field(1usize, &self.device_and_app_management_assignment_filter_type);
        w.field(2usize, &self.collection_id);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(ConfigurationManagerCollectionAssignmentTarget);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    ConfigurationManagerCollectionAssignmentTarget {
    with_device_and_app_management_assignment_filter_id
    device_and_app_management_assignment_filter_id : ::std::string::String;
    with_device_and_app_management_assignment_filter_type
    device_and_app_management_assignment_filter_type : crate
    ::beta::DeviceAndAppManagementAssignmentFilterType; with_collection_id collection_id
    : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfigurationManagerCollectionAssignmentTarget);
#[cfg(msgraph_beta_core_or_booking_businesses_or_invitations)]
/// CSDL: `microsoft.graph.dateTimeTimeZone`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-booking-businesses`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DateTimeTimeZone {
    /// CSDL: property `dateTime`: `Edm.String`, not nullable.
    pub date_time: rt::Field<::std::string::String>,
    /// CSDL: property `timeZone`: `Edm.String`, nullable.
    pub time_zone: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_booking_businesses_or_invitations)]
impl ::std::default::Default for DateTimeTimeZone {
    #[inline]
    fn default() -> Self {
        Self {
            date_time: rt::Field::Absent,
            time_zone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_booking_businesses_or_invitations)]
impl rt::Object for DateTimeTimeZone {
    const TYPE_NAME: &'static str = "microsoft.graph.dateTimeTimeZone";
    const KEYS: &'static [&'static str] = &["dateTime", "timeZone"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dateTime\":                     ",
        ",\"timeZone\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.dateTimeTimeZone\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "date_time", &self.date_time);
        v.field(1usize, "time_zone", &self.time_zone);
    }
}
#[cfg(msgraph_beta_core_or_booking_businesses_or_invitations)]
impl rt::object::Members for DateTimeTimeZone {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.date_time.read_from(r),
            1usize => self.time_zone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.date_time);
        w.field(1usize, &self.time_zone);
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
#[cfg(msgraph_beta_core_or_booking_businesses_or_invitations)]
rt::impl_object!(DateTimeTimeZone);
#[cfg(msgraph_beta_core_or_booking_businesses_or_invitations)]
rt::impl_setters!(
    DateTimeTimeZone { with_date_time date_time : ::std::string::String; with_time_zone
    time_zone : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_booking_businesses_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(DateTimeTimeZone);
#[cfg(msgraph_beta_core_or_booking_businesses_or_role_management)]
/// CSDL: `microsoft.graph.dayOfWeek`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-booking-businesses`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DayOfWeek {
    /// `sunday` (value 0).
    Sunday,
    /// `monday` (value 1).
    Monday,
    /// `tuesday` (value 2).
    Tuesday,
    /// `wednesday` (value 3).
    Wednesday,
    /// `thursday` (value 4).
    Thursday,
    /// `friday` (value 5).
    Friday,
    /// `saturday` (value 6).
    Saturday,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_booking_businesses_or_role_management)]
impl rt::StrEnum for DayOfWeek {
    const TYPE_NAME: &'static str = "microsoft.graph.dayOfWeek";
    const MEMBERS: &'static [&'static str] = &[
        "sunday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "sunday" => Self::Sunday,
                "monday" => Self::Monday,
                "tuesday" => Self::Tuesday,
                "wednesday" => Self::Wednesday,
                "thursday" => Self::Thursday,
                "friday" => Self::Friday,
                "saturday" => Self::Saturday,
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
            Self::Sunday => "sunday",
            Self::Monday => "monday",
            Self::Tuesday => "tuesday",
            Self::Wednesday => "wednesday",
            Self::Thursday => "thursday",
            Self::Friday => "friday",
            Self::Saturday => "saturday",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_booking_businesses_or_role_management)]
rt::impl_enum!(DayOfWeek);
#[cfg(msgraph_beta_core_or_booking_businesses_or_role_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DayOfWeek);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.detailsInfo`, complex type, open.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct DetailsInfo {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for DetailsInfo {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for DetailsInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.detailsInfo";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.detailsInfo\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for DetailsInfo {
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(DetailsInfo);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(DetailsInfo);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// CSDL: `microsoft.graph.deviceAndAppManagementAssignmentFilterType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceAndAppManagementAssignmentFilterType {
    /// `none` (value 0).
    None,
    /// `include` (value 1).
    Include,
    /// `exclude` (value 2).
    Exclude,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::StrEnum for DeviceAndAppManagementAssignmentFilterType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceAndAppManagementAssignmentFilterType";
    const MEMBERS: &'static [&'static str] = &["none", "include", "exclude"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "include" => Self::Include,
                "exclude" => Self::Exclude,
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
            Self::Include => "include",
            Self::Exclude => "exclude",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_enum!(DeviceAndAppManagementAssignmentFilterType);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceAndAppManagementAssignmentFilterType);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// CSDL: `microsoft.graph.deviceAndAppManagementAssignmentSource`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceAndAppManagementAssignmentSource {
    /// `direct` (value 0).
    Direct,
    /// `policySets` (value 1).
    PolicySets,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::StrEnum for DeviceAndAppManagementAssignmentSource {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceAndAppManagementAssignmentSource";
    const MEMBERS: &'static [&'static str] = &["direct", "policySets"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "direct" => Self::Direct,
                "policySets" => Self::PolicySets,
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
            Self::Direct => "direct",
            Self::PolicySets => "policySets",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_enum!(DeviceAndAppManagementAssignmentSource);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceAndAppManagementAssignmentSource);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Base type for assignment targets.
///
/// CSDL: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceAndAppManagementAssignmentTarget {
    /// The Id of the filter for the target assignment.
    ///
    /// CSDL: property `deviceAndAppManagementAssignmentFilterId`: `Edm.String`, nullable.
    pub device_and_app_management_assignment_filter_id: rt::Field<::std::string::String>,
    /// The type of filter of the target assignment i.e. Exclude or Include.
    ///
    /// CSDL: property `deviceAndAppManagementAssignmentFilterType`: `microsoft.graph.deviceAndAppManagementAssignmentFilterType`, not nullable.
    pub device_and_app_management_assignment_filter_type: rt::Field<
        crate::beta::DeviceAndAppManagementAssignmentFilterType,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for DeviceAndAppManagementAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self {
            device_and_app_management_assignment_filter_id: rt::Field::Absent,
            device_and_app_management_assignment_filter_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for DeviceAndAppManagementAssignmentTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceAndAppManagementAssignmentTarget";
    const KEYS: &'static [&'static str] = &[
        "deviceAndAppManagementAssignmentFilterId",
        "deviceAndAppManagementAssignmentFilterType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceAndAppManagementAssignmentFilterId\":",
        ",\"deviceAndAppManagementAssignmentFilterType\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceAndAppManagementAssignmentTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "device_and_app_management_assignment_filter_id",
            &self.device_and_app_management_assignment_filter_id,
        );
        v.field(
            1usize,
            "device_and_app_management_assignment_filter_type",
            &self.device_and_app_management_assignment_filter_type,
        );
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for DeviceAndAppManagementAssignmentTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_and_app_management_assignment_filter_id.read_from(r),
            1usize => self.device_and_app_management_assignment_filter_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_and_app_management_assignment_filter_id);
        w.field(1usize, &self.device_and_app_management_assignment_filter_type);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(DeviceAndAppManagementAssignmentTarget);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    DeviceAndAppManagementAssignmentTarget {
    with_device_and_app_management_assignment_filter_id
    device_and_app_management_assignment_filter_id : ::std::string::String;
    with_device_and_app_management_assignment_filter_type
    device_and_app_management_assignment_filter_type : crate
    ::beta::DeviceAndAppManagementAssignmentFilterType; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceAndAppManagementAssignmentTarget);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// `microsoft.graph.deviceAndAppManagementAssignmentTarget` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceAndAppManagementAssignmentTarget {
    DeviceAndAppManagementAssignmentTarget(
        ::std::boxed::Box<crate::beta::DeviceAndAppManagementAssignmentTarget>,
    ),
    AllDevicesAssignmentTarget(
        ::std::boxed::Box<crate::beta::AllDevicesAssignmentTarget>,
    ),
    AllLicensedUsersAssignmentTarget(
        ::std::boxed::Box<crate::beta::AllLicensedUsersAssignmentTarget>,
    ),
    ConfigurationManagerCollectionAssignmentTarget(
        ::std::boxed::Box<crate::beta::ConfigurationManagerCollectionAssignmentTarget>,
    ),
    ExclusionGroupAssignmentTarget(
        ::std::boxed::Box<crate::beta::ExclusionGroupAssignmentTarget>,
    ),
    GroupAssignmentTarget(::std::boxed::Box<crate::beta::GroupAssignmentTarget>),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for AnyDeviceAndAppManagementAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self::DeviceAndAppManagementAssignmentTarget(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceAndAppManagementAssignmentTarget>
for AnyDeviceAndAppManagementAssignmentTarget {
    #[inline]
    fn from(v: crate::beta::DeviceAndAppManagementAssignmentTarget) -> Self {
        Self::DeviceAndAppManagementAssignmentTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AllDevicesAssignmentTarget>
for AnyDeviceAndAppManagementAssignmentTarget {
    #[inline]
    fn from(v: crate::beta::AllDevicesAssignmentTarget) -> Self {
        Self::AllDevicesAssignmentTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AllLicensedUsersAssignmentTarget>
for AnyDeviceAndAppManagementAssignmentTarget {
    #[inline]
    fn from(v: crate::beta::AllLicensedUsersAssignmentTarget) -> Self {
        Self::AllLicensedUsersAssignmentTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ConfigurationManagerCollectionAssignmentTarget>
for AnyDeviceAndAppManagementAssignmentTarget {
    #[inline]
    fn from(v: crate::beta::ConfigurationManagerCollectionAssignmentTarget) -> Self {
        Self::ConfigurationManagerCollectionAssignmentTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExclusionGroupAssignmentTarget>
for AnyDeviceAndAppManagementAssignmentTarget {
    #[inline]
    fn from(v: crate::beta::ExclusionGroupAssignmentTarget) -> Self {
        Self::ExclusionGroupAssignmentTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupAssignmentTarget>
for AnyDeviceAndAppManagementAssignmentTarget {
    #[inline]
    fn from(v: crate::beta::GroupAssignmentTarget) -> Self {
        Self::GroupAssignmentTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
unsafe impl ::std::marker::Send for AnyDeviceAndAppManagementAssignmentTarget {}
#[cfg(msgraph_beta_core_or_device_app_management)]
unsafe impl ::std::marker::Sync for AnyDeviceAndAppManagementAssignmentTarget {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::marker::Unpin for AnyDeviceAndAppManagementAssignmentTarget {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::panic::UnwindSafe for AnyDeviceAndAppManagementAssignmentTarget {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::panic::RefUnwindSafe for AnyDeviceAndAppManagementAssignmentTarget {}
#[cfg(msgraph_beta_core_or_device_app_management)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DeviceAndAppManagementAssignmentTarget>();
    rt::object::auto_traits::<crate::beta::AllDevicesAssignmentTarget>();
    rt::object::auto_traits::<crate::beta::AllLicensedUsersAssignmentTarget>();
    rt::object::auto_traits::<
        crate::beta::ConfigurationManagerCollectionAssignmentTarget,
    >();
    rt::object::auto_traits::<crate::beta::ExclusionGroupAssignmentTarget>();
    rt::object::auto_traits::<crate::beta::GroupAssignmentTarget>();
};
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Poly for AnyDeviceAndAppManagementAssignmentTarget {
    const BASE_NAME: &'static str = "microsoft.graph.deviceAndAppManagementAssignmentTarget";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.allDevicesAssignmentTarget") => {
                Self::AllDevicesAssignmentTarget(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.allLicensedUsersAssignmentTarget",
            ) => Self::AllLicensedUsersAssignmentTarget(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.configurationManagerCollectionAssignmentTarget",
            ) => {
                Self::ConfigurationManagerCollectionAssignmentTarget(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.exclusionGroupAssignmentTarget",
            ) => Self::ExclusionGroupAssignmentTarget(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.groupAssignmentTarget") => {
                Self::GroupAssignmentTarget(rt::object::new_boxed())
            }
            _ => Self::DeviceAndAppManagementAssignmentTarget(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceAndAppManagementAssignmentTarget(v) => &**v,
            Self::AllDevicesAssignmentTarget(v) => &**v,
            Self::AllLicensedUsersAssignmentTarget(v) => &**v,
            Self::ConfigurationManagerCollectionAssignmentTarget(v) => &**v,
            Self::ExclusionGroupAssignmentTarget(v) => &**v,
            Self::GroupAssignmentTarget(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceAndAppManagementAssignmentTarget(v) => &mut **v,
            Self::AllDevicesAssignmentTarget(v) => &mut **v,
            Self::AllLicensedUsersAssignmentTarget(v) => &mut **v,
            Self::ConfigurationManagerCollectionAssignmentTarget(v) => &mut **v,
            Self::ExclusionGroupAssignmentTarget(v) => &mut **v,
            Self::GroupAssignmentTarget(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl AnyDeviceAndAppManagementAssignmentTarget {
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
    /// `deviceAndAppManagementAssignmentFilterId` of any variant.
    #[inline]
    pub fn device_and_app_management_assignment_filter_id(
        &self,
    ) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceAndAppManagementAssignmentTarget(v) => {
                &v.device_and_app_management_assignment_filter_id
            }
            Self::AllDevicesAssignmentTarget(v) => {
                &v.device_and_app_management_assignment_filter_id
            }
            Self::AllLicensedUsersAssignmentTarget(v) => {
                &v.device_and_app_management_assignment_filter_id
            }
            Self::ConfigurationManagerCollectionAssignmentTarget(v) => {
                &v.device_and_app_management_assignment_filter_id
            }
            Self::ExclusionGroupAssignmentTarget(v) => {
                &v.device_and_app_management_assignment_filter_id
            }
            Self::GroupAssignmentTarget(v) => {
                &v.device_and_app_management_assignment_filter_id
            }
        }
    }
    /// `deviceAndAppManagementAssignmentFilterId` of any variant.
    #[inline]
    pub fn device_and_app_management_assignment_filter_id_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceAndAppManagementAssignmentTarget(v) => {
                &mut v.device_and_app_management_assignment_filter_id
            }
            Self::AllDevicesAssignmentTarget(v) => {
                &mut v.device_and_app_management_assignment_filter_id
            }
            Self::AllLicensedUsersAssignmentTarget(v) => {
                &mut v.device_and_app_management_assignment_filter_id
            }
            Self::ConfigurationManagerCollectionAssignmentTarget(v) => {
                &mut v.device_and_app_management_assignment_filter_id
            }
            Self::ExclusionGroupAssignmentTarget(v) => {
                &mut v.device_and_app_management_assignment_filter_id
            }
            Self::GroupAssignmentTarget(v) => {
                &mut v.device_and_app_management_assignment_filter_id
            }
        }
    }
    /// `deviceAndAppManagementAssignmentFilterType` of any variant.
    #[inline]
    pub fn device_and_app_management_assignment_filter_type(
        &self,
    ) -> &rt::Field<crate::beta::DeviceAndAppManagementAssignmentFilterType> {
        match self {
            Self::DeviceAndAppManagementAssignmentTarget(v) => {
                &v.device_and_app_management_assignment_filter_type
            }
            Self::AllDevicesAssignmentTarget(v) => {
                &v.device_and_app_management_assignment_filter_type
            }
            Self::AllLicensedUsersAssignmentTarget(v) => {
                &v.device_and_app_management_assignment_filter_type
            }
            Self::ConfigurationManagerCollectionAssignmentTarget(v) => {
                &v.device_and_app_management_assignment_filter_type
            }
            Self::ExclusionGroupAssignmentTarget(v) => {
                &v.device_and_app_management_assignment_filter_type
            }
            Self::GroupAssignmentTarget(v) => {
                &v.device_and_app_management_assignment_filter_type
            }
        }
    }
    /// `deviceAndAppManagementAssignmentFilterType` of any variant.
    #[inline]
    pub fn device_and_app_management_assignment_filter_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceAndAppManagementAssignmentFilterType> {
        match self {
            Self::DeviceAndAppManagementAssignmentTarget(v) => {
                &mut v.device_and_app_management_assignment_filter_type
            }
            Self::AllDevicesAssignmentTarget(v) => {
                &mut v.device_and_app_management_assignment_filter_type
            }
            Self::AllLicensedUsersAssignmentTarget(v) => {
                &mut v.device_and_app_management_assignment_filter_type
            }
            Self::ConfigurationManagerCollectionAssignmentTarget(v) => {
                &mut v.device_and_app_management_assignment_filter_type
            }
            Self::ExclusionGroupAssignmentTarget(v) => {
                &mut v.device_and_app_management_assignment_filter_type
            }
            Self::GroupAssignmentTarget(v) => {
                &mut v.device_and_app_management_assignment_filter_type
            }
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_poly!(AnyDeviceAndAppManagementAssignmentTarget);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceAndAppManagementAssignmentTarget);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementApplicabilityRuleType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementApplicabilityRuleType {
    /// `include` (value 0).
    Include,
    /// `exclude` (value 1).
    Exclude,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementApplicabilityRuleType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementApplicabilityRuleType";
    const MEMBERS: &'static [&'static str] = &["include", "exclude"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "include" => Self::Include,
                "exclude" => Self::Exclude,
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
            Self::Include => "include",
            Self::Exclude => "exclude",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementApplicabilityRuleType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementApplicabilityRuleType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationPlatforms`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementConfigurationPlatforms {
    /// `none` (value 0).
    None,
    /// `macOS` (value 8).
    MacOs,
    /// `windows10X` (value 16).
    Windows10X,
    /// `windows10` (value 32).
    Windows10,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementConfigurationPlatforms {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationPlatforms";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "macOS",
        "windows10X",
        "windows10",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "macOS" => Self::MacOs,
                "windows10X" => Self::Windows10X,
                "windows10" => Self::Windows10,
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
            Self::MacOs => "macOS",
            Self::Windows10X => "windows10X",
            Self::Windows10 => "windows10",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementConfigurationPlatforms);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationPlatforms);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationSettingUsage`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementConfigurationSettingUsage {
    /// `none` (value 0).
    None,
    /// `configuration` (value 1).
    Configuration,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementConfigurationSettingUsage {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingUsage";
    const MEMBERS: &'static [&'static str] = &["none", "configuration"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "configuration" => Self::Configuration,
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
            Self::Configuration => "configuration",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementConfigurationSettingUsage);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSettingUsage);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationTechnologies`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementConfigurationTechnologies {
    /// `none` (value 0).
    None,
    /// `mdm` (value 1).
    Mdm,
    /// `windows10XManagement` (value 2).
    Windows10XManagement,
    /// `configManager` (value 4).
    ConfigManager,
    /// `microsoftSense` (value 128).
    MicrosoftSense,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementConfigurationTechnologies {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationTechnologies";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "mdm",
        "windows10XManagement",
        "configManager",
        "microsoftSense",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "mdm" => Self::Mdm,
                "windows10XManagement" => Self::Windows10XManagement,
                "configManager" => Self::ConfigManager,
                "microsoftSense" => Self::MicrosoftSense,
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
            Self::Mdm => "mdm",
            Self::Windows10XManagement => "windows10XManagement",
            Self::ConfigManager => "configManager",
            Self::MicrosoftSense => "microsoftSense",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementConfigurationTechnologies);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationTechnologies);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementPartnerTenantState`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementPartnerTenantState {
    /// `unknown` (value 0).
    Unknown,
    /// `unavailable` (value 1).
    Unavailable,
    /// `enabled` (value 2).
    Enabled,
    /// `terminated` (value 3).
    Terminated,
    /// `rejected` (value 4).
    Rejected,
    /// `unresponsive` (value 5).
    Unresponsive,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementPartnerTenantState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementPartnerTenantState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "unavailable",
        "enabled",
        "terminated",
        "rejected",
        "unresponsive",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "unavailable" => Self::Unavailable,
                "enabled" => Self::Enabled,
                "terminated" => Self::Terminated,
                "rejected" => Self::Rejected,
                "unresponsive" => Self::Unresponsive,
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
            Self::Unavailable => "unavailable",
            Self::Enabled => "enabled",
            Self::Terminated => "terminated",
            Self::Rejected => "rejected",
            Self::Unresponsive => "unresponsive",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementPartnerTenantState);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementPartnerTenantState);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.devicePlatformType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DevicePlatformType {
    /// `android` (value 0).
    Android,
    /// `androidForWork` (value 1).
    AndroidForWork,
    /// `iOS` (value 2).
    IOs,
    /// `macOS` (value 3).
    MacOs,
    /// `windowsPhone81` (value 4).
    WindowsPhone81,
    /// `windows81AndLater` (value 5).
    Windows81AndLater,
    /// `windows10AndLater` (value 6).
    Windows10AndLater,
    /// `androidWorkProfile` (value 7).
    AndroidWorkProfile,
    /// `unknown` (value 8).
    Unknown,
    /// `androidAOSP` (value 9).
    AndroidAosp,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
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
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DevicePlatformType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DevicePlatformType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.deviceType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceType {
    /// `desktop` (value 0).
    Desktop,
    /// `windowsRT` (value 1).
    WindowsRt,
    /// `winMO6` (value 2).
    WinMo6,
    /// `nokia` (value 3).
    Nokia,
    /// `windowsPhone` (value 4).
    WindowsPhone,
    /// `mac` (value 5).
    Mac,
    /// `winCE` (value 6).
    WinCe,
    /// `winEmbedded` (value 7).
    WinEmbedded,
    /// `iPhone` (value 8).
    IPhone,
    /// `iPad` (value 9).
    IPad,
    /// `iPod` (value 10).
    IPod,
    /// `android` (value 11).
    Android,
    /// `iSocConsumer` (value 12).
    ISocConsumer,
    /// `unix` (value 13).
    Unix,
    /// `macMDM` (value 14).
    MacMdm,
    /// `holoLens` (value 15).
    HoloLens,
    /// `surfaceHub` (value 16).
    SurfaceHub,
    /// `androidForWork` (value 17).
    AndroidForWork,
    /// `androidEnterprise` (value 18).
    AndroidEnterprise,
    /// `windows10x` (value 19).
    Windows10x,
    /// `androidnGMS` (value 20).
    AndroidnGms,
    /// `chromeOS` (value 21).
    ChromeOs,
    /// `linux` (value 22).
    Linux,
    /// `blackberry` (value 100).
    Blackberry,
    /// `palm` (value 101).
    Palm,
    /// `unknown` (value 255).
    Unknown,
    /// `cloudPC` (value 257).
    CloudPc,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for DeviceType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceType";
    const MEMBERS: &'static [&'static str] = &[
        "desktop",
        "windowsRT",
        "winMO6",
        "nokia",
        "windowsPhone",
        "mac",
        "winCE",
        "winEmbedded",
        "iPhone",
        "iPad",
        "iPod",
        "android",
        "iSocConsumer",
        "unix",
        "macMDM",
        "holoLens",
        "surfaceHub",
        "androidForWork",
        "androidEnterprise",
        "windows10x",
        "androidnGMS",
        "chromeOS",
        "linux",
        "blackberry",
        "palm",
        "unknown",
        "cloudPC",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "desktop" => Self::Desktop,
                "windowsRT" => Self::WindowsRt,
                "winMO6" => Self::WinMo6,
                "nokia" => Self::Nokia,
                "windowsPhone" => Self::WindowsPhone,
                "mac" => Self::Mac,
                "winCE" => Self::WinCe,
                "winEmbedded" => Self::WinEmbedded,
                "iPhone" => Self::IPhone,
                "iPad" => Self::IPad,
                "iPod" => Self::IPod,
                "android" => Self::Android,
                "iSocConsumer" => Self::ISocConsumer,
                "unix" => Self::Unix,
                "macMDM" => Self::MacMdm,
                "holoLens" => Self::HoloLens,
                "surfaceHub" => Self::SurfaceHub,
                "androidForWork" => Self::AndroidForWork,
                "androidEnterprise" => Self::AndroidEnterprise,
                "windows10x" => Self::Windows10x,
                "androidnGMS" => Self::AndroidnGms,
                "chromeOS" => Self::ChromeOs,
                "linux" => Self::Linux,
                "blackberry" => Self::Blackberry,
                "palm" => Self::Palm,
                "unknown" => Self::Unknown,
                "cloudPC" => Self::CloudPc,
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
            Self::Desktop => "desktop",
            Self::WindowsRt => "windowsRT",
            Self::WinMo6 => "winMO6",
            Self::Nokia => "nokia",
            Self::WindowsPhone => "windowsPhone",
            Self::Mac => "mac",
            Self::WinCe => "winCE",
            Self::WinEmbedded => "winEmbedded",
            Self::IPhone => "iPhone",
            Self::IPad => "iPad",
            Self::IPod => "iPod",
            Self::Android => "android",
            Self::ISocConsumer => "iSocConsumer",
            Self::Unix => "unix",
            Self::MacMdm => "macMDM",
            Self::HoloLens => "holoLens",
            Self::SurfaceHub => "surfaceHub",
            Self::AndroidForWork => "androidForWork",
            Self::AndroidEnterprise => "androidEnterprise",
            Self::Windows10x => "windows10x",
            Self::AndroidnGms => "androidnGMS",
            Self::ChromeOs => "chromeOS",
            Self::Linux => "linux",
            Self::Blackberry => "blackberry",
            Self::Palm => "palm",
            Self::Unknown => "unknown",
            Self::CloudPc => "cloudPC",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(DeviceType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceType);
#[cfg(msgraph_beta_search_or_teamwork)]
/// CSDL: `microsoft.graph.eligibilityFilteringEnabledEntities`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-search`, `beta-teamwork`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EligibilityFilteringEnabledEntities {
    /// `none` (value 0).
    None,
    /// `swapRequest` (value 1).
    SwapRequest,
    /// `offerShiftRequest` (value 2).
    OfferShiftRequest,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search_or_teamwork)]
impl rt::StrEnum for EligibilityFilteringEnabledEntities {
    const TYPE_NAME: &'static str = "microsoft.graph.eligibilityFilteringEnabledEntities";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "swapRequest",
        "offerShiftRequest",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "swapRequest" => Self::SwapRequest,
                "offerShiftRequest" => Self::OfferShiftRequest,
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
            Self::SwapRequest => "swapRequest",
            Self::OfferShiftRequest => "offerShiftRequest",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search_or_teamwork)]
rt::impl_enum!(EligibilityFilteringEnabledEntities);
#[cfg(msgraph_beta_search_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(EligibilityFilteringEnabledEntities);
#[cfg(msgraph_beta_core_or_invitations)]
/// CSDL: `microsoft.graph.emailAddress`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EmailAddress {
    /// CSDL: property `address`: `Edm.String`, nullable.
    pub address: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_invitations)]
impl ::std::default::Default for EmailAddress {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
impl rt::Object for EmailAddress {
    const TYPE_NAME: &'static str = "microsoft.graph.emailAddress";
    const KEYS: &'static [&'static str] = &["address", "name"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.emailAddress\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(1usize, "name", &self.name);
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
impl rt::object::Members for EmailAddress {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.name);
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
#[cfg(msgraph_beta_core_or_invitations)]
rt::impl_object!(EmailAddress);
#[cfg(msgraph_beta_core_or_invitations)]
rt::impl_setters!(
    EmailAddress { with_address address : ::std::string::String; with_name name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailAddress);
#[cfg(msgraph_beta_core_or_invitations)]
/// `microsoft.graph.emailAddress` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEmailAddress {
    EmailAddress(::std::boxed::Box<crate::beta::EmailAddress>),
    TypedEmailAddress(::std::boxed::Box<crate::beta::TypedEmailAddress>),
}
#[cfg(msgraph_beta_core_or_invitations)]
impl ::std::default::Default for AnyEmailAddress {
    #[inline]
    fn default() -> Self {
        Self::EmailAddress(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EmailAddress> for AnyEmailAddress {
    #[inline]
    fn from(v: crate::beta::EmailAddress) -> Self {
        Self::EmailAddress(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TypedEmailAddress> for AnyEmailAddress {
    #[inline]
    fn from(v: crate::beta::TypedEmailAddress) -> Self {
        Self::TypedEmailAddress(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
unsafe impl ::std::marker::Send for AnyEmailAddress {}
#[cfg(msgraph_beta_core_or_invitations)]
unsafe impl ::std::marker::Sync for AnyEmailAddress {}
#[cfg(msgraph_beta_core_or_invitations)]
impl ::std::marker::Unpin for AnyEmailAddress {}
#[cfg(msgraph_beta_core_or_invitations)]
impl ::std::panic::UnwindSafe for AnyEmailAddress {}
#[cfg(msgraph_beta_core_or_invitations)]
impl ::std::panic::RefUnwindSafe for AnyEmailAddress {}
#[cfg(msgraph_beta_core_or_invitations)]
const _: () = {
    rt::object::auto_traits::<crate::beta::EmailAddress>();
    rt::object::auto_traits::<crate::beta::TypedEmailAddress>();
};
#[cfg(msgraph_beta_core_or_invitations)]
impl rt::Poly for AnyEmailAddress {
    const BASE_NAME: &'static str = "microsoft.graph.emailAddress";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.typedEmailAddress") => {
                Self::TypedEmailAddress(rt::object::new_boxed())
            }
            _ => Self::EmailAddress(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EmailAddress(v) => &**v,
            Self::TypedEmailAddress(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EmailAddress(v) => &mut **v,
            Self::TypedEmailAddress(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
impl AnyEmailAddress {
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
    /// `address` of any variant.
    #[inline]
    pub fn address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EmailAddress(v) => &v.address,
            Self::TypedEmailAddress(v) => &v.address,
        }
    }
    /// `address` of any variant.
    #[inline]
    pub fn address_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EmailAddress(v) => &mut v.address,
            Self::TypedEmailAddress(v) => &mut v.address,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EmailAddress(v) => &v.name,
            Self::TypedEmailAddress(v) => &v.name,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EmailAddress(v) => &mut v.name,
            Self::TypedEmailAddress(v) => &mut v.name,
        }
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
rt::impl_poly!(AnyEmailAddress);
#[cfg(msgraph_beta_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEmailAddress);
#[cfg(msgraph_beta_core_or_invitations)]
/// CSDL: `microsoft.graph.emailType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EmailType {
    /// `unknown` (value 0).
    Unknown,
    /// `work` (value 1).
    Work,
    /// `personal` (value 2).
    Personal,
    /// `main` (value 3).
    Main,
    /// `other` (value 4).
    Other,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_invitations)]
impl rt::StrEnum for EmailType {
    const TYPE_NAME: &'static str = "microsoft.graph.emailType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "work",
        "personal",
        "main",
        "other",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "work" => Self::Work,
                "personal" => Self::Personal,
                "main" => Self::Main,
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
            Self::Unknown => "unknown",
            Self::Work => "work",
            Self::Personal => "personal",
            Self::Main => "main",
            Self::Other => "other",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_invitations)]
rt::impl_enum!(EmailType);
#[cfg(msgraph_beta_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(EmailType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.enablement`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Enablement {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `enabled` (value 1).
    Enabled,
    /// `disabled` (value 2).
    Disabled,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for Enablement {
    const TYPE_NAME: &'static str = "microsoft.graph.enablement";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "enabled", "disabled"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "enabled" => Self::Enabled,
                "disabled" => Self::Disabled,
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
            Self::NotConfigured => "notConfigured",
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(Enablement);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Enablement);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.encryptContent`, complex type, derived from `microsoft.graph.labelActionBase`, abstract.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EncryptContent {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `encryptWith`: `microsoft.graph.encryptWith`, nullable.
    pub encrypt_with: rt::Field<crate::beta::EncryptWith>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for EncryptContent {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            encrypt_with: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for EncryptContent {
    const TYPE_NAME: &'static str = "microsoft.graph.encryptContent";
    const KEYS: &'static [&'static str] = &["name", "encryptWith"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"encryptWith\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.encryptContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "encrypt_with", &self.encrypt_with);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for EncryptContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.encrypt_with.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.encrypt_with);
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
rt::impl_object!(EncryptContent);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    EncryptContent { with_name name : ::std::string::String; with_encrypt_with
    encrypt_with : crate ::beta::EncryptWith; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(EncryptContent);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// `microsoft.graph.encryptContent` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEncryptContent {
    EncryptContent(::std::boxed::Box<crate::beta::EncryptContent>),
    EncryptWithTemplate(::std::boxed::Box<crate::beta::EncryptWithTemplate>),
    EncryptWithUserDefinedRights(
        ::std::boxed::Box<crate::beta::EncryptWithUserDefinedRights>,
    ),
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for AnyEncryptContent {
    #[inline]
    fn default() -> Self {
        Self::EncryptContent(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EncryptContent> for AnyEncryptContent {
    #[inline]
    fn from(v: crate::beta::EncryptContent) -> Self {
        Self::EncryptContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EncryptWithTemplate> for AnyEncryptContent {
    #[inline]
    fn from(v: crate::beta::EncryptWithTemplate) -> Self {
        Self::EncryptWithTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EncryptWithUserDefinedRights>
for AnyEncryptContent {
    #[inline]
    fn from(v: crate::beta::EncryptWithUserDefinedRights) -> Self {
        Self::EncryptWithUserDefinedRights(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
unsafe impl ::std::marker::Send for AnyEncryptContent {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
unsafe impl ::std::marker::Sync for AnyEncryptContent {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::marker::Unpin for AnyEncryptContent {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::panic::UnwindSafe for AnyEncryptContent {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::panic::RefUnwindSafe for AnyEncryptContent {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
const _: () = {
    rt::object::auto_traits::<crate::beta::EncryptContent>();
    rt::object::auto_traits::<crate::beta::EncryptWithTemplate>();
    rt::object::auto_traits::<crate::beta::EncryptWithUserDefinedRights>();
};
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Poly for AnyEncryptContent {
    const BASE_NAME: &'static str = "microsoft.graph.encryptContent";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.encryptWithTemplate") => {
                Self::EncryptWithTemplate(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.encryptWithUserDefinedRights",
            ) => Self::EncryptWithUserDefinedRights(rt::object::new_boxed()),
            _ => Self::EncryptContent(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::EncryptContent(v) => &**v,
            Self::EncryptWithTemplate(v) => &**v,
            Self::EncryptWithUserDefinedRights(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::EncryptContent(v) => &mut **v,
            Self::EncryptWithTemplate(v) => &mut **v,
            Self::EncryptWithUserDefinedRights(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl AnyEncryptContent {
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
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::EncryptContent(v) => &v.name,
            Self::EncryptWithTemplate(v) => &v.name,
            Self::EncryptWithUserDefinedRights(v) => &v.name,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::EncryptContent(v) => &mut v.name,
            Self::EncryptWithTemplate(v) => &mut v.name,
            Self::EncryptWithUserDefinedRights(v) => &mut v.name,
        }
    }
    /// `encryptWith` of any variant.
    #[inline]
    pub fn encrypt_with(&self) -> &rt::Field<crate::beta::EncryptWith> {
        match self {
            Self::EncryptContent(v) => &v.encrypt_with,
            Self::EncryptWithTemplate(v) => &v.encrypt_with,
            Self::EncryptWithUserDefinedRights(v) => &v.encrypt_with,
        }
    }
    /// `encryptWith` of any variant.
    #[inline]
    pub fn encrypt_with_mut(&mut self) -> &mut rt::Field<crate::beta::EncryptWith> {
        match self {
            Self::EncryptContent(v) => &mut v.encrypt_with,
            Self::EncryptWithTemplate(v) => &mut v.encrypt_with,
            Self::EncryptWithUserDefinedRights(v) => &mut v.encrypt_with,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_poly!(AnyEncryptContent);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEncryptContent);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.encryptWith`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EncryptWith {
    /// `template` (value 0).
    Template,
    /// `userDefinedRights` (value 1).
    UserDefinedRights,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::StrEnum for EncryptWith {
    const TYPE_NAME: &'static str = "microsoft.graph.encryptWith";
    const MEMBERS: &'static [&'static str] = &["template", "userDefinedRights"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "template" => Self::Template,
                "userDefinedRights" => Self::UserDefinedRights,
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
            Self::Template => "template",
            Self::UserDefinedRights => "userDefinedRights",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_enum!(EncryptWith);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(EncryptWith);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.encryptWithTemplate`, complex type, derived from `microsoft.graph.encryptContent`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EncryptWithTemplate {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `encryptWith`: `microsoft.graph.encryptWith`, nullable.
    pub encrypt_with: rt::Field<crate::beta::EncryptWith>,
    /// CSDL: property `availableForEncryption`: `Edm.Boolean`, nullable.
    pub available_for_encryption: rt::Field<bool>,
    /// CSDL: property `templateId`: `Edm.String`, nullable.
    pub template_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for EncryptWithTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            encrypt_with: rt::Field::Absent,
            available_for_encryption: rt::Field::Absent,
            template_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for EncryptWithTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.encryptWithTemplate";
    const KEYS: &'static [&'static str] = &[
        "name",
        "encryptWith",
        "availableForEncryption",
        "templateId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"encryptWith\":                  ",
        ",\"availableForEncryption\":       ",
        ",\"templateId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.encryptWithTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "encrypt_with", &self.encrypt_with);
        v.field(2usize, "available_for_encryption", &self.available_for_encryption);
        v.field(3usize, "template_id", &self.template_id);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for EncryptWithTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.encrypt_with.read_from(r),
            2usize => self.available_for_encryption.read_from(r),
            3usize => self.template_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.encrypt_with);
        w.field(2usize, &self.available_for_encryption);
        w.field(3usize, &self.template_id);
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
rt::impl_object!(EncryptWithTemplate);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    EncryptWithTemplate { with_name name : ::std::string::String; with_encrypt_with
    encrypt_with : crate ::beta::EncryptWith; with_available_for_encryption
    available_for_encryption : bool; with_template_id template_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(EncryptWithTemplate);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.encryptWithUserDefinedRights`, complex type, derived from `microsoft.graph.encryptContent`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct EncryptWithUserDefinedRights {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `encryptWith`: `microsoft.graph.encryptWith`, nullable.
    pub encrypt_with: rt::Field<crate::beta::EncryptWith>,
    /// CSDL: property `allowAdHocPermissions`: `Edm.Boolean`, nullable.
    pub allow_ad_hoc_permissions: rt::Field<bool>,
    /// CSDL: property `allowMailForwarding`: `Edm.Boolean`, nullable.
    pub allow_mail_forwarding: rt::Field<bool>,
    /// CSDL: property `decryptionRightsManagementTemplateId`: `Edm.String`, nullable.
    pub decryption_rights_management_template_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for EncryptWithUserDefinedRights {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            encrypt_with: rt::Field::Absent,
            allow_ad_hoc_permissions: rt::Field::Absent,
            allow_mail_forwarding: rt::Field::Absent,
            decryption_rights_management_template_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for EncryptWithUserDefinedRights {
    const TYPE_NAME: &'static str = "microsoft.graph.encryptWithUserDefinedRights";
    const KEYS: &'static [&'static str] = &[
        "name",
        "encryptWith",
        "allowAdHocPermissions",
        "allowMailForwarding",
        "decryptionRightsManagementTemplateId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"encryptWith\":                  ",
        ",\"allowAdHocPermissions\":        ",
        ",\"allowMailForwarding\":          ",
        ",\"decryptionRightsManagementTemplateId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.encryptWithUserDefinedRights\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "encrypt_with", &self.encrypt_with);
        v.field(2usize, "allow_ad_hoc_permissions", &self.allow_ad_hoc_permissions);
        v.field(3usize, "allow_mail_forwarding", &self.allow_mail_forwarding);
        v.field(
            4usize,
            "decryption_rights_management_template_id",
            &self.decryption_rights_management_template_id,
        );
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for EncryptWithUserDefinedRights {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.encrypt_with.read_from(r),
            2usize => self.allow_ad_hoc_permissions.read_from(r),
            3usize => self.allow_mail_forwarding.read_from(r),
            4usize => self.decryption_rights_management_template_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.encrypt_with);
        w.field(2usize, &self.allow_ad_hoc_permissions);
        w.field(3usize, &self.allow_mail_forwarding);
        w.field(4usize, &self.decryption_rights_management_template_id);
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
rt::impl_object!(EncryptWithUserDefinedRights);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    EncryptWithUserDefinedRights { with_name name : ::std::string::String;
    with_encrypt_with encrypt_with : crate ::beta::EncryptWith;
    with_allow_ad_hoc_permissions allow_ad_hoc_permissions : bool;
    with_allow_mail_forwarding allow_mail_forwarding : bool;
    with_decryption_rights_management_template_id
    decryption_rights_management_template_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(EncryptWithUserDefinedRights);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.enrollmentState`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EnrollmentState {
    /// `unknown` (value 0).
    Unknown,
    /// `enrolled` (value 1).
    Enrolled,
    /// `pendingReset` (value 2).
    PendingReset,
    /// `failed` (value 3).
    Failed,
    /// `notContacted` (value 4).
    NotContacted,
    /// `blocked` (value 5).
    Blocked,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for EnrollmentState {
    const TYPE_NAME: &'static str = "microsoft.graph.enrollmentState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "enrolled",
        "pendingReset",
        "failed",
        "notContacted",
        "blocked",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "enrolled" => Self::Enrolled,
                "pendingReset" => Self::PendingReset,
                "failed" => Self::Failed,
                "notContacted" => Self::NotContacted,
                "blocked" => Self::Blocked,
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
            Self::Enrolled => "enrolled",
            Self::PendingReset => "pendingReset",
            Self::Failed => "failed",
            Self::NotContacted => "notContacted",
            Self::Blocked => "blocked",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(EnrollmentState);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(EnrollmentState);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Represents a group that should be excluded from an assignment.
///
/// CSDL: `microsoft.graph.exclusionGroupAssignmentTarget`, complex type, derived from `microsoft.graph.groupAssignmentTarget`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ExclusionGroupAssignmentTarget {
    /// The Id of the filter for the target assignment.
    ///
    /// CSDL: property `deviceAndAppManagementAssignmentFilterId`: `Edm.String`, nullable.
    pub device_and_app_management_assignment_filter_id: rt::Field<::std::string::String>,
    /// The type of filter of the target assignment i.e. Exclude or Include.
    ///
    /// CSDL: property `deviceAndAppManagementAssignmentFilterType`: `microsoft.graph.deviceAndAppManagementAssignmentFilterType`, not nullable.
    pub device_and_app_management_assignment_filter_type: rt::Field<
        crate::beta::DeviceAndAppManagementAssignmentFilterType,
    >,
    /// The group Id that is the target of the assignment.
    ///
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for ExclusionGroupAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self {
            device_and_app_management_assignment_filter_id: rt::Field::Absent,
            device_and_app_management_assignment_filter_type: rt::Field::Absent,
            group_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for ExclusionGroupAssignmentTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.exclusionGroupAssignmentTarget";
    const KEYS: &'static [&'static str] = &[
        "deviceAndAppManagementAssignmentFilterId",
        "deviceAndAppManagementAssignmentFilterType",
        "groupId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceAndAppManagementAssignmentFilterId\":",
        ",\"deviceAndAppManagementAssignmentFilterType\":",
        ",\"groupId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.exclusionGroupAssignmentTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "device_and_app_management_assignment_filter_id",
            &self.device_and_app_management_assignment_filter_id,
        );
        v.field(
            1usize,
            "device_and_app_management_assignment_filter_type",
            &self.device_and_app_management_assignment_filter_type,
        );
        v.field(2usize, "group_id", &self.group_id);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for ExclusionGroupAssignmentTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_and_app_management_assignment_filter_id.read_from(r),
            1usize => self.device_and_app_management_assignment_filter_type.read_from(r),
            2usize => self.group_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_and_app_management_assignment_filter_id);
        w.field(1usize, &self.device_and_app_management_assignment_filter_type);
        w.field(2usize, &self.group_id);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(ExclusionGroupAssignmentTarget);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    ExclusionGroupAssignmentTarget { with_device_and_app_management_assignment_filter_id
    device_and_app_management_assignment_filter_id : ::std::string::String;
    with_device_and_app_management_assignment_filter_type
    device_and_app_management_assignment_filter_type : crate
    ::beta::DeviceAndAppManagementAssignmentFilterType; with_group_id group_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExclusionGroupAssignmentTarget);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.extension`, entity type, derived from `microsoft.graph.entity`, abstract, open, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Extension {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Extension {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Extension {
    const TYPE_NAME: &'static str = "microsoft.graph.extension";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.extension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Extension {
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(Extension);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(Extension { with_id id : ::std::string::String; });
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Extension);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.extension` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyExtension {
    Extension(::std::boxed::Box<crate::beta::Extension>),
    OpenTypeExtension(::std::boxed::Box<crate::beta::OpenTypeExtension>),
    PersonExtension(::std::boxed::Box<crate::beta::PersonExtension>),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyExtension {
    #[inline]
    fn default() -> Self {
        Self::Extension(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Extension> for AnyExtension {
    #[inline]
    fn from(v: crate::beta::Extension) -> Self {
        Self::Extension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OpenTypeExtension> for AnyExtension {
    #[inline]
    fn from(v: crate::beta::OpenTypeExtension) -> Self {
        Self::OpenTypeExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PersonExtension> for AnyExtension {
    #[inline]
    fn from(v: crate::beta::PersonExtension) -> Self {
        Self::PersonExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyExtension {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyExtension {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyExtension {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyExtension {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyExtension {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::Extension>();
    rt::object::auto_traits::<crate::beta::OpenTypeExtension>();
    rt::object::auto_traits::<crate::beta::PersonExtension>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyExtension {
    const BASE_NAME: &'static str = "microsoft.graph.extension";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.openTypeExtension") => {
                Self::OpenTypeExtension(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.personExtension") => {
                Self::PersonExtension(rt::object::new_boxed())
            }
            _ => Self::Extension(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Extension(v) => &**v,
            Self::OpenTypeExtension(v) => &**v,
            Self::PersonExtension(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Extension(v) => &mut **v,
            Self::OpenTypeExtension(v) => &mut **v,
            Self::PersonExtension(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyExtension {
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
            Self::Extension(v) => &v.id,
            Self::OpenTypeExtension(v) => &v.id,
            Self::PersonExtension(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Extension(v) => &mut v.id,
            Self::OpenTypeExtension(v) => &mut v.id,
            Self::PersonExtension(v) => &mut v.id,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyExtension);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyExtension);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.externalLink`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ExternalLink {
    /// CSDL: property `href`: `Edm.String`, nullable.
    pub href: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for ExternalLink {
    #[inline]
    fn default() -> Self {
        Self {
            href: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for ExternalLink {
    const TYPE_NAME: &'static str = "microsoft.graph.externalLink";
    const KEYS: &'static [&'static str] = &["href"];
    const KEYS_JSON: &'static [&'static str] = &[",\"href\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.externalLink\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "href", &self.href);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for ExternalLink {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.href.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.href);
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(ExternalLink);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(ExternalLink { with_href href : ::std::string::String; });
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ExternalLink);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.featureType`, enum type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FeatureType {
    /// `registration` (value 0).
    Registration,
    /// `reset` (value 1).
    Reset,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::StrEnum for FeatureType {
    const TYPE_NAME: &'static str = "microsoft.graph.featureType";
    const MEMBERS: &'static [&'static str] = &[
        "registration",
        "reset",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "registration" => Self::Registration,
                "reset" => Self::Reset,
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
            Self::Registration => "registration",
            Self::Reset => "reset",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_enum!(FeatureType);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FeatureType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.freeBusyStatus`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FreeBusyStatus {
    /// `unknown` (value -1).
    Unknown,
    /// `free` (value 0).
    Free,
    /// `tentative` (value 1).
    Tentative,
    /// `busy` (value 2).
    Busy,
    /// `oof` (value 3).
    Oof,
    /// `workingElsewhere` (value 4).
    WorkingElsewhere,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for FreeBusyStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.freeBusyStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "free",
        "tentative",
        "busy",
        "oof",
        "workingElsewhere",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "free" => Self::Free,
                "tentative" => Self::Tentative,
                "busy" => Self::Busy,
                "oof" => Self::Oof,
                "workingElsewhere" => Self::WorkingElsewhere,
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
            Self::Free => "free",
            Self::Tentative => "tentative",
            Self::Busy => "busy",
            Self::Oof => "oof",
            Self::WorkingElsewhere => "workingElsewhere",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(FreeBusyStatus);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(FreeBusyStatus);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Represents an assignment to a group.
///
/// CSDL: `microsoft.graph.groupAssignmentTarget`, complex type, derived from `microsoft.graph.deviceAndAppManagementAssignmentTarget`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GroupAssignmentTarget {
    /// The Id of the filter for the target assignment.
    ///
    /// CSDL: property `deviceAndAppManagementAssignmentFilterId`: `Edm.String`, nullable.
    pub device_and_app_management_assignment_filter_id: rt::Field<::std::string::String>,
    /// The type of filter of the target assignment i.e. Exclude or Include.
    ///
    /// CSDL: property `deviceAndAppManagementAssignmentFilterType`: `microsoft.graph.deviceAndAppManagementAssignmentFilterType`, not nullable.
    pub device_and_app_management_assignment_filter_type: rt::Field<
        crate::beta::DeviceAndAppManagementAssignmentFilterType,
    >,
    /// The group Id that is the target of the assignment.
    ///
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for GroupAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self {
            device_and_app_management_assignment_filter_id: rt::Field::Absent,
            device_and_app_management_assignment_filter_type: rt::Field::Absent,
            group_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for GroupAssignmentTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.groupAssignmentTarget";
    const KEYS: &'static [&'static str] = &[
        "deviceAndAppManagementAssignmentFilterId",
        "deviceAndAppManagementAssignmentFilterType",
        "groupId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceAndAppManagementAssignmentFilterId\":",
        ",\"deviceAndAppManagementAssignmentFilterType\":",
        ",\"groupId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupAssignmentTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "device_and_app_management_assignment_filter_id",
            &self.device_and_app_management_assignment_filter_id,
        );
        v.field(
            1usize,
            "device_and_app_management_assignment_filter_type",
            &self.device_and_app_management_assignment_filter_type,
        );
        v.field(2usize, "group_id", &self.group_id);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for GroupAssignmentTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_and_app_management_assignment_filter_id.read_from(r),
            1usize => self.device_and_app_management_assignment_filter_type.read_from(r),
            2usize => self.group_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_and_app_management_assignment_filter_id);
        w.field(1usize, &self.device_and_app_management_assignment_filter_type);
        w.field(2usize, &self.group_id);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(GroupAssignmentTarget);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    GroupAssignmentTarget { with_device_and_app_management_assignment_filter_id
    device_and_app_management_assignment_filter_id : ::std::string::String;
    with_device_and_app_management_assignment_filter_type
    device_and_app_management_assignment_filter_type : crate
    ::beta::DeviceAndAppManagementAssignmentFilterType; with_group_id group_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupAssignmentTarget);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// `microsoft.graph.groupAssignmentTarget` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyGroupAssignmentTarget {
    GroupAssignmentTarget(::std::boxed::Box<crate::beta::GroupAssignmentTarget>),
    ExclusionGroupAssignmentTarget(
        ::std::boxed::Box<crate::beta::ExclusionGroupAssignmentTarget>,
    ),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for AnyGroupAssignmentTarget {
    #[inline]
    fn default() -> Self {
        Self::GroupAssignmentTarget(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupAssignmentTarget>
for AnyGroupAssignmentTarget {
    #[inline]
    fn from(v: crate::beta::GroupAssignmentTarget) -> Self {
        Self::GroupAssignmentTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExclusionGroupAssignmentTarget>
for AnyGroupAssignmentTarget {
    #[inline]
    fn from(v: crate::beta::ExclusionGroupAssignmentTarget) -> Self {
        Self::ExclusionGroupAssignmentTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
unsafe impl ::std::marker::Send for AnyGroupAssignmentTarget {}
#[cfg(msgraph_beta_core_or_device_app_management)]
unsafe impl ::std::marker::Sync for AnyGroupAssignmentTarget {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::marker::Unpin for AnyGroupAssignmentTarget {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::panic::UnwindSafe for AnyGroupAssignmentTarget {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::panic::RefUnwindSafe for AnyGroupAssignmentTarget {}
#[cfg(msgraph_beta_core_or_device_app_management)]
const _: () = {
    rt::object::auto_traits::<crate::beta::GroupAssignmentTarget>();
    rt::object::auto_traits::<crate::beta::ExclusionGroupAssignmentTarget>();
};
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Poly for AnyGroupAssignmentTarget {
    const BASE_NAME: &'static str = "microsoft.graph.groupAssignmentTarget";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.exclusionGroupAssignmentTarget",
            ) => Self::ExclusionGroupAssignmentTarget(rt::object::new_boxed()),
            _ => Self::GroupAssignmentTarget(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::GroupAssignmentTarget(v) => &**v,
            Self::ExclusionGroupAssignmentTarget(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::GroupAssignmentTarget(v) => &mut **v,
            Self::ExclusionGroupAssignmentTarget(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl AnyGroupAssignmentTarget {
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
    /// `deviceAndAppManagementAssignmentFilterId` of any variant.
    #[inline]
    pub fn device_and_app_management_assignment_filter_id(
        &self,
    ) -> &rt::Field<::std::string::String> {
        match self {
            Self::GroupAssignmentTarget(v) => {
                &v.device_and_app_management_assignment_filter_id
            }
            Self::ExclusionGroupAssignmentTarget(v) => {
                &v.device_and_app_management_assignment_filter_id
            }
        }
    }
    /// `deviceAndAppManagementAssignmentFilterId` of any variant.
    #[inline]
    pub fn device_and_app_management_assignment_filter_id_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::GroupAssignmentTarget(v) => {
                &mut v.device_and_app_management_assignment_filter_id
            }
            Self::ExclusionGroupAssignmentTarget(v) => {
                &mut v.device_and_app_management_assignment_filter_id
            }
        }
    }
    /// `deviceAndAppManagementAssignmentFilterType` of any variant.
    #[inline]
    pub fn device_and_app_management_assignment_filter_type(
        &self,
    ) -> &rt::Field<crate::beta::DeviceAndAppManagementAssignmentFilterType> {
        match self {
            Self::GroupAssignmentTarget(v) => {
                &v.device_and_app_management_assignment_filter_type
            }
            Self::ExclusionGroupAssignmentTarget(v) => {
                &v.device_and_app_management_assignment_filter_type
            }
        }
    }
    /// `deviceAndAppManagementAssignmentFilterType` of any variant.
    #[inline]
    pub fn device_and_app_management_assignment_filter_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceAndAppManagementAssignmentFilterType> {
        match self {
            Self::GroupAssignmentTarget(v) => {
                &mut v.device_and_app_management_assignment_filter_type
            }
            Self::ExclusionGroupAssignmentTarget(v) => {
                &mut v.device_and_app_management_assignment_filter_type
            }
        }
    }
    /// `groupId` of any variant.
    #[inline]
    pub fn group_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::GroupAssignmentTarget(v) => &v.group_id,
            Self::ExclusionGroupAssignmentTarget(v) => &v.group_id,
        }
    }
    /// `groupId` of any variant.
    #[inline]
    pub fn group_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::GroupAssignmentTarget(v) => &mut v.group_id,
            Self::ExclusionGroupAssignmentTarget(v) => &mut v.group_id,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_poly!(AnyGroupAssignmentTarget);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyGroupAssignmentTarget);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.groupPrivacy`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GroupPrivacy {
    /// `unspecified` (value 0).
    Unspecified,
    /// `public` (value 1).
    Public,
    /// `private` (value 2).
    Private,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::StrEnum for GroupPrivacy {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPrivacy";
    const MEMBERS: &'static [&'static str] = &[
        "unspecified",
        "public",
        "private",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unspecified" => Self::Unspecified,
                "public" => Self::Public,
                "private" => Self::Private,
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
            Self::Unspecified => "unspecified",
            Self::Public => "public",
            Self::Private => "private",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_enum!(GroupPrivacy);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPrivacy);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.identity`, complex type, open.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct Identity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for Identity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for Identity {
    const TYPE_NAME: &'static str = "microsoft.graph.identity";
    const KEYS: &'static [&'static str] = &["displayName", "id"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for Identity {
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(Identity);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    Identity { with_display_name display_name : ::std::string::String; with_id id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(Identity);
#[cfg(msgraph_beta_any_area)]
/// `microsoft.graph.identity` or any type derived from it, selected by `@odata.type` (8 types); each variant's type converts into it (`From`).
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIdentity {
    Identity(::std::boxed::Box<crate::beta::Identity>),
    Initiator(::std::boxed::Box<crate::beta::Initiator>),
    ProgramResource(::std::boxed::Box<crate::beta::ProgramResource>),
    ProvisionedIdentity(::std::boxed::Box<crate::beta::ProvisionedIdentity>),
    ProvisioningServicePrincipal(
        ::std::boxed::Box<crate::beta::ProvisioningServicePrincipal>,
    ),
    ProvisioningSystem(::std::boxed::Box<crate::beta::ProvisioningSystem>),
    ServicePrincipalIdentity(::std::boxed::Box<crate::beta::ServicePrincipalIdentity>),
    UserIdentity(::std::boxed::Box<crate::beta::UserIdentity>),
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for AnyIdentity {
    #[inline]
    fn default() -> Self {
        Self::Identity(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Identity> for AnyIdentity {
    #[inline]
    fn from(v: crate::beta::Identity) -> Self {
        Self::Identity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Initiator> for AnyIdentity {
    #[inline]
    fn from(v: crate::beta::Initiator) -> Self {
        Self::Initiator(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ProgramResource> for AnyIdentity {
    #[inline]
    fn from(v: crate::beta::ProgramResource) -> Self {
        Self::ProgramResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ProvisionedIdentity> for AnyIdentity {
    #[inline]
    fn from(v: crate::beta::ProvisionedIdentity) -> Self {
        Self::ProvisionedIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ProvisioningServicePrincipal> for AnyIdentity {
    #[inline]
    fn from(v: crate::beta::ProvisioningServicePrincipal) -> Self {
        Self::ProvisioningServicePrincipal(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ProvisioningSystem> for AnyIdentity {
    #[inline]
    fn from(v: crate::beta::ProvisioningSystem) -> Self {
        Self::ProvisioningSystem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ServicePrincipalIdentity> for AnyIdentity {
    #[inline]
    fn from(v: crate::beta::ServicePrincipalIdentity) -> Self {
        Self::ServicePrincipalIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserIdentity> for AnyIdentity {
    #[inline]
    fn from(v: crate::beta::UserIdentity) -> Self {
        Self::UserIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
unsafe impl ::std::marker::Send for AnyIdentity {}
#[cfg(msgraph_beta_any_area)]
unsafe impl ::std::marker::Sync for AnyIdentity {}
#[cfg(msgraph_beta_any_area)]
impl ::std::marker::Unpin for AnyIdentity {}
#[cfg(msgraph_beta_any_area)]
impl ::std::panic::UnwindSafe for AnyIdentity {}
#[cfg(msgraph_beta_any_area)]
impl ::std::panic::RefUnwindSafe for AnyIdentity {}
#[cfg(msgraph_beta_any_area)]
const _: () = {
    rt::object::auto_traits::<crate::beta::Identity>();
    rt::object::auto_traits::<crate::beta::Initiator>();
    rt::object::auto_traits::<crate::beta::ProgramResource>();
    rt::object::auto_traits::<crate::beta::ProvisionedIdentity>();
    rt::object::auto_traits::<crate::beta::ProvisioningServicePrincipal>();
    rt::object::auto_traits::<crate::beta::ProvisioningSystem>();
    rt::object::auto_traits::<crate::beta::ServicePrincipalIdentity>();
    rt::object::auto_traits::<crate::beta::UserIdentity>();
};
#[cfg(msgraph_beta_any_area)]
impl rt::Poly for AnyIdentity {
    const BASE_NAME: &'static str = "microsoft.graph.identity";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.initiator") => {
                Self::Initiator(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.programResource") => {
                Self::ProgramResource(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.provisionedIdentity") => {
                Self::ProvisionedIdentity(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.provisioningServicePrincipal",
            ) => Self::ProvisioningServicePrincipal(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.provisioningSystem") => {
                Self::ProvisioningSystem(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.servicePrincipalIdentity") => {
                Self::ServicePrincipalIdentity(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.userIdentity") => {
                Self::UserIdentity(rt::object::new_boxed())
            }
            _ => Self::Identity(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Identity(v) => &**v,
            Self::Initiator(v) => &**v,
            Self::ProgramResource(v) => &**v,
            Self::ProvisionedIdentity(v) => &**v,
            Self::ProvisioningServicePrincipal(v) => &**v,
            Self::ProvisioningSystem(v) => &**v,
            Self::ServicePrincipalIdentity(v) => &**v,
            Self::UserIdentity(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Identity(v) => &mut **v,
            Self::Initiator(v) => &mut **v,
            Self::ProgramResource(v) => &mut **v,
            Self::ProvisionedIdentity(v) => &mut **v,
            Self::ProvisioningServicePrincipal(v) => &mut **v,
            Self::ProvisioningSystem(v) => &mut **v,
            Self::ServicePrincipalIdentity(v) => &mut **v,
            Self::UserIdentity(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl AnyIdentity {
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
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Identity(v) => &v.display_name,
            Self::Initiator(v) => &v.display_name,
            Self::ProgramResource(v) => &v.display_name,
            Self::ProvisionedIdentity(v) => &v.display_name,
            Self::ProvisioningServicePrincipal(v) => &v.display_name,
            Self::ProvisioningSystem(v) => &v.display_name,
            Self::ServicePrincipalIdentity(v) => &v.display_name,
            Self::UserIdentity(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Identity(v) => &mut v.display_name,
            Self::Initiator(v) => &mut v.display_name,
            Self::ProgramResource(v) => &mut v.display_name,
            Self::ProvisionedIdentity(v) => &mut v.display_name,
            Self::ProvisioningServicePrincipal(v) => &mut v.display_name,
            Self::ProvisioningSystem(v) => &mut v.display_name,
            Self::ServicePrincipalIdentity(v) => &mut v.display_name,
            Self::UserIdentity(v) => &mut v.display_name,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Identity(v) => &v.id,
            Self::Initiator(v) => &v.id,
            Self::ProgramResource(v) => &v.id,
            Self::ProvisionedIdentity(v) => &v.id,
            Self::ProvisioningServicePrincipal(v) => &v.id,
            Self::ProvisioningSystem(v) => &v.id,
            Self::ServicePrincipalIdentity(v) => &v.id,
            Self::UserIdentity(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Identity(v) => &mut v.id,
            Self::Initiator(v) => &mut v.id,
            Self::ProgramResource(v) => &mut v.id,
            Self::ProvisionedIdentity(v) => &mut v.id,
            Self::ProvisioningServicePrincipal(v) => &mut v.id,
            Self::ProvisioningSystem(v) => &mut v.id,
            Self::ServicePrincipalIdentity(v) => &mut v.id,
            Self::UserIdentity(v) => &mut v.id,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_poly!(AnyIdentity);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIdentity);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.identitySet`, complex type, open.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct IdentitySet {
    /// CSDL: property `application`: `microsoft.graph.identity`, nullable.
    pub application: rt::Field<crate::beta::AnyIdentity>,
    /// CSDL: property `device`: `microsoft.graph.identity`, nullable.
    pub device: rt::Field<crate::beta::AnyIdentity>,
    /// CSDL: property `user`: `microsoft.graph.identity`, nullable.
    pub user: rt::Field<crate::beta::AnyIdentity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for IdentitySet {
    #[inline]
    fn default() -> Self {
        Self {
            application: rt::Field::Absent,
            device: rt::Field::Absent,
            user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for IdentitySet {
    const TYPE_NAME: &'static str = "microsoft.graph.identitySet";
    const KEYS: &'static [&'static str] = &["application", "device", "user"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"application\":                  ",
        ",\"device\":                       ",
        ",\"user\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identitySet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application", &self.application);
        v.field(1usize, "device", &self.device);
        v.field(2usize, "user", &self.user);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for IdentitySet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application.read_from(r),
            1usize => self.device.read_from(r),
            2usize => self.user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application);
        w.field(1usize, &self.device);
        w.field(2usize, &self.user);
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
rt::impl_object!(IdentitySet);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    IdentitySet { with_application application : crate ::beta::AnyIdentity; with_device
    device : crate ::beta::AnyIdentity; with_user user : crate ::beta::AnyIdentity; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentitySet);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.importance`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Importance {
    /// `low` (value 0).
    Low,
    /// `normal` (value 1).
    Normal,
    /// `high` (value 2).
    High,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for Importance {
    const TYPE_NAME: &'static str = "microsoft.graph.importance";
    const MEMBERS: &'static [&'static str] = &["low", "normal", "high"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "low" => Self::Low,
                "normal" => Self::Normal,
                "high" => Self::High,
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
            Self::Low => "low",
            Self::Normal => "normal",
            Self::High => "high",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(Importance);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Importance);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.inferenceClassificationType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InferenceClassificationType {
    /// `focused` (value 0).
    Focused,
    /// `other` (value 1).
    Other,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for InferenceClassificationType {
    const TYPE_NAME: &'static str = "microsoft.graph.inferenceClassificationType";
    const MEMBERS: &'static [&'static str] = &["focused", "other"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "focused" => Self::Focused,
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
            Self::Focused => "focused",
            Self::Other => "other",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(InferenceClassificationType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(InferenceClassificationType);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.initiator`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct Initiator {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `initiatorType`: `microsoft.graph.initiatorType`, nullable.
    pub initiator_type: rt::Field<crate::beta::InitiatorType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for Initiator {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            initiator_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for Initiator {
    const TYPE_NAME: &'static str = "microsoft.graph.initiator";
    const KEYS: &'static [&'static str] = &["displayName", "id", "initiatorType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"initiatorType\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.initiator\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "initiator_type", &self.initiator_type);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for Initiator {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.initiator_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.initiator_type);
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
rt::impl_object!(Initiator);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    Initiator { with_display_name display_name : ::std::string::String; with_id id :
    ::std::string::String; with_initiator_type initiator_type : crate
    ::beta::InitiatorType; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(Initiator);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.initiatorType`, enum type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InitiatorType {
    /// `user` (value 0).
    User,
    /// `application` (value 1).
    Application,
    /// `system` (value 2).
    System,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_any_area)]
impl rt::StrEnum for InitiatorType {
    const TYPE_NAME: &'static str = "microsoft.graph.initiatorType";
    const MEMBERS: &'static [&'static str] = &[
        "user",
        "application",
        "system",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "user" => Self::User,
                "application" => Self::Application,
                "system" => Self::System,
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
            Self::User => "user",
            Self::Application => "application",
            Self::System => "system",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_enum!(InitiatorType);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(InitiatorType);
#[cfg(msgraph_beta_core_or_admin_or_app_or_communications)]
/// CSDL: `microsoft.graph.itemBody`, complex type.
///
/// Features: `beta`, or one of `beta-admin`, `beta-administrative-units`, `beta-app`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemBody {
    /// CSDL: property `content`: `Edm.String`, nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `contentType`: `microsoft.graph.bodyType`, nullable.
    pub content_type: rt::Field<crate::beta::BodyType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_admin_or_app_or_communications)]
impl ::std::default::Default for ItemBody {
    #[inline]
    fn default() -> Self {
        Self {
            content: rt::Field::Absent,
            content_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_admin_or_app_or_communications)]
impl rt::Object for ItemBody {
    const TYPE_NAME: &'static str = "microsoft.graph.itemBody";
    const KEYS: &'static [&'static str] = &["content", "contentType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"content\":                      ",
        ",\"contentType\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemBody\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content", &self.content);
        v.field(1usize, "content_type", &self.content_type);
    }
}
#[cfg(msgraph_beta_core_or_admin_or_app_or_communications)]
impl rt::object::Members for ItemBody {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content.read_from(r),
            1usize => self.content_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content);
        w.field(1usize, &self.content_type);
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
#[cfg(msgraph_beta_core_or_admin_or_app_or_communications)]
rt::impl_object!(ItemBody);
#[cfg(msgraph_beta_core_or_admin_or_app_or_communications)]
rt::impl_setters!(
    ItemBody { with_content content : ::std::string::String; with_content_type
    content_type : crate ::beta::BodyType; }
);
#[cfg(msgraph_beta_core_or_admin_or_app_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemBody);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.itemReference`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemReference {
    /// CSDL: property `driveId`: `Edm.String`, nullable.
    pub drive_id: rt::Field<::std::string::String>,
    /// CSDL: property `driveType`: `Edm.String`, nullable.
    pub drive_type: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `path`: `Edm.String`, nullable.
    pub path: rt::Field<::std::string::String>,
    /// CSDL: property `shareId`: `Edm.String`, nullable.
    pub share_id: rt::Field<::std::string::String>,
    /// CSDL: property `sharepointIds`: `microsoft.graph.sharepointIds`, nullable.
    pub sharepoint_ids: rt::Field<crate::beta::SharepointIds>,
    /// CSDL: property `siteId`: `Edm.String`, nullable.
    pub site_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for ItemReference {
    #[inline]
    fn default() -> Self {
        Self {
            drive_id: rt::Field::Absent,
            drive_type: rt::Field::Absent,
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            path: rt::Field::Absent,
            share_id: rt::Field::Absent,
            sharepoint_ids: rt::Field::Absent,
            site_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for ItemReference {
    const TYPE_NAME: &'static str = "microsoft.graph.itemReference";
    const KEYS: &'static [&'static str] = &[
        "driveId",
        "driveType",
        "id",
        "name",
        "path",
        "shareId",
        "sharepointIds",
        "siteId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"driveId\":                      ",
        ",\"driveType\":                    ",
        ",\"id\":                           ",
        ",\"name\":                         ",
        ",\"path\":                         ",
        ",\"shareId\":                      ",
        ",\"sharepointIds\":                ",
        ",\"siteId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemReference\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "drive_id", &self.drive_id);
        v.field(1usize, "drive_type", &self.drive_type);
        v.field(2usize, "id", &self.id);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "path", &self.path);
        v.field(5usize, "share_id", &self.share_id);
        v.field(6usize, "sharepoint_ids", &self.sharepoint_ids);
        v.field(7usize, "site_id", &self.site_id);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for ItemReference {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.drive_id.read_from(r),
            1usize => self.drive_type.read_from(r),
            2usize => self.id.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.path.read_from(r),
            5usize => self.share_id.read_from(r),
            6usize => self.sharepoint_ids.read_from(r),
            7usize => self.site_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.drive_id);
        w.field(1usize, &self.drive_type);
        w.field(2usize, &self.id);
        w.field(3usize, &self.name);
        w.field(4usize, &self.path);
        w.field(5usize, &self.share_id);
        w.field(6usize, &self.sharepoint_ids);
        w.field(7usize, &self.site_id);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(ItemReference);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    ItemReference { with_drive_id drive_id : ::std::string::String; with_drive_type
    drive_type : ::std::string::String; with_id id : ::std::string::String; with_name
    name : ::std::string::String; with_path path : ::std::string::String; with_share_id
    share_id : ::std::string::String; with_sharepoint_ids sharepoint_ids : crate
    ::beta::SharepointIds; with_site_id site_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemReference);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.Json`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct Json {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for Json {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for Json {
    const TYPE_NAME: &'static str = "microsoft.graph.Json";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.Json\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for Json {
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(Json);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(Json);
#[cfg(
    msgraph_beta_core_or_audit_logs_or_governance_resources_or_governance_role_assignment_requests_and_7_more
)]
/// CSDL: `microsoft.graph.keyValue`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-audit-logs`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 20 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct KeyValue {
    /// CSDL: property `key`: `Edm.String`, nullable.
    pub key: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_core_or_audit_logs_or_governance_resources_or_governance_role_assignment_requests_and_7_more
)]
impl ::std::default::Default for KeyValue {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_core_or_audit_logs_or_governance_resources_or_governance_role_assignment_requests_and_7_more
)]
impl rt::Object for KeyValue {
    const TYPE_NAME: &'static str = "microsoft.graph.keyValue";
    const KEYS: &'static [&'static str] = &["key", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.keyValue\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(
    msgraph_beta_core_or_audit_logs_or_governance_resources_or_governance_role_assignment_requests_and_7_more
)]
impl rt::object::Members for KeyValue {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key);
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
#[cfg(
    msgraph_beta_core_or_audit_logs_or_governance_resources_or_governance_role_assignment_requests_and_7_more
)]
rt::impl_object!(KeyValue);
#[cfg(
    msgraph_beta_core_or_audit_logs_or_governance_resources_or_governance_role_assignment_requests_and_7_more
)]
rt::impl_setters!(
    KeyValue { with_key key : ::std::string::String; with_value value :
    ::std::string::String; }
);
#[cfg(
    msgraph_beta_core_or_audit_logs_or_governance_resources_or_governance_role_assignment_requests_and_7_more
)]
#[cfg(feature = "serde")]
rt::impl_serde!(KeyValue);
#[cfg(
    msgraph_beta_core_or_admin_or_device_app_management_or_information_protection_and_3_more
)]
/// CSDL: `microsoft.graph.keyValuePair`, complex type.
///
/// Features: `beta`, or one of `beta-admin`, `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates` and 16 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct KeyValuePair {
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_core_or_admin_or_device_app_management_or_information_protection_and_3_more
)]
impl ::std::default::Default for KeyValuePair {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_core_or_admin_or_device_app_management_or_information_protection_and_3_more
)]
impl rt::Object for KeyValuePair {
    const TYPE_NAME: &'static str = "microsoft.graph.keyValuePair";
    const KEYS: &'static [&'static str] = &["name", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.keyValuePair\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(
    msgraph_beta_core_or_admin_or_device_app_management_or_information_protection_and_3_more
)]
impl rt::object::Members for KeyValuePair {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
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
#[cfg(
    msgraph_beta_core_or_admin_or_device_app_management_or_information_protection_and_3_more
)]
rt::impl_object!(KeyValuePair);
#[cfg(
    msgraph_beta_core_or_admin_or_device_app_management_or_information_protection_and_3_more
)]
rt::impl_setters!(
    KeyValuePair { with_name name : ::std::string::String; with_value value :
    ::std::string::String; }
);
#[cfg(
    msgraph_beta_core_or_admin_or_device_app_management_or_information_protection_and_3_more
)]
#[cfg(feature = "serde")]
rt::impl_serde!(KeyValuePair);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.labelActionBase`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LabelActionBase {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for LabelActionBase {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for LabelActionBase {
    const TYPE_NAME: &'static str = "microsoft.graph.labelActionBase";
    const KEYS: &'static [&'static str] = &["name"];
    const KEYS_JSON: &'static [&'static str] = &[",\"name\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.labelActionBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for LabelActionBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
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
rt::impl_object!(LabelActionBase);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(LabelActionBase { with_name name : ::std::string::String; });
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(LabelActionBase);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// `microsoft.graph.labelActionBase` or any type derived from it, selected by `@odata.type` (11 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyLabelActionBase {
    LabelActionBase(::std::boxed::Box<crate::beta::LabelActionBase>),
    AddFooter(::std::boxed::Box<crate::beta::AddFooter>),
    AddHeader(::std::boxed::Box<crate::beta::AddHeader>),
    AddWatermark(::std::boxed::Box<crate::beta::AddWatermark>),
    EncryptContent(::std::boxed::Box<crate::beta::EncryptContent>),
    EncryptWithTemplate(::std::boxed::Box<crate::beta::EncryptWithTemplate>),
    EncryptWithUserDefinedRights(
        ::std::boxed::Box<crate::beta::EncryptWithUserDefinedRights>,
    ),
    MarkContent(::std::boxed::Box<crate::beta::MarkContent>),
    ProtectGroup(::std::boxed::Box<crate::beta::ProtectGroup>),
    ProtectOnlineMeetingAction(
        ::std::boxed::Box<crate::beta::ProtectOnlineMeetingAction>,
    ),
    ProtectSite(::std::boxed::Box<crate::beta::ProtectSite>),
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for AnyLabelActionBase {
    #[inline]
    fn default() -> Self {
        Self::LabelActionBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::LabelActionBase> for AnyLabelActionBase {
    #[inline]
    fn from(v: crate::beta::LabelActionBase) -> Self {
        Self::LabelActionBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AddFooter> for AnyLabelActionBase {
    #[inline]
    fn from(v: crate::beta::AddFooter) -> Self {
        Self::AddFooter(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AddHeader> for AnyLabelActionBase {
    #[inline]
    fn from(v: crate::beta::AddHeader) -> Self {
        Self::AddHeader(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AddWatermark> for AnyLabelActionBase {
    #[inline]
    fn from(v: crate::beta::AddWatermark) -> Self {
        Self::AddWatermark(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EncryptContent> for AnyLabelActionBase {
    #[inline]
    fn from(v: crate::beta::EncryptContent) -> Self {
        Self::EncryptContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EncryptWithTemplate> for AnyLabelActionBase {
    #[inline]
    fn from(v: crate::beta::EncryptWithTemplate) -> Self {
        Self::EncryptWithTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EncryptWithUserDefinedRights>
for AnyLabelActionBase {
    #[inline]
    fn from(v: crate::beta::EncryptWithUserDefinedRights) -> Self {
        Self::EncryptWithUserDefinedRights(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MarkContent> for AnyLabelActionBase {
    #[inline]
    fn from(v: crate::beta::MarkContent) -> Self {
        Self::MarkContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ProtectGroup> for AnyLabelActionBase {
    #[inline]
    fn from(v: crate::beta::ProtectGroup) -> Self {
        Self::ProtectGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ProtectOnlineMeetingAction>
for AnyLabelActionBase {
    #[inline]
    fn from(v: crate::beta::ProtectOnlineMeetingAction) -> Self {
        Self::ProtectOnlineMeetingAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ProtectSite> for AnyLabelActionBase {
    #[inline]
    fn from(v: crate::beta::ProtectSite) -> Self {
        Self::ProtectSite(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
unsafe impl ::std::marker::Send for AnyLabelActionBase {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
unsafe impl ::std::marker::Sync for AnyLabelActionBase {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::marker::Unpin for AnyLabelActionBase {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::panic::UnwindSafe for AnyLabelActionBase {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::panic::RefUnwindSafe for AnyLabelActionBase {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
const _: () = {
    rt::object::auto_traits::<crate::beta::LabelActionBase>();
    rt::object::auto_traits::<crate::beta::AddFooter>();
    rt::object::auto_traits::<crate::beta::AddHeader>();
    rt::object::auto_traits::<crate::beta::AddWatermark>();
    rt::object::auto_traits::<crate::beta::EncryptContent>();
    rt::object::auto_traits::<crate::beta::EncryptWithTemplate>();
    rt::object::auto_traits::<crate::beta::EncryptWithUserDefinedRights>();
    rt::object::auto_traits::<crate::beta::MarkContent>();
    rt::object::auto_traits::<crate::beta::ProtectGroup>();
    rt::object::auto_traits::<crate::beta::ProtectOnlineMeetingAction>();
    rt::object::auto_traits::<crate::beta::ProtectSite>();
};
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Poly for AnyLabelActionBase {
    const BASE_NAME: &'static str = "microsoft.graph.labelActionBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.addFooter") => {
                Self::AddFooter(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.addHeader") => {
                Self::AddHeader(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.addWatermark") => {
                Self::AddWatermark(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.encryptContent") => {
                Self::EncryptContent(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.encryptWithTemplate") => {
                Self::EncryptWithTemplate(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.encryptWithUserDefinedRights",
            ) => Self::EncryptWithUserDefinedRights(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.markContent") => {
                Self::MarkContent(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.protectGroup") => {
                Self::ProtectGroup(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.protectOnlineMeetingAction") => {
                Self::ProtectOnlineMeetingAction(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.protectSite") => {
                Self::ProtectSite(rt::object::new_boxed())
            }
            _ => Self::LabelActionBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::LabelActionBase(v) => &**v,
            Self::AddFooter(v) => &**v,
            Self::AddHeader(v) => &**v,
            Self::AddWatermark(v) => &**v,
            Self::EncryptContent(v) => &**v,
            Self::EncryptWithTemplate(v) => &**v,
            Self::EncryptWithUserDefinedRights(v) => &**v,
            Self::MarkContent(v) => &**v,
            Self::ProtectGroup(v) => &**v,
            Self::ProtectOnlineMeetingAction(v) => &**v,
            Self::ProtectSite(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::LabelActionBase(v) => &mut **v,
            Self::AddFooter(v) => &mut **v,
            Self::AddHeader(v) => &mut **v,
            Self::AddWatermark(v) => &mut **v,
            Self::EncryptContent(v) => &mut **v,
            Self::EncryptWithTemplate(v) => &mut **v,
            Self::EncryptWithUserDefinedRights(v) => &mut **v,
            Self::MarkContent(v) => &mut **v,
            Self::ProtectGroup(v) => &mut **v,
            Self::ProtectOnlineMeetingAction(v) => &mut **v,
            Self::ProtectSite(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl AnyLabelActionBase {
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
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::LabelActionBase(v) => &v.name,
            Self::AddFooter(v) => &v.name,
            Self::AddHeader(v) => &v.name,
            Self::AddWatermark(v) => &v.name,
            Self::EncryptContent(v) => &v.name,
            Self::EncryptWithTemplate(v) => &v.name,
            Self::EncryptWithUserDefinedRights(v) => &v.name,
            Self::MarkContent(v) => &v.name,
            Self::ProtectGroup(v) => &v.name,
            Self::ProtectOnlineMeetingAction(v) => &v.name,
            Self::ProtectSite(v) => &v.name,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::LabelActionBase(v) => &mut v.name,
            Self::AddFooter(v) => &mut v.name,
            Self::AddHeader(v) => &mut v.name,
            Self::AddWatermark(v) => &mut v.name,
            Self::EncryptContent(v) => &mut v.name,
            Self::EncryptWithTemplate(v) => &mut v.name,
            Self::EncryptWithUserDefinedRights(v) => &mut v.name,
            Self::MarkContent(v) => &mut v.name,
            Self::ProtectGroup(v) => &mut v.name,
            Self::ProtectOnlineMeetingAction(v) => &mut v.name,
            Self::ProtectSite(v) => &mut v.name,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_poly!(AnyLabelActionBase);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyLabelActionBase);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.labelPolicy`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LabelPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for LabelPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for LabelPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.labelPolicy";
    const KEYS: &'static [&'static str] = &["id", "name"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.labelPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "name", &self.name);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for LabelPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.name);
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
rt::impl_object!(LabelPolicy);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    LabelPolicy { with_id id : ::std::string::String; with_name name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(LabelPolicy);
#[cfg(
    msgraph_beta_core_or_app_or_communications_or_data_classification_or_information_protection
)]
/// CSDL: `microsoft.graph.lobbyBypassScope`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LobbyBypassScope {
    /// `organizer` (value 0).
    Organizer,
    /// `organization` (value 1).
    Organization,
    /// `organizationAndFederated` (value 2).
    OrganizationAndFederated,
    /// `everyone` (value 3).
    Everyone,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(
    msgraph_beta_core_or_app_or_communications_or_data_classification_or_information_protection
)]
impl rt::StrEnum for LobbyBypassScope {
    const TYPE_NAME: &'static str = "microsoft.graph.lobbyBypassScope";
    const MEMBERS: &'static [&'static str] = &[
        "organizer",
        "organization",
        "organizationAndFederated",
        "everyone",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "organizer" => Self::Organizer,
                "organization" => Self::Organization,
                "organizationAndFederated" => Self::OrganizationAndFederated,
                "everyone" => Self::Everyone,
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
            Self::Organizer => "organizer",
            Self::Organization => "organization",
            Self::OrganizationAndFederated => "organizationAndFederated",
            Self::Everyone => "everyone",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(
    msgraph_beta_core_or_app_or_communications_or_data_classification_or_information_protection
)]
rt::impl_enum!(LobbyBypassScope);
#[cfg(
    msgraph_beta_core_or_app_or_communications_or_data_classification_or_information_protection
)]
#[cfg(feature = "serde")]
rt::impl_serde!(LobbyBypassScope);
#[cfg(
    msgraph_beta_core_or_app_or_communications_or_data_classification_or_information_protection
)]
/// CSDL: `microsoft.graph.lobbyBypassSettings`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LobbyBypassSettings {
    /// CSDL: property `isDialInBypassEnabled`: `Edm.Boolean`, nullable.
    pub is_dial_in_bypass_enabled: rt::Field<bool>,
    /// CSDL: property `scope`: `microsoft.graph.lobbyBypassScope`, nullable.
    pub scope: rt::Field<crate::beta::LobbyBypassScope>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_core_or_app_or_communications_or_data_classification_or_information_protection
)]
impl ::std::default::Default for LobbyBypassSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_dial_in_bypass_enabled: rt::Field::Absent,
            scope: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_core_or_app_or_communications_or_data_classification_or_information_protection
)]
impl rt::Object for LobbyBypassSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.lobbyBypassSettings";
    const KEYS: &'static [&'static str] = &["isDialInBypassEnabled", "scope"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isDialInBypassEnabled\":        ",
        ",\"scope\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.lobbyBypassSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_dial_in_bypass_enabled", &self.is_dial_in_bypass_enabled);
        v.field(1usize, "scope", &self.scope);
    }
}
#[cfg(
    msgraph_beta_core_or_app_or_communications_or_data_classification_or_information_protection
)]
impl rt::object::Members for LobbyBypassSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_dial_in_bypass_enabled.read_from(r),
            1usize => self.scope.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_dial_in_bypass_enabled);
        w.field(1usize, &self.scope);
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
#[cfg(
    msgraph_beta_core_or_app_or_communications_or_data_classification_or_information_protection
)]
rt::impl_object!(LobbyBypassSettings);
#[cfg(
    msgraph_beta_core_or_app_or_communications_or_data_classification_or_information_protection
)]
rt::impl_setters!(
    LobbyBypassSettings { with_is_dial_in_bypass_enabled is_dial_in_bypass_enabled :
    bool; with_scope scope : crate ::beta::LobbyBypassScope; }
);
#[cfg(
    msgraph_beta_core_or_app_or_communications_or_data_classification_or_information_protection
)]
#[cfg(feature = "serde")]
rt::impl_serde!(LobbyBypassSettings);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.localeInfo`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LocaleInfo {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `locale`: `Edm.String`, nullable.
    pub locale: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for LocaleInfo {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            locale: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for LocaleInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.localeInfo";
    const KEYS: &'static [&'static str] = &["displayName", "locale"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"locale\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.localeInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "locale", &self.locale);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for LocaleInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.locale.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.locale);
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
rt::impl_object!(LocaleInfo);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    LocaleInfo { with_display_name display_name : ::std::string::String; with_locale
    locale : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocaleInfo);
#[cfg(msgraph_beta_core_or_booking_businesses)]
/// CSDL: `microsoft.graph.location`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-booking-businesses`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Location {
    /// CSDL: property `address`: `microsoft.graph.physicalAddress`, nullable.
    pub address: rt::Field<crate::beta::PhysicalAddress>,
    /// CSDL: property `coordinates`: `microsoft.graph.outlookGeoCoordinates`, nullable.
    pub coordinates: rt::Field<crate::beta::OutlookGeoCoordinates>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `locationEmailAddress`: `Edm.String`, nullable.
    pub location_email_address: rt::Field<::std::string::String>,
    /// CSDL: property `locationType`: `microsoft.graph.locationType`, nullable.
    pub location_type: rt::Field<crate::beta::LocationType>,
    /// CSDL: property `locationUri`: `Edm.String`, nullable.
    pub location_uri: rt::Field<::std::string::String>,
    /// CSDL: property `uniqueId`: `Edm.String`, nullable.
    pub unique_id: rt::Field<::std::string::String>,
    /// CSDL: property `uniqueIdType`: `microsoft.graph.locationUniqueIdType`, nullable.
    pub unique_id_type: rt::Field<crate::beta::LocationUniqueIdType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_booking_businesses)]
impl ::std::default::Default for Location {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            coordinates: rt::Field::Absent,
            display_name: rt::Field::Absent,
            location_email_address: rt::Field::Absent,
            location_type: rt::Field::Absent,
            location_uri: rt::Field::Absent,
            unique_id: rt::Field::Absent,
            unique_id_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_booking_businesses)]
impl rt::Object for Location {
    const TYPE_NAME: &'static str = "microsoft.graph.location";
    const KEYS: &'static [&'static str] = &[
        "address",
        "coordinates",
        "displayName",
        "locationEmailAddress",
        "locationType",
        "locationUri",
        "uniqueId",
        "uniqueIdType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"coordinates\":                  ",
        ",\"displayName\":                  ",
        ",\"locationEmailAddress\":         ",
        ",\"locationType\":                 ",
        ",\"locationUri\":                  ",
        ",\"uniqueId\":                     ",
        ",\"uniqueIdType\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.location\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(1usize, "coordinates", &self.coordinates);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "location_email_address", &self.location_email_address);
        v.field(4usize, "location_type", &self.location_type);
        v.field(5usize, "location_uri", &self.location_uri);
        v.field(6usize, "unique_id", &self.unique_id);
        v.field(7usize, "unique_id_type", &self.unique_id_type);
    }
}
#[cfg(msgraph_beta_core_or_booking_businesses)]
impl rt::object::Members for Location {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.coordinates.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.location_email_address.read_from(r),
            4usize => self.location_type.read_from(r),
            5usize => self.location_uri.read_from(r),
            6usize => self.unique_id.read_from(r),
            7usize => self.unique_id_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.coordinates);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.location_email_address);
        w.field(4usize, &self.location_type);
        w.field(5usize, &self.location_uri);
        w.field(6usize, &self.unique_id);
        w.field(7usize, &self.unique_id_type);
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
#[cfg(msgraph_beta_core_or_booking_businesses)]
rt::impl_object!(Location);
#[cfg(msgraph_beta_core_or_booking_businesses)]
rt::impl_setters!(
    Location { with_address address : crate ::beta::PhysicalAddress; with_coordinates
    coordinates : crate ::beta::OutlookGeoCoordinates; with_display_name display_name :
    ::std::string::String; with_location_email_address location_email_address :
    ::std::string::String; with_location_type location_type : crate ::beta::LocationType;
    with_location_uri location_uri : ::std::string::String; with_unique_id unique_id :
    ::std::string::String; with_unique_id_type unique_id_type : crate
    ::beta::LocationUniqueIdType; }
);
#[cfg(msgraph_beta_core_or_booking_businesses)]
#[cfg(feature = "serde")]
rt::impl_serde!(Location);
#[cfg(msgraph_beta_core_or_booking_businesses)]
/// `microsoft.graph.location` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-booking-businesses`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyLocation {
    Location(::std::boxed::Box<crate::beta::Location>),
    LocationConstraintItem(::std::boxed::Box<crate::beta::LocationConstraintItem>),
}
#[cfg(msgraph_beta_core_or_booking_businesses)]
impl ::std::default::Default for AnyLocation {
    #[inline]
    fn default() -> Self {
        Self::Location(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_booking_businesses)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Location> for AnyLocation {
    #[inline]
    fn from(v: crate::beta::Location) -> Self {
        Self::Location(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_booking_businesses)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::LocationConstraintItem> for AnyLocation {
    #[inline]
    fn from(v: crate::beta::LocationConstraintItem) -> Self {
        Self::LocationConstraintItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_booking_businesses)]
unsafe impl ::std::marker::Send for AnyLocation {}
#[cfg(msgraph_beta_core_or_booking_businesses)]
unsafe impl ::std::marker::Sync for AnyLocation {}
#[cfg(msgraph_beta_core_or_booking_businesses)]
impl ::std::marker::Unpin for AnyLocation {}
#[cfg(msgraph_beta_core_or_booking_businesses)]
impl ::std::panic::UnwindSafe for AnyLocation {}
#[cfg(msgraph_beta_core_or_booking_businesses)]
impl ::std::panic::RefUnwindSafe for AnyLocation {}
#[cfg(msgraph_beta_core_or_booking_businesses)]
const _: () = {
    rt::object::auto_traits::<crate::beta::Location>();
    rt::object::auto_traits::<crate::beta::LocationConstraintItem>();
};
#[cfg(msgraph_beta_core_or_booking_businesses)]
impl rt::Poly for AnyLocation {
    const BASE_NAME: &'static str = "microsoft.graph.location";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.locationConstraintItem") => {
                Self::LocationConstraintItem(rt::object::new_boxed())
            }
            _ => Self::Location(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Location(v) => &**v,
            Self::LocationConstraintItem(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Location(v) => &mut **v,
            Self::LocationConstraintItem(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_booking_businesses)]
impl AnyLocation {
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
    /// `address` of any variant.
    #[inline]
    pub fn address(&self) -> &rt::Field<crate::beta::PhysicalAddress> {
        match self {
            Self::Location(v) => &v.address,
            Self::LocationConstraintItem(v) => &v.address,
        }
    }
    /// `address` of any variant.
    #[inline]
    pub fn address_mut(&mut self) -> &mut rt::Field<crate::beta::PhysicalAddress> {
        match self {
            Self::Location(v) => &mut v.address,
            Self::LocationConstraintItem(v) => &mut v.address,
        }
    }
    /// `coordinates` of any variant.
    #[inline]
    pub fn coordinates(&self) -> &rt::Field<crate::beta::OutlookGeoCoordinates> {
        match self {
            Self::Location(v) => &v.coordinates,
            Self::LocationConstraintItem(v) => &v.coordinates,
        }
    }
    /// `coordinates` of any variant.
    #[inline]
    pub fn coordinates_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::OutlookGeoCoordinates> {
        match self {
            Self::Location(v) => &mut v.coordinates,
            Self::LocationConstraintItem(v) => &mut v.coordinates,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Location(v) => &v.display_name,
            Self::LocationConstraintItem(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Location(v) => &mut v.display_name,
            Self::LocationConstraintItem(v) => &mut v.display_name,
        }
    }
    /// `locationEmailAddress` of any variant.
    #[inline]
    pub fn location_email_address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Location(v) => &v.location_email_address,
            Self::LocationConstraintItem(v) => &v.location_email_address,
        }
    }
    /// `locationEmailAddress` of any variant.
    #[inline]
    pub fn location_email_address_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Location(v) => &mut v.location_email_address,
            Self::LocationConstraintItem(v) => &mut v.location_email_address,
        }
    }
    /// `locationType` of any variant.
    #[inline]
    pub fn location_type(&self) -> &rt::Field<crate::beta::LocationType> {
        match self {
            Self::Location(v) => &v.location_type,
            Self::LocationConstraintItem(v) => &v.location_type,
        }
    }
    /// `locationType` of any variant.
    #[inline]
    pub fn location_type_mut(&mut self) -> &mut rt::Field<crate::beta::LocationType> {
        match self {
            Self::Location(v) => &mut v.location_type,
            Self::LocationConstraintItem(v) => &mut v.location_type,
        }
    }
    /// `locationUri` of any variant.
    #[inline]
    pub fn location_uri(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Location(v) => &v.location_uri,
            Self::LocationConstraintItem(v) => &v.location_uri,
        }
    }
    /// `locationUri` of any variant.
    #[inline]
    pub fn location_uri_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Location(v) => &mut v.location_uri,
            Self::LocationConstraintItem(v) => &mut v.location_uri,
        }
    }
    /// `uniqueId` of any variant.
    #[inline]
    pub fn unique_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Location(v) => &v.unique_id,
            Self::LocationConstraintItem(v) => &v.unique_id,
        }
    }
    /// `uniqueId` of any variant.
    #[inline]
    pub fn unique_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Location(v) => &mut v.unique_id,
            Self::LocationConstraintItem(v) => &mut v.unique_id,
        }
    }
    /// `uniqueIdType` of any variant.
    #[inline]
    pub fn unique_id_type(&self) -> &rt::Field<crate::beta::LocationUniqueIdType> {
        match self {
            Self::Location(v) => &v.unique_id_type,
            Self::LocationConstraintItem(v) => &v.unique_id_type,
        }
    }
    /// `uniqueIdType` of any variant.
    #[inline]
    pub fn unique_id_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::LocationUniqueIdType> {
        match self {
            Self::Location(v) => &mut v.unique_id_type,
            Self::LocationConstraintItem(v) => &mut v.unique_id_type,
        }
    }
}
#[cfg(msgraph_beta_core_or_booking_businesses)]
rt::impl_poly!(AnyLocation);
#[cfg(msgraph_beta_core_or_booking_businesses)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyLocation);
#[cfg(msgraph_beta_core_or_booking_businesses)]
/// CSDL: `microsoft.graph.locationConstraintItem`, complex type, derived from `microsoft.graph.location`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-booking-businesses`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LocationConstraintItem {
    /// CSDL: property `address`: `microsoft.graph.physicalAddress`, nullable.
    pub address: rt::Field<crate::beta::PhysicalAddress>,
    /// CSDL: property `coordinates`: `microsoft.graph.outlookGeoCoordinates`, nullable.
    pub coordinates: rt::Field<crate::beta::OutlookGeoCoordinates>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `locationEmailAddress`: `Edm.String`, nullable.
    pub location_email_address: rt::Field<::std::string::String>,
    /// CSDL: property `locationType`: `microsoft.graph.locationType`, nullable.
    pub location_type: rt::Field<crate::beta::LocationType>,
    /// CSDL: property `locationUri`: `Edm.String`, nullable.
    pub location_uri: rt::Field<::std::string::String>,
    /// CSDL: property `uniqueId`: `Edm.String`, nullable.
    pub unique_id: rt::Field<::std::string::String>,
    /// CSDL: property `uniqueIdType`: `microsoft.graph.locationUniqueIdType`, nullable.
    pub unique_id_type: rt::Field<crate::beta::LocationUniqueIdType>,
    /// CSDL: property `resolveAvailability`: `Edm.Boolean`, nullable.
    pub resolve_availability: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_booking_businesses)]
impl ::std::default::Default for LocationConstraintItem {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            coordinates: rt::Field::Absent,
            display_name: rt::Field::Absent,
            location_email_address: rt::Field::Absent,
            location_type: rt::Field::Absent,
            location_uri: rt::Field::Absent,
            unique_id: rt::Field::Absent,
            unique_id_type: rt::Field::Absent,
            resolve_availability: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_booking_businesses)]
impl rt::Object for LocationConstraintItem {
    const TYPE_NAME: &'static str = "microsoft.graph.locationConstraintItem";
    const KEYS: &'static [&'static str] = &[
        "address",
        "coordinates",
        "displayName",
        "locationEmailAddress",
        "locationType",
        "locationUri",
        "uniqueId",
        "uniqueIdType",
        "resolveAvailability",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"coordinates\":                  ",
        ",\"displayName\":                  ",
        ",\"locationEmailAddress\":         ",
        ",\"locationType\":                 ",
        ",\"locationUri\":                  ",
        ",\"uniqueId\":                     ",
        ",\"uniqueIdType\":                 ",
        ",\"resolveAvailability\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.locationConstraintItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(1usize, "coordinates", &self.coordinates);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "location_email_address", &self.location_email_address);
        v.field(4usize, "location_type", &self.location_type);
        v.field(5usize, "location_uri", &self.location_uri);
        v.field(6usize, "unique_id", &self.unique_id);
        v.field(7usize, "unique_id_type", &self.unique_id_type);
        v.field(8usize, "resolve_availability", &self.resolve_availability);
    }
}
#[cfg(msgraph_beta_core_or_booking_businesses)]
impl rt::object::Members for LocationConstraintItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.coordinates.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.location_email_address.read_from(r),
            4usize => self.location_type.read_from(r),
            5usize => self.location_uri.read_from(r),
            6usize => self.unique_id.read_from(r),
            7usize => self.unique_id_type.read_from(r),
            8usize => self.resolve_availability.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.coordinates);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.location_email_address);
        w.field(4usize, &self.location_type);
        w.field(5usize, &self.location_uri);
        w.field(6usize, &self.unique_id);
        w.field(7usize, &self.unique_id_type);
        w.field(8usize, &self.resolve_availability);
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
#[cfg(msgraph_beta_core_or_booking_businesses)]
rt::impl_object!(LocationConstraintItem);
#[cfg(msgraph_beta_core_or_booking_businesses)]
rt::impl_setters!(
    LocationConstraintItem { with_address address : crate ::beta::PhysicalAddress;
    with_coordinates coordinates : crate ::beta::OutlookGeoCoordinates; with_display_name
    display_name : ::std::string::String; with_location_email_address
    location_email_address : ::std::string::String; with_location_type location_type :
    crate ::beta::LocationType; with_location_uri location_uri : ::std::string::String;
    with_unique_id unique_id : ::std::string::String; with_unique_id_type unique_id_type
    : crate ::beta::LocationUniqueIdType; with_resolve_availability resolve_availability
    : bool; }
);
#[cfg(msgraph_beta_core_or_booking_businesses)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocationConstraintItem);
#[cfg(msgraph_beta_core_or_booking_businesses)]
/// CSDL: `microsoft.graph.locationType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-booking-businesses`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LocationType {
    /// `default` (value 0).
    Default,
    /// `conferenceRoom` (value 1).
    ConferenceRoom,
    /// `homeAddress` (value 2).
    HomeAddress,
    /// `businessAddress` (value 3).
    BusinessAddress,
    /// `geoCoordinates` (value 4).
    GeoCoordinates,
    /// `streetAddress` (value 5).
    StreetAddress,
    /// `hotel` (value 6).
    Hotel,
    /// `restaurant` (value 7).
    Restaurant,
    /// `localBusiness` (value 8).
    LocalBusiness,
    /// `postalAddress` (value 9).
    PostalAddress,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_booking_businesses)]
impl rt::StrEnum for LocationType {
    const TYPE_NAME: &'static str = "microsoft.graph.locationType";
    const MEMBERS: &'static [&'static str] = &[
        "default",
        "conferenceRoom",
        "homeAddress",
        "businessAddress",
        "geoCoordinates",
        "streetAddress",
        "hotel",
        "restaurant",
        "localBusiness",
        "postalAddress",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "default" => Self::Default,
                "conferenceRoom" => Self::ConferenceRoom,
                "homeAddress" => Self::HomeAddress,
                "businessAddress" => Self::BusinessAddress,
                "geoCoordinates" => Self::GeoCoordinates,
                "streetAddress" => Self::StreetAddress,
                "hotel" => Self::Hotel,
                "restaurant" => Self::Restaurant,
                "localBusiness" => Self::LocalBusiness,
                "postalAddress" => Self::PostalAddress,
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
            Self::Default => "default",
            Self::ConferenceRoom => "conferenceRoom",
            Self::HomeAddress => "homeAddress",
            Self::BusinessAddress => "businessAddress",
            Self::GeoCoordinates => "geoCoordinates",
            Self::StreetAddress => "streetAddress",
            Self::Hotel => "hotel",
            Self::Restaurant => "restaurant",
            Self::LocalBusiness => "localBusiness",
            Self::PostalAddress => "postalAddress",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_booking_businesses)]
rt::impl_enum!(LocationType);
#[cfg(msgraph_beta_core_or_booking_businesses)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocationType);
#[cfg(msgraph_beta_core_or_booking_businesses)]
/// CSDL: `microsoft.graph.locationUniqueIdType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-booking-businesses`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LocationUniqueIdType {
    /// `unknown` (value 0).
    Unknown,
    /// `locationStore` (value 1).
    LocationStore,
    /// `directory` (value 2).
    Directory,
    /// `private` (value 3).
    Private,
    /// `bing` (value 4).
    Bing,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_booking_businesses)]
impl rt::StrEnum for LocationUniqueIdType {
    const TYPE_NAME: &'static str = "microsoft.graph.locationUniqueIdType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "locationStore",
        "directory",
        "private",
        "bing",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "locationStore" => Self::LocationStore,
                "directory" => Self::Directory,
                "private" => Self::Private,
                "bing" => Self::Bing,
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
            Self::LocationStore => "locationStore",
            Self::Directory => "directory",
            Self::Private => "private",
            Self::Bing => "bing",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_booking_businesses)]
rt::impl_enum!(LocationUniqueIdType);
#[cfg(msgraph_beta_core_or_booking_businesses)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocationUniqueIdType);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.markContent`, complex type, derived from `microsoft.graph.labelActionBase`, abstract.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MarkContent {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `fontColor`: `Edm.String`, nullable.
    pub font_color: rt::Field<::std::string::String>,
    /// CSDL: property `fontSize`: `Edm.Int64`, nullable.
    pub font_size: rt::Field<i64>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for MarkContent {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            font_color: rt::Field::Absent,
            font_size: rt::Field::Absent,
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for MarkContent {
    const TYPE_NAME: &'static str = "microsoft.graph.markContent";
    const KEYS: &'static [&'static str] = &["name", "fontColor", "fontSize", "text"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"fontColor\":                    ",
        ",\"fontSize\":                     ",
        ",\"text\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.markContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "font_color", &self.font_color);
        v.field(2usize, "font_size", &self.font_size);
        v.field(3usize, "text", &self.text);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for MarkContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.font_color.read_from(r),
            2usize => self.font_size.read_from(r),
            3usize => self.text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.font_color);
        w.field(2usize, &self.font_size);
        w.field(3usize, &self.text);
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
rt::impl_object!(MarkContent);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    MarkContent { with_name name : ::std::string::String; with_font_color font_color :
    ::std::string::String; with_font_size font_size : i64; with_text text :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(MarkContent);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// `microsoft.graph.markContent` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMarkContent {
    MarkContent(::std::boxed::Box<crate::beta::MarkContent>),
    AddFooter(::std::boxed::Box<crate::beta::AddFooter>),
    AddHeader(::std::boxed::Box<crate::beta::AddHeader>),
    AddWatermark(::std::boxed::Box<crate::beta::AddWatermark>),
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for AnyMarkContent {
    #[inline]
    fn default() -> Self {
        Self::MarkContent(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MarkContent> for AnyMarkContent {
    #[inline]
    fn from(v: crate::beta::MarkContent) -> Self {
        Self::MarkContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AddFooter> for AnyMarkContent {
    #[inline]
    fn from(v: crate::beta::AddFooter) -> Self {
        Self::AddFooter(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AddHeader> for AnyMarkContent {
    #[inline]
    fn from(v: crate::beta::AddHeader) -> Self {
        Self::AddHeader(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AddWatermark> for AnyMarkContent {
    #[inline]
    fn from(v: crate::beta::AddWatermark) -> Self {
        Self::AddWatermark(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
unsafe impl ::std::marker::Send for AnyMarkContent {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
unsafe impl ::std::marker::Sync for AnyMarkContent {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::marker::Unpin for AnyMarkContent {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::panic::UnwindSafe for AnyMarkContent {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::panic::RefUnwindSafe for AnyMarkContent {}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
const _: () = {
    rt::object::auto_traits::<crate::beta::MarkContent>();
    rt::object::auto_traits::<crate::beta::AddFooter>();
    rt::object::auto_traits::<crate::beta::AddHeader>();
    rt::object::auto_traits::<crate::beta::AddWatermark>();
};
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Poly for AnyMarkContent {
    const BASE_NAME: &'static str = "microsoft.graph.markContent";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.addFooter") => {
                Self::AddFooter(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.addHeader") => {
                Self::AddHeader(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.addWatermark") => {
                Self::AddWatermark(rt::object::new_boxed())
            }
            _ => Self::MarkContent(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MarkContent(v) => &**v,
            Self::AddFooter(v) => &**v,
            Self::AddHeader(v) => &**v,
            Self::AddWatermark(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MarkContent(v) => &mut **v,
            Self::AddFooter(v) => &mut **v,
            Self::AddHeader(v) => &mut **v,
            Self::AddWatermark(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl AnyMarkContent {
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
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MarkContent(v) => &v.name,
            Self::AddFooter(v) => &v.name,
            Self::AddHeader(v) => &v.name,
            Self::AddWatermark(v) => &v.name,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MarkContent(v) => &mut v.name,
            Self::AddFooter(v) => &mut v.name,
            Self::AddHeader(v) => &mut v.name,
            Self::AddWatermark(v) => &mut v.name,
        }
    }
    /// `fontColor` of any variant.
    #[inline]
    pub fn font_color(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MarkContent(v) => &v.font_color,
            Self::AddFooter(v) => &v.font_color,
            Self::AddHeader(v) => &v.font_color,
            Self::AddWatermark(v) => &v.font_color,
        }
    }
    /// `fontColor` of any variant.
    #[inline]
    pub fn font_color_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MarkContent(v) => &mut v.font_color,
            Self::AddFooter(v) => &mut v.font_color,
            Self::AddHeader(v) => &mut v.font_color,
            Self::AddWatermark(v) => &mut v.font_color,
        }
    }
    /// `fontSize` of any variant.
    #[inline]
    pub fn font_size(&self) -> &rt::Field<i64> {
        match self {
            Self::MarkContent(v) => &v.font_size,
            Self::AddFooter(v) => &v.font_size,
            Self::AddHeader(v) => &v.font_size,
            Self::AddWatermark(v) => &v.font_size,
        }
    }
    /// `fontSize` of any variant.
    #[inline]
    pub fn font_size_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::MarkContent(v) => &mut v.font_size,
            Self::AddFooter(v) => &mut v.font_size,
            Self::AddHeader(v) => &mut v.font_size,
            Self::AddWatermark(v) => &mut v.font_size,
        }
    }
    /// `text` of any variant.
    #[inline]
    pub fn text(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MarkContent(v) => &v.text,
            Self::AddFooter(v) => &v.text,
            Self::AddHeader(v) => &v.text,
            Self::AddWatermark(v) => &v.text,
        }
    }
    /// `text` of any variant.
    #[inline]
    pub fn text_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MarkContent(v) => &mut v.text,
            Self::AddFooter(v) => &mut v.text,
            Self::AddHeader(v) => &mut v.text,
            Self::AddWatermark(v) => &mut v.text,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_poly!(AnyMarkContent);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMarkContent);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.mediaInfo`, complex type.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct MediaInfo {
    /// CSDL: property `resourceId`: `Edm.String`, nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `uri`: `Edm.String`, not nullable.
    pub uri: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for MediaInfo {
    #[inline]
    fn default() -> Self {
        Self {
            resource_id: rt::Field::Absent,
            uri: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for MediaInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaInfo";
    const KEYS: &'static [&'static str] = &["resourceId", "uri"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"resourceId\":                   ",
        ",\"uri\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mediaInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "resource_id", &self.resource_id);
        v.field(1usize, "uri", &self.uri);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for MediaInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.resource_id.read_from(r),
            1usize => self.uri.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.resource_id);
        w.field(1usize, &self.uri);
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(MediaInfo);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    MediaInfo { with_resource_id resource_id : ::std::string::String; with_uri uri :
    ::std::string::String; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaInfo);
#[cfg(msgraph_beta_device_app_management_or_device_management_or_search)]
/// Contains properties for a generic mime content.
///
/// CSDL: `microsoft.graph.mimeContent`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MimeContent {
    /// Indicates the content mime type.
    ///
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// The byte array that contains the actual content.
    ///
    /// CSDL: property `value`: `Edm.Binary`, nullable.
    pub value: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_device_management_or_search)]
impl ::std::default::Default for MimeContent {
    #[inline]
    fn default() -> Self {
        Self {
            type_: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_device_management_or_search)]
impl rt::Object for MimeContent {
    const TYPE_NAME: &'static str = "microsoft.graph.mimeContent";
    const KEYS: &'static [&'static str] = &["type", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"type\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mimeContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "type_", &self.type_);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_app_management_or_device_management_or_search)]
impl rt::object::Members for MimeContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.type_.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.type_);
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
#[cfg(msgraph_beta_device_app_management_or_device_management_or_search)]
rt::impl_object!(MimeContent);
#[cfg(msgraph_beta_device_app_management_or_device_management_or_search)]
rt::impl_setters!(
    MimeContent { with_type type_ : ::std::string::String; with_value value :
    rt::edm::Binary; }
);
#[cfg(msgraph_beta_device_app_management_or_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MimeContent);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.notebook`, entity type, derived from `microsoft.graph.onenoteEntityHierarchyModel`, key `id`.
///
/// Request builders: [`NotebookPath`](requests/trait.NotebookPath.html), what a path to one (`EntityPath<Notebook, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Notebook {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `self`: `Edm.String`, nullable.
    pub self_: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isDefault`: `Edm.Boolean`, nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `isShared`: `Edm.Boolean`, nullable.
    pub is_shared: rt::Field<bool>,
    /// CSDL: property `links`: `microsoft.graph.notebookLinks`, nullable.
    pub links: rt::Field<crate::beta::NotebookLinks>,
    /// CSDL: property `sectionGroupsUrl`: `Edm.String`, nullable.
    pub section_groups_url: rt::Field<::std::string::String>,
    /// CSDL: property `sectionsUrl`: `Edm.String`, nullable.
    pub sections_url: rt::Field<::std::string::String>,
    /// CSDL: property `userRole`: `microsoft.graph.onenoteUserRole`, nullable.
    pub user_role: rt::Field<crate::beta::OnenoteUserRole>,
    /// CSDL: containment navigation property `sectionGroups`: `Collection(microsoft.graph.sectionGroup)`, not nullable.
    pub section_groups: rt::Field<::std::vec::Vec<crate::beta::SectionGroup>>,
    /// CSDL: containment navigation property `sections`: `Collection(microsoft.graph.onenoteSection)`, not nullable.
    pub sections: rt::Field<::std::vec::Vec<crate::beta::OnenoteSection>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for Notebook {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            self_: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            is_default: rt::Field::Absent,
            is_shared: rt::Field::Absent,
            links: rt::Field::Absent,
            section_groups_url: rt::Field::Absent,
            sections_url: rt::Field::Absent,
            user_role: rt::Field::Absent,
            section_groups: rt::Field::Absent,
            sections: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for Notebook {
    const TYPE_NAME: &'static str = "microsoft.graph.notebook";
    const KEYS: &'static [&'static str] = &[
        "id",
        "self",
        "createdDateTime",
        "createdBy",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "isDefault",
        "isShared",
        "links",
        "sectionGroupsUrl",
        "sectionsUrl",
        "userRole",
        "sectionGroups",
        "sections",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"self\":                         ",
        ",\"createdDateTime\":              ",
        ",\"createdBy\":                    ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"isDefault\":                    ",
        ",\"isShared\":                     ",
        ",\"links\":                        ",
        ",\"sectionGroupsUrl\":             ",
        ",\"sectionsUrl\":                  ",
        ",\"userRole\":                     ",
        ",\"sectionGroups\":                ",
        ",\"sections\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.notebook\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "self_", &self.self_);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "is_default", &self.is_default);
        v.field(8usize, "is_shared", &self.is_shared);
        v.field(9usize, "links", &self.links);
        v.field(10usize, "section_groups_url", &self.section_groups_url);
        v.field(11usize, "sections_url", &self.sections_url);
        v.field(12usize, "user_role", &self.user_role);
        v.field(13usize, "section_groups", &self.section_groups);
        v.field(14usize, "sections", &self.sections);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for Notebook {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.self_.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.is_default.read_from(r),
            8usize => self.is_shared.read_from(r),
            9usize => self.links.read_from(r),
            10usize => self.section_groups_url.read_from(r),
            11usize => self.sections_url.read_from(r),
            12usize => self.user_role.read_from(r),
            13usize => self.section_groups.read_from(r),
            14usize => self.sections.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.self_);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.is_default);
        w.field(8usize, &self.is_shared);
        w.field(9usize, &self.links);
        w.field(10usize, &self.section_groups_url);
        w.field(11usize, &self.sections_url);
        w.field(12usize, &self.user_role);
        w.field(13usize, &self.section_groups);
        w.field(14usize, &self.sections);
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(Notebook);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    Notebook { with_id id : ::std::string::String; with_self self_ :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_created_by created_by : crate ::beta::IdentitySet;
    with_display_name display_name : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::beta::IdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_is_default is_default : bool;
    with_is_shared is_shared : bool; with_links links : crate ::beta::NotebookLinks;
    with_section_groups_url section_groups_url : ::std::string::String; with_sections_url
    sections_url : ::std::string::String; with_user_role user_role : crate
    ::beta::OnenoteUserRole; with_section_groups section_groups : ::std::vec::Vec < crate
    ::beta::SectionGroup >; with_sections sections : ::std::vec::Vec < crate
    ::beta::OnenoteSection >; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(Notebook);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.notebookLinks`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct NotebookLinks {
    /// CSDL: property `oneNoteClientUrl`: `microsoft.graph.externalLink`, nullable.
    pub one_note_client_url: rt::Field<crate::beta::ExternalLink>,
    /// CSDL: property `oneNoteWebUrl`: `microsoft.graph.externalLink`, nullable.
    pub one_note_web_url: rt::Field<crate::beta::ExternalLink>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for NotebookLinks {
    #[inline]
    fn default() -> Self {
        Self {
            one_note_client_url: rt::Field::Absent,
            one_note_web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for NotebookLinks {
    const TYPE_NAME: &'static str = "microsoft.graph.notebookLinks";
    const KEYS: &'static [&'static str] = &["oneNoteClientUrl", "oneNoteWebUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"oneNoteClientUrl\":             ",
        ",\"oneNoteWebUrl\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.notebookLinks\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "one_note_client_url", &self.one_note_client_url);
        v.field(1usize, "one_note_web_url", &self.one_note_web_url);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for NotebookLinks {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.one_note_client_url.read_from(r),
            1usize => self.one_note_web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.one_note_client_url);
        w.field(1usize, &self.one_note_web_url);
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(NotebookLinks);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    NotebookLinks { with_one_note_client_url one_note_client_url : crate
    ::beta::ExternalLink; with_one_note_web_url one_note_web_url : crate
    ::beta::ExternalLink; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(NotebookLinks);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.onenotePage`, entity type, derived from `microsoft.graph.onenoteEntitySchemaObjectModel`, key `id`.
///
/// Request builders: [`OnenotePagePath`](requests/trait.OnenotePagePath.html), what a path to one (`EntityPath<OnenotePage, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenotePage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `self`: `Edm.String`, nullable.
    pub self_: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `content`: `Edm.Stream`, nullable.
    pub content: rt::Field<rt::RawJson>,
    /// CSDL: property `contentUrl`: `Edm.String`, nullable.
    pub content_url: rt::Field<::std::string::String>,
    /// CSDL: property `createdByAppId`: `Edm.String`, nullable.
    pub created_by_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `level`: `Edm.Int32`, nullable.
    pub level: rt::Field<i32>,
    /// CSDL: property `links`: `microsoft.graph.pageLinks`, nullable.
    pub links: rt::Field<crate::beta::PageLinks>,
    /// CSDL: property `order`: `Edm.Int32`, nullable.
    pub order: rt::Field<i32>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: property `userTags`: `Collection(Edm.String)`, nullable.
    pub user_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: containment navigation property `parentNotebook`: `microsoft.graph.notebook`, nullable.
    pub parent_notebook: rt::Field<crate::beta::Notebook>,
    /// CSDL: containment navigation property `parentSection`: `microsoft.graph.onenoteSection`, nullable.
    pub parent_section: rt::Field<crate::beta::OnenoteSection>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for OnenotePage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            self_: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            content: rt::Field::Absent,
            content_url: rt::Field::Absent,
            created_by_app_id: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            level: rt::Field::Absent,
            links: rt::Field::Absent,
            order: rt::Field::Absent,
            title: rt::Field::Absent,
            user_tags: rt::Field::Absent,
            parent_notebook: rt::Field::Absent,
            parent_section: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for OnenotePage {
    const TYPE_NAME: &'static str = "microsoft.graph.onenotePage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "self",
        "createdDateTime",
        "content",
        "contentUrl",
        "createdByAppId",
        "lastModifiedDateTime",
        "level",
        "links",
        "order",
        "title",
        "userTags",
        "parentNotebook",
        "parentSection",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"self\":                         ",
        ",\"createdDateTime\":              ",
        ",\"content\":                      ",
        ",\"contentUrl\":                   ",
        ",\"createdByAppId\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"level\":                        ",
        ",\"links\":                        ",
        ",\"order\":                        ",
        ",\"title\":                        ",
        ",\"userTags\":                     ",
        ",\"parentNotebook\":               ",
        ",\"parentSection\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onenotePage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "self_", &self.self_);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "content", &self.content);
        v.field(4usize, "content_url", &self.content_url);
        v.field(5usize, "created_by_app_id", &self.created_by_app_id);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "level", &self.level);
        v.field(8usize, "links", &self.links);
        v.field(9usize, "order", &self.order);
        v.field(10usize, "title", &self.title);
        v.field(11usize, "user_tags", &self.user_tags);
        v.field(12usize, "parent_notebook", &self.parent_notebook);
        v.field(13usize, "parent_section", &self.parent_section);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for OnenotePage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.self_.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.content.read_from(r),
            4usize => self.content_url.read_from(r),
            5usize => self.created_by_app_id.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.level.read_from(r),
            8usize => self.links.read_from(r),
            9usize => self.order.read_from(r),
            10usize => self.title.read_from(r),
            11usize => self.user_tags.read_from(r),
            12usize => self.parent_notebook.read_from(r),
            13usize => self.parent_section.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.self_);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.content);
        w.field(4usize, &self.content_url);
        w.field(5usize, &self.created_by_app_id);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.level);
        w.field(8usize, &self.links);
        w.field(9usize, &self.order);
        w.field(10usize, &self.title);
        w.field(11usize, &self.user_tags);
        w.field(12usize, &self.parent_notebook);
        w.field(13usize, &self.parent_section);
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(OnenotePage);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    OnenotePage { with_id id : ::std::string::String; with_self self_ :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_content content : rt::RawJson; with_content_url
    content_url : ::std::string::String; with_created_by_app_id created_by_app_id :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_level level : i32; with_links links : crate
    ::beta::PageLinks; with_order order : i32; with_title title : ::std::string::String;
    with_user_tags user_tags : ::std::vec::Vec < ::std::string::String >;
    with_parent_notebook parent_notebook : crate ::beta::Notebook; with_parent_section
    parent_section : crate ::beta::OnenoteSection; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenotePage);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.onenoteResource`, entity type, derived from `microsoft.graph.onenoteEntityBaseModel`, key `id`.
///
/// Request builders: [`OnenoteResourcePath`](requests/trait.OnenoteResourcePath.html), what a path to one (`EntityPath<OnenoteResource, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenoteResource {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `self`: `Edm.String`, nullable.
    pub self_: rt::Field<::std::string::String>,
    /// CSDL: property `content`: `Edm.Stream`, nullable.
    pub content: rt::Field<rt::RawJson>,
    /// CSDL: property `contentUrl`: `Edm.String`, nullable.
    pub content_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for OnenoteResource {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            self_: rt::Field::Absent,
            content: rt::Field::Absent,
            content_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for OnenoteResource {
    const TYPE_NAME: &'static str = "microsoft.graph.onenoteResource";
    const KEYS: &'static [&'static str] = &["id", "self", "content", "contentUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"self\":                         ",
        ",\"content\":                      ",
        ",\"contentUrl\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onenoteResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "self_", &self.self_);
        v.field(2usize, "content", &self.content);
        v.field(3usize, "content_url", &self.content_url);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for OnenoteResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.self_.read_from(r),
            2usize => self.content.read_from(r),
            3usize => self.content_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.self_);
        w.field(2usize, &self.content);
        w.field(3usize, &self.content_url);
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(OnenoteResource);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    OnenoteResource { with_id id : ::std::string::String; with_self self_ :
    ::std::string::String; with_content content : rt::RawJson; with_content_url
    content_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteResource);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.onenoteSection`, entity type, derived from `microsoft.graph.onenoteEntityHierarchyModel`, key `id`.
///
/// Request builders: [`OnenoteSectionPath`](requests/trait.OnenoteSectionPath.html), what a path to one (`EntityPath<OnenoteSection, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenoteSection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `self`: `Edm.String`, nullable.
    pub self_: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isDefault`: `Edm.Boolean`, nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `links`: `microsoft.graph.sectionLinks`, nullable.
    pub links: rt::Field<crate::beta::SectionLinks>,
    /// CSDL: property `pagesUrl`: `Edm.String`, nullable.
    pub pages_url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `pages`: `Collection(microsoft.graph.onenotePage)`, not nullable.
    pub pages: rt::Field<::std::vec::Vec<crate::beta::OnenotePage>>,
    /// CSDL: containment navigation property `parentNotebook`: `microsoft.graph.notebook`, nullable.
    pub parent_notebook: rt::Field<crate::beta::Notebook>,
    /// CSDL: containment navigation property `parentSectionGroup`: `microsoft.graph.sectionGroup`, nullable.
    pub parent_section_group: rt::Field<crate::beta::SectionGroup>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for OnenoteSection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            self_: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            is_default: rt::Field::Absent,
            links: rt::Field::Absent,
            pages_url: rt::Field::Absent,
            pages: rt::Field::Absent,
            parent_notebook: rt::Field::Absent,
            parent_section_group: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for OnenoteSection {
    const TYPE_NAME: &'static str = "microsoft.graph.onenoteSection";
    const KEYS: &'static [&'static str] = &[
        "id",
        "self",
        "createdDateTime",
        "createdBy",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "isDefault",
        "links",
        "pagesUrl",
        "pages",
        "parentNotebook",
        "parentSectionGroup",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"self\":                         ",
        ",\"createdDateTime\":              ",
        ",\"createdBy\":                    ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"isDefault\":                    ",
        ",\"links\":                        ",
        ",\"pagesUrl\":                     ",
        ",\"pages\":                        ",
        ",\"parentNotebook\":               ",
        ",\"parentSectionGroup\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onenoteSection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "self_", &self.self_);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "is_default", &self.is_default);
        v.field(8usize, "links", &self.links);
        v.field(9usize, "pages_url", &self.pages_url);
        v.field(10usize, "pages", &self.pages);
        v.field(11usize, "parent_notebook", &self.parent_notebook);
        v.field(12usize, "parent_section_group", &self.parent_section_group);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for OnenoteSection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.self_.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.is_default.read_from(r),
            8usize => self.links.read_from(r),
            9usize => self.pages_url.read_from(r),
            10usize => self.pages.read_from(r),
            11usize => self.parent_notebook.read_from(r),
            12usize => self.parent_section_group.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.self_);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.is_default);
        w.field(8usize, &self.links);
        w.field(9usize, &self.pages_url);
        w.field(10usize, &self.pages);
        w.field(11usize, &self.parent_notebook);
        w.field(12usize, &self.parent_section_group);
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(OnenoteSection);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    OnenoteSection { with_id id : ::std::string::String; with_self self_ :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_created_by created_by : crate ::beta::IdentitySet;
    with_display_name display_name : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::beta::IdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_is_default is_default : bool;
    with_links links : crate ::beta::SectionLinks; with_pages_url pages_url :
    ::std::string::String; with_pages pages : ::std::vec::Vec < crate ::beta::OnenotePage
    >; with_parent_notebook parent_notebook : crate ::beta::Notebook;
    with_parent_section_group parent_section_group : crate ::beta::SectionGroup; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteSection);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.onenoteUserRole`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OnenoteUserRole {
    /// `None` (value -1).
    None,
    /// `Owner` (value 0).
    Owner,
    /// `Contributor` (value 1).
    Contributor,
    /// `Reader` (value 2).
    Reader,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::StrEnum for OnenoteUserRole {
    const TYPE_NAME: &'static str = "microsoft.graph.onenoteUserRole";
    const MEMBERS: &'static [&'static str] = &["None", "Owner", "Contributor", "Reader"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "None" => Self::None,
                "Owner" => Self::Owner,
                "Contributor" => Self::Contributor,
                "Reader" => Self::Reader,
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
            Self::None => "None",
            Self::Owner => "Owner",
            Self::Contributor => "Contributor",
            Self::Reader => "Reader",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_enum!(OnenoteUserRole);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteUserRole);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.onlineMeetingForwarders`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OnlineMeetingForwarders {
    /// `everyone` (value 0).
    Everyone,
    /// `organizer` (value 1).
    Organizer,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::StrEnum for OnlineMeetingForwarders {
    const TYPE_NAME: &'static str = "microsoft.graph.onlineMeetingForwarders";
    const MEMBERS: &'static [&'static str] = &[
        "everyone",
        "organizer",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "everyone" => Self::Everyone,
                "organizer" => Self::Organizer,
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
            Self::Everyone => "everyone",
            Self::Organizer => "organizer",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_enum!(OnlineMeetingForwarders);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingForwarders);
#[cfg(
    msgraph_beta_core_or_app_or_communications_or_data_classification_or_information_protection
)]
/// CSDL: `microsoft.graph.onlineMeetingPresenters`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OnlineMeetingPresenters {
    /// `everyone` (value 0).
    Everyone,
    /// `organization` (value 1).
    Organization,
    /// `roleIsPresenter` (value 2).
    RoleIsPresenter,
    /// `organizer` (value 3).
    Organizer,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(
    msgraph_beta_core_or_app_or_communications_or_data_classification_or_information_protection
)]
impl rt::StrEnum for OnlineMeetingPresenters {
    const TYPE_NAME: &'static str = "microsoft.graph.onlineMeetingPresenters";
    const MEMBERS: &'static [&'static str] = &[
        "everyone",
        "organization",
        "roleIsPresenter",
        "organizer",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "everyone" => Self::Everyone,
                "organization" => Self::Organization,
                "roleIsPresenter" => Self::RoleIsPresenter,
                "organizer" => Self::Organizer,
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
            Self::Everyone => "everyone",
            Self::Organization => "organization",
            Self::RoleIsPresenter => "roleIsPresenter",
            Self::Organizer => "organizer",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(
    msgraph_beta_core_or_app_or_communications_or_data_classification_or_information_protection
)]
rt::impl_enum!(OnlineMeetingPresenters);
#[cfg(
    msgraph_beta_core_or_app_or_communications_or_data_classification_or_information_protection
)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingPresenters);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.openTypeExtension`, entity type, derived from `microsoft.graph.extension`, open, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OpenTypeExtension {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `extensionName`: `Edm.String`, not nullable.
    pub extension_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OpenTypeExtension {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extension_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OpenTypeExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.openTypeExtension";
    const KEYS: &'static [&'static str] = &["id", "extensionName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"extensionName\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.openTypeExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "extension_name", &self.extension_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OpenTypeExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.extension_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.extension_name);
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
rt::impl_object!(OpenTypeExtension);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OpenTypeExtension { with_id id : ::std::string::String; with_extension_name
    extension_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OpenTypeExtension);
#[cfg(msgraph_beta_core_or_app_or_communications_or_security_and_2_more)]
/// CSDL: `microsoft.graph.operationStatus`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OperationStatus {
    /// `NotStarted` (value 0).
    NotStarted,
    /// `Running` (value 1).
    Running,
    /// `Completed` (value 2).
    Completed,
    /// `Failed` (value 3).
    Failed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_app_or_communications_or_security_and_2_more)]
impl rt::StrEnum for OperationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.operationStatus";
    const MEMBERS: &'static [&'static str] = &[
        "NotStarted",
        "Running",
        "Completed",
        "Failed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "NotStarted" => Self::NotStarted,
                "Running" => Self::Running,
                "Completed" => Self::Completed,
                "Failed" => Self::Failed,
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
            Self::NotStarted => "NotStarted",
            Self::Running => "Running",
            Self::Completed => "Completed",
            Self::Failed => "Failed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications_or_security_and_2_more)]
rt::impl_enum!(OperationStatus);
#[cfg(msgraph_beta_core_or_app_or_communications_or_security_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(OperationStatus);
#[cfg(msgraph_beta_core_or_branding)]
/// CSDL: `microsoft.graph.organizationalBranding`, entity type, derived from `microsoft.graph.organizationalBrandingProperties`, key `id`.
///
/// Request builders: [`OrganizationalBrandingPath`](requests/trait.OrganizationalBrandingPath.html), what a path to one (`EntityPath<OrganizationalBranding, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-branding`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OrganizationalBranding {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `backgroundColor`: `Edm.String`, nullable.
    pub background_color: rt::Field<::std::string::String>,
    /// CSDL: property `backgroundImage`: `Edm.Stream`, nullable.
    pub background_image: rt::Field<rt::RawJson>,
    /// CSDL: property `bannerLogo`: `Edm.Stream`, nullable.
    pub banner_logo: rt::Field<rt::RawJson>,
    /// CSDL: property `signInPageText`: `Edm.String`, nullable.
    pub sign_in_page_text: rt::Field<::std::string::String>,
    /// CSDL: property `squareLogo`: `Edm.Stream`, nullable.
    pub square_logo: rt::Field<rt::RawJson>,
    /// CSDL: property `usernameHintText`: `Edm.String`, nullable.
    pub username_hint_text: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `localizations`: `Collection(microsoft.graph.organizationalBrandingLocalization)`, not nullable.
    pub localizations: rt::Field<
        ::std::vec::Vec<crate::beta::OrganizationalBrandingLocalization>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_branding)]
impl ::std::default::Default for OrganizationalBranding {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            background_color: rt::Field::Absent,
            background_image: rt::Field::Absent,
            banner_logo: rt::Field::Absent,
            sign_in_page_text: rt::Field::Absent,
            square_logo: rt::Field::Absent,
            username_hint_text: rt::Field::Absent,
            localizations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_branding)]
impl rt::Object for OrganizationalBranding {
    const TYPE_NAME: &'static str = "microsoft.graph.organizationalBranding";
    const KEYS: &'static [&'static str] = &[
        "id",
        "backgroundColor",
        "backgroundImage",
        "bannerLogo",
        "signInPageText",
        "squareLogo",
        "usernameHintText",
        "localizations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"backgroundColor\":              ",
        ",\"backgroundImage\":              ",
        ",\"bannerLogo\":                   ",
        ",\"signInPageText\":               ",
        ",\"squareLogo\":                   ",
        ",\"usernameHintText\":             ",
        ",\"localizations\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.organizationalBranding\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "background_color", &self.background_color);
        v.field(2usize, "background_image", &self.background_image);
        v.field(3usize, "banner_logo", &self.banner_logo);
        v.field(4usize, "sign_in_page_text", &self.sign_in_page_text);
        v.field(5usize, "square_logo", &self.square_logo);
        v.field(6usize, "username_hint_text", &self.username_hint_text);
        v.field(7usize, "localizations", &self.localizations);
    }
}
#[cfg(msgraph_beta_core_or_branding)]
impl rt::object::Members for OrganizationalBranding {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.background_color.read_from(r),
            2usize => self.background_image.read_from(r),
            3usize => self.banner_logo.read_from(r),
            4usize => self.sign_in_page_text.read_from(r),
            5usize => self.square_logo.read_from(r),
            6usize => self.username_hint_text.read_from(r),
            7usize => self.localizations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.background_color);
        w.field(2usize, &self.background_image);
        w.field(3usize, &self.banner_logo);
        w.field(4usize, &self.sign_in_page_text);
        w.field(5usize, &self.square_logo);
        w.field(6usize, &self.username_hint_text);
        w.field(7usize, &self.localizations);
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
#[cfg(msgraph_beta_core_or_branding)]
rt::impl_object!(OrganizationalBranding);
#[cfg(msgraph_beta_core_or_branding)]
rt::impl_setters!(
    OrganizationalBranding { with_id id : ::std::string::String; with_background_color
    background_color : ::std::string::String; with_background_image background_image :
    rt::RawJson; with_banner_logo banner_logo : rt::RawJson; with_sign_in_page_text
    sign_in_page_text : ::std::string::String; with_square_logo square_logo :
    rt::RawJson; with_username_hint_text username_hint_text : ::std::string::String;
    with_localizations localizations : ::std::vec::Vec < crate
    ::beta::OrganizationalBrandingLocalization >; }
);
#[cfg(msgraph_beta_core_or_branding)]
#[cfg(feature = "serde")]
rt::impl_serde!(OrganizationalBranding);
#[cfg(msgraph_beta_core_or_branding)]
/// CSDL: `microsoft.graph.organizationalBrandingLocalization`, entity type, derived from `microsoft.graph.organizationalBrandingProperties`, key `id`.
///
/// Request builders: [`OrganizationalBrandingPropertiesPath`](requests/trait.OrganizationalBrandingPropertiesPath.html), what a path to one (`EntityPath<OrganizationalBrandingLocalization, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-branding`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OrganizationalBrandingLocalization {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `backgroundColor`: `Edm.String`, nullable.
    pub background_color: rt::Field<::std::string::String>,
    /// CSDL: property `backgroundImage`: `Edm.Stream`, nullable.
    pub background_image: rt::Field<rt::RawJson>,
    /// CSDL: property `bannerLogo`: `Edm.Stream`, nullable.
    pub banner_logo: rt::Field<rt::RawJson>,
    /// CSDL: property `signInPageText`: `Edm.String`, nullable.
    pub sign_in_page_text: rt::Field<::std::string::String>,
    /// CSDL: property `squareLogo`: `Edm.Stream`, nullable.
    pub square_logo: rt::Field<rt::RawJson>,
    /// CSDL: property `usernameHintText`: `Edm.String`, nullable.
    pub username_hint_text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_branding)]
impl ::std::default::Default for OrganizationalBrandingLocalization {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            background_color: rt::Field::Absent,
            background_image: rt::Field::Absent,
            banner_logo: rt::Field::Absent,
            sign_in_page_text: rt::Field::Absent,
            square_logo: rt::Field::Absent,
            username_hint_text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_branding)]
impl rt::Object for OrganizationalBrandingLocalization {
    const TYPE_NAME: &'static str = "microsoft.graph.organizationalBrandingLocalization";
    const KEYS: &'static [&'static str] = &[
        "id",
        "backgroundColor",
        "backgroundImage",
        "bannerLogo",
        "signInPageText",
        "squareLogo",
        "usernameHintText",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"backgroundColor\":              ",
        ",\"backgroundImage\":              ",
        ",\"bannerLogo\":                   ",
        ",\"signInPageText\":               ",
        ",\"squareLogo\":                   ",
        ",\"usernameHintText\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.organizationalBrandingLocalization\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "background_color", &self.background_color);
        v.field(2usize, "background_image", &self.background_image);
        v.field(3usize, "banner_logo", &self.banner_logo);
        v.field(4usize, "sign_in_page_text", &self.sign_in_page_text);
        v.field(5usize, "square_logo", &self.square_logo);
        v.field(6usize, "username_hint_text", &self.username_hint_text);
    }
}
#[cfg(msgraph_beta_core_or_branding)]
impl rt::object::Members for OrganizationalBrandingLocalization {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.background_color.read_from(r),
            2usize => self.background_image.read_from(r),
            3usize => self.banner_logo.read_from(r),
            4usize => self.sign_in_page_text.read_from(r),
            5usize => self.square_logo.read_from(r),
            6usize => self.username_hint_text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.background_color);
        w.field(2usize, &self.background_image);
        w.field(3usize, &self.banner_logo);
        w.field(4usize, &self.sign_in_page_text);
        w.field(5usize, &self.square_logo);
        w.field(6usize, &self.username_hint_text);
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
#[cfg(msgraph_beta_core_or_branding)]
rt::impl_object!(OrganizationalBrandingLocalization);
#[cfg(msgraph_beta_core_or_branding)]
rt::impl_setters!(
    OrganizationalBrandingLocalization { with_id id : ::std::string::String;
    with_background_color background_color : ::std::string::String; with_background_image
    background_image : rt::RawJson; with_banner_logo banner_logo : rt::RawJson;
    with_sign_in_page_text sign_in_page_text : ::std::string::String; with_square_logo
    square_logo : rt::RawJson; with_username_hint_text username_hint_text :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_branding)]
#[cfg(feature = "serde")]
rt::impl_serde!(OrganizationalBrandingLocalization);
#[cfg(msgraph_beta_core_or_booking_businesses_or_places)]
/// CSDL: `microsoft.graph.outlookGeoCoordinates`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-booking-businesses`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OutlookGeoCoordinates {
    /// CSDL: property `accuracy`: `Edm.Double`, nullable.
    pub accuracy: rt::Field<f64>,
    /// CSDL: property `altitude`: `Edm.Double`, nullable.
    pub altitude: rt::Field<f64>,
    /// CSDL: property `altitudeAccuracy`: `Edm.Double`, nullable.
    pub altitude_accuracy: rt::Field<f64>,
    /// CSDL: property `latitude`: `Edm.Double`, nullable.
    pub latitude: rt::Field<f64>,
    /// CSDL: property `longitude`: `Edm.Double`, nullable.
    pub longitude: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_booking_businesses_or_places)]
impl ::std::default::Default for OutlookGeoCoordinates {
    #[inline]
    fn default() -> Self {
        Self {
            accuracy: rt::Field::Absent,
            altitude: rt::Field::Absent,
            altitude_accuracy: rt::Field::Absent,
            latitude: rt::Field::Absent,
            longitude: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_booking_businesses_or_places)]
impl rt::Object for OutlookGeoCoordinates {
    const TYPE_NAME: &'static str = "microsoft.graph.outlookGeoCoordinates";
    const KEYS: &'static [&'static str] = &[
        "accuracy",
        "altitude",
        "altitudeAccuracy",
        "latitude",
        "longitude",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accuracy\":                     ",
        ",\"altitude\":                     ",
        ",\"altitudeAccuracy\":             ",
        ",\"latitude\":                     ",
        ",\"longitude\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.outlookGeoCoordinates\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "accuracy", &self.accuracy);
        v.field(1usize, "altitude", &self.altitude);
        v.field(2usize, "altitude_accuracy", &self.altitude_accuracy);
        v.field(3usize, "latitude", &self.latitude);
        v.field(4usize, "longitude", &self.longitude);
    }
}
#[cfg(msgraph_beta_core_or_booking_businesses_or_places)]
impl rt::object::Members for OutlookGeoCoordinates {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.accuracy.read_from(r),
            1usize => self.altitude.read_from(r),
            2usize => self.altitude_accuracy.read_from(r),
            3usize => self.latitude.read_from(r),
            4usize => self.longitude.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.accuracy);
        w.field(1usize, &self.altitude);
        w.field(2usize, &self.altitude_accuracy);
        w.field(3usize, &self.latitude);
        w.field(4usize, &self.longitude);
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
#[cfg(msgraph_beta_core_or_booking_businesses_or_places)]
rt::impl_object!(OutlookGeoCoordinates);
#[cfg(msgraph_beta_core_or_booking_businesses_or_places)]
rt::impl_setters!(
    OutlookGeoCoordinates { with_accuracy accuracy : f64; with_altitude altitude : f64;
    with_altitude_accuracy altitude_accuracy : f64; with_latitude latitude : f64;
    with_longitude longitude : f64; }
);
#[cfg(msgraph_beta_core_or_booking_businesses_or_places)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutlookGeoCoordinates);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.ownerType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OwnerType {
    /// `unknown` (value 0).
    Unknown,
    /// `company` (value 1).
    Company,
    /// `personal` (value 2).
    Personal,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for OwnerType {
    const TYPE_NAME: &'static str = "microsoft.graph.ownerType";
    const MEMBERS: &'static [&'static str] = &["unknown", "company", "personal"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "company" => Self::Company,
                "personal" => Self::Personal,
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
            Self::Company => "company",
            Self::Personal => "personal",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(OwnerType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OwnerType);
