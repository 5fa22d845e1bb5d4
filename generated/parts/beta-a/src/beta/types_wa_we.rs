//! Types of `microsoft.graph` by the first letters of their names (`wa_we`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.watermarkLayout`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WatermarkLayout {
    /// `horizontal` (value 0).
    Horizontal,
    /// `diagonal` (value 1).
    Diagonal,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::StrEnum for WatermarkLayout {
    const TYPE_NAME: &'static str = "microsoft.graph.watermarkLayout";
    const MEMBERS: &'static [&'static str] = &["horizontal", "diagonal"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "horizontal" => Self::Horizontal,
                "diagonal" => Self::Diagonal,
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
            Self::Horizontal => "horizontal",
            Self::Diagonal => "diagonal",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_enum!(WatermarkLayout);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(WatermarkLayout);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for web apps.
///
/// CSDL: `microsoft.graph.webApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`MobileAppPath`](requests/trait.MobileAppPath.html), what a path to one (`EntityPath<WebApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct WebApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The total number of dependencies the child app has.
    ///
    /// CSDL: property `dependentAppCount`: `Edm.Int32`, not nullable.
    pub dependent_app_count: rt::Field<i32>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is assigned to at least one group.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::beta::MimeContent>,
    /// The date and time the app was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::beta::MobileAppPublishingState>,
    /// List of scope tag ids for this mobile app.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The total number of apps this app is directly or indirectly superseded by.
    ///
    /// CSDL: property `supersededAppCount`: `Edm.Int32`, not nullable.
    pub superseded_app_count: rt::Field<i32>,
    /// The total number of apps this app directly or indirectly supersedes.
    ///
    /// CSDL: property `supersedingAppCount`: `Edm.Int32`, not nullable.
    pub superseding_app_count: rt::Field<i32>,
    /// The upload state. Possible values are: 0 - `Not Ready`, 1 - `Ready`, 2 - `Processing`.
    ///
    /// CSDL: property `uploadState`: `Edm.Int32`, not nullable.
    pub upload_state: rt::Field<i32>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.mobileAppInstallStatus)`, not nullable.
    pub device_statuses: rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>>,
    /// Mobile App Install Summary.
    ///
    /// CSDL: containment navigation property `installSummary`: `microsoft.graph.mobileAppInstallSummary`, nullable.
    pub install_summary: rt::Field<crate::beta::MobileAppInstallSummary>,
    /// The set of direct relationships for this app.
    ///
    /// CSDL: containment navigation property `relationships`: `Collection(microsoft.graph.mobileAppRelationship)`, not nullable.
    pub relationships: rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.userAppInstallStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>>,
    /// The web app URL. This property cannot be PATCHed.
    ///
    /// CSDL: property `appUrl`: `Edm.String`, nullable.
    pub app_url: rt::Field<::std::string::String>,
    /// Whether or not to use managed browser. This property is only applicable for Android and IOS.
    ///
    /// CSDL: property `useManagedBrowser`: `Edm.Boolean`, not nullable.
    pub use_managed_browser: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for WebApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            dependent_app_count: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            superseded_app_count: rt::Field::Absent,
            superseding_app_count: rt::Field::Absent,
            upload_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            install_summary: rt::Field::Absent,
            relationships: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            app_url: rt::Field::Absent,
            use_managed_browser: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for WebApp {
    const TYPE_NAME: &'static str = "microsoft.graph.webApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "dependentAppCount",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isAssigned",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "roleScopeTagIds",
        "supersededAppCount",
        "supersedingAppCount",
        "uploadState",
        "assignments",
        "categories",
        "deviceStatuses",
        "installSummary",
        "relationships",
        "userStatuses",
        "appUrl",
        "useManagedBrowser",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"dependentAppCount\":            ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isAssigned\":                   ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"roleScopeTagIds\":              ",
        ",\"supersededAppCount\":           ",
        ",\"supersedingAppCount\":          ",
        ",\"uploadState\":                  ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"deviceStatuses\":               ",
        ",\"installSummary\":               ",
        ",\"relationships\":                ",
        ",\"userStatuses\":                 ",
        ",\"appUrl\":                       ",
        ",\"useManagedBrowser\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.webApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "dependent_app_count", &self.dependent_app_count);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "developer", &self.developer);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "information_url", &self.information_url);
        v.field(7usize, "is_assigned", &self.is_assigned);
        v.field(8usize, "is_featured", &self.is_featured);
        v.field(9usize, "large_icon", &self.large_icon);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(11usize, "notes", &self.notes);
        v.field(12usize, "owner", &self.owner);
        v.field(13usize, "privacy_information_url", &self.privacy_information_url);
        v.field(14usize, "publisher", &self.publisher);
        v.field(15usize, "publishing_state", &self.publishing_state);
        v.field(16usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(17usize, "superseded_app_count", &self.superseded_app_count);
        v.field(18usize, "superseding_app_count", &self.superseding_app_count);
        v.field(19usize, "upload_state", &self.upload_state);
        v.field(20usize, "assignments", &self.assignments);
        v.field(21usize, "categories", &self.categories);
        v.field(22usize, "device_statuses", &self.device_statuses);
        v.field(23usize, "install_summary", &self.install_summary);
        v.field(24usize, "relationships", &self.relationships);
        v.field(25usize, "user_statuses", &self.user_statuses);
        v.field(26usize, "app_url", &self.app_url);
        v.field(27usize, "use_managed_browser", &self.use_managed_browser);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for WebApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.dependent_app_count.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.developer.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.information_url.read_from(r),
            7usize => self.is_assigned.read_from(r),
            8usize => self.is_featured.read_from(r),
            9usize => self.large_icon.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.notes.read_from(r),
            12usize => self.owner.read_from(r),
            13usize => self.privacy_information_url.read_from(r),
            14usize => self.publisher.read_from(r),
            15usize => self.publishing_state.read_from(r),
            16usize => self.role_scope_tag_ids.read_from(r),
            17usize => self.superseded_app_count.read_from(r),
            18usize => self.superseding_app_count.read_from(r),
            19usize => self.upload_state.read_from(r),
            20usize => self.assignments.read_from(r),
            21usize => self.categories.read_from(r),
            22usize => self.device_statuses.read_from(r),
            23usize => self.install_summary.read_from(r),
            24usize => self.relationships.read_from(r),
            25usize => self.user_statuses.read_from(r),
            26usize => self.app_url.read_from(r),
            27usize => self.use_managed_browser.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.dependent_app_count);
        w.field(3usize, &self.description);
        w.field(4usize, &self.developer);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.information_url);
        w.field(7usize, &self.is_assigned);
        w.field(8usize, &self.is_featured);
        w.field(9usize, &self.large_icon);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.notes);
        w.field(12usize, &self.owner);
        w.field(13usize, &self.privacy_information_url);
        w.field(14usize, &self.publisher);
        w.field(15usize, &self.publishing_state);
        w.field(16usize, &self.role_scope_tag_ids);
        w.field(17usize, &self.superseded_app_count);
        w.field(18usize, &self.superseding_app_count);
        w.field(19usize, &self.upload_state);
        w.field(20usize, &self.assignments);
        w.field(21usize, &self.categories);
        w.field(22usize, &self.device_statuses);
        w.field(23usize, &self.install_summary);
        w.field(24usize, &self.relationships);
        w.field(25usize, &self.user_statuses);
        w.field(26usize, &self.app_url);
        w.field(27usize, &self.use_managed_browser);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(WebApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    WebApp { with_id id : ::std::string::String; with_created_date_time created_date_time
    : rt::edm::DateTimeOffset; with_dependent_app_count dependent_app_count : i32;
    with_description description : ::std::string::String; with_developer developer :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_information_url information_url : ::std::string::String; with_is_assigned
    is_assigned : bool; with_is_featured is_featured : bool; with_large_icon large_icon :
    crate ::beta::MimeContent; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_notes notes : ::std::string::String; with_owner owner :
    ::std::string::String; with_privacy_information_url privacy_information_url :
    ::std::string::String; with_publisher publisher : ::std::string::String;
    with_publishing_state publishing_state : crate ::beta::MobileAppPublishingState;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; with_superseded_app_count superseded_app_count : i32; with_superseding_app_count
    superseding_app_count : i32; with_upload_state upload_state : i32; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::MobileAppAssignment >; with_categories
    categories : ::std::vec::Vec < crate ::beta::MobileAppCategory >;
    with_device_statuses device_statuses : ::std::vec::Vec < crate
    ::beta::MobileAppInstallStatus >; with_install_summary install_summary : crate
    ::beta::MobileAppInstallSummary; with_relationships relationships : ::std::vec::Vec <
    crate ::beta::AnyMobileAppRelationship >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; with_app_url app_url :
    ::std::string::String; with_use_managed_browser use_managed_browser : bool; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebApp);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.webApplication`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WebApplication {
    /// CSDL: property `homePageUrl`: `Edm.String`, nullable.
    pub home_page_url: rt::Field<::std::string::String>,
    /// CSDL: property `implicitGrantSettings`: `microsoft.graph.implicitGrantSettings`, nullable.
    pub implicit_grant_settings: rt::Field<crate::beta::ImplicitGrantSettings>,
    /// CSDL: property `logoutUrl`: `Edm.String`, nullable.
    pub logout_url: rt::Field<::std::string::String>,
    /// CSDL: property `oauth2AllowImplicitFlow`: `Edm.Boolean`, nullable.
    pub oauth2_allow_implicit_flow: rt::Field<bool>,
    /// CSDL: property `redirectUris`: `Collection(Edm.String)`, not nullable.
    pub redirect_uris: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for WebApplication {
    #[inline]
    fn default() -> Self {
        Self {
            home_page_url: rt::Field::Absent,
            implicit_grant_settings: rt::Field::Absent,
            logout_url: rt::Field::Absent,
            oauth2_allow_implicit_flow: rt::Field::Absent,
            redirect_uris: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for WebApplication {
    const TYPE_NAME: &'static str = "microsoft.graph.webApplication";
    const KEYS: &'static [&'static str] = &[
        "homePageUrl",
        "implicitGrantSettings",
        "logoutUrl",
        "oauth2AllowImplicitFlow",
        "redirectUris",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"homePageUrl\":                  ",
        ",\"implicitGrantSettings\":        ",
        ",\"logoutUrl\":                    ",
        ",\"oauth2AllowImplicitFlow\":      ",
        ",\"redirectUris\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.webApplication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "home_page_url", &self.home_page_url);
        v.field(1usize, "implicit_grant_settings", &self.implicit_grant_settings);
        v.field(2usize, "logout_url", &self.logout_url);
        v.field(3usize, "oauth2_allow_implicit_flow", &self.oauth2_allow_implicit_flow);
        v.field(4usize, "redirect_uris", &self.redirect_uris);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for WebApplication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.home_page_url.read_from(r),
            1usize => self.implicit_grant_settings.read_from(r),
            2usize => self.logout_url.read_from(r),
            3usize => self.oauth2_allow_implicit_flow.read_from(r),
            4usize => self.redirect_uris.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.home_page_url);
        w.field(1usize, &self.implicit_grant_settings);
        w.field(2usize, &self.logout_url);
        w.field(3usize, &self.oauth2_allow_implicit_flow);
        w.field(4usize, &self.redirect_uris);
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
rt::impl_object!(WebApplication);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    WebApplication { with_home_page_url home_page_url : ::std::string::String;
    with_implicit_grant_settings implicit_grant_settings : crate
    ::beta::ImplicitGrantSettings; with_logout_url logout_url : ::std::string::String;
    with_oauth2_allow_implicit_flow oauth2_allow_implicit_flow : bool; with_redirect_uris
    redirect_uris : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebApplication);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.weeklySchedule`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WeeklySchedule {
    /// `userDefined` (value 0).
    UserDefined,
    /// `everyday` (value 1).
    Everyday,
    /// `sunday` (value 2).
    Sunday,
    /// `monday` (value 3).
    Monday,
    /// `tuesday` (value 4).
    Tuesday,
    /// `wednesday` (value 5).
    Wednesday,
    /// `thursday` (value 6).
    Thursday,
    /// `friday` (value 7).
    Friday,
    /// `saturday` (value 8).
    Saturday,
    /// `noScheduledScan` (value 9).
    NoScheduledScan,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WeeklySchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.weeklySchedule";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "everyday",
        "sunday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "noScheduledScan",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "everyday" => Self::Everyday,
                "sunday" => Self::Sunday,
                "monday" => Self::Monday,
                "tuesday" => Self::Tuesday,
                "wednesday" => Self::Wednesday,
                "thursday" => Self::Thursday,
                "friday" => Self::Friday,
                "saturday" => Self::Saturday,
                "noScheduledScan" => Self::NoScheduledScan,
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
            Self::UserDefined => "userDefined",
            Self::Everyday => "everyday",
            Self::Sunday => "sunday",
            Self::Monday => "monday",
            Self::Tuesday => "tuesday",
            Self::Wednesday => "wednesday",
            Self::Thursday => "thursday",
            Self::Friday => "friday",
            Self::Saturday => "saturday",
            Self::NoScheduledScan => "noScheduledScan",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WeeklySchedule);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WeeklySchedule);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.welcomeScreenMeetingInformation`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WelcomeScreenMeetingInformation {
    /// `userDefined` (value 0).
    UserDefined,
    /// `showOrganizerAndTimeOnly` (value 1).
    ShowOrganizerAndTimeOnly,
    /// `showOrganizerAndTimeAndSubject` (value 2).
    ShowOrganizerAndTimeAndSubject,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for WelcomeScreenMeetingInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.welcomeScreenMeetingInformation";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "showOrganizerAndTimeOnly",
        "showOrganizerAndTimeAndSubject",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "showOrganizerAndTimeOnly" => Self::ShowOrganizerAndTimeOnly,
                "showOrganizerAndTimeAndSubject" => Self::ShowOrganizerAndTimeAndSubject,
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
            Self::UserDefined => "userDefined",
            Self::ShowOrganizerAndTimeOnly => "showOrganizerAndTimeOnly",
            Self::ShowOrganizerAndTimeAndSubject => "showOrganizerAndTimeAndSubject",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(WelcomeScreenMeetingInformation);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WelcomeScreenMeetingInformation);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.wellknownListName`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WellknownListName {
    /// `none` (value 0).
    None,
    /// `defaultList` (value 1).
    DefaultList,
    /// `flaggedEmails` (value 2).
    FlaggedEmails,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for WellknownListName {
    const TYPE_NAME: &'static str = "microsoft.graph.wellknownListName";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "defaultList",
        "flaggedEmails",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "defaultList" => Self::DefaultList,
                "flaggedEmails" => Self::FlaggedEmails,
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
            Self::DefaultList => "defaultList",
            Self::FlaggedEmails => "flaggedEmails",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(WellknownListName);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(WellknownListName);
