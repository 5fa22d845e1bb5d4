//! Types of `microsoft.graph` by the first letters of their names (`mo`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_app_management_or_search)]
/// An abstract class containing the base properties for Intune mobile apps.
///
/// CSDL: `microsoft.graph.mobileApp`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`MobileAppPath`](requests/trait.MobileAppPath.html), what a path to one (`EntityPath<AnyMobileApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileApp {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MobileApp {
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
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MobileApp {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileApp";
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
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileApp\"";
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
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MobileApp {
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
rt::impl_object!(MobileApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MobileApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_dependent_app_count
    dependent_app_count : i32; with_description description : ::std::string::String;
    with_developer developer : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_information_url information_url : ::std::string::String;
    with_is_assigned is_assigned : bool; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::beta::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::beta::MobileAppPublishingState; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >;
    with_superseded_app_count superseded_app_count : i32; with_superseding_app_count
    superseding_app_count : i32; with_upload_state upload_state : i32; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::MobileAppAssignment >; with_categories
    categories : ::std::vec::Vec < crate ::beta::MobileAppCategory >;
    with_device_statuses device_statuses : ::std::vec::Vec < crate
    ::beta::MobileAppInstallStatus >; with_install_summary install_summary : crate
    ::beta::MobileAppInstallSummary; with_relationships relationships : ::std::vec::Vec <
    crate ::beta::AnyMobileAppRelationship >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// `microsoft.graph.mobileApp` or any type derived from it, selected by `@odata.type` (34 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMobileApp {
    MobileApp(::std::boxed::Box<crate::beta::MobileApp>),
    AndroidForWorkApp(::std::boxed::Box<crate::beta::AndroidForWorkApp>),
    AndroidLobApp(::std::boxed::Box<crate::beta::AndroidLobApp>),
    AndroidManagedStoreApp(::std::boxed::Box<crate::beta::AndroidManagedStoreApp>),
    AndroidManagedStoreWebApp(::std::boxed::Box<crate::beta::AndroidManagedStoreWebApp>),
    AndroidStoreApp(::std::boxed::Box<crate::beta::AndroidStoreApp>),
    IosLobApp(::std::boxed::Box<crate::beta::IosLobApp>),
    IosStoreApp(::std::boxed::Box<crate::beta::IosStoreApp>),
    IosVppApp(::std::boxed::Box<crate::beta::IosVppApp>),
    MacOsLobApp(::std::boxed::Box<crate::beta::MacOsLobApp>),
    MacOsMdatpApp(::std::boxed::Box<crate::beta::MacOsMdatpApp>),
    MacOsMicrosoftEdgeApp(::std::boxed::Box<crate::beta::MacOsMicrosoftEdgeApp>),
    MacOsOfficeSuiteApp(::std::boxed::Box<crate::beta::MacOsOfficeSuiteApp>),
    MacOsVppApp(::std::boxed::Box<crate::beta::MacOsVppApp>),
    ManagedAndroidLobApp(::std::boxed::Box<crate::beta::ManagedAndroidLobApp>),
    ManagedAndroidStoreApp(::std::boxed::Box<crate::beta::ManagedAndroidStoreApp>),
    ManagedApp(::std::boxed::Box<crate::beta::ManagedApp>),
    ManagedIosLobApp(::std::boxed::Box<crate::beta::ManagedIosLobApp>),
    ManagedIosStoreApp(::std::boxed::Box<crate::beta::ManagedIosStoreApp>),
    ManagedMobileLobApp(::std::boxed::Box<crate::beta::ManagedMobileLobApp>),
    MicrosoftStoreForBusinessApp(
        ::std::boxed::Box<crate::beta::MicrosoftStoreForBusinessApp>,
    ),
    MobileLobApp(::std::boxed::Box<crate::beta::MobileLobApp>),
    OfficeSuiteApp(::std::boxed::Box<crate::beta::OfficeSuiteApp>),
    WebApp(::std::boxed::Box<crate::beta::WebApp>),
    Win32LobApp(::std::boxed::Box<crate::beta::Win32LobApp>),
    WindowsAppX(::std::boxed::Box<crate::beta::WindowsAppX>),
    WindowsMicrosoftEdgeApp(::std::boxed::Box<crate::beta::WindowsMicrosoftEdgeApp>),
    WindowsMobileMsi(::std::boxed::Box<crate::beta::WindowsMobileMsi>),
    WindowsPhone81AppX(::std::boxed::Box<crate::beta::WindowsPhone81AppX>),
    WindowsPhone81AppXBundle(::std::boxed::Box<crate::beta::WindowsPhone81AppXBundle>),
    WindowsPhone81StoreApp(::std::boxed::Box<crate::beta::WindowsPhone81StoreApp>),
    WindowsPhoneXap(::std::boxed::Box<crate::beta::WindowsPhoneXap>),
    WindowsStoreApp(::std::boxed::Box<crate::beta::WindowsStoreApp>),
    WindowsUniversalAppX(::std::boxed::Box<crate::beta::WindowsUniversalAppX>),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AnyMobileApp {
    #[inline]
    fn default() -> Self {
        Self::MobileApp(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::MobileApp) -> Self {
        Self::MobileApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkApp) -> Self {
        Self::AndroidForWorkApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidLobApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::AndroidLobApp) -> Self {
        Self::AndroidLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidManagedStoreApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::AndroidManagedStoreApp) -> Self {
        Self::AndroidManagedStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidManagedStoreWebApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::AndroidManagedStoreWebApp) -> Self {
        Self::AndroidManagedStoreWebApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidStoreApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::AndroidStoreApp) -> Self {
        Self::AndroidStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosLobApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::IosLobApp) -> Self {
        Self::IosLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosStoreApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::IosStoreApp) -> Self {
        Self::IosStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosVppApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::IosVppApp) -> Self {
        Self::IosVppApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsLobApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::MacOsLobApp) -> Self {
        Self::MacOsLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsMdatpApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::MacOsMdatpApp) -> Self {
        Self::MacOsMdatpApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsMicrosoftEdgeApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::MacOsMicrosoftEdgeApp) -> Self {
        Self::MacOsMicrosoftEdgeApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsOfficeSuiteApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::MacOsOfficeSuiteApp) -> Self {
        Self::MacOsOfficeSuiteApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsVppApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::MacOsVppApp) -> Self {
        Self::MacOsVppApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAndroidLobApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::ManagedAndroidLobApp) -> Self {
        Self::ManagedAndroidLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAndroidStoreApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::ManagedAndroidStoreApp) -> Self {
        Self::ManagedAndroidStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::ManagedApp) -> Self {
        Self::ManagedApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedIosLobApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::ManagedIosLobApp) -> Self {
        Self::ManagedIosLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedIosStoreApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::ManagedIosStoreApp) -> Self {
        Self::ManagedIosStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedMobileLobApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::ManagedMobileLobApp) -> Self {
        Self::ManagedMobileLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MicrosoftStoreForBusinessApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::MicrosoftStoreForBusinessApp) -> Self {
        Self::MicrosoftStoreForBusinessApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileLobApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::MobileLobApp) -> Self {
        Self::MobileLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OfficeSuiteApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::OfficeSuiteApp) -> Self {
        Self::OfficeSuiteApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WebApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::WebApp) -> Self {
        Self::WebApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Win32LobApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::Win32LobApp) -> Self {
        Self::Win32LobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsAppX> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::WindowsAppX) -> Self {
        Self::WindowsAppX(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsMicrosoftEdgeApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::WindowsMicrosoftEdgeApp) -> Self {
        Self::WindowsMicrosoftEdgeApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsMobileMsi> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::WindowsMobileMsi) -> Self {
        Self::WindowsMobileMsi(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81AppX> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81AppX) -> Self {
        Self::WindowsPhone81AppX(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81AppXBundle> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81AppXBundle) -> Self {
        Self::WindowsPhone81AppXBundle(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81StoreApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81StoreApp) -> Self {
        Self::WindowsPhone81StoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhoneXap> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::WindowsPhoneXap) -> Self {
        Self::WindowsPhoneXap(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsStoreApp> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::WindowsStoreApp) -> Self {
        Self::WindowsStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsUniversalAppX> for AnyMobileApp {
    #[inline]
    fn from(v: crate::beta::WindowsUniversalAppX) -> Self {
        Self::WindowsUniversalAppX(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyMobileApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyMobileApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyMobileApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyMobileApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyMobileApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::MobileApp>();
    rt::object::auto_traits::<crate::beta::AndroidForWorkApp>();
    rt::object::auto_traits::<crate::beta::AndroidLobApp>();
    rt::object::auto_traits::<crate::beta::AndroidManagedStoreApp>();
    rt::object::auto_traits::<crate::beta::AndroidManagedStoreWebApp>();
    rt::object::auto_traits::<crate::beta::AndroidStoreApp>();
    rt::object::auto_traits::<crate::beta::IosLobApp>();
    rt::object::auto_traits::<crate::beta::IosStoreApp>();
    rt::object::auto_traits::<crate::beta::IosVppApp>();
    rt::object::auto_traits::<crate::beta::MacOsLobApp>();
    rt::object::auto_traits::<crate::beta::MacOsMdatpApp>();
    rt::object::auto_traits::<crate::beta::MacOsMicrosoftEdgeApp>();
    rt::object::auto_traits::<crate::beta::MacOsOfficeSuiteApp>();
    rt::object::auto_traits::<crate::beta::MacOsVppApp>();
    rt::object::auto_traits::<crate::beta::ManagedAndroidLobApp>();
    rt::object::auto_traits::<crate::beta::ManagedAndroidStoreApp>();
    rt::object::auto_traits::<crate::beta::ManagedApp>();
    rt::object::auto_traits::<crate::beta::ManagedIosLobApp>();
    rt::object::auto_traits::<crate::beta::ManagedIosStoreApp>();
    rt::object::auto_traits::<crate::beta::ManagedMobileLobApp>();
    rt::object::auto_traits::<crate::beta::MicrosoftStoreForBusinessApp>();
    rt::object::auto_traits::<crate::beta::MobileLobApp>();
    rt::object::auto_traits::<crate::beta::OfficeSuiteApp>();
    rt::object::auto_traits::<crate::beta::WebApp>();
    rt::object::auto_traits::<crate::beta::Win32LobApp>();
    rt::object::auto_traits::<crate::beta::WindowsAppX>();
    rt::object::auto_traits::<crate::beta::WindowsMicrosoftEdgeApp>();
    rt::object::auto_traits::<crate::beta::WindowsMobileMsi>();
    rt::object::auto_traits::<crate::beta::WindowsPhone81AppX>();
    rt::object::auto_traits::<crate::beta::WindowsPhone81AppXBundle>();
    rt::object::auto_traits::<crate::beta::WindowsPhone81StoreApp>();
    rt::object::auto_traits::<crate::beta::WindowsPhoneXap>();
    rt::object::auto_traits::<crate::beta::WindowsStoreApp>();
    rt::object::auto_traits::<crate::beta::WindowsUniversalAppX>();
};
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Poly for AnyMobileApp {
    const BASE_NAME: &'static str = "microsoft.graph.mobileApp";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.androidForWorkApp") => {
                Self::AndroidForWorkApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.androidLobApp") => {
                Self::AndroidLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.androidManagedStoreApp") => {
                Self::AndroidManagedStoreApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.androidManagedStoreWebApp") => {
                Self::AndroidManagedStoreWebApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.androidStoreApp") => {
                Self::AndroidStoreApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosLobApp") => {
                Self::IosLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosStoreApp") => {
                Self::IosStoreApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosVppApp") => {
                Self::IosVppApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.macOSLobApp") => {
                Self::MacOsLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.macOSMdatpApp") => {
                Self::MacOsMdatpApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.macOSMicrosoftEdgeApp") => {
                Self::MacOsMicrosoftEdgeApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.macOSOfficeSuiteApp") => {
                Self::MacOsOfficeSuiteApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.macOsVppApp") => {
                Self::MacOsVppApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedAndroidLobApp") => {
                Self::ManagedAndroidLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedAndroidStoreApp") => {
                Self::ManagedAndroidStoreApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedApp") => {
                Self::ManagedApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedIOSLobApp") => {
                Self::ManagedIosLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedIOSStoreApp") => {
                Self::ManagedIosStoreApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedMobileLobApp") => {
                Self::ManagedMobileLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.microsoftStoreForBusinessApp",
            ) => Self::MicrosoftStoreForBusinessApp(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.mobileLobApp") => {
                Self::MobileLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.officeSuiteApp") => {
                Self::OfficeSuiteApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.webApp") => {
                Self::WebApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.win32LobApp") => {
                Self::Win32LobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsAppX") => {
                Self::WindowsAppX(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsMicrosoftEdgeApp") => {
                Self::WindowsMicrosoftEdgeApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsMobileMSI") => {
                Self::WindowsMobileMsi(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsPhone81AppX") => {
                Self::WindowsPhone81AppX(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsPhone81AppXBundle") => {
                Self::WindowsPhone81AppXBundle(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsPhone81StoreApp") => {
                Self::WindowsPhone81StoreApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsPhoneXAP") => {
                Self::WindowsPhoneXap(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsStoreApp") => {
                Self::WindowsStoreApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsUniversalAppX") => {
                Self::WindowsUniversalAppX(rt::object::new_boxed())
            }
            _ => Self::MobileApp(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MobileApp(v) => &**v,
            Self::AndroidForWorkApp(v) => &**v,
            Self::AndroidLobApp(v) => &**v,
            Self::AndroidManagedStoreApp(v) => &**v,
            Self::AndroidManagedStoreWebApp(v) => &**v,
            Self::AndroidStoreApp(v) => &**v,
            Self::IosLobApp(v) => &**v,
            Self::IosStoreApp(v) => &**v,
            Self::IosVppApp(v) => &**v,
            Self::MacOsLobApp(v) => &**v,
            Self::MacOsMdatpApp(v) => &**v,
            Self::MacOsMicrosoftEdgeApp(v) => &**v,
            Self::MacOsOfficeSuiteApp(v) => &**v,
            Self::MacOsVppApp(v) => &**v,
            Self::ManagedAndroidLobApp(v) => &**v,
            Self::ManagedAndroidStoreApp(v) => &**v,
            Self::ManagedApp(v) => &**v,
            Self::ManagedIosLobApp(v) => &**v,
            Self::ManagedIosStoreApp(v) => &**v,
            Self::ManagedMobileLobApp(v) => &**v,
            Self::MicrosoftStoreForBusinessApp(v) => &**v,
            Self::MobileLobApp(v) => &**v,
            Self::OfficeSuiteApp(v) => &**v,
            Self::WebApp(v) => &**v,
            Self::Win32LobApp(v) => &**v,
            Self::WindowsAppX(v) => &**v,
            Self::WindowsMicrosoftEdgeApp(v) => &**v,
            Self::WindowsMobileMsi(v) => &**v,
            Self::WindowsPhone81AppX(v) => &**v,
            Self::WindowsPhone81AppXBundle(v) => &**v,
            Self::WindowsPhone81StoreApp(v) => &**v,
            Self::WindowsPhoneXap(v) => &**v,
            Self::WindowsStoreApp(v) => &**v,
            Self::WindowsUniversalAppX(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MobileApp(v) => &mut **v,
            Self::AndroidForWorkApp(v) => &mut **v,
            Self::AndroidLobApp(v) => &mut **v,
            Self::AndroidManagedStoreApp(v) => &mut **v,
            Self::AndroidManagedStoreWebApp(v) => &mut **v,
            Self::AndroidStoreApp(v) => &mut **v,
            Self::IosLobApp(v) => &mut **v,
            Self::IosStoreApp(v) => &mut **v,
            Self::IosVppApp(v) => &mut **v,
            Self::MacOsLobApp(v) => &mut **v,
            Self::MacOsMdatpApp(v) => &mut **v,
            Self::MacOsMicrosoftEdgeApp(v) => &mut **v,
            Self::MacOsOfficeSuiteApp(v) => &mut **v,
            Self::MacOsVppApp(v) => &mut **v,
            Self::ManagedAndroidLobApp(v) => &mut **v,
            Self::ManagedAndroidStoreApp(v) => &mut **v,
            Self::ManagedApp(v) => &mut **v,
            Self::ManagedIosLobApp(v) => &mut **v,
            Self::ManagedIosStoreApp(v) => &mut **v,
            Self::ManagedMobileLobApp(v) => &mut **v,
            Self::MicrosoftStoreForBusinessApp(v) => &mut **v,
            Self::MobileLobApp(v) => &mut **v,
            Self::OfficeSuiteApp(v) => &mut **v,
            Self::WebApp(v) => &mut **v,
            Self::Win32LobApp(v) => &mut **v,
            Self::WindowsAppX(v) => &mut **v,
            Self::WindowsMicrosoftEdgeApp(v) => &mut **v,
            Self::WindowsMobileMsi(v) => &mut **v,
            Self::WindowsPhone81AppX(v) => &mut **v,
            Self::WindowsPhone81AppXBundle(v) => &mut **v,
            Self::WindowsPhone81StoreApp(v) => &mut **v,
            Self::WindowsPhoneXap(v) => &mut **v,
            Self::WindowsStoreApp(v) => &mut **v,
            Self::WindowsUniversalAppX(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl AnyMobileApp {
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
            Self::MobileApp(v) => &v.id,
            Self::AndroidForWorkApp(v) => &v.id,
            Self::AndroidLobApp(v) => &v.id,
            Self::AndroidManagedStoreApp(v) => &v.id,
            Self::AndroidManagedStoreWebApp(v) => &v.id,
            Self::AndroidStoreApp(v) => &v.id,
            Self::IosLobApp(v) => &v.id,
            Self::IosStoreApp(v) => &v.id,
            Self::IosVppApp(v) => &v.id,
            Self::MacOsLobApp(v) => &v.id,
            Self::MacOsMdatpApp(v) => &v.id,
            Self::MacOsMicrosoftEdgeApp(v) => &v.id,
            Self::MacOsOfficeSuiteApp(v) => &v.id,
            Self::MacOsVppApp(v) => &v.id,
            Self::ManagedAndroidLobApp(v) => &v.id,
            Self::ManagedAndroidStoreApp(v) => &v.id,
            Self::ManagedApp(v) => &v.id,
            Self::ManagedIosLobApp(v) => &v.id,
            Self::ManagedIosStoreApp(v) => &v.id,
            Self::ManagedMobileLobApp(v) => &v.id,
            Self::MicrosoftStoreForBusinessApp(v) => &v.id,
            Self::MobileLobApp(v) => &v.id,
            Self::OfficeSuiteApp(v) => &v.id,
            Self::WebApp(v) => &v.id,
            Self::Win32LobApp(v) => &v.id,
            Self::WindowsAppX(v) => &v.id,
            Self::WindowsMicrosoftEdgeApp(v) => &v.id,
            Self::WindowsMobileMsi(v) => &v.id,
            Self::WindowsPhone81AppX(v) => &v.id,
            Self::WindowsPhone81AppXBundle(v) => &v.id,
            Self::WindowsPhone81StoreApp(v) => &v.id,
            Self::WindowsPhoneXap(v) => &v.id,
            Self::WindowsStoreApp(v) => &v.id,
            Self::WindowsUniversalAppX(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &mut v.id,
            Self::AndroidForWorkApp(v) => &mut v.id,
            Self::AndroidLobApp(v) => &mut v.id,
            Self::AndroidManagedStoreApp(v) => &mut v.id,
            Self::AndroidManagedStoreWebApp(v) => &mut v.id,
            Self::AndroidStoreApp(v) => &mut v.id,
            Self::IosLobApp(v) => &mut v.id,
            Self::IosStoreApp(v) => &mut v.id,
            Self::IosVppApp(v) => &mut v.id,
            Self::MacOsLobApp(v) => &mut v.id,
            Self::MacOsMdatpApp(v) => &mut v.id,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.id,
            Self::MacOsOfficeSuiteApp(v) => &mut v.id,
            Self::MacOsVppApp(v) => &mut v.id,
            Self::ManagedAndroidLobApp(v) => &mut v.id,
            Self::ManagedAndroidStoreApp(v) => &mut v.id,
            Self::ManagedApp(v) => &mut v.id,
            Self::ManagedIosLobApp(v) => &mut v.id,
            Self::ManagedIosStoreApp(v) => &mut v.id,
            Self::ManagedMobileLobApp(v) => &mut v.id,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.id,
            Self::MobileLobApp(v) => &mut v.id,
            Self::OfficeSuiteApp(v) => &mut v.id,
            Self::WebApp(v) => &mut v.id,
            Self::Win32LobApp(v) => &mut v.id,
            Self::WindowsAppX(v) => &mut v.id,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.id,
            Self::WindowsMobileMsi(v) => &mut v.id,
            Self::WindowsPhone81AppX(v) => &mut v.id,
            Self::WindowsPhone81AppXBundle(v) => &mut v.id,
            Self::WindowsPhone81StoreApp(v) => &mut v.id,
            Self::WindowsPhoneXap(v) => &mut v.id,
            Self::WindowsStoreApp(v) => &mut v.id,
            Self::WindowsUniversalAppX(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MobileApp(v) => &v.created_date_time,
            Self::AndroidForWorkApp(v) => &v.created_date_time,
            Self::AndroidLobApp(v) => &v.created_date_time,
            Self::AndroidManagedStoreApp(v) => &v.created_date_time,
            Self::AndroidManagedStoreWebApp(v) => &v.created_date_time,
            Self::AndroidStoreApp(v) => &v.created_date_time,
            Self::IosLobApp(v) => &v.created_date_time,
            Self::IosStoreApp(v) => &v.created_date_time,
            Self::IosVppApp(v) => &v.created_date_time,
            Self::MacOsLobApp(v) => &v.created_date_time,
            Self::MacOsMdatpApp(v) => &v.created_date_time,
            Self::MacOsMicrosoftEdgeApp(v) => &v.created_date_time,
            Self::MacOsOfficeSuiteApp(v) => &v.created_date_time,
            Self::MacOsVppApp(v) => &v.created_date_time,
            Self::ManagedAndroidLobApp(v) => &v.created_date_time,
            Self::ManagedAndroidStoreApp(v) => &v.created_date_time,
            Self::ManagedApp(v) => &v.created_date_time,
            Self::ManagedIosLobApp(v) => &v.created_date_time,
            Self::ManagedIosStoreApp(v) => &v.created_date_time,
            Self::ManagedMobileLobApp(v) => &v.created_date_time,
            Self::MicrosoftStoreForBusinessApp(v) => &v.created_date_time,
            Self::MobileLobApp(v) => &v.created_date_time,
            Self::OfficeSuiteApp(v) => &v.created_date_time,
            Self::WebApp(v) => &v.created_date_time,
            Self::Win32LobApp(v) => &v.created_date_time,
            Self::WindowsAppX(v) => &v.created_date_time,
            Self::WindowsMicrosoftEdgeApp(v) => &v.created_date_time,
            Self::WindowsMobileMsi(v) => &v.created_date_time,
            Self::WindowsPhone81AppX(v) => &v.created_date_time,
            Self::WindowsPhone81AppXBundle(v) => &v.created_date_time,
            Self::WindowsPhone81StoreApp(v) => &v.created_date_time,
            Self::WindowsPhoneXap(v) => &v.created_date_time,
            Self::WindowsStoreApp(v) => &v.created_date_time,
            Self::WindowsUniversalAppX(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MobileApp(v) => &mut v.created_date_time,
            Self::AndroidForWorkApp(v) => &mut v.created_date_time,
            Self::AndroidLobApp(v) => &mut v.created_date_time,
            Self::AndroidManagedStoreApp(v) => &mut v.created_date_time,
            Self::AndroidManagedStoreWebApp(v) => &mut v.created_date_time,
            Self::AndroidStoreApp(v) => &mut v.created_date_time,
            Self::IosLobApp(v) => &mut v.created_date_time,
            Self::IosStoreApp(v) => &mut v.created_date_time,
            Self::IosVppApp(v) => &mut v.created_date_time,
            Self::MacOsLobApp(v) => &mut v.created_date_time,
            Self::MacOsMdatpApp(v) => &mut v.created_date_time,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.created_date_time,
            Self::MacOsOfficeSuiteApp(v) => &mut v.created_date_time,
            Self::MacOsVppApp(v) => &mut v.created_date_time,
            Self::ManagedAndroidLobApp(v) => &mut v.created_date_time,
            Self::ManagedAndroidStoreApp(v) => &mut v.created_date_time,
            Self::ManagedApp(v) => &mut v.created_date_time,
            Self::ManagedIosLobApp(v) => &mut v.created_date_time,
            Self::ManagedIosStoreApp(v) => &mut v.created_date_time,
            Self::ManagedMobileLobApp(v) => &mut v.created_date_time,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.created_date_time,
            Self::MobileLobApp(v) => &mut v.created_date_time,
            Self::OfficeSuiteApp(v) => &mut v.created_date_time,
            Self::WebApp(v) => &mut v.created_date_time,
            Self::Win32LobApp(v) => &mut v.created_date_time,
            Self::WindowsAppX(v) => &mut v.created_date_time,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.created_date_time,
            Self::WindowsMobileMsi(v) => &mut v.created_date_time,
            Self::WindowsPhone81AppX(v) => &mut v.created_date_time,
            Self::WindowsPhone81AppXBundle(v) => &mut v.created_date_time,
            Self::WindowsPhone81StoreApp(v) => &mut v.created_date_time,
            Self::WindowsPhoneXap(v) => &mut v.created_date_time,
            Self::WindowsStoreApp(v) => &mut v.created_date_time,
            Self::WindowsUniversalAppX(v) => &mut v.created_date_time,
        }
    }
    /// `dependentAppCount` of any variant.
    #[inline]
    pub fn dependent_app_count(&self) -> &rt::Field<i32> {
        match self {
            Self::MobileApp(v) => &v.dependent_app_count,
            Self::AndroidForWorkApp(v) => &v.dependent_app_count,
            Self::AndroidLobApp(v) => &v.dependent_app_count,
            Self::AndroidManagedStoreApp(v) => &v.dependent_app_count,
            Self::AndroidManagedStoreWebApp(v) => &v.dependent_app_count,
            Self::AndroidStoreApp(v) => &v.dependent_app_count,
            Self::IosLobApp(v) => &v.dependent_app_count,
            Self::IosStoreApp(v) => &v.dependent_app_count,
            Self::IosVppApp(v) => &v.dependent_app_count,
            Self::MacOsLobApp(v) => &v.dependent_app_count,
            Self::MacOsMdatpApp(v) => &v.dependent_app_count,
            Self::MacOsMicrosoftEdgeApp(v) => &v.dependent_app_count,
            Self::MacOsOfficeSuiteApp(v) => &v.dependent_app_count,
            Self::MacOsVppApp(v) => &v.dependent_app_count,
            Self::ManagedAndroidLobApp(v) => &v.dependent_app_count,
            Self::ManagedAndroidStoreApp(v) => &v.dependent_app_count,
            Self::ManagedApp(v) => &v.dependent_app_count,
            Self::ManagedIosLobApp(v) => &v.dependent_app_count,
            Self::ManagedIosStoreApp(v) => &v.dependent_app_count,
            Self::ManagedMobileLobApp(v) => &v.dependent_app_count,
            Self::MicrosoftStoreForBusinessApp(v) => &v.dependent_app_count,
            Self::MobileLobApp(v) => &v.dependent_app_count,
            Self::OfficeSuiteApp(v) => &v.dependent_app_count,
            Self::WebApp(v) => &v.dependent_app_count,
            Self::Win32LobApp(v) => &v.dependent_app_count,
            Self::WindowsAppX(v) => &v.dependent_app_count,
            Self::WindowsMicrosoftEdgeApp(v) => &v.dependent_app_count,
            Self::WindowsMobileMsi(v) => &v.dependent_app_count,
            Self::WindowsPhone81AppX(v) => &v.dependent_app_count,
            Self::WindowsPhone81AppXBundle(v) => &v.dependent_app_count,
            Self::WindowsPhone81StoreApp(v) => &v.dependent_app_count,
            Self::WindowsPhoneXap(v) => &v.dependent_app_count,
            Self::WindowsStoreApp(v) => &v.dependent_app_count,
            Self::WindowsUniversalAppX(v) => &v.dependent_app_count,
        }
    }
    /// `dependentAppCount` of any variant.
    #[inline]
    pub fn dependent_app_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::MobileApp(v) => &mut v.dependent_app_count,
            Self::AndroidForWorkApp(v) => &mut v.dependent_app_count,
            Self::AndroidLobApp(v) => &mut v.dependent_app_count,
            Self::AndroidManagedStoreApp(v) => &mut v.dependent_app_count,
            Self::AndroidManagedStoreWebApp(v) => &mut v.dependent_app_count,
            Self::AndroidStoreApp(v) => &mut v.dependent_app_count,
            Self::IosLobApp(v) => &mut v.dependent_app_count,
            Self::IosStoreApp(v) => &mut v.dependent_app_count,
            Self::IosVppApp(v) => &mut v.dependent_app_count,
            Self::MacOsLobApp(v) => &mut v.dependent_app_count,
            Self::MacOsMdatpApp(v) => &mut v.dependent_app_count,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.dependent_app_count,
            Self::MacOsOfficeSuiteApp(v) => &mut v.dependent_app_count,
            Self::MacOsVppApp(v) => &mut v.dependent_app_count,
            Self::ManagedAndroidLobApp(v) => &mut v.dependent_app_count,
            Self::ManagedAndroidStoreApp(v) => &mut v.dependent_app_count,
            Self::ManagedApp(v) => &mut v.dependent_app_count,
            Self::ManagedIosLobApp(v) => &mut v.dependent_app_count,
            Self::ManagedIosStoreApp(v) => &mut v.dependent_app_count,
            Self::ManagedMobileLobApp(v) => &mut v.dependent_app_count,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.dependent_app_count,
            Self::MobileLobApp(v) => &mut v.dependent_app_count,
            Self::OfficeSuiteApp(v) => &mut v.dependent_app_count,
            Self::WebApp(v) => &mut v.dependent_app_count,
            Self::Win32LobApp(v) => &mut v.dependent_app_count,
            Self::WindowsAppX(v) => &mut v.dependent_app_count,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.dependent_app_count,
            Self::WindowsMobileMsi(v) => &mut v.dependent_app_count,
            Self::WindowsPhone81AppX(v) => &mut v.dependent_app_count,
            Self::WindowsPhone81AppXBundle(v) => &mut v.dependent_app_count,
            Self::WindowsPhone81StoreApp(v) => &mut v.dependent_app_count,
            Self::WindowsPhoneXap(v) => &mut v.dependent_app_count,
            Self::WindowsStoreApp(v) => &mut v.dependent_app_count,
            Self::WindowsUniversalAppX(v) => &mut v.dependent_app_count,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &v.description,
            Self::AndroidForWorkApp(v) => &v.description,
            Self::AndroidLobApp(v) => &v.description,
            Self::AndroidManagedStoreApp(v) => &v.description,
            Self::AndroidManagedStoreWebApp(v) => &v.description,
            Self::AndroidStoreApp(v) => &v.description,
            Self::IosLobApp(v) => &v.description,
            Self::IosStoreApp(v) => &v.description,
            Self::IosVppApp(v) => &v.description,
            Self::MacOsLobApp(v) => &v.description,
            Self::MacOsMdatpApp(v) => &v.description,
            Self::MacOsMicrosoftEdgeApp(v) => &v.description,
            Self::MacOsOfficeSuiteApp(v) => &v.description,
            Self::MacOsVppApp(v) => &v.description,
            Self::ManagedAndroidLobApp(v) => &v.description,
            Self::ManagedAndroidStoreApp(v) => &v.description,
            Self::ManagedApp(v) => &v.description,
            Self::ManagedIosLobApp(v) => &v.description,
            Self::ManagedIosStoreApp(v) => &v.description,
            Self::ManagedMobileLobApp(v) => &v.description,
            Self::MicrosoftStoreForBusinessApp(v) => &v.description,
            Self::MobileLobApp(v) => &v.description,
            Self::OfficeSuiteApp(v) => &v.description,
            Self::WebApp(v) => &v.description,
            Self::Win32LobApp(v) => &v.description,
            Self::WindowsAppX(v) => &v.description,
            Self::WindowsMicrosoftEdgeApp(v) => &v.description,
            Self::WindowsMobileMsi(v) => &v.description,
            Self::WindowsPhone81AppX(v) => &v.description,
            Self::WindowsPhone81AppXBundle(v) => &v.description,
            Self::WindowsPhone81StoreApp(v) => &v.description,
            Self::WindowsPhoneXap(v) => &v.description,
            Self::WindowsStoreApp(v) => &v.description,
            Self::WindowsUniversalAppX(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &mut v.description,
            Self::AndroidForWorkApp(v) => &mut v.description,
            Self::AndroidLobApp(v) => &mut v.description,
            Self::AndroidManagedStoreApp(v) => &mut v.description,
            Self::AndroidManagedStoreWebApp(v) => &mut v.description,
            Self::AndroidStoreApp(v) => &mut v.description,
            Self::IosLobApp(v) => &mut v.description,
            Self::IosStoreApp(v) => &mut v.description,
            Self::IosVppApp(v) => &mut v.description,
            Self::MacOsLobApp(v) => &mut v.description,
            Self::MacOsMdatpApp(v) => &mut v.description,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.description,
            Self::MacOsOfficeSuiteApp(v) => &mut v.description,
            Self::MacOsVppApp(v) => &mut v.description,
            Self::ManagedAndroidLobApp(v) => &mut v.description,
            Self::ManagedAndroidStoreApp(v) => &mut v.description,
            Self::ManagedApp(v) => &mut v.description,
            Self::ManagedIosLobApp(v) => &mut v.description,
            Self::ManagedIosStoreApp(v) => &mut v.description,
            Self::ManagedMobileLobApp(v) => &mut v.description,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.description,
            Self::MobileLobApp(v) => &mut v.description,
            Self::OfficeSuiteApp(v) => &mut v.description,
            Self::WebApp(v) => &mut v.description,
            Self::Win32LobApp(v) => &mut v.description,
            Self::WindowsAppX(v) => &mut v.description,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.description,
            Self::WindowsMobileMsi(v) => &mut v.description,
            Self::WindowsPhone81AppX(v) => &mut v.description,
            Self::WindowsPhone81AppXBundle(v) => &mut v.description,
            Self::WindowsPhone81StoreApp(v) => &mut v.description,
            Self::WindowsPhoneXap(v) => &mut v.description,
            Self::WindowsStoreApp(v) => &mut v.description,
            Self::WindowsUniversalAppX(v) => &mut v.description,
        }
    }
    /// `developer` of any variant.
    #[inline]
    pub fn developer(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &v.developer,
            Self::AndroidForWorkApp(v) => &v.developer,
            Self::AndroidLobApp(v) => &v.developer,
            Self::AndroidManagedStoreApp(v) => &v.developer,
            Self::AndroidManagedStoreWebApp(v) => &v.developer,
            Self::AndroidStoreApp(v) => &v.developer,
            Self::IosLobApp(v) => &v.developer,
            Self::IosStoreApp(v) => &v.developer,
            Self::IosVppApp(v) => &v.developer,
            Self::MacOsLobApp(v) => &v.developer,
            Self::MacOsMdatpApp(v) => &v.developer,
            Self::MacOsMicrosoftEdgeApp(v) => &v.developer,
            Self::MacOsOfficeSuiteApp(v) => &v.developer,
            Self::MacOsVppApp(v) => &v.developer,
            Self::ManagedAndroidLobApp(v) => &v.developer,
            Self::ManagedAndroidStoreApp(v) => &v.developer,
            Self::ManagedApp(v) => &v.developer,
            Self::ManagedIosLobApp(v) => &v.developer,
            Self::ManagedIosStoreApp(v) => &v.developer,
            Self::ManagedMobileLobApp(v) => &v.developer,
            Self::MicrosoftStoreForBusinessApp(v) => &v.developer,
            Self::MobileLobApp(v) => &v.developer,
            Self::OfficeSuiteApp(v) => &v.developer,
            Self::WebApp(v) => &v.developer,
            Self::Win32LobApp(v) => &v.developer,
            Self::WindowsAppX(v) => &v.developer,
            Self::WindowsMicrosoftEdgeApp(v) => &v.developer,
            Self::WindowsMobileMsi(v) => &v.developer,
            Self::WindowsPhone81AppX(v) => &v.developer,
            Self::WindowsPhone81AppXBundle(v) => &v.developer,
            Self::WindowsPhone81StoreApp(v) => &v.developer,
            Self::WindowsPhoneXap(v) => &v.developer,
            Self::WindowsStoreApp(v) => &v.developer,
            Self::WindowsUniversalAppX(v) => &v.developer,
        }
    }
    /// `developer` of any variant.
    #[inline]
    pub fn developer_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &mut v.developer,
            Self::AndroidForWorkApp(v) => &mut v.developer,
            Self::AndroidLobApp(v) => &mut v.developer,
            Self::AndroidManagedStoreApp(v) => &mut v.developer,
            Self::AndroidManagedStoreWebApp(v) => &mut v.developer,
            Self::AndroidStoreApp(v) => &mut v.developer,
            Self::IosLobApp(v) => &mut v.developer,
            Self::IosStoreApp(v) => &mut v.developer,
            Self::IosVppApp(v) => &mut v.developer,
            Self::MacOsLobApp(v) => &mut v.developer,
            Self::MacOsMdatpApp(v) => &mut v.developer,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.developer,
            Self::MacOsOfficeSuiteApp(v) => &mut v.developer,
            Self::MacOsVppApp(v) => &mut v.developer,
            Self::ManagedAndroidLobApp(v) => &mut v.developer,
            Self::ManagedAndroidStoreApp(v) => &mut v.developer,
            Self::ManagedApp(v) => &mut v.developer,
            Self::ManagedIosLobApp(v) => &mut v.developer,
            Self::ManagedIosStoreApp(v) => &mut v.developer,
            Self::ManagedMobileLobApp(v) => &mut v.developer,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.developer,
            Self::MobileLobApp(v) => &mut v.developer,
            Self::OfficeSuiteApp(v) => &mut v.developer,
            Self::WebApp(v) => &mut v.developer,
            Self::Win32LobApp(v) => &mut v.developer,
            Self::WindowsAppX(v) => &mut v.developer,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.developer,
            Self::WindowsMobileMsi(v) => &mut v.developer,
            Self::WindowsPhone81AppX(v) => &mut v.developer,
            Self::WindowsPhone81AppXBundle(v) => &mut v.developer,
            Self::WindowsPhone81StoreApp(v) => &mut v.developer,
            Self::WindowsPhoneXap(v) => &mut v.developer,
            Self::WindowsStoreApp(v) => &mut v.developer,
            Self::WindowsUniversalAppX(v) => &mut v.developer,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &v.display_name,
            Self::AndroidForWorkApp(v) => &v.display_name,
            Self::AndroidLobApp(v) => &v.display_name,
            Self::AndroidManagedStoreApp(v) => &v.display_name,
            Self::AndroidManagedStoreWebApp(v) => &v.display_name,
            Self::AndroidStoreApp(v) => &v.display_name,
            Self::IosLobApp(v) => &v.display_name,
            Self::IosStoreApp(v) => &v.display_name,
            Self::IosVppApp(v) => &v.display_name,
            Self::MacOsLobApp(v) => &v.display_name,
            Self::MacOsMdatpApp(v) => &v.display_name,
            Self::MacOsMicrosoftEdgeApp(v) => &v.display_name,
            Self::MacOsOfficeSuiteApp(v) => &v.display_name,
            Self::MacOsVppApp(v) => &v.display_name,
            Self::ManagedAndroidLobApp(v) => &v.display_name,
            Self::ManagedAndroidStoreApp(v) => &v.display_name,
            Self::ManagedApp(v) => &v.display_name,
            Self::ManagedIosLobApp(v) => &v.display_name,
            Self::ManagedIosStoreApp(v) => &v.display_name,
            Self::ManagedMobileLobApp(v) => &v.display_name,
            Self::MicrosoftStoreForBusinessApp(v) => &v.display_name,
            Self::MobileLobApp(v) => &v.display_name,
            Self::OfficeSuiteApp(v) => &v.display_name,
            Self::WebApp(v) => &v.display_name,
            Self::Win32LobApp(v) => &v.display_name,
            Self::WindowsAppX(v) => &v.display_name,
            Self::WindowsMicrosoftEdgeApp(v) => &v.display_name,
            Self::WindowsMobileMsi(v) => &v.display_name,
            Self::WindowsPhone81AppX(v) => &v.display_name,
            Self::WindowsPhone81AppXBundle(v) => &v.display_name,
            Self::WindowsPhone81StoreApp(v) => &v.display_name,
            Self::WindowsPhoneXap(v) => &v.display_name,
            Self::WindowsStoreApp(v) => &v.display_name,
            Self::WindowsUniversalAppX(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &mut v.display_name,
            Self::AndroidForWorkApp(v) => &mut v.display_name,
            Self::AndroidLobApp(v) => &mut v.display_name,
            Self::AndroidManagedStoreApp(v) => &mut v.display_name,
            Self::AndroidManagedStoreWebApp(v) => &mut v.display_name,
            Self::AndroidStoreApp(v) => &mut v.display_name,
            Self::IosLobApp(v) => &mut v.display_name,
            Self::IosStoreApp(v) => &mut v.display_name,
            Self::IosVppApp(v) => &mut v.display_name,
            Self::MacOsLobApp(v) => &mut v.display_name,
            Self::MacOsMdatpApp(v) => &mut v.display_name,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.display_name,
            Self::MacOsOfficeSuiteApp(v) => &mut v.display_name,
            Self::MacOsVppApp(v) => &mut v.display_name,
            Self::ManagedAndroidLobApp(v) => &mut v.display_name,
            Self::ManagedAndroidStoreApp(v) => &mut v.display_name,
            Self::ManagedApp(v) => &mut v.display_name,
            Self::ManagedIosLobApp(v) => &mut v.display_name,
            Self::ManagedIosStoreApp(v) => &mut v.display_name,
            Self::ManagedMobileLobApp(v) => &mut v.display_name,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.display_name,
            Self::MobileLobApp(v) => &mut v.display_name,
            Self::OfficeSuiteApp(v) => &mut v.display_name,
            Self::WebApp(v) => &mut v.display_name,
            Self::Win32LobApp(v) => &mut v.display_name,
            Self::WindowsAppX(v) => &mut v.display_name,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.display_name,
            Self::WindowsMobileMsi(v) => &mut v.display_name,
            Self::WindowsPhone81AppX(v) => &mut v.display_name,
            Self::WindowsPhone81AppXBundle(v) => &mut v.display_name,
            Self::WindowsPhone81StoreApp(v) => &mut v.display_name,
            Self::WindowsPhoneXap(v) => &mut v.display_name,
            Self::WindowsStoreApp(v) => &mut v.display_name,
            Self::WindowsUniversalAppX(v) => &mut v.display_name,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &v.information_url,
            Self::AndroidForWorkApp(v) => &v.information_url,
            Self::AndroidLobApp(v) => &v.information_url,
            Self::AndroidManagedStoreApp(v) => &v.information_url,
            Self::AndroidManagedStoreWebApp(v) => &v.information_url,
            Self::AndroidStoreApp(v) => &v.information_url,
            Self::IosLobApp(v) => &v.information_url,
            Self::IosStoreApp(v) => &v.information_url,
            Self::IosVppApp(v) => &v.information_url,
            Self::MacOsLobApp(v) => &v.information_url,
            Self::MacOsMdatpApp(v) => &v.information_url,
            Self::MacOsMicrosoftEdgeApp(v) => &v.information_url,
            Self::MacOsOfficeSuiteApp(v) => &v.information_url,
            Self::MacOsVppApp(v) => &v.information_url,
            Self::ManagedAndroidLobApp(v) => &v.information_url,
            Self::ManagedAndroidStoreApp(v) => &v.information_url,
            Self::ManagedApp(v) => &v.information_url,
            Self::ManagedIosLobApp(v) => &v.information_url,
            Self::ManagedIosStoreApp(v) => &v.information_url,
            Self::ManagedMobileLobApp(v) => &v.information_url,
            Self::MicrosoftStoreForBusinessApp(v) => &v.information_url,
            Self::MobileLobApp(v) => &v.information_url,
            Self::OfficeSuiteApp(v) => &v.information_url,
            Self::WebApp(v) => &v.information_url,
            Self::Win32LobApp(v) => &v.information_url,
            Self::WindowsAppX(v) => &v.information_url,
            Self::WindowsMicrosoftEdgeApp(v) => &v.information_url,
            Self::WindowsMobileMsi(v) => &v.information_url,
            Self::WindowsPhone81AppX(v) => &v.information_url,
            Self::WindowsPhone81AppXBundle(v) => &v.information_url,
            Self::WindowsPhone81StoreApp(v) => &v.information_url,
            Self::WindowsPhoneXap(v) => &v.information_url,
            Self::WindowsStoreApp(v) => &v.information_url,
            Self::WindowsUniversalAppX(v) => &v.information_url,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &mut v.information_url,
            Self::AndroidForWorkApp(v) => &mut v.information_url,
            Self::AndroidLobApp(v) => &mut v.information_url,
            Self::AndroidManagedStoreApp(v) => &mut v.information_url,
            Self::AndroidManagedStoreWebApp(v) => &mut v.information_url,
            Self::AndroidStoreApp(v) => &mut v.information_url,
            Self::IosLobApp(v) => &mut v.information_url,
            Self::IosStoreApp(v) => &mut v.information_url,
            Self::IosVppApp(v) => &mut v.information_url,
            Self::MacOsLobApp(v) => &mut v.information_url,
            Self::MacOsMdatpApp(v) => &mut v.information_url,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.information_url,
            Self::MacOsOfficeSuiteApp(v) => &mut v.information_url,
            Self::MacOsVppApp(v) => &mut v.information_url,
            Self::ManagedAndroidLobApp(v) => &mut v.information_url,
            Self::ManagedAndroidStoreApp(v) => &mut v.information_url,
            Self::ManagedApp(v) => &mut v.information_url,
            Self::ManagedIosLobApp(v) => &mut v.information_url,
            Self::ManagedIosStoreApp(v) => &mut v.information_url,
            Self::ManagedMobileLobApp(v) => &mut v.information_url,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.information_url,
            Self::MobileLobApp(v) => &mut v.information_url,
            Self::OfficeSuiteApp(v) => &mut v.information_url,
            Self::WebApp(v) => &mut v.information_url,
            Self::Win32LobApp(v) => &mut v.information_url,
            Self::WindowsAppX(v) => &mut v.information_url,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.information_url,
            Self::WindowsMobileMsi(v) => &mut v.information_url,
            Self::WindowsPhone81AppX(v) => &mut v.information_url,
            Self::WindowsPhone81AppXBundle(v) => &mut v.information_url,
            Self::WindowsPhone81StoreApp(v) => &mut v.information_url,
            Self::WindowsPhoneXap(v) => &mut v.information_url,
            Self::WindowsStoreApp(v) => &mut v.information_url,
            Self::WindowsUniversalAppX(v) => &mut v.information_url,
        }
    }
    /// `isAssigned` of any variant.
    #[inline]
    pub fn is_assigned(&self) -> &rt::Field<bool> {
        match self {
            Self::MobileApp(v) => &v.is_assigned,
            Self::AndroidForWorkApp(v) => &v.is_assigned,
            Self::AndroidLobApp(v) => &v.is_assigned,
            Self::AndroidManagedStoreApp(v) => &v.is_assigned,
            Self::AndroidManagedStoreWebApp(v) => &v.is_assigned,
            Self::AndroidStoreApp(v) => &v.is_assigned,
            Self::IosLobApp(v) => &v.is_assigned,
            Self::IosStoreApp(v) => &v.is_assigned,
            Self::IosVppApp(v) => &v.is_assigned,
            Self::MacOsLobApp(v) => &v.is_assigned,
            Self::MacOsMdatpApp(v) => &v.is_assigned,
            Self::MacOsMicrosoftEdgeApp(v) => &v.is_assigned,
            Self::MacOsOfficeSuiteApp(v) => &v.is_assigned,
            Self::MacOsVppApp(v) => &v.is_assigned,
            Self::ManagedAndroidLobApp(v) => &v.is_assigned,
            Self::ManagedAndroidStoreApp(v) => &v.is_assigned,
            Self::ManagedApp(v) => &v.is_assigned,
            Self::ManagedIosLobApp(v) => &v.is_assigned,
            Self::ManagedIosStoreApp(v) => &v.is_assigned,
            Self::ManagedMobileLobApp(v) => &v.is_assigned,
            Self::MicrosoftStoreForBusinessApp(v) => &v.is_assigned,
            Self::MobileLobApp(v) => &v.is_assigned,
            Self::OfficeSuiteApp(v) => &v.is_assigned,
            Self::WebApp(v) => &v.is_assigned,
            Self::Win32LobApp(v) => &v.is_assigned,
            Self::WindowsAppX(v) => &v.is_assigned,
            Self::WindowsMicrosoftEdgeApp(v) => &v.is_assigned,
            Self::WindowsMobileMsi(v) => &v.is_assigned,
            Self::WindowsPhone81AppX(v) => &v.is_assigned,
            Self::WindowsPhone81AppXBundle(v) => &v.is_assigned,
            Self::WindowsPhone81StoreApp(v) => &v.is_assigned,
            Self::WindowsPhoneXap(v) => &v.is_assigned,
            Self::WindowsStoreApp(v) => &v.is_assigned,
            Self::WindowsUniversalAppX(v) => &v.is_assigned,
        }
    }
    /// `isAssigned` of any variant.
    #[inline]
    pub fn is_assigned_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::MobileApp(v) => &mut v.is_assigned,
            Self::AndroidForWorkApp(v) => &mut v.is_assigned,
            Self::AndroidLobApp(v) => &mut v.is_assigned,
            Self::AndroidManagedStoreApp(v) => &mut v.is_assigned,
            Self::AndroidManagedStoreWebApp(v) => &mut v.is_assigned,
            Self::AndroidStoreApp(v) => &mut v.is_assigned,
            Self::IosLobApp(v) => &mut v.is_assigned,
            Self::IosStoreApp(v) => &mut v.is_assigned,
            Self::IosVppApp(v) => &mut v.is_assigned,
            Self::MacOsLobApp(v) => &mut v.is_assigned,
            Self::MacOsMdatpApp(v) => &mut v.is_assigned,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.is_assigned,
            Self::MacOsOfficeSuiteApp(v) => &mut v.is_assigned,
            Self::MacOsVppApp(v) => &mut v.is_assigned,
            Self::ManagedAndroidLobApp(v) => &mut v.is_assigned,
            Self::ManagedAndroidStoreApp(v) => &mut v.is_assigned,
            Self::ManagedApp(v) => &mut v.is_assigned,
            Self::ManagedIosLobApp(v) => &mut v.is_assigned,
            Self::ManagedIosStoreApp(v) => &mut v.is_assigned,
            Self::ManagedMobileLobApp(v) => &mut v.is_assigned,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.is_assigned,
            Self::MobileLobApp(v) => &mut v.is_assigned,
            Self::OfficeSuiteApp(v) => &mut v.is_assigned,
            Self::WebApp(v) => &mut v.is_assigned,
            Self::Win32LobApp(v) => &mut v.is_assigned,
            Self::WindowsAppX(v) => &mut v.is_assigned,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.is_assigned,
            Self::WindowsMobileMsi(v) => &mut v.is_assigned,
            Self::WindowsPhone81AppX(v) => &mut v.is_assigned,
            Self::WindowsPhone81AppXBundle(v) => &mut v.is_assigned,
            Self::WindowsPhone81StoreApp(v) => &mut v.is_assigned,
            Self::WindowsPhoneXap(v) => &mut v.is_assigned,
            Self::WindowsStoreApp(v) => &mut v.is_assigned,
            Self::WindowsUniversalAppX(v) => &mut v.is_assigned,
        }
    }
    /// `isFeatured` of any variant.
    #[inline]
    pub fn is_featured(&self) -> &rt::Field<bool> {
        match self {
            Self::MobileApp(v) => &v.is_featured,
            Self::AndroidForWorkApp(v) => &v.is_featured,
            Self::AndroidLobApp(v) => &v.is_featured,
            Self::AndroidManagedStoreApp(v) => &v.is_featured,
            Self::AndroidManagedStoreWebApp(v) => &v.is_featured,
            Self::AndroidStoreApp(v) => &v.is_featured,
            Self::IosLobApp(v) => &v.is_featured,
            Self::IosStoreApp(v) => &v.is_featured,
            Self::IosVppApp(v) => &v.is_featured,
            Self::MacOsLobApp(v) => &v.is_featured,
            Self::MacOsMdatpApp(v) => &v.is_featured,
            Self::MacOsMicrosoftEdgeApp(v) => &v.is_featured,
            Self::MacOsOfficeSuiteApp(v) => &v.is_featured,
            Self::MacOsVppApp(v) => &v.is_featured,
            Self::ManagedAndroidLobApp(v) => &v.is_featured,
            Self::ManagedAndroidStoreApp(v) => &v.is_featured,
            Self::ManagedApp(v) => &v.is_featured,
            Self::ManagedIosLobApp(v) => &v.is_featured,
            Self::ManagedIosStoreApp(v) => &v.is_featured,
            Self::ManagedMobileLobApp(v) => &v.is_featured,
            Self::MicrosoftStoreForBusinessApp(v) => &v.is_featured,
            Self::MobileLobApp(v) => &v.is_featured,
            Self::OfficeSuiteApp(v) => &v.is_featured,
            Self::WebApp(v) => &v.is_featured,
            Self::Win32LobApp(v) => &v.is_featured,
            Self::WindowsAppX(v) => &v.is_featured,
            Self::WindowsMicrosoftEdgeApp(v) => &v.is_featured,
            Self::WindowsMobileMsi(v) => &v.is_featured,
            Self::WindowsPhone81AppX(v) => &v.is_featured,
            Self::WindowsPhone81AppXBundle(v) => &v.is_featured,
            Self::WindowsPhone81StoreApp(v) => &v.is_featured,
            Self::WindowsPhoneXap(v) => &v.is_featured,
            Self::WindowsStoreApp(v) => &v.is_featured,
            Self::WindowsUniversalAppX(v) => &v.is_featured,
        }
    }
    /// `isFeatured` of any variant.
    #[inline]
    pub fn is_featured_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::MobileApp(v) => &mut v.is_featured,
            Self::AndroidForWorkApp(v) => &mut v.is_featured,
            Self::AndroidLobApp(v) => &mut v.is_featured,
            Self::AndroidManagedStoreApp(v) => &mut v.is_featured,
            Self::AndroidManagedStoreWebApp(v) => &mut v.is_featured,
            Self::AndroidStoreApp(v) => &mut v.is_featured,
            Self::IosLobApp(v) => &mut v.is_featured,
            Self::IosStoreApp(v) => &mut v.is_featured,
            Self::IosVppApp(v) => &mut v.is_featured,
            Self::MacOsLobApp(v) => &mut v.is_featured,
            Self::MacOsMdatpApp(v) => &mut v.is_featured,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.is_featured,
            Self::MacOsOfficeSuiteApp(v) => &mut v.is_featured,
            Self::MacOsVppApp(v) => &mut v.is_featured,
            Self::ManagedAndroidLobApp(v) => &mut v.is_featured,
            Self::ManagedAndroidStoreApp(v) => &mut v.is_featured,
            Self::ManagedApp(v) => &mut v.is_featured,
            Self::ManagedIosLobApp(v) => &mut v.is_featured,
            Self::ManagedIosStoreApp(v) => &mut v.is_featured,
            Self::ManagedMobileLobApp(v) => &mut v.is_featured,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.is_featured,
            Self::MobileLobApp(v) => &mut v.is_featured,
            Self::OfficeSuiteApp(v) => &mut v.is_featured,
            Self::WebApp(v) => &mut v.is_featured,
            Self::Win32LobApp(v) => &mut v.is_featured,
            Self::WindowsAppX(v) => &mut v.is_featured,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.is_featured,
            Self::WindowsMobileMsi(v) => &mut v.is_featured,
            Self::WindowsPhone81AppX(v) => &mut v.is_featured,
            Self::WindowsPhone81AppXBundle(v) => &mut v.is_featured,
            Self::WindowsPhone81StoreApp(v) => &mut v.is_featured,
            Self::WindowsPhoneXap(v) => &mut v.is_featured,
            Self::WindowsStoreApp(v) => &mut v.is_featured,
            Self::WindowsUniversalAppX(v) => &mut v.is_featured,
        }
    }
    /// `largeIcon` of any variant.
    #[inline]
    pub fn large_icon(&self) -> &rt::Field<crate::beta::MimeContent> {
        match self {
            Self::MobileApp(v) => &v.large_icon,
            Self::AndroidForWorkApp(v) => &v.large_icon,
            Self::AndroidLobApp(v) => &v.large_icon,
            Self::AndroidManagedStoreApp(v) => &v.large_icon,
            Self::AndroidManagedStoreWebApp(v) => &v.large_icon,
            Self::AndroidStoreApp(v) => &v.large_icon,
            Self::IosLobApp(v) => &v.large_icon,
            Self::IosStoreApp(v) => &v.large_icon,
            Self::IosVppApp(v) => &v.large_icon,
            Self::MacOsLobApp(v) => &v.large_icon,
            Self::MacOsMdatpApp(v) => &v.large_icon,
            Self::MacOsMicrosoftEdgeApp(v) => &v.large_icon,
            Self::MacOsOfficeSuiteApp(v) => &v.large_icon,
            Self::MacOsVppApp(v) => &v.large_icon,
            Self::ManagedAndroidLobApp(v) => &v.large_icon,
            Self::ManagedAndroidStoreApp(v) => &v.large_icon,
            Self::ManagedApp(v) => &v.large_icon,
            Self::ManagedIosLobApp(v) => &v.large_icon,
            Self::ManagedIosStoreApp(v) => &v.large_icon,
            Self::ManagedMobileLobApp(v) => &v.large_icon,
            Self::MicrosoftStoreForBusinessApp(v) => &v.large_icon,
            Self::MobileLobApp(v) => &v.large_icon,
            Self::OfficeSuiteApp(v) => &v.large_icon,
            Self::WebApp(v) => &v.large_icon,
            Self::Win32LobApp(v) => &v.large_icon,
            Self::WindowsAppX(v) => &v.large_icon,
            Self::WindowsMicrosoftEdgeApp(v) => &v.large_icon,
            Self::WindowsMobileMsi(v) => &v.large_icon,
            Self::WindowsPhone81AppX(v) => &v.large_icon,
            Self::WindowsPhone81AppXBundle(v) => &v.large_icon,
            Self::WindowsPhone81StoreApp(v) => &v.large_icon,
            Self::WindowsPhoneXap(v) => &v.large_icon,
            Self::WindowsStoreApp(v) => &v.large_icon,
            Self::WindowsUniversalAppX(v) => &v.large_icon,
        }
    }
    /// `largeIcon` of any variant.
    #[inline]
    pub fn large_icon_mut(&mut self) -> &mut rt::Field<crate::beta::MimeContent> {
        match self {
            Self::MobileApp(v) => &mut v.large_icon,
            Self::AndroidForWorkApp(v) => &mut v.large_icon,
            Self::AndroidLobApp(v) => &mut v.large_icon,
            Self::AndroidManagedStoreApp(v) => &mut v.large_icon,
            Self::AndroidManagedStoreWebApp(v) => &mut v.large_icon,
            Self::AndroidStoreApp(v) => &mut v.large_icon,
            Self::IosLobApp(v) => &mut v.large_icon,
            Self::IosStoreApp(v) => &mut v.large_icon,
            Self::IosVppApp(v) => &mut v.large_icon,
            Self::MacOsLobApp(v) => &mut v.large_icon,
            Self::MacOsMdatpApp(v) => &mut v.large_icon,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.large_icon,
            Self::MacOsOfficeSuiteApp(v) => &mut v.large_icon,
            Self::MacOsVppApp(v) => &mut v.large_icon,
            Self::ManagedAndroidLobApp(v) => &mut v.large_icon,
            Self::ManagedAndroidStoreApp(v) => &mut v.large_icon,
            Self::ManagedApp(v) => &mut v.large_icon,
            Self::ManagedIosLobApp(v) => &mut v.large_icon,
            Self::ManagedIosStoreApp(v) => &mut v.large_icon,
            Self::ManagedMobileLobApp(v) => &mut v.large_icon,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.large_icon,
            Self::MobileLobApp(v) => &mut v.large_icon,
            Self::OfficeSuiteApp(v) => &mut v.large_icon,
            Self::WebApp(v) => &mut v.large_icon,
            Self::Win32LobApp(v) => &mut v.large_icon,
            Self::WindowsAppX(v) => &mut v.large_icon,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.large_icon,
            Self::WindowsMobileMsi(v) => &mut v.large_icon,
            Self::WindowsPhone81AppX(v) => &mut v.large_icon,
            Self::WindowsPhone81AppXBundle(v) => &mut v.large_icon,
            Self::WindowsPhone81StoreApp(v) => &mut v.large_icon,
            Self::WindowsPhoneXap(v) => &mut v.large_icon,
            Self::WindowsStoreApp(v) => &mut v.large_icon,
            Self::WindowsUniversalAppX(v) => &mut v.large_icon,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MobileApp(v) => &v.last_modified_date_time,
            Self::AndroidForWorkApp(v) => &v.last_modified_date_time,
            Self::AndroidLobApp(v) => &v.last_modified_date_time,
            Self::AndroidManagedStoreApp(v) => &v.last_modified_date_time,
            Self::AndroidManagedStoreWebApp(v) => &v.last_modified_date_time,
            Self::AndroidStoreApp(v) => &v.last_modified_date_time,
            Self::IosLobApp(v) => &v.last_modified_date_time,
            Self::IosStoreApp(v) => &v.last_modified_date_time,
            Self::IosVppApp(v) => &v.last_modified_date_time,
            Self::MacOsLobApp(v) => &v.last_modified_date_time,
            Self::MacOsMdatpApp(v) => &v.last_modified_date_time,
            Self::MacOsMicrosoftEdgeApp(v) => &v.last_modified_date_time,
            Self::MacOsOfficeSuiteApp(v) => &v.last_modified_date_time,
            Self::MacOsVppApp(v) => &v.last_modified_date_time,
            Self::ManagedAndroidLobApp(v) => &v.last_modified_date_time,
            Self::ManagedAndroidStoreApp(v) => &v.last_modified_date_time,
            Self::ManagedApp(v) => &v.last_modified_date_time,
            Self::ManagedIosLobApp(v) => &v.last_modified_date_time,
            Self::ManagedIosStoreApp(v) => &v.last_modified_date_time,
            Self::ManagedMobileLobApp(v) => &v.last_modified_date_time,
            Self::MicrosoftStoreForBusinessApp(v) => &v.last_modified_date_time,
            Self::MobileLobApp(v) => &v.last_modified_date_time,
            Self::OfficeSuiteApp(v) => &v.last_modified_date_time,
            Self::WebApp(v) => &v.last_modified_date_time,
            Self::Win32LobApp(v) => &v.last_modified_date_time,
            Self::WindowsAppX(v) => &v.last_modified_date_time,
            Self::WindowsMicrosoftEdgeApp(v) => &v.last_modified_date_time,
            Self::WindowsMobileMsi(v) => &v.last_modified_date_time,
            Self::WindowsPhone81AppX(v) => &v.last_modified_date_time,
            Self::WindowsPhone81AppXBundle(v) => &v.last_modified_date_time,
            Self::WindowsPhone81StoreApp(v) => &v.last_modified_date_time,
            Self::WindowsPhoneXap(v) => &v.last_modified_date_time,
            Self::WindowsStoreApp(v) => &v.last_modified_date_time,
            Self::WindowsUniversalAppX(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MobileApp(v) => &mut v.last_modified_date_time,
            Self::AndroidForWorkApp(v) => &mut v.last_modified_date_time,
            Self::AndroidLobApp(v) => &mut v.last_modified_date_time,
            Self::AndroidManagedStoreApp(v) => &mut v.last_modified_date_time,
            Self::AndroidManagedStoreWebApp(v) => &mut v.last_modified_date_time,
            Self::AndroidStoreApp(v) => &mut v.last_modified_date_time,
            Self::IosLobApp(v) => &mut v.last_modified_date_time,
            Self::IosStoreApp(v) => &mut v.last_modified_date_time,
            Self::IosVppApp(v) => &mut v.last_modified_date_time,
            Self::MacOsLobApp(v) => &mut v.last_modified_date_time,
            Self::MacOsMdatpApp(v) => &mut v.last_modified_date_time,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.last_modified_date_time,
            Self::MacOsOfficeSuiteApp(v) => &mut v.last_modified_date_time,
            Self::MacOsVppApp(v) => &mut v.last_modified_date_time,
            Self::ManagedAndroidLobApp(v) => &mut v.last_modified_date_time,
            Self::ManagedAndroidStoreApp(v) => &mut v.last_modified_date_time,
            Self::ManagedApp(v) => &mut v.last_modified_date_time,
            Self::ManagedIosLobApp(v) => &mut v.last_modified_date_time,
            Self::ManagedIosStoreApp(v) => &mut v.last_modified_date_time,
            Self::ManagedMobileLobApp(v) => &mut v.last_modified_date_time,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.last_modified_date_time,
            Self::MobileLobApp(v) => &mut v.last_modified_date_time,
            Self::OfficeSuiteApp(v) => &mut v.last_modified_date_time,
            Self::WebApp(v) => &mut v.last_modified_date_time,
            Self::Win32LobApp(v) => &mut v.last_modified_date_time,
            Self::WindowsAppX(v) => &mut v.last_modified_date_time,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.last_modified_date_time,
            Self::WindowsMobileMsi(v) => &mut v.last_modified_date_time,
            Self::WindowsPhone81AppX(v) => &mut v.last_modified_date_time,
            Self::WindowsPhone81AppXBundle(v) => &mut v.last_modified_date_time,
            Self::WindowsPhone81StoreApp(v) => &mut v.last_modified_date_time,
            Self::WindowsPhoneXap(v) => &mut v.last_modified_date_time,
            Self::WindowsStoreApp(v) => &mut v.last_modified_date_time,
            Self::WindowsUniversalAppX(v) => &mut v.last_modified_date_time,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &v.notes,
            Self::AndroidForWorkApp(v) => &v.notes,
            Self::AndroidLobApp(v) => &v.notes,
            Self::AndroidManagedStoreApp(v) => &v.notes,
            Self::AndroidManagedStoreWebApp(v) => &v.notes,
            Self::AndroidStoreApp(v) => &v.notes,
            Self::IosLobApp(v) => &v.notes,
            Self::IosStoreApp(v) => &v.notes,
            Self::IosVppApp(v) => &v.notes,
            Self::MacOsLobApp(v) => &v.notes,
            Self::MacOsMdatpApp(v) => &v.notes,
            Self::MacOsMicrosoftEdgeApp(v) => &v.notes,
            Self::MacOsOfficeSuiteApp(v) => &v.notes,
            Self::MacOsVppApp(v) => &v.notes,
            Self::ManagedAndroidLobApp(v) => &v.notes,
            Self::ManagedAndroidStoreApp(v) => &v.notes,
            Self::ManagedApp(v) => &v.notes,
            Self::ManagedIosLobApp(v) => &v.notes,
            Self::ManagedIosStoreApp(v) => &v.notes,
            Self::ManagedMobileLobApp(v) => &v.notes,
            Self::MicrosoftStoreForBusinessApp(v) => &v.notes,
            Self::MobileLobApp(v) => &v.notes,
            Self::OfficeSuiteApp(v) => &v.notes,
            Self::WebApp(v) => &v.notes,
            Self::Win32LobApp(v) => &v.notes,
            Self::WindowsAppX(v) => &v.notes,
            Self::WindowsMicrosoftEdgeApp(v) => &v.notes,
            Self::WindowsMobileMsi(v) => &v.notes,
            Self::WindowsPhone81AppX(v) => &v.notes,
            Self::WindowsPhone81AppXBundle(v) => &v.notes,
            Self::WindowsPhone81StoreApp(v) => &v.notes,
            Self::WindowsPhoneXap(v) => &v.notes,
            Self::WindowsStoreApp(v) => &v.notes,
            Self::WindowsUniversalAppX(v) => &v.notes,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &mut v.notes,
            Self::AndroidForWorkApp(v) => &mut v.notes,
            Self::AndroidLobApp(v) => &mut v.notes,
            Self::AndroidManagedStoreApp(v) => &mut v.notes,
            Self::AndroidManagedStoreWebApp(v) => &mut v.notes,
            Self::AndroidStoreApp(v) => &mut v.notes,
            Self::IosLobApp(v) => &mut v.notes,
            Self::IosStoreApp(v) => &mut v.notes,
            Self::IosVppApp(v) => &mut v.notes,
            Self::MacOsLobApp(v) => &mut v.notes,
            Self::MacOsMdatpApp(v) => &mut v.notes,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.notes,
            Self::MacOsOfficeSuiteApp(v) => &mut v.notes,
            Self::MacOsVppApp(v) => &mut v.notes,
            Self::ManagedAndroidLobApp(v) => &mut v.notes,
            Self::ManagedAndroidStoreApp(v) => &mut v.notes,
            Self::ManagedApp(v) => &mut v.notes,
            Self::ManagedIosLobApp(v) => &mut v.notes,
            Self::ManagedIosStoreApp(v) => &mut v.notes,
            Self::ManagedMobileLobApp(v) => &mut v.notes,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.notes,
            Self::MobileLobApp(v) => &mut v.notes,
            Self::OfficeSuiteApp(v) => &mut v.notes,
            Self::WebApp(v) => &mut v.notes,
            Self::Win32LobApp(v) => &mut v.notes,
            Self::WindowsAppX(v) => &mut v.notes,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.notes,
            Self::WindowsMobileMsi(v) => &mut v.notes,
            Self::WindowsPhone81AppX(v) => &mut v.notes,
            Self::WindowsPhone81AppXBundle(v) => &mut v.notes,
            Self::WindowsPhone81StoreApp(v) => &mut v.notes,
            Self::WindowsPhoneXap(v) => &mut v.notes,
            Self::WindowsStoreApp(v) => &mut v.notes,
            Self::WindowsUniversalAppX(v) => &mut v.notes,
        }
    }
    /// `owner` of any variant.
    #[inline]
    pub fn owner(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &v.owner,
            Self::AndroidForWorkApp(v) => &v.owner,
            Self::AndroidLobApp(v) => &v.owner,
            Self::AndroidManagedStoreApp(v) => &v.owner,
            Self::AndroidManagedStoreWebApp(v) => &v.owner,
            Self::AndroidStoreApp(v) => &v.owner,
            Self::IosLobApp(v) => &v.owner,
            Self::IosStoreApp(v) => &v.owner,
            Self::IosVppApp(v) => &v.owner,
            Self::MacOsLobApp(v) => &v.owner,
            Self::MacOsMdatpApp(v) => &v.owner,
            Self::MacOsMicrosoftEdgeApp(v) => &v.owner,
            Self::MacOsOfficeSuiteApp(v) => &v.owner,
            Self::MacOsVppApp(v) => &v.owner,
            Self::ManagedAndroidLobApp(v) => &v.owner,
            Self::ManagedAndroidStoreApp(v) => &v.owner,
            Self::ManagedApp(v) => &v.owner,
            Self::ManagedIosLobApp(v) => &v.owner,
            Self::ManagedIosStoreApp(v) => &v.owner,
            Self::ManagedMobileLobApp(v) => &v.owner,
            Self::MicrosoftStoreForBusinessApp(v) => &v.owner,
            Self::MobileLobApp(v) => &v.owner,
            Self::OfficeSuiteApp(v) => &v.owner,
            Self::WebApp(v) => &v.owner,
            Self::Win32LobApp(v) => &v.owner,
            Self::WindowsAppX(v) => &v.owner,
            Self::WindowsMicrosoftEdgeApp(v) => &v.owner,
            Self::WindowsMobileMsi(v) => &v.owner,
            Self::WindowsPhone81AppX(v) => &v.owner,
            Self::WindowsPhone81AppXBundle(v) => &v.owner,
            Self::WindowsPhone81StoreApp(v) => &v.owner,
            Self::WindowsPhoneXap(v) => &v.owner,
            Self::WindowsStoreApp(v) => &v.owner,
            Self::WindowsUniversalAppX(v) => &v.owner,
        }
    }
    /// `owner` of any variant.
    #[inline]
    pub fn owner_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &mut v.owner,
            Self::AndroidForWorkApp(v) => &mut v.owner,
            Self::AndroidLobApp(v) => &mut v.owner,
            Self::AndroidManagedStoreApp(v) => &mut v.owner,
            Self::AndroidManagedStoreWebApp(v) => &mut v.owner,
            Self::AndroidStoreApp(v) => &mut v.owner,
            Self::IosLobApp(v) => &mut v.owner,
            Self::IosStoreApp(v) => &mut v.owner,
            Self::IosVppApp(v) => &mut v.owner,
            Self::MacOsLobApp(v) => &mut v.owner,
            Self::MacOsMdatpApp(v) => &mut v.owner,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.owner,
            Self::MacOsOfficeSuiteApp(v) => &mut v.owner,
            Self::MacOsVppApp(v) => &mut v.owner,
            Self::ManagedAndroidLobApp(v) => &mut v.owner,
            Self::ManagedAndroidStoreApp(v) => &mut v.owner,
            Self::ManagedApp(v) => &mut v.owner,
            Self::ManagedIosLobApp(v) => &mut v.owner,
            Self::ManagedIosStoreApp(v) => &mut v.owner,
            Self::ManagedMobileLobApp(v) => &mut v.owner,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.owner,
            Self::MobileLobApp(v) => &mut v.owner,
            Self::OfficeSuiteApp(v) => &mut v.owner,
            Self::WebApp(v) => &mut v.owner,
            Self::Win32LobApp(v) => &mut v.owner,
            Self::WindowsAppX(v) => &mut v.owner,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.owner,
            Self::WindowsMobileMsi(v) => &mut v.owner,
            Self::WindowsPhone81AppX(v) => &mut v.owner,
            Self::WindowsPhone81AppXBundle(v) => &mut v.owner,
            Self::WindowsPhone81StoreApp(v) => &mut v.owner,
            Self::WindowsPhoneXap(v) => &mut v.owner,
            Self::WindowsStoreApp(v) => &mut v.owner,
            Self::WindowsUniversalAppX(v) => &mut v.owner,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &v.privacy_information_url,
            Self::AndroidForWorkApp(v) => &v.privacy_information_url,
            Self::AndroidLobApp(v) => &v.privacy_information_url,
            Self::AndroidManagedStoreApp(v) => &v.privacy_information_url,
            Self::AndroidManagedStoreWebApp(v) => &v.privacy_information_url,
            Self::AndroidStoreApp(v) => &v.privacy_information_url,
            Self::IosLobApp(v) => &v.privacy_information_url,
            Self::IosStoreApp(v) => &v.privacy_information_url,
            Self::IosVppApp(v) => &v.privacy_information_url,
            Self::MacOsLobApp(v) => &v.privacy_information_url,
            Self::MacOsMdatpApp(v) => &v.privacy_information_url,
            Self::MacOsMicrosoftEdgeApp(v) => &v.privacy_information_url,
            Self::MacOsOfficeSuiteApp(v) => &v.privacy_information_url,
            Self::MacOsVppApp(v) => &v.privacy_information_url,
            Self::ManagedAndroidLobApp(v) => &v.privacy_information_url,
            Self::ManagedAndroidStoreApp(v) => &v.privacy_information_url,
            Self::ManagedApp(v) => &v.privacy_information_url,
            Self::ManagedIosLobApp(v) => &v.privacy_information_url,
            Self::ManagedIosStoreApp(v) => &v.privacy_information_url,
            Self::ManagedMobileLobApp(v) => &v.privacy_information_url,
            Self::MicrosoftStoreForBusinessApp(v) => &v.privacy_information_url,
            Self::MobileLobApp(v) => &v.privacy_information_url,
            Self::OfficeSuiteApp(v) => &v.privacy_information_url,
            Self::WebApp(v) => &v.privacy_information_url,
            Self::Win32LobApp(v) => &v.privacy_information_url,
            Self::WindowsAppX(v) => &v.privacy_information_url,
            Self::WindowsMicrosoftEdgeApp(v) => &v.privacy_information_url,
            Self::WindowsMobileMsi(v) => &v.privacy_information_url,
            Self::WindowsPhone81AppX(v) => &v.privacy_information_url,
            Self::WindowsPhone81AppXBundle(v) => &v.privacy_information_url,
            Self::WindowsPhone81StoreApp(v) => &v.privacy_information_url,
            Self::WindowsPhoneXap(v) => &v.privacy_information_url,
            Self::WindowsStoreApp(v) => &v.privacy_information_url,
            Self::WindowsUniversalAppX(v) => &v.privacy_information_url,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &mut v.privacy_information_url,
            Self::AndroidForWorkApp(v) => &mut v.privacy_information_url,
            Self::AndroidLobApp(v) => &mut v.privacy_information_url,
            Self::AndroidManagedStoreApp(v) => &mut v.privacy_information_url,
            Self::AndroidManagedStoreWebApp(v) => &mut v.privacy_information_url,
            Self::AndroidStoreApp(v) => &mut v.privacy_information_url,
            Self::IosLobApp(v) => &mut v.privacy_information_url,
            Self::IosStoreApp(v) => &mut v.privacy_information_url,
            Self::IosVppApp(v) => &mut v.privacy_information_url,
            Self::MacOsLobApp(v) => &mut v.privacy_information_url,
            Self::MacOsMdatpApp(v) => &mut v.privacy_information_url,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.privacy_information_url,
            Self::MacOsOfficeSuiteApp(v) => &mut v.privacy_information_url,
            Self::MacOsVppApp(v) => &mut v.privacy_information_url,
            Self::ManagedAndroidLobApp(v) => &mut v.privacy_information_url,
            Self::ManagedAndroidStoreApp(v) => &mut v.privacy_information_url,
            Self::ManagedApp(v) => &mut v.privacy_information_url,
            Self::ManagedIosLobApp(v) => &mut v.privacy_information_url,
            Self::ManagedIosStoreApp(v) => &mut v.privacy_information_url,
            Self::ManagedMobileLobApp(v) => &mut v.privacy_information_url,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.privacy_information_url,
            Self::MobileLobApp(v) => &mut v.privacy_information_url,
            Self::OfficeSuiteApp(v) => &mut v.privacy_information_url,
            Self::WebApp(v) => &mut v.privacy_information_url,
            Self::Win32LobApp(v) => &mut v.privacy_information_url,
            Self::WindowsAppX(v) => &mut v.privacy_information_url,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.privacy_information_url,
            Self::WindowsMobileMsi(v) => &mut v.privacy_information_url,
            Self::WindowsPhone81AppX(v) => &mut v.privacy_information_url,
            Self::WindowsPhone81AppXBundle(v) => &mut v.privacy_information_url,
            Self::WindowsPhone81StoreApp(v) => &mut v.privacy_information_url,
            Self::WindowsPhoneXap(v) => &mut v.privacy_information_url,
            Self::WindowsStoreApp(v) => &mut v.privacy_information_url,
            Self::WindowsUniversalAppX(v) => &mut v.privacy_information_url,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &v.publisher,
            Self::AndroidForWorkApp(v) => &v.publisher,
            Self::AndroidLobApp(v) => &v.publisher,
            Self::AndroidManagedStoreApp(v) => &v.publisher,
            Self::AndroidManagedStoreWebApp(v) => &v.publisher,
            Self::AndroidStoreApp(v) => &v.publisher,
            Self::IosLobApp(v) => &v.publisher,
            Self::IosStoreApp(v) => &v.publisher,
            Self::IosVppApp(v) => &v.publisher,
            Self::MacOsLobApp(v) => &v.publisher,
            Self::MacOsMdatpApp(v) => &v.publisher,
            Self::MacOsMicrosoftEdgeApp(v) => &v.publisher,
            Self::MacOsOfficeSuiteApp(v) => &v.publisher,
            Self::MacOsVppApp(v) => &v.publisher,
            Self::ManagedAndroidLobApp(v) => &v.publisher,
            Self::ManagedAndroidStoreApp(v) => &v.publisher,
            Self::ManagedApp(v) => &v.publisher,
            Self::ManagedIosLobApp(v) => &v.publisher,
            Self::ManagedIosStoreApp(v) => &v.publisher,
            Self::ManagedMobileLobApp(v) => &v.publisher,
            Self::MicrosoftStoreForBusinessApp(v) => &v.publisher,
            Self::MobileLobApp(v) => &v.publisher,
            Self::OfficeSuiteApp(v) => &v.publisher,
            Self::WebApp(v) => &v.publisher,
            Self::Win32LobApp(v) => &v.publisher,
            Self::WindowsAppX(v) => &v.publisher,
            Self::WindowsMicrosoftEdgeApp(v) => &v.publisher,
            Self::WindowsMobileMsi(v) => &v.publisher,
            Self::WindowsPhone81AppX(v) => &v.publisher,
            Self::WindowsPhone81AppXBundle(v) => &v.publisher,
            Self::WindowsPhone81StoreApp(v) => &v.publisher,
            Self::WindowsPhoneXap(v) => &v.publisher,
            Self::WindowsStoreApp(v) => &v.publisher,
            Self::WindowsUniversalAppX(v) => &v.publisher,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileApp(v) => &mut v.publisher,
            Self::AndroidForWorkApp(v) => &mut v.publisher,
            Self::AndroidLobApp(v) => &mut v.publisher,
            Self::AndroidManagedStoreApp(v) => &mut v.publisher,
            Self::AndroidManagedStoreWebApp(v) => &mut v.publisher,
            Self::AndroidStoreApp(v) => &mut v.publisher,
            Self::IosLobApp(v) => &mut v.publisher,
            Self::IosStoreApp(v) => &mut v.publisher,
            Self::IosVppApp(v) => &mut v.publisher,
            Self::MacOsLobApp(v) => &mut v.publisher,
            Self::MacOsMdatpApp(v) => &mut v.publisher,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.publisher,
            Self::MacOsOfficeSuiteApp(v) => &mut v.publisher,
            Self::MacOsVppApp(v) => &mut v.publisher,
            Self::ManagedAndroidLobApp(v) => &mut v.publisher,
            Self::ManagedAndroidStoreApp(v) => &mut v.publisher,
            Self::ManagedApp(v) => &mut v.publisher,
            Self::ManagedIosLobApp(v) => &mut v.publisher,
            Self::ManagedIosStoreApp(v) => &mut v.publisher,
            Self::ManagedMobileLobApp(v) => &mut v.publisher,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.publisher,
            Self::MobileLobApp(v) => &mut v.publisher,
            Self::OfficeSuiteApp(v) => &mut v.publisher,
            Self::WebApp(v) => &mut v.publisher,
            Self::Win32LobApp(v) => &mut v.publisher,
            Self::WindowsAppX(v) => &mut v.publisher,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.publisher,
            Self::WindowsMobileMsi(v) => &mut v.publisher,
            Self::WindowsPhone81AppX(v) => &mut v.publisher,
            Self::WindowsPhone81AppXBundle(v) => &mut v.publisher,
            Self::WindowsPhone81StoreApp(v) => &mut v.publisher,
            Self::WindowsPhoneXap(v) => &mut v.publisher,
            Self::WindowsStoreApp(v) => &mut v.publisher,
            Self::WindowsUniversalAppX(v) => &mut v.publisher,
        }
    }
    /// `publishingState` of any variant.
    #[inline]
    pub fn publishing_state(&self) -> &rt::Field<crate::beta::MobileAppPublishingState> {
        match self {
            Self::MobileApp(v) => &v.publishing_state,
            Self::AndroidForWorkApp(v) => &v.publishing_state,
            Self::AndroidLobApp(v) => &v.publishing_state,
            Self::AndroidManagedStoreApp(v) => &v.publishing_state,
            Self::AndroidManagedStoreWebApp(v) => &v.publishing_state,
            Self::AndroidStoreApp(v) => &v.publishing_state,
            Self::IosLobApp(v) => &v.publishing_state,
            Self::IosStoreApp(v) => &v.publishing_state,
            Self::IosVppApp(v) => &v.publishing_state,
            Self::MacOsLobApp(v) => &v.publishing_state,
            Self::MacOsMdatpApp(v) => &v.publishing_state,
            Self::MacOsMicrosoftEdgeApp(v) => &v.publishing_state,
            Self::MacOsOfficeSuiteApp(v) => &v.publishing_state,
            Self::MacOsVppApp(v) => &v.publishing_state,
            Self::ManagedAndroidLobApp(v) => &v.publishing_state,
            Self::ManagedAndroidStoreApp(v) => &v.publishing_state,
            Self::ManagedApp(v) => &v.publishing_state,
            Self::ManagedIosLobApp(v) => &v.publishing_state,
            Self::ManagedIosStoreApp(v) => &v.publishing_state,
            Self::ManagedMobileLobApp(v) => &v.publishing_state,
            Self::MicrosoftStoreForBusinessApp(v) => &v.publishing_state,
            Self::MobileLobApp(v) => &v.publishing_state,
            Self::OfficeSuiteApp(v) => &v.publishing_state,
            Self::WebApp(v) => &v.publishing_state,
            Self::Win32LobApp(v) => &v.publishing_state,
            Self::WindowsAppX(v) => &v.publishing_state,
            Self::WindowsMicrosoftEdgeApp(v) => &v.publishing_state,
            Self::WindowsMobileMsi(v) => &v.publishing_state,
            Self::WindowsPhone81AppX(v) => &v.publishing_state,
            Self::WindowsPhone81AppXBundle(v) => &v.publishing_state,
            Self::WindowsPhone81StoreApp(v) => &v.publishing_state,
            Self::WindowsPhoneXap(v) => &v.publishing_state,
            Self::WindowsStoreApp(v) => &v.publishing_state,
            Self::WindowsUniversalAppX(v) => &v.publishing_state,
        }
    }
    /// `publishingState` of any variant.
    #[inline]
    pub fn publishing_state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::MobileAppPublishingState> {
        match self {
            Self::MobileApp(v) => &mut v.publishing_state,
            Self::AndroidForWorkApp(v) => &mut v.publishing_state,
            Self::AndroidLobApp(v) => &mut v.publishing_state,
            Self::AndroidManagedStoreApp(v) => &mut v.publishing_state,
            Self::AndroidManagedStoreWebApp(v) => &mut v.publishing_state,
            Self::AndroidStoreApp(v) => &mut v.publishing_state,
            Self::IosLobApp(v) => &mut v.publishing_state,
            Self::IosStoreApp(v) => &mut v.publishing_state,
            Self::IosVppApp(v) => &mut v.publishing_state,
            Self::MacOsLobApp(v) => &mut v.publishing_state,
            Self::MacOsMdatpApp(v) => &mut v.publishing_state,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.publishing_state,
            Self::MacOsOfficeSuiteApp(v) => &mut v.publishing_state,
            Self::MacOsVppApp(v) => &mut v.publishing_state,
            Self::ManagedAndroidLobApp(v) => &mut v.publishing_state,
            Self::ManagedAndroidStoreApp(v) => &mut v.publishing_state,
            Self::ManagedApp(v) => &mut v.publishing_state,
            Self::ManagedIosLobApp(v) => &mut v.publishing_state,
            Self::ManagedIosStoreApp(v) => &mut v.publishing_state,
            Self::ManagedMobileLobApp(v) => &mut v.publishing_state,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.publishing_state,
            Self::MobileLobApp(v) => &mut v.publishing_state,
            Self::OfficeSuiteApp(v) => &mut v.publishing_state,
            Self::WebApp(v) => &mut v.publishing_state,
            Self::Win32LobApp(v) => &mut v.publishing_state,
            Self::WindowsAppX(v) => &mut v.publishing_state,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.publishing_state,
            Self::WindowsMobileMsi(v) => &mut v.publishing_state,
            Self::WindowsPhone81AppX(v) => &mut v.publishing_state,
            Self::WindowsPhone81AppXBundle(v) => &mut v.publishing_state,
            Self::WindowsPhone81StoreApp(v) => &mut v.publishing_state,
            Self::WindowsPhoneXap(v) => &mut v.publishing_state,
            Self::WindowsStoreApp(v) => &mut v.publishing_state,
            Self::WindowsUniversalAppX(v) => &mut v.publishing_state,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::MobileApp(v) => &v.role_scope_tag_ids,
            Self::AndroidForWorkApp(v) => &v.role_scope_tag_ids,
            Self::AndroidLobApp(v) => &v.role_scope_tag_ids,
            Self::AndroidManagedStoreApp(v) => &v.role_scope_tag_ids,
            Self::AndroidManagedStoreWebApp(v) => &v.role_scope_tag_ids,
            Self::AndroidStoreApp(v) => &v.role_scope_tag_ids,
            Self::IosLobApp(v) => &v.role_scope_tag_ids,
            Self::IosStoreApp(v) => &v.role_scope_tag_ids,
            Self::IosVppApp(v) => &v.role_scope_tag_ids,
            Self::MacOsLobApp(v) => &v.role_scope_tag_ids,
            Self::MacOsMdatpApp(v) => &v.role_scope_tag_ids,
            Self::MacOsMicrosoftEdgeApp(v) => &v.role_scope_tag_ids,
            Self::MacOsOfficeSuiteApp(v) => &v.role_scope_tag_ids,
            Self::MacOsVppApp(v) => &v.role_scope_tag_ids,
            Self::ManagedAndroidLobApp(v) => &v.role_scope_tag_ids,
            Self::ManagedAndroidStoreApp(v) => &v.role_scope_tag_ids,
            Self::ManagedApp(v) => &v.role_scope_tag_ids,
            Self::ManagedIosLobApp(v) => &v.role_scope_tag_ids,
            Self::ManagedIosStoreApp(v) => &v.role_scope_tag_ids,
            Self::ManagedMobileLobApp(v) => &v.role_scope_tag_ids,
            Self::MicrosoftStoreForBusinessApp(v) => &v.role_scope_tag_ids,
            Self::MobileLobApp(v) => &v.role_scope_tag_ids,
            Self::OfficeSuiteApp(v) => &v.role_scope_tag_ids,
            Self::WebApp(v) => &v.role_scope_tag_ids,
            Self::Win32LobApp(v) => &v.role_scope_tag_ids,
            Self::WindowsAppX(v) => &v.role_scope_tag_ids,
            Self::WindowsMicrosoftEdgeApp(v) => &v.role_scope_tag_ids,
            Self::WindowsMobileMsi(v) => &v.role_scope_tag_ids,
            Self::WindowsPhone81AppX(v) => &v.role_scope_tag_ids,
            Self::WindowsPhone81AppXBundle(v) => &v.role_scope_tag_ids,
            Self::WindowsPhone81StoreApp(v) => &v.role_scope_tag_ids,
            Self::WindowsPhoneXap(v) => &v.role_scope_tag_ids,
            Self::WindowsStoreApp(v) => &v.role_scope_tag_ids,
            Self::WindowsUniversalAppX(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::MobileApp(v) => &mut v.role_scope_tag_ids,
            Self::AndroidForWorkApp(v) => &mut v.role_scope_tag_ids,
            Self::AndroidLobApp(v) => &mut v.role_scope_tag_ids,
            Self::AndroidManagedStoreApp(v) => &mut v.role_scope_tag_ids,
            Self::AndroidManagedStoreWebApp(v) => &mut v.role_scope_tag_ids,
            Self::AndroidStoreApp(v) => &mut v.role_scope_tag_ids,
            Self::IosLobApp(v) => &mut v.role_scope_tag_ids,
            Self::IosStoreApp(v) => &mut v.role_scope_tag_ids,
            Self::IosVppApp(v) => &mut v.role_scope_tag_ids,
            Self::MacOsLobApp(v) => &mut v.role_scope_tag_ids,
            Self::MacOsMdatpApp(v) => &mut v.role_scope_tag_ids,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.role_scope_tag_ids,
            Self::MacOsOfficeSuiteApp(v) => &mut v.role_scope_tag_ids,
            Self::MacOsVppApp(v) => &mut v.role_scope_tag_ids,
            Self::ManagedAndroidLobApp(v) => &mut v.role_scope_tag_ids,
            Self::ManagedAndroidStoreApp(v) => &mut v.role_scope_tag_ids,
            Self::ManagedApp(v) => &mut v.role_scope_tag_ids,
            Self::ManagedIosLobApp(v) => &mut v.role_scope_tag_ids,
            Self::ManagedIosStoreApp(v) => &mut v.role_scope_tag_ids,
            Self::ManagedMobileLobApp(v) => &mut v.role_scope_tag_ids,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.role_scope_tag_ids,
            Self::MobileLobApp(v) => &mut v.role_scope_tag_ids,
            Self::OfficeSuiteApp(v) => &mut v.role_scope_tag_ids,
            Self::WebApp(v) => &mut v.role_scope_tag_ids,
            Self::Win32LobApp(v) => &mut v.role_scope_tag_ids,
            Self::WindowsAppX(v) => &mut v.role_scope_tag_ids,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.role_scope_tag_ids,
            Self::WindowsMobileMsi(v) => &mut v.role_scope_tag_ids,
            Self::WindowsPhone81AppX(v) => &mut v.role_scope_tag_ids,
            Self::WindowsPhone81AppXBundle(v) => &mut v.role_scope_tag_ids,
            Self::WindowsPhone81StoreApp(v) => &mut v.role_scope_tag_ids,
            Self::WindowsPhoneXap(v) => &mut v.role_scope_tag_ids,
            Self::WindowsStoreApp(v) => &mut v.role_scope_tag_ids,
            Self::WindowsUniversalAppX(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supersededAppCount` of any variant.
    #[inline]
    pub fn superseded_app_count(&self) -> &rt::Field<i32> {
        match self {
            Self::MobileApp(v) => &v.superseded_app_count,
            Self::AndroidForWorkApp(v) => &v.superseded_app_count,
            Self::AndroidLobApp(v) => &v.superseded_app_count,
            Self::AndroidManagedStoreApp(v) => &v.superseded_app_count,
            Self::AndroidManagedStoreWebApp(v) => &v.superseded_app_count,
            Self::AndroidStoreApp(v) => &v.superseded_app_count,
            Self::IosLobApp(v) => &v.superseded_app_count,
            Self::IosStoreApp(v) => &v.superseded_app_count,
            Self::IosVppApp(v) => &v.superseded_app_count,
            Self::MacOsLobApp(v) => &v.superseded_app_count,
            Self::MacOsMdatpApp(v) => &v.superseded_app_count,
            Self::MacOsMicrosoftEdgeApp(v) => &v.superseded_app_count,
            Self::MacOsOfficeSuiteApp(v) => &v.superseded_app_count,
            Self::MacOsVppApp(v) => &v.superseded_app_count,
            Self::ManagedAndroidLobApp(v) => &v.superseded_app_count,
            Self::ManagedAndroidStoreApp(v) => &v.superseded_app_count,
            Self::ManagedApp(v) => &v.superseded_app_count,
            Self::ManagedIosLobApp(v) => &v.superseded_app_count,
            Self::ManagedIosStoreApp(v) => &v.superseded_app_count,
            Self::ManagedMobileLobApp(v) => &v.superseded_app_count,
            Self::MicrosoftStoreForBusinessApp(v) => &v.superseded_app_count,
            Self::MobileLobApp(v) => &v.superseded_app_count,
            Self::OfficeSuiteApp(v) => &v.superseded_app_count,
            Self::WebApp(v) => &v.superseded_app_count,
            Self::Win32LobApp(v) => &v.superseded_app_count,
            Self::WindowsAppX(v) => &v.superseded_app_count,
            Self::WindowsMicrosoftEdgeApp(v) => &v.superseded_app_count,
            Self::WindowsMobileMsi(v) => &v.superseded_app_count,
            Self::WindowsPhone81AppX(v) => &v.superseded_app_count,
            Self::WindowsPhone81AppXBundle(v) => &v.superseded_app_count,
            Self::WindowsPhone81StoreApp(v) => &v.superseded_app_count,
            Self::WindowsPhoneXap(v) => &v.superseded_app_count,
            Self::WindowsStoreApp(v) => &v.superseded_app_count,
            Self::WindowsUniversalAppX(v) => &v.superseded_app_count,
        }
    }
    /// `supersededAppCount` of any variant.
    #[inline]
    pub fn superseded_app_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::MobileApp(v) => &mut v.superseded_app_count,
            Self::AndroidForWorkApp(v) => &mut v.superseded_app_count,
            Self::AndroidLobApp(v) => &mut v.superseded_app_count,
            Self::AndroidManagedStoreApp(v) => &mut v.superseded_app_count,
            Self::AndroidManagedStoreWebApp(v) => &mut v.superseded_app_count,
            Self::AndroidStoreApp(v) => &mut v.superseded_app_count,
            Self::IosLobApp(v) => &mut v.superseded_app_count,
            Self::IosStoreApp(v) => &mut v.superseded_app_count,
            Self::IosVppApp(v) => &mut v.superseded_app_count,
            Self::MacOsLobApp(v) => &mut v.superseded_app_count,
            Self::MacOsMdatpApp(v) => &mut v.superseded_app_count,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.superseded_app_count,
            Self::MacOsOfficeSuiteApp(v) => &mut v.superseded_app_count,
            Self::MacOsVppApp(v) => &mut v.superseded_app_count,
            Self::ManagedAndroidLobApp(v) => &mut v.superseded_app_count,
            Self::ManagedAndroidStoreApp(v) => &mut v.superseded_app_count,
            Self::ManagedApp(v) => &mut v.superseded_app_count,
            Self::ManagedIosLobApp(v) => &mut v.superseded_app_count,
            Self::ManagedIosStoreApp(v) => &mut v.superseded_app_count,
            Self::ManagedMobileLobApp(v) => &mut v.superseded_app_count,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.superseded_app_count,
            Self::MobileLobApp(v) => &mut v.superseded_app_count,
            Self::OfficeSuiteApp(v) => &mut v.superseded_app_count,
            Self::WebApp(v) => &mut v.superseded_app_count,
            Self::Win32LobApp(v) => &mut v.superseded_app_count,
            Self::WindowsAppX(v) => &mut v.superseded_app_count,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.superseded_app_count,
            Self::WindowsMobileMsi(v) => &mut v.superseded_app_count,
            Self::WindowsPhone81AppX(v) => &mut v.superseded_app_count,
            Self::WindowsPhone81AppXBundle(v) => &mut v.superseded_app_count,
            Self::WindowsPhone81StoreApp(v) => &mut v.superseded_app_count,
            Self::WindowsPhoneXap(v) => &mut v.superseded_app_count,
            Self::WindowsStoreApp(v) => &mut v.superseded_app_count,
            Self::WindowsUniversalAppX(v) => &mut v.superseded_app_count,
        }
    }
    /// `supersedingAppCount` of any variant.
    #[inline]
    pub fn superseding_app_count(&self) -> &rt::Field<i32> {
        match self {
            Self::MobileApp(v) => &v.superseding_app_count,
            Self::AndroidForWorkApp(v) => &v.superseding_app_count,
            Self::AndroidLobApp(v) => &v.superseding_app_count,
            Self::AndroidManagedStoreApp(v) => &v.superseding_app_count,
            Self::AndroidManagedStoreWebApp(v) => &v.superseding_app_count,
            Self::AndroidStoreApp(v) => &v.superseding_app_count,
            Self::IosLobApp(v) => &v.superseding_app_count,
            Self::IosStoreApp(v) => &v.superseding_app_count,
            Self::IosVppApp(v) => &v.superseding_app_count,
            Self::MacOsLobApp(v) => &v.superseding_app_count,
            Self::MacOsMdatpApp(v) => &v.superseding_app_count,
            Self::MacOsMicrosoftEdgeApp(v) => &v.superseding_app_count,
            Self::MacOsOfficeSuiteApp(v) => &v.superseding_app_count,
            Self::MacOsVppApp(v) => &v.superseding_app_count,
            Self::ManagedAndroidLobApp(v) => &v.superseding_app_count,
            Self::ManagedAndroidStoreApp(v) => &v.superseding_app_count,
            Self::ManagedApp(v) => &v.superseding_app_count,
            Self::ManagedIosLobApp(v) => &v.superseding_app_count,
            Self::ManagedIosStoreApp(v) => &v.superseding_app_count,
            Self::ManagedMobileLobApp(v) => &v.superseding_app_count,
            Self::MicrosoftStoreForBusinessApp(v) => &v.superseding_app_count,
            Self::MobileLobApp(v) => &v.superseding_app_count,
            Self::OfficeSuiteApp(v) => &v.superseding_app_count,
            Self::WebApp(v) => &v.superseding_app_count,
            Self::Win32LobApp(v) => &v.superseding_app_count,
            Self::WindowsAppX(v) => &v.superseding_app_count,
            Self::WindowsMicrosoftEdgeApp(v) => &v.superseding_app_count,
            Self::WindowsMobileMsi(v) => &v.superseding_app_count,
            Self::WindowsPhone81AppX(v) => &v.superseding_app_count,
            Self::WindowsPhone81AppXBundle(v) => &v.superseding_app_count,
            Self::WindowsPhone81StoreApp(v) => &v.superseding_app_count,
            Self::WindowsPhoneXap(v) => &v.superseding_app_count,
            Self::WindowsStoreApp(v) => &v.superseding_app_count,
            Self::WindowsUniversalAppX(v) => &v.superseding_app_count,
        }
    }
    /// `supersedingAppCount` of any variant.
    #[inline]
    pub fn superseding_app_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::MobileApp(v) => &mut v.superseding_app_count,
            Self::AndroidForWorkApp(v) => &mut v.superseding_app_count,
            Self::AndroidLobApp(v) => &mut v.superseding_app_count,
            Self::AndroidManagedStoreApp(v) => &mut v.superseding_app_count,
            Self::AndroidManagedStoreWebApp(v) => &mut v.superseding_app_count,
            Self::AndroidStoreApp(v) => &mut v.superseding_app_count,
            Self::IosLobApp(v) => &mut v.superseding_app_count,
            Self::IosStoreApp(v) => &mut v.superseding_app_count,
            Self::IosVppApp(v) => &mut v.superseding_app_count,
            Self::MacOsLobApp(v) => &mut v.superseding_app_count,
            Self::MacOsMdatpApp(v) => &mut v.superseding_app_count,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.superseding_app_count,
            Self::MacOsOfficeSuiteApp(v) => &mut v.superseding_app_count,
            Self::MacOsVppApp(v) => &mut v.superseding_app_count,
            Self::ManagedAndroidLobApp(v) => &mut v.superseding_app_count,
            Self::ManagedAndroidStoreApp(v) => &mut v.superseding_app_count,
            Self::ManagedApp(v) => &mut v.superseding_app_count,
            Self::ManagedIosLobApp(v) => &mut v.superseding_app_count,
            Self::ManagedIosStoreApp(v) => &mut v.superseding_app_count,
            Self::ManagedMobileLobApp(v) => &mut v.superseding_app_count,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.superseding_app_count,
            Self::MobileLobApp(v) => &mut v.superseding_app_count,
            Self::OfficeSuiteApp(v) => &mut v.superseding_app_count,
            Self::WebApp(v) => &mut v.superseding_app_count,
            Self::Win32LobApp(v) => &mut v.superseding_app_count,
            Self::WindowsAppX(v) => &mut v.superseding_app_count,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.superseding_app_count,
            Self::WindowsMobileMsi(v) => &mut v.superseding_app_count,
            Self::WindowsPhone81AppX(v) => &mut v.superseding_app_count,
            Self::WindowsPhone81AppXBundle(v) => &mut v.superseding_app_count,
            Self::WindowsPhone81StoreApp(v) => &mut v.superseding_app_count,
            Self::WindowsPhoneXap(v) => &mut v.superseding_app_count,
            Self::WindowsStoreApp(v) => &mut v.superseding_app_count,
            Self::WindowsUniversalAppX(v) => &mut v.superseding_app_count,
        }
    }
    /// `uploadState` of any variant.
    #[inline]
    pub fn upload_state(&self) -> &rt::Field<i32> {
        match self {
            Self::MobileApp(v) => &v.upload_state,
            Self::AndroidForWorkApp(v) => &v.upload_state,
            Self::AndroidLobApp(v) => &v.upload_state,
            Self::AndroidManagedStoreApp(v) => &v.upload_state,
            Self::AndroidManagedStoreWebApp(v) => &v.upload_state,
            Self::AndroidStoreApp(v) => &v.upload_state,
            Self::IosLobApp(v) => &v.upload_state,
            Self::IosStoreApp(v) => &v.upload_state,
            Self::IosVppApp(v) => &v.upload_state,
            Self::MacOsLobApp(v) => &v.upload_state,
            Self::MacOsMdatpApp(v) => &v.upload_state,
            Self::MacOsMicrosoftEdgeApp(v) => &v.upload_state,
            Self::MacOsOfficeSuiteApp(v) => &v.upload_state,
            Self::MacOsVppApp(v) => &v.upload_state,
            Self::ManagedAndroidLobApp(v) => &v.upload_state,
            Self::ManagedAndroidStoreApp(v) => &v.upload_state,
            Self::ManagedApp(v) => &v.upload_state,
            Self::ManagedIosLobApp(v) => &v.upload_state,
            Self::ManagedIosStoreApp(v) => &v.upload_state,
            Self::ManagedMobileLobApp(v) => &v.upload_state,
            Self::MicrosoftStoreForBusinessApp(v) => &v.upload_state,
            Self::MobileLobApp(v) => &v.upload_state,
            Self::OfficeSuiteApp(v) => &v.upload_state,
            Self::WebApp(v) => &v.upload_state,
            Self::Win32LobApp(v) => &v.upload_state,
            Self::WindowsAppX(v) => &v.upload_state,
            Self::WindowsMicrosoftEdgeApp(v) => &v.upload_state,
            Self::WindowsMobileMsi(v) => &v.upload_state,
            Self::WindowsPhone81AppX(v) => &v.upload_state,
            Self::WindowsPhone81AppXBundle(v) => &v.upload_state,
            Self::WindowsPhone81StoreApp(v) => &v.upload_state,
            Self::WindowsPhoneXap(v) => &v.upload_state,
            Self::WindowsStoreApp(v) => &v.upload_state,
            Self::WindowsUniversalAppX(v) => &v.upload_state,
        }
    }
    /// `uploadState` of any variant.
    #[inline]
    pub fn upload_state_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::MobileApp(v) => &mut v.upload_state,
            Self::AndroidForWorkApp(v) => &mut v.upload_state,
            Self::AndroidLobApp(v) => &mut v.upload_state,
            Self::AndroidManagedStoreApp(v) => &mut v.upload_state,
            Self::AndroidManagedStoreWebApp(v) => &mut v.upload_state,
            Self::AndroidStoreApp(v) => &mut v.upload_state,
            Self::IosLobApp(v) => &mut v.upload_state,
            Self::IosStoreApp(v) => &mut v.upload_state,
            Self::IosVppApp(v) => &mut v.upload_state,
            Self::MacOsLobApp(v) => &mut v.upload_state,
            Self::MacOsMdatpApp(v) => &mut v.upload_state,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.upload_state,
            Self::MacOsOfficeSuiteApp(v) => &mut v.upload_state,
            Self::MacOsVppApp(v) => &mut v.upload_state,
            Self::ManagedAndroidLobApp(v) => &mut v.upload_state,
            Self::ManagedAndroidStoreApp(v) => &mut v.upload_state,
            Self::ManagedApp(v) => &mut v.upload_state,
            Self::ManagedIosLobApp(v) => &mut v.upload_state,
            Self::ManagedIosStoreApp(v) => &mut v.upload_state,
            Self::ManagedMobileLobApp(v) => &mut v.upload_state,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.upload_state,
            Self::MobileLobApp(v) => &mut v.upload_state,
            Self::OfficeSuiteApp(v) => &mut v.upload_state,
            Self::WebApp(v) => &mut v.upload_state,
            Self::Win32LobApp(v) => &mut v.upload_state,
            Self::WindowsAppX(v) => &mut v.upload_state,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.upload_state,
            Self::WindowsMobileMsi(v) => &mut v.upload_state,
            Self::WindowsPhone81AppX(v) => &mut v.upload_state,
            Self::WindowsPhone81AppXBundle(v) => &mut v.upload_state,
            Self::WindowsPhone81StoreApp(v) => &mut v.upload_state,
            Self::WindowsPhoneXap(v) => &mut v.upload_state,
            Self::WindowsStoreApp(v) => &mut v.upload_state,
            Self::WindowsUniversalAppX(v) => &mut v.upload_state,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>> {
        match self {
            Self::MobileApp(v) => &v.assignments,
            Self::AndroidForWorkApp(v) => &v.assignments,
            Self::AndroidLobApp(v) => &v.assignments,
            Self::AndroidManagedStoreApp(v) => &v.assignments,
            Self::AndroidManagedStoreWebApp(v) => &v.assignments,
            Self::AndroidStoreApp(v) => &v.assignments,
            Self::IosLobApp(v) => &v.assignments,
            Self::IosStoreApp(v) => &v.assignments,
            Self::IosVppApp(v) => &v.assignments,
            Self::MacOsLobApp(v) => &v.assignments,
            Self::MacOsMdatpApp(v) => &v.assignments,
            Self::MacOsMicrosoftEdgeApp(v) => &v.assignments,
            Self::MacOsOfficeSuiteApp(v) => &v.assignments,
            Self::MacOsVppApp(v) => &v.assignments,
            Self::ManagedAndroidLobApp(v) => &v.assignments,
            Self::ManagedAndroidStoreApp(v) => &v.assignments,
            Self::ManagedApp(v) => &v.assignments,
            Self::ManagedIosLobApp(v) => &v.assignments,
            Self::ManagedIosStoreApp(v) => &v.assignments,
            Self::ManagedMobileLobApp(v) => &v.assignments,
            Self::MicrosoftStoreForBusinessApp(v) => &v.assignments,
            Self::MobileLobApp(v) => &v.assignments,
            Self::OfficeSuiteApp(v) => &v.assignments,
            Self::WebApp(v) => &v.assignments,
            Self::Win32LobApp(v) => &v.assignments,
            Self::WindowsAppX(v) => &v.assignments,
            Self::WindowsMicrosoftEdgeApp(v) => &v.assignments,
            Self::WindowsMobileMsi(v) => &v.assignments,
            Self::WindowsPhone81AppX(v) => &v.assignments,
            Self::WindowsPhone81AppXBundle(v) => &v.assignments,
            Self::WindowsPhone81StoreApp(v) => &v.assignments,
            Self::WindowsPhoneXap(v) => &v.assignments,
            Self::WindowsStoreApp(v) => &v.assignments,
            Self::WindowsUniversalAppX(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>> {
        match self {
            Self::MobileApp(v) => &mut v.assignments,
            Self::AndroidForWorkApp(v) => &mut v.assignments,
            Self::AndroidLobApp(v) => &mut v.assignments,
            Self::AndroidManagedStoreApp(v) => &mut v.assignments,
            Self::AndroidManagedStoreWebApp(v) => &mut v.assignments,
            Self::AndroidStoreApp(v) => &mut v.assignments,
            Self::IosLobApp(v) => &mut v.assignments,
            Self::IosStoreApp(v) => &mut v.assignments,
            Self::IosVppApp(v) => &mut v.assignments,
            Self::MacOsLobApp(v) => &mut v.assignments,
            Self::MacOsMdatpApp(v) => &mut v.assignments,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.assignments,
            Self::MacOsOfficeSuiteApp(v) => &mut v.assignments,
            Self::MacOsVppApp(v) => &mut v.assignments,
            Self::ManagedAndroidLobApp(v) => &mut v.assignments,
            Self::ManagedAndroidStoreApp(v) => &mut v.assignments,
            Self::ManagedApp(v) => &mut v.assignments,
            Self::ManagedIosLobApp(v) => &mut v.assignments,
            Self::ManagedIosStoreApp(v) => &mut v.assignments,
            Self::ManagedMobileLobApp(v) => &mut v.assignments,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.assignments,
            Self::MobileLobApp(v) => &mut v.assignments,
            Self::OfficeSuiteApp(v) => &mut v.assignments,
            Self::WebApp(v) => &mut v.assignments,
            Self::Win32LobApp(v) => &mut v.assignments,
            Self::WindowsAppX(v) => &mut v.assignments,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.assignments,
            Self::WindowsMobileMsi(v) => &mut v.assignments,
            Self::WindowsPhone81AppX(v) => &mut v.assignments,
            Self::WindowsPhone81AppXBundle(v) => &mut v.assignments,
            Self::WindowsPhone81StoreApp(v) => &mut v.assignments,
            Self::WindowsPhoneXap(v) => &mut v.assignments,
            Self::WindowsStoreApp(v) => &mut v.assignments,
            Self::WindowsUniversalAppX(v) => &mut v.assignments,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>> {
        match self {
            Self::MobileApp(v) => &v.categories,
            Self::AndroidForWorkApp(v) => &v.categories,
            Self::AndroidLobApp(v) => &v.categories,
            Self::AndroidManagedStoreApp(v) => &v.categories,
            Self::AndroidManagedStoreWebApp(v) => &v.categories,
            Self::AndroidStoreApp(v) => &v.categories,
            Self::IosLobApp(v) => &v.categories,
            Self::IosStoreApp(v) => &v.categories,
            Self::IosVppApp(v) => &v.categories,
            Self::MacOsLobApp(v) => &v.categories,
            Self::MacOsMdatpApp(v) => &v.categories,
            Self::MacOsMicrosoftEdgeApp(v) => &v.categories,
            Self::MacOsOfficeSuiteApp(v) => &v.categories,
            Self::MacOsVppApp(v) => &v.categories,
            Self::ManagedAndroidLobApp(v) => &v.categories,
            Self::ManagedAndroidStoreApp(v) => &v.categories,
            Self::ManagedApp(v) => &v.categories,
            Self::ManagedIosLobApp(v) => &v.categories,
            Self::ManagedIosStoreApp(v) => &v.categories,
            Self::ManagedMobileLobApp(v) => &v.categories,
            Self::MicrosoftStoreForBusinessApp(v) => &v.categories,
            Self::MobileLobApp(v) => &v.categories,
            Self::OfficeSuiteApp(v) => &v.categories,
            Self::WebApp(v) => &v.categories,
            Self::Win32LobApp(v) => &v.categories,
            Self::WindowsAppX(v) => &v.categories,
            Self::WindowsMicrosoftEdgeApp(v) => &v.categories,
            Self::WindowsMobileMsi(v) => &v.categories,
            Self::WindowsPhone81AppX(v) => &v.categories,
            Self::WindowsPhone81AppXBundle(v) => &v.categories,
            Self::WindowsPhone81StoreApp(v) => &v.categories,
            Self::WindowsPhoneXap(v) => &v.categories,
            Self::WindowsStoreApp(v) => &v.categories,
            Self::WindowsUniversalAppX(v) => &v.categories,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>> {
        match self {
            Self::MobileApp(v) => &mut v.categories,
            Self::AndroidForWorkApp(v) => &mut v.categories,
            Self::AndroidLobApp(v) => &mut v.categories,
            Self::AndroidManagedStoreApp(v) => &mut v.categories,
            Self::AndroidManagedStoreWebApp(v) => &mut v.categories,
            Self::AndroidStoreApp(v) => &mut v.categories,
            Self::IosLobApp(v) => &mut v.categories,
            Self::IosStoreApp(v) => &mut v.categories,
            Self::IosVppApp(v) => &mut v.categories,
            Self::MacOsLobApp(v) => &mut v.categories,
            Self::MacOsMdatpApp(v) => &mut v.categories,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.categories,
            Self::MacOsOfficeSuiteApp(v) => &mut v.categories,
            Self::MacOsVppApp(v) => &mut v.categories,
            Self::ManagedAndroidLobApp(v) => &mut v.categories,
            Self::ManagedAndroidStoreApp(v) => &mut v.categories,
            Self::ManagedApp(v) => &mut v.categories,
            Self::ManagedIosLobApp(v) => &mut v.categories,
            Self::ManagedIosStoreApp(v) => &mut v.categories,
            Self::ManagedMobileLobApp(v) => &mut v.categories,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.categories,
            Self::MobileLobApp(v) => &mut v.categories,
            Self::OfficeSuiteApp(v) => &mut v.categories,
            Self::WebApp(v) => &mut v.categories,
            Self::Win32LobApp(v) => &mut v.categories,
            Self::WindowsAppX(v) => &mut v.categories,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.categories,
            Self::WindowsMobileMsi(v) => &mut v.categories,
            Self::WindowsPhone81AppX(v) => &mut v.categories,
            Self::WindowsPhone81AppXBundle(v) => &mut v.categories,
            Self::WindowsPhone81StoreApp(v) => &mut v.categories,
            Self::WindowsPhoneXap(v) => &mut v.categories,
            Self::WindowsStoreApp(v) => &mut v.categories,
            Self::WindowsUniversalAppX(v) => &mut v.categories,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>> {
        match self {
            Self::MobileApp(v) => &v.device_statuses,
            Self::AndroidForWorkApp(v) => &v.device_statuses,
            Self::AndroidLobApp(v) => &v.device_statuses,
            Self::AndroidManagedStoreApp(v) => &v.device_statuses,
            Self::AndroidManagedStoreWebApp(v) => &v.device_statuses,
            Self::AndroidStoreApp(v) => &v.device_statuses,
            Self::IosLobApp(v) => &v.device_statuses,
            Self::IosStoreApp(v) => &v.device_statuses,
            Self::IosVppApp(v) => &v.device_statuses,
            Self::MacOsLobApp(v) => &v.device_statuses,
            Self::MacOsMdatpApp(v) => &v.device_statuses,
            Self::MacOsMicrosoftEdgeApp(v) => &v.device_statuses,
            Self::MacOsOfficeSuiteApp(v) => &v.device_statuses,
            Self::MacOsVppApp(v) => &v.device_statuses,
            Self::ManagedAndroidLobApp(v) => &v.device_statuses,
            Self::ManagedAndroidStoreApp(v) => &v.device_statuses,
            Self::ManagedApp(v) => &v.device_statuses,
            Self::ManagedIosLobApp(v) => &v.device_statuses,
            Self::ManagedIosStoreApp(v) => &v.device_statuses,
            Self::ManagedMobileLobApp(v) => &v.device_statuses,
            Self::MicrosoftStoreForBusinessApp(v) => &v.device_statuses,
            Self::MobileLobApp(v) => &v.device_statuses,
            Self::OfficeSuiteApp(v) => &v.device_statuses,
            Self::WebApp(v) => &v.device_statuses,
            Self::Win32LobApp(v) => &v.device_statuses,
            Self::WindowsAppX(v) => &v.device_statuses,
            Self::WindowsMicrosoftEdgeApp(v) => &v.device_statuses,
            Self::WindowsMobileMsi(v) => &v.device_statuses,
            Self::WindowsPhone81AppX(v) => &v.device_statuses,
            Self::WindowsPhone81AppXBundle(v) => &v.device_statuses,
            Self::WindowsPhone81StoreApp(v) => &v.device_statuses,
            Self::WindowsPhoneXap(v) => &v.device_statuses,
            Self::WindowsStoreApp(v) => &v.device_statuses,
            Self::WindowsUniversalAppX(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>> {
        match self {
            Self::MobileApp(v) => &mut v.device_statuses,
            Self::AndroidForWorkApp(v) => &mut v.device_statuses,
            Self::AndroidLobApp(v) => &mut v.device_statuses,
            Self::AndroidManagedStoreApp(v) => &mut v.device_statuses,
            Self::AndroidManagedStoreWebApp(v) => &mut v.device_statuses,
            Self::AndroidStoreApp(v) => &mut v.device_statuses,
            Self::IosLobApp(v) => &mut v.device_statuses,
            Self::IosStoreApp(v) => &mut v.device_statuses,
            Self::IosVppApp(v) => &mut v.device_statuses,
            Self::MacOsLobApp(v) => &mut v.device_statuses,
            Self::MacOsMdatpApp(v) => &mut v.device_statuses,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.device_statuses,
            Self::MacOsOfficeSuiteApp(v) => &mut v.device_statuses,
            Self::MacOsVppApp(v) => &mut v.device_statuses,
            Self::ManagedAndroidLobApp(v) => &mut v.device_statuses,
            Self::ManagedAndroidStoreApp(v) => &mut v.device_statuses,
            Self::ManagedApp(v) => &mut v.device_statuses,
            Self::ManagedIosLobApp(v) => &mut v.device_statuses,
            Self::ManagedIosStoreApp(v) => &mut v.device_statuses,
            Self::ManagedMobileLobApp(v) => &mut v.device_statuses,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.device_statuses,
            Self::MobileLobApp(v) => &mut v.device_statuses,
            Self::OfficeSuiteApp(v) => &mut v.device_statuses,
            Self::WebApp(v) => &mut v.device_statuses,
            Self::Win32LobApp(v) => &mut v.device_statuses,
            Self::WindowsAppX(v) => &mut v.device_statuses,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.device_statuses,
            Self::WindowsMobileMsi(v) => &mut v.device_statuses,
            Self::WindowsPhone81AppX(v) => &mut v.device_statuses,
            Self::WindowsPhone81AppXBundle(v) => &mut v.device_statuses,
            Self::WindowsPhone81StoreApp(v) => &mut v.device_statuses,
            Self::WindowsPhoneXap(v) => &mut v.device_statuses,
            Self::WindowsStoreApp(v) => &mut v.device_statuses,
            Self::WindowsUniversalAppX(v) => &mut v.device_statuses,
        }
    }
    /// `installSummary` of any variant.
    #[inline]
    pub fn install_summary(&self) -> &rt::Field<crate::beta::MobileAppInstallSummary> {
        match self {
            Self::MobileApp(v) => &v.install_summary,
            Self::AndroidForWorkApp(v) => &v.install_summary,
            Self::AndroidLobApp(v) => &v.install_summary,
            Self::AndroidManagedStoreApp(v) => &v.install_summary,
            Self::AndroidManagedStoreWebApp(v) => &v.install_summary,
            Self::AndroidStoreApp(v) => &v.install_summary,
            Self::IosLobApp(v) => &v.install_summary,
            Self::IosStoreApp(v) => &v.install_summary,
            Self::IosVppApp(v) => &v.install_summary,
            Self::MacOsLobApp(v) => &v.install_summary,
            Self::MacOsMdatpApp(v) => &v.install_summary,
            Self::MacOsMicrosoftEdgeApp(v) => &v.install_summary,
            Self::MacOsOfficeSuiteApp(v) => &v.install_summary,
            Self::MacOsVppApp(v) => &v.install_summary,
            Self::ManagedAndroidLobApp(v) => &v.install_summary,
            Self::ManagedAndroidStoreApp(v) => &v.install_summary,
            Self::ManagedApp(v) => &v.install_summary,
            Self::ManagedIosLobApp(v) => &v.install_summary,
            Self::ManagedIosStoreApp(v) => &v.install_summary,
            Self::ManagedMobileLobApp(v) => &v.install_summary,
            Self::MicrosoftStoreForBusinessApp(v) => &v.install_summary,
            Self::MobileLobApp(v) => &v.install_summary,
            Self::OfficeSuiteApp(v) => &v.install_summary,
            Self::WebApp(v) => &v.install_summary,
            Self::Win32LobApp(v) => &v.install_summary,
            Self::WindowsAppX(v) => &v.install_summary,
            Self::WindowsMicrosoftEdgeApp(v) => &v.install_summary,
            Self::WindowsMobileMsi(v) => &v.install_summary,
            Self::WindowsPhone81AppX(v) => &v.install_summary,
            Self::WindowsPhone81AppXBundle(v) => &v.install_summary,
            Self::WindowsPhone81StoreApp(v) => &v.install_summary,
            Self::WindowsPhoneXap(v) => &v.install_summary,
            Self::WindowsStoreApp(v) => &v.install_summary,
            Self::WindowsUniversalAppX(v) => &v.install_summary,
        }
    }
    /// `installSummary` of any variant.
    #[inline]
    pub fn install_summary_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::MobileAppInstallSummary> {
        match self {
            Self::MobileApp(v) => &mut v.install_summary,
            Self::AndroidForWorkApp(v) => &mut v.install_summary,
            Self::AndroidLobApp(v) => &mut v.install_summary,
            Self::AndroidManagedStoreApp(v) => &mut v.install_summary,
            Self::AndroidManagedStoreWebApp(v) => &mut v.install_summary,
            Self::AndroidStoreApp(v) => &mut v.install_summary,
            Self::IosLobApp(v) => &mut v.install_summary,
            Self::IosStoreApp(v) => &mut v.install_summary,
            Self::IosVppApp(v) => &mut v.install_summary,
            Self::MacOsLobApp(v) => &mut v.install_summary,
            Self::MacOsMdatpApp(v) => &mut v.install_summary,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.install_summary,
            Self::MacOsOfficeSuiteApp(v) => &mut v.install_summary,
            Self::MacOsVppApp(v) => &mut v.install_summary,
            Self::ManagedAndroidLobApp(v) => &mut v.install_summary,
            Self::ManagedAndroidStoreApp(v) => &mut v.install_summary,
            Self::ManagedApp(v) => &mut v.install_summary,
            Self::ManagedIosLobApp(v) => &mut v.install_summary,
            Self::ManagedIosStoreApp(v) => &mut v.install_summary,
            Self::ManagedMobileLobApp(v) => &mut v.install_summary,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.install_summary,
            Self::MobileLobApp(v) => &mut v.install_summary,
            Self::OfficeSuiteApp(v) => &mut v.install_summary,
            Self::WebApp(v) => &mut v.install_summary,
            Self::Win32LobApp(v) => &mut v.install_summary,
            Self::WindowsAppX(v) => &mut v.install_summary,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.install_summary,
            Self::WindowsMobileMsi(v) => &mut v.install_summary,
            Self::WindowsPhone81AppX(v) => &mut v.install_summary,
            Self::WindowsPhone81AppXBundle(v) => &mut v.install_summary,
            Self::WindowsPhone81StoreApp(v) => &mut v.install_summary,
            Self::WindowsPhoneXap(v) => &mut v.install_summary,
            Self::WindowsStoreApp(v) => &mut v.install_summary,
            Self::WindowsUniversalAppX(v) => &mut v.install_summary,
        }
    }
    /// `relationships` of any variant.
    #[inline]
    pub fn relationships(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>> {
        match self {
            Self::MobileApp(v) => &v.relationships,
            Self::AndroidForWorkApp(v) => &v.relationships,
            Self::AndroidLobApp(v) => &v.relationships,
            Self::AndroidManagedStoreApp(v) => &v.relationships,
            Self::AndroidManagedStoreWebApp(v) => &v.relationships,
            Self::AndroidStoreApp(v) => &v.relationships,
            Self::IosLobApp(v) => &v.relationships,
            Self::IosStoreApp(v) => &v.relationships,
            Self::IosVppApp(v) => &v.relationships,
            Self::MacOsLobApp(v) => &v.relationships,
            Self::MacOsMdatpApp(v) => &v.relationships,
            Self::MacOsMicrosoftEdgeApp(v) => &v.relationships,
            Self::MacOsOfficeSuiteApp(v) => &v.relationships,
            Self::MacOsVppApp(v) => &v.relationships,
            Self::ManagedAndroidLobApp(v) => &v.relationships,
            Self::ManagedAndroidStoreApp(v) => &v.relationships,
            Self::ManagedApp(v) => &v.relationships,
            Self::ManagedIosLobApp(v) => &v.relationships,
            Self::ManagedIosStoreApp(v) => &v.relationships,
            Self::ManagedMobileLobApp(v) => &v.relationships,
            Self::MicrosoftStoreForBusinessApp(v) => &v.relationships,
            Self::MobileLobApp(v) => &v.relationships,
            Self::OfficeSuiteApp(v) => &v.relationships,
            Self::WebApp(v) => &v.relationships,
            Self::Win32LobApp(v) => &v.relationships,
            Self::WindowsAppX(v) => &v.relationships,
            Self::WindowsMicrosoftEdgeApp(v) => &v.relationships,
            Self::WindowsMobileMsi(v) => &v.relationships,
            Self::WindowsPhone81AppX(v) => &v.relationships,
            Self::WindowsPhone81AppXBundle(v) => &v.relationships,
            Self::WindowsPhone81StoreApp(v) => &v.relationships,
            Self::WindowsPhoneXap(v) => &v.relationships,
            Self::WindowsStoreApp(v) => &v.relationships,
            Self::WindowsUniversalAppX(v) => &v.relationships,
        }
    }
    /// `relationships` of any variant.
    #[inline]
    pub fn relationships_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>> {
        match self {
            Self::MobileApp(v) => &mut v.relationships,
            Self::AndroidForWorkApp(v) => &mut v.relationships,
            Self::AndroidLobApp(v) => &mut v.relationships,
            Self::AndroidManagedStoreApp(v) => &mut v.relationships,
            Self::AndroidManagedStoreWebApp(v) => &mut v.relationships,
            Self::AndroidStoreApp(v) => &mut v.relationships,
            Self::IosLobApp(v) => &mut v.relationships,
            Self::IosStoreApp(v) => &mut v.relationships,
            Self::IosVppApp(v) => &mut v.relationships,
            Self::MacOsLobApp(v) => &mut v.relationships,
            Self::MacOsMdatpApp(v) => &mut v.relationships,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.relationships,
            Self::MacOsOfficeSuiteApp(v) => &mut v.relationships,
            Self::MacOsVppApp(v) => &mut v.relationships,
            Self::ManagedAndroidLobApp(v) => &mut v.relationships,
            Self::ManagedAndroidStoreApp(v) => &mut v.relationships,
            Self::ManagedApp(v) => &mut v.relationships,
            Self::ManagedIosLobApp(v) => &mut v.relationships,
            Self::ManagedIosStoreApp(v) => &mut v.relationships,
            Self::ManagedMobileLobApp(v) => &mut v.relationships,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.relationships,
            Self::MobileLobApp(v) => &mut v.relationships,
            Self::OfficeSuiteApp(v) => &mut v.relationships,
            Self::WebApp(v) => &mut v.relationships,
            Self::Win32LobApp(v) => &mut v.relationships,
            Self::WindowsAppX(v) => &mut v.relationships,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.relationships,
            Self::WindowsMobileMsi(v) => &mut v.relationships,
            Self::WindowsPhone81AppX(v) => &mut v.relationships,
            Self::WindowsPhone81AppXBundle(v) => &mut v.relationships,
            Self::WindowsPhone81StoreApp(v) => &mut v.relationships,
            Self::WindowsPhoneXap(v) => &mut v.relationships,
            Self::WindowsStoreApp(v) => &mut v.relationships,
            Self::WindowsUniversalAppX(v) => &mut v.relationships,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>> {
        match self {
            Self::MobileApp(v) => &v.user_statuses,
            Self::AndroidForWorkApp(v) => &v.user_statuses,
            Self::AndroidLobApp(v) => &v.user_statuses,
            Self::AndroidManagedStoreApp(v) => &v.user_statuses,
            Self::AndroidManagedStoreWebApp(v) => &v.user_statuses,
            Self::AndroidStoreApp(v) => &v.user_statuses,
            Self::IosLobApp(v) => &v.user_statuses,
            Self::IosStoreApp(v) => &v.user_statuses,
            Self::IosVppApp(v) => &v.user_statuses,
            Self::MacOsLobApp(v) => &v.user_statuses,
            Self::MacOsMdatpApp(v) => &v.user_statuses,
            Self::MacOsMicrosoftEdgeApp(v) => &v.user_statuses,
            Self::MacOsOfficeSuiteApp(v) => &v.user_statuses,
            Self::MacOsVppApp(v) => &v.user_statuses,
            Self::ManagedAndroidLobApp(v) => &v.user_statuses,
            Self::ManagedAndroidStoreApp(v) => &v.user_statuses,
            Self::ManagedApp(v) => &v.user_statuses,
            Self::ManagedIosLobApp(v) => &v.user_statuses,
            Self::ManagedIosStoreApp(v) => &v.user_statuses,
            Self::ManagedMobileLobApp(v) => &v.user_statuses,
            Self::MicrosoftStoreForBusinessApp(v) => &v.user_statuses,
            Self::MobileLobApp(v) => &v.user_statuses,
            Self::OfficeSuiteApp(v) => &v.user_statuses,
            Self::WebApp(v) => &v.user_statuses,
            Self::Win32LobApp(v) => &v.user_statuses,
            Self::WindowsAppX(v) => &v.user_statuses,
            Self::WindowsMicrosoftEdgeApp(v) => &v.user_statuses,
            Self::WindowsMobileMsi(v) => &v.user_statuses,
            Self::WindowsPhone81AppX(v) => &v.user_statuses,
            Self::WindowsPhone81AppXBundle(v) => &v.user_statuses,
            Self::WindowsPhone81StoreApp(v) => &v.user_statuses,
            Self::WindowsPhoneXap(v) => &v.user_statuses,
            Self::WindowsStoreApp(v) => &v.user_statuses,
            Self::WindowsUniversalAppX(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>> {
        match self {
            Self::MobileApp(v) => &mut v.user_statuses,
            Self::AndroidForWorkApp(v) => &mut v.user_statuses,
            Self::AndroidLobApp(v) => &mut v.user_statuses,
            Self::AndroidManagedStoreApp(v) => &mut v.user_statuses,
            Self::AndroidManagedStoreWebApp(v) => &mut v.user_statuses,
            Self::AndroidStoreApp(v) => &mut v.user_statuses,
            Self::IosLobApp(v) => &mut v.user_statuses,
            Self::IosStoreApp(v) => &mut v.user_statuses,
            Self::IosVppApp(v) => &mut v.user_statuses,
            Self::MacOsLobApp(v) => &mut v.user_statuses,
            Self::MacOsMdatpApp(v) => &mut v.user_statuses,
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.user_statuses,
            Self::MacOsOfficeSuiteApp(v) => &mut v.user_statuses,
            Self::MacOsVppApp(v) => &mut v.user_statuses,
            Self::ManagedAndroidLobApp(v) => &mut v.user_statuses,
            Self::ManagedAndroidStoreApp(v) => &mut v.user_statuses,
            Self::ManagedApp(v) => &mut v.user_statuses,
            Self::ManagedIosLobApp(v) => &mut v.user_statuses,
            Self::ManagedIosStoreApp(v) => &mut v.user_statuses,
            Self::ManagedMobileLobApp(v) => &mut v.user_statuses,
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.user_statuses,
            Self::MobileLobApp(v) => &mut v.user_statuses,
            Self::OfficeSuiteApp(v) => &mut v.user_statuses,
            Self::WebApp(v) => &mut v.user_statuses,
            Self::Win32LobApp(v) => &mut v.user_statuses,
            Self::WindowsAppX(v) => &mut v.user_statuses,
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.user_statuses,
            Self::WindowsMobileMsi(v) => &mut v.user_statuses,
            Self::WindowsPhone81AppX(v) => &mut v.user_statuses,
            Self::WindowsPhone81AppXBundle(v) => &mut v.user_statuses,
            Self::WindowsPhone81StoreApp(v) => &mut v.user_statuses,
            Self::WindowsPhoneXap(v) => &mut v.user_statuses,
            Self::WindowsStoreApp(v) => &mut v.user_statuses,
            Self::WindowsUniversalAppX(v) => &mut v.user_statuses,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_poly!(AnyMobileApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMobileApp);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.mobileAppActionType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MobileAppActionType {
    /// `unknown` (value 0).
    Unknown,
    /// `installCommandSent` (value 1).
    InstallCommandSent,
    /// `installed` (value 3).
    Installed,
    /// `uninstalled` (value 4).
    Uninstalled,
    /// `userRequestedInstall` (value 5).
    UserRequestedInstall,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for MobileAppActionType {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppActionType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "installCommandSent",
        "installed",
        "uninstalled",
        "userRequestedInstall",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "installCommandSent" => Self::InstallCommandSent,
                "installed" => Self::Installed,
                "uninstalled" => Self::Uninstalled,
                "userRequestedInstall" => Self::UserRequestedInstall,
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
            Self::InstallCommandSent => "installCommandSent",
            Self::Installed => "installed",
            Self::Uninstalled => "uninstalled",
            Self::UserRequestedInstall => "userRequestedInstall",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(MobileAppActionType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppActionType);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A class containing the properties used for Group Assignment of a Mobile App.
///
/// CSDL: `microsoft.graph.mobileAppAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MobileAppAssignmentPath`](requests/trait.MobileAppAssignmentPath.html), what a path to one (`EntityPath<MobileAppAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileAppAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The install intent defined by the admin.
    ///
    /// CSDL: property `intent`: `microsoft.graph.installIntent`, not nullable.
    pub intent: rt::Field<crate::beta::InstallIntent>,
    /// The settings for target assignment defined by the admin.
    ///
    /// CSDL: property `settings`: `microsoft.graph.mobileAppAssignmentSettings`, nullable.
    pub settings: rt::Field<crate::beta::AnyMobileAppAssignmentSettings>,
    /// The resource type which is the source for the assignment.
    ///
    /// CSDL: property `source`: `microsoft.graph.deviceAndAppManagementAssignmentSource`, not nullable.
    pub source: rt::Field<crate::beta::DeviceAndAppManagementAssignmentSource>,
    /// The identifier of the source of the assignment.
    ///
    /// CSDL: property `sourceId`: `Edm.String`, nullable.
    pub source_id: rt::Field<::std::string::String>,
    /// The target group assignment defined by the admin.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MobileAppAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            intent: rt::Field::Absent,
            settings: rt::Field::Absent,
            source: rt::Field::Absent,
            source_id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MobileAppAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppAssignment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "intent",
        "settings",
        "source",
        "sourceId",
        "target",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"intent\":                       ",
        ",\"settings\":                     ",
        ",\"source\":                       ",
        ",\"sourceId\":                     ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "intent", &self.intent);
        v.field(2usize, "settings", &self.settings);
        v.field(3usize, "source", &self.source);
        v.field(4usize, "source_id", &self.source_id);
        v.field(5usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MobileAppAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.intent.read_from(r),
            2usize => self.settings.read_from(r),
            3usize => self.source.read_from(r),
            4usize => self.source_id.read_from(r),
            5usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.intent);
        w.field(2usize, &self.settings);
        w.field(3usize, &self.source);
        w.field(4usize, &self.source_id);
        w.field(5usize, &self.target);
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
rt::impl_object!(MobileAppAssignment);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppAssignment { with_id id : ::std::string::String; with_intent intent : crate
    ::beta::InstallIntent; with_settings settings : crate
    ::beta::AnyMobileAppAssignmentSettings; with_source source : crate
    ::beta::DeviceAndAppManagementAssignmentSource; with_source_id source_id :
    ::std::string::String; with_target target : crate
    ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppAssignment);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Abstract class to contain properties used to assign a mobile app to a group.
///
/// CSDL: `microsoft.graph.mobileAppAssignmentSettings`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileAppAssignmentSettings {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MobileAppAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MobileAppAssignmentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppAssignmentSettings";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppAssignmentSettings\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MobileAppAssignmentSettings {
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(MobileAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// `microsoft.graph.mobileAppAssignmentSettings` or any type derived from it, selected by `@odata.type` (11 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMobileAppAssignmentSettings {
    MobileAppAssignmentSettings(
        ::std::boxed::Box<crate::beta::MobileAppAssignmentSettings>,
    ),
    AndroidManagedStoreAppAssignmentSettings(
        ::std::boxed::Box<crate::beta::AndroidManagedStoreAppAssignmentSettings>,
    ),
    IosLobAppAssignmentSettings(
        ::std::boxed::Box<crate::beta::IosLobAppAssignmentSettings>,
    ),
    IosStoreAppAssignmentSettings(
        ::std::boxed::Box<crate::beta::IosStoreAppAssignmentSettings>,
    ),
    IosVppAppAssignmentSettings(
        ::std::boxed::Box<crate::beta::IosVppAppAssignmentSettings>,
    ),
    MacOsLobAppAssignmentSettings(
        ::std::boxed::Box<crate::beta::MacOsLobAppAssignmentSettings>,
    ),
    MacOsVppAppAssignmentSettings(
        ::std::boxed::Box<crate::beta::MacOsVppAppAssignmentSettings>,
    ),
    MicrosoftStoreForBusinessAppAssignmentSettings(
        ::std::boxed::Box<crate::beta::MicrosoftStoreForBusinessAppAssignmentSettings>,
    ),
    Win32LobAppAssignmentSettings(
        ::std::boxed::Box<crate::beta::Win32LobAppAssignmentSettings>,
    ),
    WindowsAppXAppAssignmentSettings(
        ::std::boxed::Box<crate::beta::WindowsAppXAppAssignmentSettings>,
    ),
    WindowsUniversalAppXAppAssignmentSettings(
        ::std::boxed::Box<crate::beta::WindowsUniversalAppXAppAssignmentSettings>,
    ),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AnyMobileAppAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self::MobileAppAssignmentSettings(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppAssignmentSettings>
for AnyMobileAppAssignmentSettings {
    #[inline]
    fn from(v: crate::beta::MobileAppAssignmentSettings) -> Self {
        Self::MobileAppAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidManagedStoreAppAssignmentSettings>
for AnyMobileAppAssignmentSettings {
    #[inline]
    fn from(v: crate::beta::AndroidManagedStoreAppAssignmentSettings) -> Self {
        Self::AndroidManagedStoreAppAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosLobAppAssignmentSettings>
for AnyMobileAppAssignmentSettings {
    #[inline]
    fn from(v: crate::beta::IosLobAppAssignmentSettings) -> Self {
        Self::IosLobAppAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosStoreAppAssignmentSettings>
for AnyMobileAppAssignmentSettings {
    #[inline]
    fn from(v: crate::beta::IosStoreAppAssignmentSettings) -> Self {
        Self::IosStoreAppAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosVppAppAssignmentSettings>
for AnyMobileAppAssignmentSettings {
    #[inline]
    fn from(v: crate::beta::IosVppAppAssignmentSettings) -> Self {
        Self::IosVppAppAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsLobAppAssignmentSettings>
for AnyMobileAppAssignmentSettings {
    #[inline]
    fn from(v: crate::beta::MacOsLobAppAssignmentSettings) -> Self {
        Self::MacOsLobAppAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsVppAppAssignmentSettings>
for AnyMobileAppAssignmentSettings {
    #[inline]
    fn from(v: crate::beta::MacOsVppAppAssignmentSettings) -> Self {
        Self::MacOsVppAppAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MicrosoftStoreForBusinessAppAssignmentSettings>
for AnyMobileAppAssignmentSettings {
    #[inline]
    fn from(v: crate::beta::MicrosoftStoreForBusinessAppAssignmentSettings) -> Self {
        Self::MicrosoftStoreForBusinessAppAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Win32LobAppAssignmentSettings>
for AnyMobileAppAssignmentSettings {
    #[inline]
    fn from(v: crate::beta::Win32LobAppAssignmentSettings) -> Self {
        Self::Win32LobAppAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsAppXAppAssignmentSettings>
for AnyMobileAppAssignmentSettings {
    #[inline]
    fn from(v: crate::beta::WindowsAppXAppAssignmentSettings) -> Self {
        Self::WindowsAppXAppAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsUniversalAppXAppAssignmentSettings>
for AnyMobileAppAssignmentSettings {
    #[inline]
    fn from(v: crate::beta::WindowsUniversalAppXAppAssignmentSettings) -> Self {
        Self::WindowsUniversalAppXAppAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyMobileAppAssignmentSettings {}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyMobileAppAssignmentSettings {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyMobileAppAssignmentSettings {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyMobileAppAssignmentSettings {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyMobileAppAssignmentSettings {}
#[cfg(msgraph_beta_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::MobileAppAssignmentSettings>();
    rt::object::auto_traits::<crate::beta::AndroidManagedStoreAppAssignmentSettings>();
    rt::object::auto_traits::<crate::beta::IosLobAppAssignmentSettings>();
    rt::object::auto_traits::<crate::beta::IosStoreAppAssignmentSettings>();
    rt::object::auto_traits::<crate::beta::IosVppAppAssignmentSettings>();
    rt::object::auto_traits::<crate::beta::MacOsLobAppAssignmentSettings>();
    rt::object::auto_traits::<crate::beta::MacOsVppAppAssignmentSettings>();
    rt::object::auto_traits::<
        crate::beta::MicrosoftStoreForBusinessAppAssignmentSettings,
    >();
    rt::object::auto_traits::<crate::beta::Win32LobAppAssignmentSettings>();
    rt::object::auto_traits::<crate::beta::WindowsAppXAppAssignmentSettings>();
    rt::object::auto_traits::<crate::beta::WindowsUniversalAppXAppAssignmentSettings>();
};
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Poly for AnyMobileAppAssignmentSettings {
    const BASE_NAME: &'static str = "microsoft.graph.mobileAppAssignmentSettings";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedStoreAppAssignmentSettings",
            ) => Self::AndroidManagedStoreAppAssignmentSettings(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.iosLobAppAssignmentSettings",
            ) => Self::IosLobAppAssignmentSettings(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.iosStoreAppAssignmentSettings",
            ) => Self::IosStoreAppAssignmentSettings(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.iosVppAppAssignmentSettings",
            ) => Self::IosVppAppAssignmentSettings(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOsLobAppAssignmentSettings",
            ) => Self::MacOsLobAppAssignmentSettings(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.macOsVppAppAssignmentSettings",
            ) => Self::MacOsVppAppAssignmentSettings(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.microsoftStoreForBusinessAppAssignmentSettings",
            ) => {
                Self::MicrosoftStoreForBusinessAppAssignmentSettings(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.win32LobAppAssignmentSettings",
            ) => Self::Win32LobAppAssignmentSettings(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsAppXAppAssignmentSettings",
            ) => Self::WindowsAppXAppAssignmentSettings(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsUniversalAppXAppAssignmentSettings",
            ) => Self::WindowsUniversalAppXAppAssignmentSettings(rt::object::new_boxed()),
            _ => Self::MobileAppAssignmentSettings(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MobileAppAssignmentSettings(v) => &**v,
            Self::AndroidManagedStoreAppAssignmentSettings(v) => &**v,
            Self::IosLobAppAssignmentSettings(v) => &**v,
            Self::IosStoreAppAssignmentSettings(v) => &**v,
            Self::IosVppAppAssignmentSettings(v) => &**v,
            Self::MacOsLobAppAssignmentSettings(v) => &**v,
            Self::MacOsVppAppAssignmentSettings(v) => &**v,
            Self::MicrosoftStoreForBusinessAppAssignmentSettings(v) => &**v,
            Self::Win32LobAppAssignmentSettings(v) => &**v,
            Self::WindowsAppXAppAssignmentSettings(v) => &**v,
            Self::WindowsUniversalAppXAppAssignmentSettings(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MobileAppAssignmentSettings(v) => &mut **v,
            Self::AndroidManagedStoreAppAssignmentSettings(v) => &mut **v,
            Self::IosLobAppAssignmentSettings(v) => &mut **v,
            Self::IosStoreAppAssignmentSettings(v) => &mut **v,
            Self::IosVppAppAssignmentSettings(v) => &mut **v,
            Self::MacOsLobAppAssignmentSettings(v) => &mut **v,
            Self::MacOsVppAppAssignmentSettings(v) => &mut **v,
            Self::MicrosoftStoreForBusinessAppAssignmentSettings(v) => &mut **v,
            Self::Win32LobAppAssignmentSettings(v) => &mut **v,
            Self::WindowsAppXAppAssignmentSettings(v) => &mut **v,
            Self::WindowsUniversalAppXAppAssignmentSettings(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl AnyMobileAppAssignmentSettings {
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_poly!(AnyMobileAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMobileAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties for a single Intune app category.
///
/// CSDL: `microsoft.graph.mobileAppCategory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileAppCategory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The name of the app category.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The date and time the mobileAppCategory was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MobileAppCategory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MobileAppCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppCategory";
    const KEYS: &'static [&'static str] = &["id", "displayName", "lastModifiedDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppCategory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MobileAppCategory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.last_modified_date_time);
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
rt::impl_object!(MobileAppCategory);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppCategory { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppCategory);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains content properties for a specific app version. Each mobileAppContent can have multiple mobileAppContentFile.
///
/// CSDL: `microsoft.graph.mobileAppContent`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MobileAppContentPath`](requests/trait.MobileAppContentPath.html), what a path to one (`EntityPath<MobileAppContent, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileAppContent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The collection of contained apps in a MobileLobApp acting as a package.
    ///
    /// CSDL: containment navigation property `containedApps`: `Collection(microsoft.graph.mobileContainedApp)`, not nullable.
    pub contained_apps: rt::Field<::std::vec::Vec<crate::beta::AnyMobileContainedApp>>,
    /// The list of files for this app content version.
    ///
    /// CSDL: containment navigation property `files`: `Collection(microsoft.graph.mobileAppContentFile)`, not nullable.
    pub files: rt::Field<::std::vec::Vec<crate::beta::MobileAppContentFile>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MobileAppContent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            contained_apps: rt::Field::Absent,
            files: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MobileAppContent {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppContent";
    const KEYS: &'static [&'static str] = &["id", "containedApps", "files"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"containedApps\":                ",
        ",\"files\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "contained_apps", &self.contained_apps);
        v.field(2usize, "files", &self.files);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MobileAppContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.contained_apps.read_from(r),
            2usize => self.files.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.contained_apps);
        w.field(2usize, &self.files);
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
rt::impl_object!(MobileAppContent);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppContent { with_id id : ::std::string::String; with_contained_apps
    contained_apps : ::std::vec::Vec < crate ::beta::AnyMobileContainedApp >; with_files
    files : ::std::vec::Vec < crate ::beta::MobileAppContentFile >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppContent);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties for a single installer file that is associated with a given mobileAppContent version.
///
/// CSDL: `microsoft.graph.mobileAppContentFile`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MobileAppContentFilePath`](requests/trait.MobileAppContentFilePath.html), what a path to one (`EntityPath<MobileAppContentFile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileAppContentFile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The Azure Storage URI.
    ///
    /// CSDL: property `azureStorageUri`: `Edm.String`, nullable.
    pub azure_storage_uri: rt::Field<::std::string::String>,
    /// The time the Azure storage Uri expires.
    ///
    /// CSDL: property `azureStorageUriExpirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub azure_storage_uri_expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The time the file was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// A value indicating whether the file is committed.
    ///
    /// CSDL: property `isCommitted`: `Edm.Boolean`, not nullable.
    pub is_committed: rt::Field<bool>,
    /// Whether the content file is a dependency for the main content file.
    ///
    /// CSDL: property `isDependency`: `Edm.Boolean`, not nullable.
    pub is_dependency: rt::Field<bool>,
    /// A value indicating whether the file is a framework file.
    ///
    /// CSDL: property `isFrameworkFile`: `Edm.Boolean`, not nullable.
    pub is_framework_file: rt::Field<bool>,
    /// The manifest information.
    ///
    /// CSDL: property `manifest`: `Edm.Binary`, nullable.
    pub manifest: rt::Field<rt::edm::Binary>,
    /// the file name.
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// The size of the file prior to encryption.
    ///
    /// CSDL: property `size`: `Edm.Int64`, not nullable.
    pub size: rt::Field<i64>,
    /// The size of the file after encryption.
    ///
    /// CSDL: property `sizeEncrypted`: `Edm.Int64`, not nullable.
    pub size_encrypted: rt::Field<i64>,
    /// The state of the current upload request.
    ///
    /// CSDL: property `uploadState`: `microsoft.graph.mobileAppContentFileUploadState`, not nullable.
    pub upload_state: rt::Field<crate::beta::MobileAppContentFileUploadState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MobileAppContentFile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            azure_storage_uri: rt::Field::Absent,
            azure_storage_uri_expiration_date_time: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            is_committed: rt::Field::Absent,
            is_dependency: rt::Field::Absent,
            is_framework_file: rt::Field::Absent,
            manifest: rt::Field::Absent,
            name: rt::Field::Absent,
            size: rt::Field::Absent,
            size_encrypted: rt::Field::Absent,
            upload_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MobileAppContentFile {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppContentFile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "azureStorageUri",
        "azureStorageUriExpirationDateTime",
        "createdDateTime",
        "isCommitted",
        "isDependency",
        "isFrameworkFile",
        "manifest",
        "name",
        "size",
        "sizeEncrypted",
        "uploadState",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"azureStorageUri\":              ",
        ",\"azureStorageUriExpirationDateTime\":",
        ",\"createdDateTime\":              ",
        ",\"isCommitted\":                  ",
        ",\"isDependency\":                 ",
        ",\"isFrameworkFile\":              ",
        ",\"manifest\":                     ",
        ",\"name\":                         ",
        ",\"size\":                         ",
        ",\"sizeEncrypted\":                ",
        ",\"uploadState\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppContentFile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "azure_storage_uri", &self.azure_storage_uri);
        v.field(
            2usize,
            "azure_storage_uri_expiration_date_time",
            &self.azure_storage_uri_expiration_date_time,
        );
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "is_committed", &self.is_committed);
        v.field(5usize, "is_dependency", &self.is_dependency);
        v.field(6usize, "is_framework_file", &self.is_framework_file);
        v.field(7usize, "manifest", &self.manifest);
        v.field(8usize, "name", &self.name);
        v.field(9usize, "size", &self.size);
        v.field(10usize, "size_encrypted", &self.size_encrypted);
        v.field(11usize, "upload_state", &self.upload_state);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MobileAppContentFile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.azure_storage_uri.read_from(r),
            2usize => self.azure_storage_uri_expiration_date_time.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.is_committed.read_from(r),
            5usize => self.is_dependency.read_from(r),
            6usize => self.is_framework_file.read_from(r),
            7usize => self.manifest.read_from(r),
            8usize => self.name.read_from(r),
            9usize => self.size.read_from(r),
            10usize => self.size_encrypted.read_from(r),
            11usize => self.upload_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.azure_storage_uri);
        w.field(2usize, &self.azure_storage_uri_expiration_date_time);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.is_committed);
        w.field(5usize, &self.is_dependency);
        w.field(6usize, &self.is_framework_file);
        w.field(7usize, &self.manifest);
        w.field(8usize, &self.name);
        w.field(9usize, &self.size);
        w.field(10usize, &self.size_encrypted);
        w.field(11usize, &self.upload_state);
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
rt::impl_object!(MobileAppContentFile);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppContentFile { with_id id : ::std::string::String; with_azure_storage_uri
    azure_storage_uri : ::std::string::String;
    with_azure_storage_uri_expiration_date_time azure_storage_uri_expiration_date_time :
    rt::edm::DateTimeOffset; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_is_committed is_committed : bool; with_is_dependency
    is_dependency : bool; with_is_framework_file is_framework_file : bool; with_manifest
    manifest : rt::edm::Binary; with_name name : ::std::string::String; with_size size :
    i64; with_size_encrypted size_encrypted : i64; with_upload_state upload_state : crate
    ::beta::MobileAppContentFileUploadState; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppContentFile);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.mobileAppContentFileUploadState`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MobileAppContentFileUploadState {
    /// `success` (value 0).
    Success,
    /// `transientError` (value 1).
    TransientError,
    /// `error` (value 2).
    Error,
    /// `unknown` (value 3).
    Unknown,
    /// `azureStorageUriRequestSuccess` (value 100).
    AzureStorageUriRequestSuccess,
    /// `azureStorageUriRequestPending` (value 101).
    AzureStorageUriRequestPending,
    /// `azureStorageUriRequestFailed` (value 102).
    AzureStorageUriRequestFailed,
    /// `azureStorageUriRequestTimedOut` (value 103).
    AzureStorageUriRequestTimedOut,
    /// `azureStorageUriRenewalSuccess` (value 200).
    AzureStorageUriRenewalSuccess,
    /// `azureStorageUriRenewalPending` (value 201).
    AzureStorageUriRenewalPending,
    /// `azureStorageUriRenewalFailed` (value 202).
    AzureStorageUriRenewalFailed,
    /// `azureStorageUriRenewalTimedOut` (value 203).
    AzureStorageUriRenewalTimedOut,
    /// `commitFileSuccess` (value 300).
    CommitFileSuccess,
    /// `commitFilePending` (value 301).
    CommitFilePending,
    /// `commitFileFailed` (value 302).
    CommitFileFailed,
    /// `commitFileTimedOut` (value 303).
    CommitFileTimedOut,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for MobileAppContentFileUploadState {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppContentFileUploadState";
    const MEMBERS: &'static [&'static str] = &[
        "success",
        "transientError",
        "error",
        "unknown",
        "azureStorageUriRequestSuccess",
        "azureStorageUriRequestPending",
        "azureStorageUriRequestFailed",
        "azureStorageUriRequestTimedOut",
        "azureStorageUriRenewalSuccess",
        "azureStorageUriRenewalPending",
        "azureStorageUriRenewalFailed",
        "azureStorageUriRenewalTimedOut",
        "commitFileSuccess",
        "commitFilePending",
        "commitFileFailed",
        "commitFileTimedOut",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "success" => Self::Success,
                "transientError" => Self::TransientError,
                "error" => Self::Error,
                "unknown" => Self::Unknown,
                "azureStorageUriRequestSuccess" => Self::AzureStorageUriRequestSuccess,
                "azureStorageUriRequestPending" => Self::AzureStorageUriRequestPending,
                "azureStorageUriRequestFailed" => Self::AzureStorageUriRequestFailed,
                "azureStorageUriRequestTimedOut" => Self::AzureStorageUriRequestTimedOut,
                "azureStorageUriRenewalSuccess" => Self::AzureStorageUriRenewalSuccess,
                "azureStorageUriRenewalPending" => Self::AzureStorageUriRenewalPending,
                "azureStorageUriRenewalFailed" => Self::AzureStorageUriRenewalFailed,
                "azureStorageUriRenewalTimedOut" => Self::AzureStorageUriRenewalTimedOut,
                "commitFileSuccess" => Self::CommitFileSuccess,
                "commitFilePending" => Self::CommitFilePending,
                "commitFileFailed" => Self::CommitFileFailed,
                "commitFileTimedOut" => Self::CommitFileTimedOut,
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
            Self::TransientError => "transientError",
            Self::Error => "error",
            Self::Unknown => "unknown",
            Self::AzureStorageUriRequestSuccess => "azureStorageUriRequestSuccess",
            Self::AzureStorageUriRequestPending => "azureStorageUriRequestPending",
            Self::AzureStorageUriRequestFailed => "azureStorageUriRequestFailed",
            Self::AzureStorageUriRequestTimedOut => "azureStorageUriRequestTimedOut",
            Self::AzureStorageUriRenewalSuccess => "azureStorageUriRenewalSuccess",
            Self::AzureStorageUriRenewalPending => "azureStorageUriRenewalPending",
            Self::AzureStorageUriRenewalFailed => "azureStorageUriRenewalFailed",
            Self::AzureStorageUriRenewalTimedOut => "azureStorageUriRenewalTimedOut",
            Self::CommitFileSuccess => "commitFileSuccess",
            Self::CommitFilePending => "commitFilePending",
            Self::CommitFileFailed => "commitFileFailed",
            Self::CommitFileTimedOut => "commitFileTimedOut",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(MobileAppContentFileUploadState);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppContentFileUploadState);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Describes a dependency type between two mobile apps.
///
/// CSDL: `microsoft.graph.mobileAppDependency`, entity type, derived from `microsoft.graph.mobileAppRelationship`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileAppDependency {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The target mobile app's display name.
    ///
    /// CSDL: property `targetDisplayName`: `Edm.String`, nullable.
    pub target_display_name: rt::Field<::std::string::String>,
    /// The target mobile app's display version.
    ///
    /// CSDL: property `targetDisplayVersion`: `Edm.String`, nullable.
    pub target_display_version: rt::Field<::std::string::String>,
    /// The target mobile app's app id.
    ///
    /// CSDL: property `targetId`: `Edm.String`, nullable.
    pub target_id: rt::Field<::std::string::String>,
    /// The target mobile app's publisher.
    ///
    /// CSDL: property `targetPublisher`: `Edm.String`, nullable.
    pub target_publisher: rt::Field<::std::string::String>,
    /// The type of relationship indicating whether the target is a parent or child.
    ///
    /// CSDL: property `targetType`: `microsoft.graph.mobileAppRelationshipType`, not nullable.
    pub target_type: rt::Field<crate::beta::MobileAppRelationshipType>,
    /// The type of dependency relationship between the parent and child apps.
    ///
    /// CSDL: property `dependencyType`: `microsoft.graph.mobileAppDependencyType`, not nullable.
    pub dependency_type: rt::Field<crate::beta::MobileAppDependencyType>,
    /// The total number of apps that directly or indirectly depend on the parent app.
    ///
    /// CSDL: property `dependentAppCount`: `Edm.Int32`, not nullable.
    pub dependent_app_count: rt::Field<i32>,
    /// The total number of apps the child app directly or indirectly depends on.
    ///
    /// CSDL: property `dependsOnAppCount`: `Edm.Int32`, not nullable.
    pub depends_on_app_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MobileAppDependency {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target_display_name: rt::Field::Absent,
            target_display_version: rt::Field::Absent,
            target_id: rt::Field::Absent,
            target_publisher: rt::Field::Absent,
            target_type: rt::Field::Absent,
            dependency_type: rt::Field::Absent,
            dependent_app_count: rt::Field::Absent,
            depends_on_app_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MobileAppDependency {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppDependency";
    const KEYS: &'static [&'static str] = &[
        "id",
        "targetDisplayName",
        "targetDisplayVersion",
        "targetId",
        "targetPublisher",
        "targetType",
        "dependencyType",
        "dependentAppCount",
        "dependsOnAppCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"targetDisplayName\":            ",
        ",\"targetDisplayVersion\":         ",
        ",\"targetId\":                     ",
        ",\"targetPublisher\":              ",
        ",\"targetType\":                   ",
        ",\"dependencyType\":               ",
        ",\"dependentAppCount\":            ",
        ",\"dependsOnAppCount\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppDependency\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target_display_name", &self.target_display_name);
        v.field(2usize, "target_display_version", &self.target_display_version);
        v.field(3usize, "target_id", &self.target_id);
        v.field(4usize, "target_publisher", &self.target_publisher);
        v.field(5usize, "target_type", &self.target_type);
        v.field(6usize, "dependency_type", &self.dependency_type);
        v.field(7usize, "dependent_app_count", &self.dependent_app_count);
        v.field(8usize, "depends_on_app_count", &self.depends_on_app_count);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MobileAppDependency {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.target_display_name.read_from(r),
            2usize => self.target_display_version.read_from(r),
            3usize => self.target_id.read_from(r),
            4usize => self.target_publisher.read_from(r),
            5usize => self.target_type.read_from(r),
            6usize => self.dependency_type.read_from(r),
            7usize => self.dependent_app_count.read_from(r),
            8usize => self.depends_on_app_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.target_display_name);
        w.field(2usize, &self.target_display_version);
        w.field(3usize, &self.target_id);
        w.field(4usize, &self.target_publisher);
        w.field(5usize, &self.target_type);
        w.field(6usize, &self.dependency_type);
        w.field(7usize, &self.dependent_app_count);
        w.field(8usize, &self.depends_on_app_count);
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
rt::impl_object!(MobileAppDependency);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppDependency { with_id id : ::std::string::String; with_target_display_name
    target_display_name : ::std::string::String; with_target_display_version
    target_display_version : ::std::string::String; with_target_id target_id :
    ::std::string::String; with_target_publisher target_publisher :
    ::std::string::String; with_target_type target_type : crate
    ::beta::MobileAppRelationshipType; with_dependency_type dependency_type : crate
    ::beta::MobileAppDependencyType; with_dependent_app_count dependent_app_count : i32;
    with_depends_on_app_count depends_on_app_count : i32; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppDependency);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.mobileAppDependencyType`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MobileAppDependencyType {
    /// `detect` (value 0).
    Detect,
    /// `autoInstall` (value 1).
    AutoInstall,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for MobileAppDependencyType {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppDependencyType";
    const MEMBERS: &'static [&'static str] = &["detect", "autoInstall"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "detect" => Self::Detect,
                "autoInstall" => Self::AutoInstall,
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
            Self::Detect => "detect",
            Self::AutoInstall => "autoInstall",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(MobileAppDependencyType);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppDependencyType);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// The identifier for a mobile app.
///
/// CSDL: `microsoft.graph.mobileAppIdentifier`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MobileAppIdentifier {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for MobileAppIdentifier {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for MobileAppIdentifier {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppIdentifier";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppIdentifier\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for MobileAppIdentifier {
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(MobileAppIdentifier);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppIdentifier);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// `microsoft.graph.mobileAppIdentifier` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMobileAppIdentifier {
    MobileAppIdentifier(::std::boxed::Box<crate::beta::MobileAppIdentifier>),
    AndroidMobileAppIdentifier(
        ::std::boxed::Box<crate::beta::AndroidMobileAppIdentifier>,
    ),
    IosMobileAppIdentifier(::std::boxed::Box<crate::beta::IosMobileAppIdentifier>),
    MacAppIdentifier(::std::boxed::Box<crate::beta::MacAppIdentifier>),
    WindowsAppIdentifier(::std::boxed::Box<crate::beta::WindowsAppIdentifier>),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for AnyMobileAppIdentifier {
    #[inline]
    fn default() -> Self {
        Self::MobileAppIdentifier(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppIdentifier> for AnyMobileAppIdentifier {
    #[inline]
    fn from(v: crate::beta::MobileAppIdentifier) -> Self {
        Self::MobileAppIdentifier(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidMobileAppIdentifier>
for AnyMobileAppIdentifier {
    #[inline]
    fn from(v: crate::beta::AndroidMobileAppIdentifier) -> Self {
        Self::AndroidMobileAppIdentifier(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosMobileAppIdentifier>
for AnyMobileAppIdentifier {
    #[inline]
    fn from(v: crate::beta::IosMobileAppIdentifier) -> Self {
        Self::IosMobileAppIdentifier(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacAppIdentifier> for AnyMobileAppIdentifier {
    #[inline]
    fn from(v: crate::beta::MacAppIdentifier) -> Self {
        Self::MacAppIdentifier(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsAppIdentifier> for AnyMobileAppIdentifier {
    #[inline]
    fn from(v: crate::beta::WindowsAppIdentifier) -> Self {
        Self::WindowsAppIdentifier(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
unsafe impl ::std::marker::Send for AnyMobileAppIdentifier {}
#[cfg(msgraph_beta_core_or_device_app_management)]
unsafe impl ::std::marker::Sync for AnyMobileAppIdentifier {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::marker::Unpin for AnyMobileAppIdentifier {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::panic::UnwindSafe for AnyMobileAppIdentifier {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::panic::RefUnwindSafe for AnyMobileAppIdentifier {}
#[cfg(msgraph_beta_core_or_device_app_management)]
const _: () = {
    rt::object::auto_traits::<crate::beta::MobileAppIdentifier>();
    rt::object::auto_traits::<crate::beta::AndroidMobileAppIdentifier>();
    rt::object::auto_traits::<crate::beta::IosMobileAppIdentifier>();
    rt::object::auto_traits::<crate::beta::MacAppIdentifier>();
    rt::object::auto_traits::<crate::beta::WindowsAppIdentifier>();
};
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Poly for AnyMobileAppIdentifier {
    const BASE_NAME: &'static str = "microsoft.graph.mobileAppIdentifier";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.androidMobileAppIdentifier") => {
                Self::AndroidMobileAppIdentifier(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosMobileAppIdentifier") => {
                Self::IosMobileAppIdentifier(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.macAppIdentifier") => {
                Self::MacAppIdentifier(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsAppIdentifier") => {
                Self::WindowsAppIdentifier(rt::object::new_boxed())
            }
            _ => Self::MobileAppIdentifier(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MobileAppIdentifier(v) => &**v,
            Self::AndroidMobileAppIdentifier(v) => &**v,
            Self::IosMobileAppIdentifier(v) => &**v,
            Self::MacAppIdentifier(v) => &**v,
            Self::WindowsAppIdentifier(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MobileAppIdentifier(v) => &mut **v,
            Self::AndroidMobileAppIdentifier(v) => &mut **v,
            Self::IosMobileAppIdentifier(v) => &mut **v,
            Self::MacAppIdentifier(v) => &mut **v,
            Self::WindowsAppIdentifier(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl AnyMobileAppIdentifier {
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_poly!(AnyMobileAppIdentifier);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMobileAppIdentifier);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties for the installation state of a mobile app for a device.
///
/// CSDL: `microsoft.graph.mobileAppInstallStatus`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MobileAppInstallStatusPath`](requests/trait.MobileAppInstallStatusPath.html), what a path to one (`EntityPath<MobileAppInstallStatus, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileAppInstallStatus {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Device ID
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// Device name
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// Human readable version of the application
    ///
    /// CSDL: property `displayVersion`: `Edm.String`, nullable.
    pub display_version: rt::Field<::std::string::String>,
    /// The error code for install or uninstall failures.
    ///
    /// CSDL: property `errorCode`: `Edm.Int32`, not nullable.
    pub error_code: rt::Field<i32>,
    /// The install state of the app.
    ///
    /// CSDL: property `installState`: `microsoft.graph.resultantAppState`, not nullable.
    pub install_state: rt::Field<crate::beta::ResultantAppState>,
    /// The install state detail of the app.
    ///
    /// CSDL: property `installStateDetail`: `microsoft.graph.resultantAppStateDetail`, not nullable.
    pub install_state_detail: rt::Field<crate::beta::ResultantAppStateDetail>,
    /// Last sync date time
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The install state of the app.
    ///
    /// CSDL: property `mobileAppInstallStatusValue`: `microsoft.graph.resultantAppState`, not nullable.
    pub mobile_app_install_status_value: rt::Field<crate::beta::ResultantAppState>,
    /// OS Description
    ///
    /// CSDL: property `osDescription`: `Edm.String`, nullable.
    pub os_description: rt::Field<::std::string::String>,
    /// OS Version
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// Device User Name
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// User Principal Name
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// The navigation link to the mobile app.
    ///
    /// CSDL: navigation property `app`: `microsoft.graph.mobileApp`, nullable.
    pub app: rt::Field<crate::beta::AnyMobileApp>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MobileAppInstallStatus {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_id: rt::Field::Absent,
            device_name: rt::Field::Absent,
            display_version: rt::Field::Absent,
            error_code: rt::Field::Absent,
            install_state: rt::Field::Absent,
            install_state_detail: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            mobile_app_install_status_value: rt::Field::Absent,
            os_description: rt::Field::Absent,
            os_version: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            app: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MobileAppInstallStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppInstallStatus";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceId",
        "deviceName",
        "displayVersion",
        "errorCode",
        "installState",
        "installStateDetail",
        "lastSyncDateTime",
        "mobileAppInstallStatusValue",
        "osDescription",
        "osVersion",
        "userName",
        "userPrincipalName",
        "app",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceId\":                     ",
        ",\"deviceName\":                   ",
        ",\"displayVersion\":               ",
        ",\"errorCode\":                    ",
        ",\"installState\":                 ",
        ",\"installStateDetail\":           ",
        ",\"lastSyncDateTime\":             ",
        ",\"mobileAppInstallStatusValue\":  ",
        ",\"osDescription\":                ",
        ",\"osVersion\":                    ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
        ",\"app\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppInstallStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "device_id", &self.device_id);
        v.field(2usize, "device_name", &self.device_name);
        v.field(3usize, "display_version", &self.display_version);
        v.field(4usize, "error_code", &self.error_code);
        v.field(5usize, "install_state", &self.install_state);
        v.field(6usize, "install_state_detail", &self.install_state_detail);
        v.field(7usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(
            8usize,
            "mobile_app_install_status_value",
            &self.mobile_app_install_status_value,
        );
        v.field(9usize, "os_description", &self.os_description);
        v.field(10usize, "os_version", &self.os_version);
        v.field(11usize, "user_name", &self.user_name);
        v.field(12usize, "user_principal_name", &self.user_principal_name);
        v.field(13usize, "app", &self.app);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MobileAppInstallStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_id.read_from(r),
            2usize => self.device_name.read_from(r),
            3usize => self.display_version.read_from(r),
            4usize => self.error_code.read_from(r),
            5usize => self.install_state.read_from(r),
            6usize => self.install_state_detail.read_from(r),
            7usize => self.last_sync_date_time.read_from(r),
            8usize => self.mobile_app_install_status_value.read_from(r),
            9usize => self.os_description.read_from(r),
            10usize => self.os_version.read_from(r),
            11usize => self.user_name.read_from(r),
            12usize => self.user_principal_name.read_from(r),
            13usize => self.app.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_id);
        w.field(2usize, &self.device_name);
        w.field(3usize, &self.display_version);
        w.field(4usize, &self.error_code);
        w.field(5usize, &self.install_state);
        w.field(6usize, &self.install_state_detail);
        w.field(7usize, &self.last_sync_date_time);
        w.field(8usize, &self.mobile_app_install_status_value);
        w.field(9usize, &self.os_description);
        w.field(10usize, &self.os_version);
        w.field(11usize, &self.user_name);
        w.field(12usize, &self.user_principal_name);
        w.field(13usize, &self.app);
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
rt::impl_object!(MobileAppInstallStatus);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppInstallStatus { with_id id : ::std::string::String; with_device_id device_id
    : ::std::string::String; with_device_name device_name : ::std::string::String;
    with_display_version display_version : ::std::string::String; with_error_code
    error_code : i32; with_install_state install_state : crate ::beta::ResultantAppState;
    with_install_state_detail install_state_detail : crate
    ::beta::ResultantAppStateDetail; with_last_sync_date_time last_sync_date_time :
    rt::edm::DateTimeOffset; with_mobile_app_install_status_value
    mobile_app_install_status_value : crate ::beta::ResultantAppState;
    with_os_description os_description : ::std::string::String; with_os_version
    os_version : ::std::string::String; with_user_name user_name : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; with_app app :
    crate ::beta::AnyMobileApp; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppInstallStatus);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties for the installation summary of a mobile app.
///
/// CSDL: `microsoft.graph.mobileAppInstallSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileAppInstallSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of Devices that have failed to install this app.
    ///
    /// CSDL: property `failedDeviceCount`: `Edm.Int32`, not nullable.
    pub failed_device_count: rt::Field<i32>,
    /// Number of Users that have 1 or more device that failed to install this app.
    ///
    /// CSDL: property `failedUserCount`: `Edm.Int32`, not nullable.
    pub failed_user_count: rt::Field<i32>,
    /// Number of Devices that have successfully installed this app.
    ///
    /// CSDL: property `installedDeviceCount`: `Edm.Int32`, not nullable.
    pub installed_device_count: rt::Field<i32>,
    /// Number of Users whose devices have all succeeded to install this app.
    ///
    /// CSDL: property `installedUserCount`: `Edm.Int32`, not nullable.
    pub installed_user_count: rt::Field<i32>,
    /// Number of Devices that are not applicable for this app.
    ///
    /// CSDL: property `notApplicableDeviceCount`: `Edm.Int32`, not nullable.
    pub not_applicable_device_count: rt::Field<i32>,
    /// Number of Users whose devices were all not applicable for this app.
    ///
    /// CSDL: property `notApplicableUserCount`: `Edm.Int32`, not nullable.
    pub not_applicable_user_count: rt::Field<i32>,
    /// Number of Devices that does not have this app installed.
    ///
    /// CSDL: property `notInstalledDeviceCount`: `Edm.Int32`, not nullable.
    pub not_installed_device_count: rt::Field<i32>,
    /// Number of Users that have 1 or more devices that did not install this app.
    ///
    /// CSDL: property `notInstalledUserCount`: `Edm.Int32`, not nullable.
    pub not_installed_user_count: rt::Field<i32>,
    /// Number of Devices that have been notified to install this app.
    ///
    /// CSDL: property `pendingInstallDeviceCount`: `Edm.Int32`, not nullable.
    pub pending_install_device_count: rt::Field<i32>,
    /// Number of Users that have 1 or more device that have been notified to install this app and have 0 devices with failures.
    ///
    /// CSDL: property `pendingInstallUserCount`: `Edm.Int32`, not nullable.
    pub pending_install_user_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MobileAppInstallSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            failed_device_count: rt::Field::Absent,
            failed_user_count: rt::Field::Absent,
            installed_device_count: rt::Field::Absent,
            installed_user_count: rt::Field::Absent,
            not_applicable_device_count: rt::Field::Absent,
            not_applicable_user_count: rt::Field::Absent,
            not_installed_device_count: rt::Field::Absent,
            not_installed_user_count: rt::Field::Absent,
            pending_install_device_count: rt::Field::Absent,
            pending_install_user_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MobileAppInstallSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppInstallSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "failedDeviceCount",
        "failedUserCount",
        "installedDeviceCount",
        "installedUserCount",
        "notApplicableDeviceCount",
        "notApplicableUserCount",
        "notInstalledDeviceCount",
        "notInstalledUserCount",
        "pendingInstallDeviceCount",
        "pendingInstallUserCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"failedDeviceCount\":            ",
        ",\"failedUserCount\":              ",
        ",\"installedDeviceCount\":         ",
        ",\"installedUserCount\":           ",
        ",\"notApplicableDeviceCount\":     ",
        ",\"notApplicableUserCount\":       ",
        ",\"notInstalledDeviceCount\":      ",
        ",\"notInstalledUserCount\":        ",
        ",\"pendingInstallDeviceCount\":    ",
        ",\"pendingInstallUserCount\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppInstallSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "failed_device_count", &self.failed_device_count);
        v.field(2usize, "failed_user_count", &self.failed_user_count);
        v.field(3usize, "installed_device_count", &self.installed_device_count);
        v.field(4usize, "installed_user_count", &self.installed_user_count);
        v.field(
            5usize,
            "not_applicable_device_count",
            &self.not_applicable_device_count,
        );
        v.field(6usize, "not_applicable_user_count", &self.not_applicable_user_count);
        v.field(7usize, "not_installed_device_count", &self.not_installed_device_count);
        v.field(8usize, "not_installed_user_count", &self.not_installed_user_count);
        v.field(
            9usize,
            "pending_install_device_count",
            &self.pending_install_device_count,
        );
        v.field(10usize, "pending_install_user_count", &self.pending_install_user_count);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MobileAppInstallSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.failed_device_count.read_from(r),
            2usize => self.failed_user_count.read_from(r),
            3usize => self.installed_device_count.read_from(r),
            4usize => self.installed_user_count.read_from(r),
            5usize => self.not_applicable_device_count.read_from(r),
            6usize => self.not_applicable_user_count.read_from(r),
            7usize => self.not_installed_device_count.read_from(r),
            8usize => self.not_installed_user_count.read_from(r),
            9usize => self.pending_install_device_count.read_from(r),
            10usize => self.pending_install_user_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.failed_device_count);
        w.field(2usize, &self.failed_user_count);
        w.field(3usize, &self.installed_device_count);
        w.field(4usize, &self.installed_user_count);
        w.field(5usize, &self.not_applicable_device_count);
        w.field(6usize, &self.not_applicable_user_count);
        w.field(7usize, &self.not_installed_device_count);
        w.field(8usize, &self.not_installed_user_count);
        w.field(9usize, &self.pending_install_device_count);
        w.field(10usize, &self.pending_install_user_count);
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
rt::impl_object!(MobileAppInstallSummary);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppInstallSummary { with_id id : ::std::string::String;
    with_failed_device_count failed_device_count : i32; with_failed_user_count
    failed_user_count : i32; with_installed_device_count installed_device_count : i32;
    with_installed_user_count installed_user_count : i32;
    with_not_applicable_device_count not_applicable_device_count : i32;
    with_not_applicable_user_count not_applicable_user_count : i32;
    with_not_installed_device_count not_installed_device_count : i32;
    with_not_installed_user_count not_installed_user_count : i32;
    with_pending_install_device_count pending_install_device_count : i32;
    with_pending_install_user_count pending_install_user_count : i32; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppInstallSummary);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties used to determine when to offer an app to devices and when to install the app on devices.
///
/// CSDL: `microsoft.graph.mobileAppInstallTimeSettings`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileAppInstallTimeSettings {
    /// The time at which the app should be installed.
    ///
    /// CSDL: property `deadlineDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deadline_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The time at which the app should be available for installation.
    ///
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Whether the local device time or UTC time should be used when determining the available and deadline times.
    ///
    /// CSDL: property `useLocalTime`: `Edm.Boolean`, not nullable.
    pub use_local_time: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MobileAppInstallTimeSettings {
    #[inline]
    fn default() -> Self {
        Self {
            deadline_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            use_local_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MobileAppInstallTimeSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppInstallTimeSettings";
    const KEYS: &'static [&'static str] = &[
        "deadlineDateTime",
        "startDateTime",
        "useLocalTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deadlineDateTime\":             ",
        ",\"startDateTime\":                ",
        ",\"useLocalTime\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppInstallTimeSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "deadline_date_time", &self.deadline_date_time);
        v.field(1usize, "start_date_time", &self.start_date_time);
        v.field(2usize, "use_local_time", &self.use_local_time);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MobileAppInstallTimeSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.deadline_date_time.read_from(r),
            1usize => self.start_date_time.read_from(r),
            2usize => self.use_local_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.deadline_date_time);
        w.field(1usize, &self.start_date_time);
        w.field(2usize, &self.use_local_time);
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
rt::impl_object!(MobileAppInstallTimeSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppInstallTimeSettings { with_deadline_date_time deadline_date_time :
    rt::edm::DateTimeOffset; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_use_local_time use_local_time : bool; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppInstallTimeSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A class containing the properties used for mobile app PolicySetItem.
///
/// CSDL: `microsoft.graph.mobileAppPolicySetItem`, entity type, derived from `microsoft.graph.policySetItem`, key `id`.
///
/// Request builders: [`MobileAppPolicySetItemPath`](requests/trait.MobileAppPolicySetItemPath.html), what a path to one (`EntityPath<MobileAppPolicySetItem, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileAppPolicySetItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Creation time of the PolicySetItem.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// DisplayName of the PolicySetItem.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Error code if any occured.
    ///
    /// CSDL: property `errorCode`: `microsoft.graph.errorCode`, not nullable.
    pub error_code: rt::Field<crate::beta::ErrorCode>,
    /// Tags of the guided deployment
    ///
    /// CSDL: property `guidedDeploymentTags`: `Collection(Edm.String)`, nullable.
    pub guided_deployment_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// policySetType of the PolicySetItem.
    ///
    /// CSDL: property `itemType`: `Edm.String`, nullable.
    pub item_type: rt::Field<::std::string::String>,
    /// Last modified time of the PolicySetItem.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// PayloadId of the PolicySetItem.
    ///
    /// CSDL: property `payloadId`: `Edm.String`, not nullable.
    pub payload_id: rt::Field<::std::string::String>,
    /// Status of the PolicySetItem.
    ///
    /// CSDL: property `status`: `microsoft.graph.policySetStatus`, not nullable.
    pub status: rt::Field<crate::beta::PolicySetStatus>,
    /// Install intent of the MobileAppPolicySetItem.
    ///
    /// CSDL: property `intent`: `microsoft.graph.installIntent`, not nullable.
    pub intent: rt::Field<crate::beta::InstallIntent>,
    /// Settings of the MobileAppPolicySetItem.
    ///
    /// CSDL: property `settings`: `microsoft.graph.mobileAppAssignmentSettings`, nullable.
    pub settings: rt::Field<crate::beta::AnyMobileAppAssignmentSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MobileAppPolicySetItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error_code: rt::Field::Absent,
            guided_deployment_tags: rt::Field::Absent,
            item_type: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            payload_id: rt::Field::Absent,
            status: rt::Field::Absent,
            intent: rt::Field::Absent,
            settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MobileAppPolicySetItem {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppPolicySetItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "errorCode",
        "guidedDeploymentTags",
        "itemType",
        "lastModifiedDateTime",
        "payloadId",
        "status",
        "intent",
        "settings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"errorCode\":                    ",
        ",\"guidedDeploymentTags\":         ",
        ",\"itemType\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"payloadId\":                    ",
        ",\"status\":                       ",
        ",\"intent\":                       ",
        ",\"settings\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppPolicySetItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "error_code", &self.error_code);
        v.field(4usize, "guided_deployment_tags", &self.guided_deployment_tags);
        v.field(5usize, "item_type", &self.item_type);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "payload_id", &self.payload_id);
        v.field(8usize, "status", &self.status);
        v.field(9usize, "intent", &self.intent);
        v.field(10usize, "settings", &self.settings);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MobileAppPolicySetItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.error_code.read_from(r),
            4usize => self.guided_deployment_tags.read_from(r),
            5usize => self.item_type.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.payload_id.read_from(r),
            8usize => self.status.read_from(r),
            9usize => self.intent.read_from(r),
            10usize => self.settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.error_code);
        w.field(4usize, &self.guided_deployment_tags);
        w.field(5usize, &self.item_type);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.payload_id);
        w.field(8usize, &self.status);
        w.field(9usize, &self.intent);
        w.field(10usize, &self.settings);
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
rt::impl_object!(MobileAppPolicySetItem);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppPolicySetItem { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_display_name display_name :
    ::std::string::String; with_error_code error_code : crate ::beta::ErrorCode;
    with_guided_deployment_tags guided_deployment_tags : ::std::vec::Vec <
    ::std::string::String >; with_item_type item_type : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_payload_id payload_id : ::std::string::String; with_status status : crate
    ::beta::PolicySetStatus; with_intent intent : crate ::beta::InstallIntent;
    with_settings settings : crate ::beta::AnyMobileAppAssignmentSettings; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppPolicySetItem);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains the properties used to assign an App provisioning configuration to a group.
///
/// CSDL: `microsoft.graph.mobileAppProvisioningConfigGroupAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileAppProvisioningConfigGroupAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The ID of the AAD group in which the app provisioning configuration is being targeted.
    ///
    /// CSDL: property `targetGroupId`: `Edm.String`, nullable.
    pub target_group_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MobileAppProvisioningConfigGroupAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target_group_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MobileAppProvisioningConfigGroupAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppProvisioningConfigGroupAssignment";
    const KEYS: &'static [&'static str] = &["id", "targetGroupId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"targetGroupId\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppProvisioningConfigGroupAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target_group_id", &self.target_group_id);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MobileAppProvisioningConfigGroupAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.target_group_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.target_group_id);
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
rt::impl_object!(MobileAppProvisioningConfigGroupAssignment);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppProvisioningConfigGroupAssignment { with_id id : ::std::string::String;
    with_target_group_id target_group_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppProvisioningConfigGroupAssignment);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.mobileAppPublishingState`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MobileAppPublishingState {
    /// `notPublished` (value 0).
    NotPublished,
    /// `processing` (value 1).
    Processing,
    /// `published` (value 2).
    Published,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for MobileAppPublishingState {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppPublishingState";
    const MEMBERS: &'static [&'static str] = &[
        "notPublished",
        "processing",
        "published",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notPublished" => Self::NotPublished,
                "processing" => Self::Processing,
                "published" => Self::Published,
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
            Self::NotPublished => "notPublished",
            Self::Processing => "processing",
            Self::Published => "published",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(MobileAppPublishingState);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppPublishingState);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Describes a relationship between two mobile apps.
///
/// CSDL: `microsoft.graph.mobileAppRelationship`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileAppRelationship {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The target mobile app's display name.
    ///
    /// CSDL: property `targetDisplayName`: `Edm.String`, nullable.
    pub target_display_name: rt::Field<::std::string::String>,
    /// The target mobile app's display version.
    ///
    /// CSDL: property `targetDisplayVersion`: `Edm.String`, nullable.
    pub target_display_version: rt::Field<::std::string::String>,
    /// The target mobile app's app id.
    ///
    /// CSDL: property `targetId`: `Edm.String`, nullable.
    pub target_id: rt::Field<::std::string::String>,
    /// The target mobile app's publisher.
    ///
    /// CSDL: property `targetPublisher`: `Edm.String`, nullable.
    pub target_publisher: rt::Field<::std::string::String>,
    /// The type of relationship indicating whether the target is a parent or child.
    ///
    /// CSDL: property `targetType`: `microsoft.graph.mobileAppRelationshipType`, not nullable.
    pub target_type: rt::Field<crate::beta::MobileAppRelationshipType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MobileAppRelationship {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target_display_name: rt::Field::Absent,
            target_display_version: rt::Field::Absent,
            target_id: rt::Field::Absent,
            target_publisher: rt::Field::Absent,
            target_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MobileAppRelationship {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppRelationship";
    const KEYS: &'static [&'static str] = &[
        "id",
        "targetDisplayName",
        "targetDisplayVersion",
        "targetId",
        "targetPublisher",
        "targetType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"targetDisplayName\":            ",
        ",\"targetDisplayVersion\":         ",
        ",\"targetId\":                     ",
        ",\"targetPublisher\":              ",
        ",\"targetType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppRelationship\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target_display_name", &self.target_display_name);
        v.field(2usize, "target_display_version", &self.target_display_version);
        v.field(3usize, "target_id", &self.target_id);
        v.field(4usize, "target_publisher", &self.target_publisher);
        v.field(5usize, "target_type", &self.target_type);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MobileAppRelationship {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.target_display_name.read_from(r),
            2usize => self.target_display_version.read_from(r),
            3usize => self.target_id.read_from(r),
            4usize => self.target_publisher.read_from(r),
            5usize => self.target_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.target_display_name);
        w.field(2usize, &self.target_display_version);
        w.field(3usize, &self.target_id);
        w.field(4usize, &self.target_publisher);
        w.field(5usize, &self.target_type);
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
rt::impl_object!(MobileAppRelationship);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppRelationship { with_id id : ::std::string::String; with_target_display_name
    target_display_name : ::std::string::String; with_target_display_version
    target_display_version : ::std::string::String; with_target_id target_id :
    ::std::string::String; with_target_publisher target_publisher :
    ::std::string::String; with_target_type target_type : crate
    ::beta::MobileAppRelationshipType; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppRelationship);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// `microsoft.graph.mobileAppRelationship` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMobileAppRelationship {
    MobileAppRelationship(::std::boxed::Box<crate::beta::MobileAppRelationship>),
    MobileAppDependency(::std::boxed::Box<crate::beta::MobileAppDependency>),
    MobileAppSupersedence(::std::boxed::Box<crate::beta::MobileAppSupersedence>),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AnyMobileAppRelationship {
    #[inline]
    fn default() -> Self {
        Self::MobileAppRelationship(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppRelationship>
for AnyMobileAppRelationship {
    #[inline]
    fn from(v: crate::beta::MobileAppRelationship) -> Self {
        Self::MobileAppRelationship(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppDependency>
for AnyMobileAppRelationship {
    #[inline]
    fn from(v: crate::beta::MobileAppDependency) -> Self {
        Self::MobileAppDependency(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppSupersedence>
for AnyMobileAppRelationship {
    #[inline]
    fn from(v: crate::beta::MobileAppSupersedence) -> Self {
        Self::MobileAppSupersedence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyMobileAppRelationship {}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyMobileAppRelationship {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyMobileAppRelationship {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyMobileAppRelationship {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyMobileAppRelationship {}
#[cfg(msgraph_beta_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::MobileAppRelationship>();
    rt::object::auto_traits::<crate::beta::MobileAppDependency>();
    rt::object::auto_traits::<crate::beta::MobileAppSupersedence>();
};
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Poly for AnyMobileAppRelationship {
    const BASE_NAME: &'static str = "microsoft.graph.mobileAppRelationship";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.mobileAppDependency") => {
                Self::MobileAppDependency(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.mobileAppSupersedence") => {
                Self::MobileAppSupersedence(rt::object::new_boxed())
            }
            _ => Self::MobileAppRelationship(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MobileAppRelationship(v) => &**v,
            Self::MobileAppDependency(v) => &**v,
            Self::MobileAppSupersedence(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MobileAppRelationship(v) => &mut **v,
            Self::MobileAppDependency(v) => &mut **v,
            Self::MobileAppSupersedence(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl AnyMobileAppRelationship {
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
            Self::MobileAppRelationship(v) => &v.id,
            Self::MobileAppDependency(v) => &v.id,
            Self::MobileAppSupersedence(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileAppRelationship(v) => &mut v.id,
            Self::MobileAppDependency(v) => &mut v.id,
            Self::MobileAppSupersedence(v) => &mut v.id,
        }
    }
    /// `targetDisplayName` of any variant.
    #[inline]
    pub fn target_display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileAppRelationship(v) => &v.target_display_name,
            Self::MobileAppDependency(v) => &v.target_display_name,
            Self::MobileAppSupersedence(v) => &v.target_display_name,
        }
    }
    /// `targetDisplayName` of any variant.
    #[inline]
    pub fn target_display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileAppRelationship(v) => &mut v.target_display_name,
            Self::MobileAppDependency(v) => &mut v.target_display_name,
            Self::MobileAppSupersedence(v) => &mut v.target_display_name,
        }
    }
    /// `targetDisplayVersion` of any variant.
    #[inline]
    pub fn target_display_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileAppRelationship(v) => &v.target_display_version,
            Self::MobileAppDependency(v) => &v.target_display_version,
            Self::MobileAppSupersedence(v) => &v.target_display_version,
        }
    }
    /// `targetDisplayVersion` of any variant.
    #[inline]
    pub fn target_display_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileAppRelationship(v) => &mut v.target_display_version,
            Self::MobileAppDependency(v) => &mut v.target_display_version,
            Self::MobileAppSupersedence(v) => &mut v.target_display_version,
        }
    }
    /// `targetId` of any variant.
    #[inline]
    pub fn target_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileAppRelationship(v) => &v.target_id,
            Self::MobileAppDependency(v) => &v.target_id,
            Self::MobileAppSupersedence(v) => &v.target_id,
        }
    }
    /// `targetId` of any variant.
    #[inline]
    pub fn target_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileAppRelationship(v) => &mut v.target_id,
            Self::MobileAppDependency(v) => &mut v.target_id,
            Self::MobileAppSupersedence(v) => &mut v.target_id,
        }
    }
    /// `targetPublisher` of any variant.
    #[inline]
    pub fn target_publisher(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileAppRelationship(v) => &v.target_publisher,
            Self::MobileAppDependency(v) => &v.target_publisher,
            Self::MobileAppSupersedence(v) => &v.target_publisher,
        }
    }
    /// `targetPublisher` of any variant.
    #[inline]
    pub fn target_publisher_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileAppRelationship(v) => &mut v.target_publisher,
            Self::MobileAppDependency(v) => &mut v.target_publisher,
            Self::MobileAppSupersedence(v) => &mut v.target_publisher,
        }
    }
    /// `targetType` of any variant.
    #[inline]
    pub fn target_type(&self) -> &rt::Field<crate::beta::MobileAppRelationshipType> {
        match self {
            Self::MobileAppRelationship(v) => &v.target_type,
            Self::MobileAppDependency(v) => &v.target_type,
            Self::MobileAppSupersedence(v) => &v.target_type,
        }
    }
    /// `targetType` of any variant.
    #[inline]
    pub fn target_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::MobileAppRelationshipType> {
        match self {
            Self::MobileAppRelationship(v) => &mut v.target_type,
            Self::MobileAppDependency(v) => &mut v.target_type,
            Self::MobileAppSupersedence(v) => &mut v.target_type,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_poly!(AnyMobileAppRelationship);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMobileAppRelationship);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.mobileAppRelationshipType`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MobileAppRelationshipType {
    /// `child` (value 0).
    Child,
    /// `parent` (value 1).
    Parent,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for MobileAppRelationshipType {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppRelationshipType";
    const MEMBERS: &'static [&'static str] = &["child", "parent"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "child" => Self::Child,
                "parent" => Self::Parent,
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
            Self::Child => "child",
            Self::Parent => "parent",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(MobileAppRelationshipType);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppRelationshipType);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Describes a supersedence relationship between two mobile apps.
///
/// CSDL: `microsoft.graph.mobileAppSupersedence`, entity type, derived from `microsoft.graph.mobileAppRelationship`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileAppSupersedence {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The target mobile app's display name.
    ///
    /// CSDL: property `targetDisplayName`: `Edm.String`, nullable.
    pub target_display_name: rt::Field<::std::string::String>,
    /// The target mobile app's display version.
    ///
    /// CSDL: property `targetDisplayVersion`: `Edm.String`, nullable.
    pub target_display_version: rt::Field<::std::string::String>,
    /// The target mobile app's app id.
    ///
    /// CSDL: property `targetId`: `Edm.String`, nullable.
    pub target_id: rt::Field<::std::string::String>,
    /// The target mobile app's publisher.
    ///
    /// CSDL: property `targetPublisher`: `Edm.String`, nullable.
    pub target_publisher: rt::Field<::std::string::String>,
    /// The type of relationship indicating whether the target is a parent or child.
    ///
    /// CSDL: property `targetType`: `microsoft.graph.mobileAppRelationshipType`, not nullable.
    pub target_type: rt::Field<crate::beta::MobileAppRelationshipType>,
    /// The total number of apps directly or indirectly superseded by the child app.
    ///
    /// CSDL: property `supersededAppCount`: `Edm.Int32`, not nullable.
    pub superseded_app_count: rt::Field<i32>,
    /// The supersedence relationship type between the parent and child apps.
    ///
    /// CSDL: property `supersedenceType`: `microsoft.graph.mobileAppSupersedenceType`, not nullable.
    pub supersedence_type: rt::Field<crate::beta::MobileAppSupersedenceType>,
    /// The total number of apps directly or indirectly superseding the parent app.
    ///
    /// CSDL: property `supersedingAppCount`: `Edm.Int32`, not nullable.
    pub superseding_app_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MobileAppSupersedence {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target_display_name: rt::Field::Absent,
            target_display_version: rt::Field::Absent,
            target_id: rt::Field::Absent,
            target_publisher: rt::Field::Absent,
            target_type: rt::Field::Absent,
            superseded_app_count: rt::Field::Absent,
            supersedence_type: rt::Field::Absent,
            superseding_app_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MobileAppSupersedence {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppSupersedence";
    const KEYS: &'static [&'static str] = &[
        "id",
        "targetDisplayName",
        "targetDisplayVersion",
        "targetId",
        "targetPublisher",
        "targetType",
        "supersededAppCount",
        "supersedenceType",
        "supersedingAppCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"targetDisplayName\":            ",
        ",\"targetDisplayVersion\":         ",
        ",\"targetId\":                     ",
        ",\"targetPublisher\":              ",
        ",\"targetType\":                   ",
        ",\"supersededAppCount\":           ",
        ",\"supersedenceType\":             ",
        ",\"supersedingAppCount\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppSupersedence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target_display_name", &self.target_display_name);
        v.field(2usize, "target_display_version", &self.target_display_version);
        v.field(3usize, "target_id", &self.target_id);
        v.field(4usize, "target_publisher", &self.target_publisher);
        v.field(5usize, "target_type", &self.target_type);
        v.field(6usize, "superseded_app_count", &self.superseded_app_count);
        v.field(7usize, "supersedence_type", &self.supersedence_type);
        v.field(8usize, "superseding_app_count", &self.superseding_app_count);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MobileAppSupersedence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.target_display_name.read_from(r),
            2usize => self.target_display_version.read_from(r),
            3usize => self.target_id.read_from(r),
            4usize => self.target_publisher.read_from(r),
            5usize => self.target_type.read_from(r),
            6usize => self.superseded_app_count.read_from(r),
            7usize => self.supersedence_type.read_from(r),
            8usize => self.superseding_app_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.target_display_name);
        w.field(2usize, &self.target_display_version);
        w.field(3usize, &self.target_id);
        w.field(4usize, &self.target_publisher);
        w.field(5usize, &self.target_type);
        w.field(6usize, &self.superseded_app_count);
        w.field(7usize, &self.supersedence_type);
        w.field(8usize, &self.superseding_app_count);
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
rt::impl_object!(MobileAppSupersedence);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MobileAppSupersedence { with_id id : ::std::string::String; with_target_display_name
    target_display_name : ::std::string::String; with_target_display_version
    target_display_version : ::std::string::String; with_target_id target_id :
    ::std::string::String; with_target_publisher target_publisher :
    ::std::string::String; with_target_type target_type : crate
    ::beta::MobileAppRelationshipType; with_superseded_app_count superseded_app_count :
    i32; with_supersedence_type supersedence_type : crate
    ::beta::MobileAppSupersedenceType; with_superseding_app_count superseding_app_count :
    i32; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppSupersedence);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.mobileAppSupersedenceType`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MobileAppSupersedenceType {
    /// `update` (value 0).
    Update,
    /// `replace` (value 1).
    Replace,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for MobileAppSupersedenceType {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppSupersedenceType";
    const MEMBERS: &'static [&'static str] = &["update", "replace"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "update" => Self::Update,
                "replace" => Self::Replace,
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
            Self::Update => "update",
            Self::Replace => "replace",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(MobileAppSupersedenceType);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppSupersedenceType);
#[cfg(msgraph_beta_core)]
/// History Item contained in the Mobile App Troubleshooting Event.
///
/// CSDL: `microsoft.graph.mobileAppTroubleshootingAppPolicyCreationHistory`, complex type, derived from `microsoft.graph.mobileAppTroubleshootingHistoryItem`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MobileAppTroubleshootingAppPolicyCreationHistory {
    /// Time when the history item occurred.
    ///
    /// CSDL: property `occurrenceDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub occurrence_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Object containing detailed information about the error and its remediation.
    ///
    /// CSDL: property `troubleshootingErrorDetails`: `microsoft.graph.deviceManagementTroubleshootingErrorDetails`, nullable.
    pub troubleshooting_error_details: rt::Field<
        crate::beta::DeviceManagementTroubleshootingErrorDetails,
    >,
    /// Error code for the failure, empty if no failure.
    ///
    /// CSDL: property `errorCode`: `Edm.String`, nullable.
    pub error_code: rt::Field<::std::string::String>,
    /// Status of the item.
    ///
    /// CSDL: property `runState`: `microsoft.graph.runState`, not nullable.
    pub run_state: rt::Field<crate::beta::RunState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MobileAppTroubleshootingAppPolicyCreationHistory {
    #[inline]
    fn default() -> Self {
        Self {
            occurrence_date_time: rt::Field::Absent,
            troubleshooting_error_details: rt::Field::Absent,
            error_code: rt::Field::Absent,
            run_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MobileAppTroubleshootingAppPolicyCreationHistory {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppTroubleshootingAppPolicyCreationHistory";
    const KEYS: &'static [&'static str] = &[
        "occurrenceDateTime",
        "troubleshootingErrorDetails",
        "errorCode",
        "runState",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"occurrenceDateTime\":           ",
        ",\"troubleshootingErrorDetails\":  ",
        ",\"errorCode\":                    ",
        ",\"runState\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppTroubleshootingAppPolicyCreationHistory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "occurrence_date_time", &self.occurrence_date_time);
        v.field(
            1usize,
            "troubleshooting_error_details",
            &self.troubleshooting_error_details,
        );
        v.field(2usize, "error_code", &self.error_code);
        v.field(3usize, "run_state", &self.run_state);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MobileAppTroubleshootingAppPolicyCreationHistory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.occurrence_date_time.read_from(r),
            1usize => self.troubleshooting_error_details.read_from(r),
            2usize => self.error_code.read_from(r),
            3usize => self.run_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.occurrence_date_time);
        w.field(1usize, &self.troubleshooting_error_details);
        w.field(2usize, &self.error_code);
        w.field(3usize, &self.run_state);
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
rt::impl_object!(MobileAppTroubleshootingAppPolicyCreationHistory);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MobileAppTroubleshootingAppPolicyCreationHistory { with_occurrence_date_time
    occurrence_date_time : rt::edm::DateTimeOffset; with_troubleshooting_error_details
    troubleshooting_error_details : crate
    ::beta::DeviceManagementTroubleshootingErrorDetails; with_error_code error_code :
    ::std::string::String; with_run_state run_state : crate ::beta::RunState; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppTroubleshootingAppPolicyCreationHistory);
#[cfg(msgraph_beta_core)]
/// History Item contained in the Mobile App Troubleshooting Event.
///
/// CSDL: `microsoft.graph.mobileAppTroubleshootingAppStateHistory`, complex type, derived from `microsoft.graph.mobileAppTroubleshootingHistoryItem`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MobileAppTroubleshootingAppStateHistory {
    /// Time when the history item occurred.
    ///
    /// CSDL: property `occurrenceDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub occurrence_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Object containing detailed information about the error and its remediation.
    ///
    /// CSDL: property `troubleshootingErrorDetails`: `microsoft.graph.deviceManagementTroubleshootingErrorDetails`, nullable.
    pub troubleshooting_error_details: rt::Field<
        crate::beta::DeviceManagementTroubleshootingErrorDetails,
    >,
    /// Action type for Intune Application.
    ///
    /// CSDL: property `actionType`: `microsoft.graph.mobileAppActionType`, not nullable.
    pub action_type: rt::Field<crate::beta::MobileAppActionType>,
    /// Error code for the failure, empty if no failure.
    ///
    /// CSDL: property `errorCode`: `Edm.String`, nullable.
    pub error_code: rt::Field<::std::string::String>,
    /// Status of the item.
    ///
    /// CSDL: property `runState`: `microsoft.graph.runState`, not nullable.
    pub run_state: rt::Field<crate::beta::RunState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MobileAppTroubleshootingAppStateHistory {
    #[inline]
    fn default() -> Self {
        Self {
            occurrence_date_time: rt::Field::Absent,
            troubleshooting_error_details: rt::Field::Absent,
            action_type: rt::Field::Absent,
            error_code: rt::Field::Absent,
            run_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MobileAppTroubleshootingAppStateHistory {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppTroubleshootingAppStateHistory";
    const KEYS: &'static [&'static str] = &[
        "occurrenceDateTime",
        "troubleshootingErrorDetails",
        "actionType",
        "errorCode",
        "runState",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"occurrenceDateTime\":           ",
        ",\"troubleshootingErrorDetails\":  ",
        ",\"actionType\":                   ",
        ",\"errorCode\":                    ",
        ",\"runState\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppTroubleshootingAppStateHistory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "occurrence_date_time", &self.occurrence_date_time);
        v.field(
            1usize,
            "troubleshooting_error_details",
            &self.troubleshooting_error_details,
        );
        v.field(2usize, "action_type", &self.action_type);
        v.field(3usize, "error_code", &self.error_code);
        v.field(4usize, "run_state", &self.run_state);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MobileAppTroubleshootingAppStateHistory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.occurrence_date_time.read_from(r),
            1usize => self.troubleshooting_error_details.read_from(r),
            2usize => self.action_type.read_from(r),
            3usize => self.error_code.read_from(r),
            4usize => self.run_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.occurrence_date_time);
        w.field(1usize, &self.troubleshooting_error_details);
        w.field(2usize, &self.action_type);
        w.field(3usize, &self.error_code);
        w.field(4usize, &self.run_state);
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
rt::impl_object!(MobileAppTroubleshootingAppStateHistory);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MobileAppTroubleshootingAppStateHistory { with_occurrence_date_time
    occurrence_date_time : rt::edm::DateTimeOffset; with_troubleshooting_error_details
    troubleshooting_error_details : crate
    ::beta::DeviceManagementTroubleshootingErrorDetails; with_action_type action_type :
    crate ::beta::MobileAppActionType; with_error_code error_code :
    ::std::string::String; with_run_state run_state : crate ::beta::RunState; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppTroubleshootingAppStateHistory);
#[cfg(msgraph_beta_core)]
/// History Item contained in the Mobile App Troubleshooting Event.
///
/// CSDL: `microsoft.graph.mobileAppTroubleshootingAppTargetHistory`, complex type, derived from `microsoft.graph.mobileAppTroubleshootingHistoryItem`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MobileAppTroubleshootingAppTargetHistory {
    /// Time when the history item occurred.
    ///
    /// CSDL: property `occurrenceDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub occurrence_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Object containing detailed information about the error and its remediation.
    ///
    /// CSDL: property `troubleshootingErrorDetails`: `microsoft.graph.deviceManagementTroubleshootingErrorDetails`, nullable.
    pub troubleshooting_error_details: rt::Field<
        crate::beta::DeviceManagementTroubleshootingErrorDetails,
    >,
    /// Error code for the failure, empty if no failure.
    ///
    /// CSDL: property `errorCode`: `Edm.String`, nullable.
    pub error_code: rt::Field<::std::string::String>,
    /// Status of the item.
    ///
    /// CSDL: property `runState`: `microsoft.graph.runState`, not nullable.
    pub run_state: rt::Field<crate::beta::RunState>,
    /// AAD security group id to which it was targeted.
    ///
    /// CSDL: property `securityGroupId`: `Edm.String`, nullable.
    pub security_group_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MobileAppTroubleshootingAppTargetHistory {
    #[inline]
    fn default() -> Self {
        Self {
            occurrence_date_time: rt::Field::Absent,
            troubleshooting_error_details: rt::Field::Absent,
            error_code: rt::Field::Absent,
            run_state: rt::Field::Absent,
            security_group_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MobileAppTroubleshootingAppTargetHistory {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppTroubleshootingAppTargetHistory";
    const KEYS: &'static [&'static str] = &[
        "occurrenceDateTime",
        "troubleshootingErrorDetails",
        "errorCode",
        "runState",
        "securityGroupId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"occurrenceDateTime\":           ",
        ",\"troubleshootingErrorDetails\":  ",
        ",\"errorCode\":                    ",
        ",\"runState\":                     ",
        ",\"securityGroupId\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppTroubleshootingAppTargetHistory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "occurrence_date_time", &self.occurrence_date_time);
        v.field(
            1usize,
            "troubleshooting_error_details",
            &self.troubleshooting_error_details,
        );
        v.field(2usize, "error_code", &self.error_code);
        v.field(3usize, "run_state", &self.run_state);
        v.field(4usize, "security_group_id", &self.security_group_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MobileAppTroubleshootingAppTargetHistory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.occurrence_date_time.read_from(r),
            1usize => self.troubleshooting_error_details.read_from(r),
            2usize => self.error_code.read_from(r),
            3usize => self.run_state.read_from(r),
            4usize => self.security_group_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.occurrence_date_time);
        w.field(1usize, &self.troubleshooting_error_details);
        w.field(2usize, &self.error_code);
        w.field(3usize, &self.run_state);
        w.field(4usize, &self.security_group_id);
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
rt::impl_object!(MobileAppTroubleshootingAppTargetHistory);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MobileAppTroubleshootingAppTargetHistory { with_occurrence_date_time
    occurrence_date_time : rt::edm::DateTimeOffset; with_troubleshooting_error_details
    troubleshooting_error_details : crate
    ::beta::DeviceManagementTroubleshootingErrorDetails; with_error_code error_code :
    ::std::string::String; with_run_state run_state : crate ::beta::RunState;
    with_security_group_id security_group_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppTroubleshootingAppTargetHistory);
#[cfg(msgraph_beta_core)]
/// History Item contained in the Mobile App Troubleshooting Event.
///
/// CSDL: `microsoft.graph.mobileAppTroubleshootingAppUpdateHistory`, complex type, derived from `microsoft.graph.mobileAppTroubleshootingHistoryItem`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MobileAppTroubleshootingAppUpdateHistory {
    /// Time when the history item occurred.
    ///
    /// CSDL: property `occurrenceDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub occurrence_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Object containing detailed information about the error and its remediation.
    ///
    /// CSDL: property `troubleshootingErrorDetails`: `microsoft.graph.deviceManagementTroubleshootingErrorDetails`, nullable.
    pub troubleshooting_error_details: rt::Field<
        crate::beta::DeviceManagementTroubleshootingErrorDetails,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MobileAppTroubleshootingAppUpdateHistory {
    #[inline]
    fn default() -> Self {
        Self {
            occurrence_date_time: rt::Field::Absent,
            troubleshooting_error_details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MobileAppTroubleshootingAppUpdateHistory {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppTroubleshootingAppUpdateHistory";
    const KEYS: &'static [&'static str] = &[
        "occurrenceDateTime",
        "troubleshootingErrorDetails",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"occurrenceDateTime\":           ",
        ",\"troubleshootingErrorDetails\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppTroubleshootingAppUpdateHistory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "occurrence_date_time", &self.occurrence_date_time);
        v.field(
            1usize,
            "troubleshooting_error_details",
            &self.troubleshooting_error_details,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MobileAppTroubleshootingAppUpdateHistory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.occurrence_date_time.read_from(r),
            1usize => self.troubleshooting_error_details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.occurrence_date_time);
        w.field(1usize, &self.troubleshooting_error_details);
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
rt::impl_object!(MobileAppTroubleshootingAppUpdateHistory);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MobileAppTroubleshootingAppUpdateHistory { with_occurrence_date_time
    occurrence_date_time : rt::edm::DateTimeOffset; with_troubleshooting_error_details
    troubleshooting_error_details : crate
    ::beta::DeviceManagementTroubleshootingErrorDetails; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppTroubleshootingAppUpdateHistory);
#[cfg(msgraph_beta_core)]
/// History Item contained in the Mobile App Troubleshooting Event.
///
/// CSDL: `microsoft.graph.mobileAppTroubleshootingDeviceCheckinHistory`, complex type, derived from `microsoft.graph.mobileAppTroubleshootingHistoryItem`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MobileAppTroubleshootingDeviceCheckinHistory {
    /// Time when the history item occurred.
    ///
    /// CSDL: property `occurrenceDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub occurrence_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Object containing detailed information about the error and its remediation.
    ///
    /// CSDL: property `troubleshootingErrorDetails`: `microsoft.graph.deviceManagementTroubleshootingErrorDetails`, nullable.
    pub troubleshooting_error_details: rt::Field<
        crate::beta::DeviceManagementTroubleshootingErrorDetails,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MobileAppTroubleshootingDeviceCheckinHistory {
    #[inline]
    fn default() -> Self {
        Self {
            occurrence_date_time: rt::Field::Absent,
            troubleshooting_error_details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MobileAppTroubleshootingDeviceCheckinHistory {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppTroubleshootingDeviceCheckinHistory";
    const KEYS: &'static [&'static str] = &[
        "occurrenceDateTime",
        "troubleshootingErrorDetails",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"occurrenceDateTime\":           ",
        ",\"troubleshootingErrorDetails\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppTroubleshootingDeviceCheckinHistory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "occurrence_date_time", &self.occurrence_date_time);
        v.field(
            1usize,
            "troubleshooting_error_details",
            &self.troubleshooting_error_details,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MobileAppTroubleshootingDeviceCheckinHistory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.occurrence_date_time.read_from(r),
            1usize => self.troubleshooting_error_details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.occurrence_date_time);
        w.field(1usize, &self.troubleshooting_error_details);
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
rt::impl_object!(MobileAppTroubleshootingDeviceCheckinHistory);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MobileAppTroubleshootingDeviceCheckinHistory { with_occurrence_date_time
    occurrence_date_time : rt::edm::DateTimeOffset; with_troubleshooting_error_details
    troubleshooting_error_details : crate
    ::beta::DeviceManagementTroubleshootingErrorDetails; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppTroubleshootingDeviceCheckinHistory);
#[cfg(msgraph_beta_core)]
/// MobileAppTroubleshootingEvent Entity.
///
/// CSDL: `microsoft.graph.mobileAppTroubleshootingEvent`, entity type, derived from `microsoft.graph.deviceManagementTroubleshootingEvent`, key `id`.
///
/// Request builders: [`MobileAppTroubleshootingEventPath`](requests/trait.MobileAppTroubleshootingEventPath.html), what a path to one (`EntityPath<MobileAppTroubleshootingEvent, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MobileAppTroubleshootingEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// A set of string key and string value pairs which provides additional information on the Troubleshooting event
    ///
    /// CSDL: property `additionalInformation`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub additional_information: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// Id used for tracing the failure in the service.
    ///
    /// CSDL: property `correlationId`: `Edm.String`, nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// Time when the event occurred .
    ///
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Event Name corresponding to the Troubleshooting Event. It is an Optional field
    ///
    /// CSDL: property `eventName`: `Edm.String`, nullable.
    pub event_name: rt::Field<::std::string::String>,
    /// Object containing detailed information about the error and its remediation.
    ///
    /// CSDL: property `troubleshootingErrorDetails`: `microsoft.graph.deviceManagementTroubleshootingErrorDetails`, nullable.
    pub troubleshooting_error_details: rt::Field<
        crate::beta::DeviceManagementTroubleshootingErrorDetails,
    >,
    /// Intune application identifier.
    ///
    /// CSDL: property `applicationId`: `Edm.String`, nullable.
    pub application_id: rt::Field<::std::string::String>,
    /// Intune Mobile Application Troubleshooting History Item
    ///
    /// CSDL: property `history`: `Collection(microsoft.graph.mobileAppTroubleshootingHistoryItem)`, nullable.
    pub history: rt::Field<
        ::std::vec::Vec<crate::beta::AnyMobileAppTroubleshootingHistoryItem>,
    >,
    /// Device identifier created or collected by Intune.
    ///
    /// CSDL: property `managedDeviceIdentifier`: `Edm.String`, nullable.
    pub managed_device_identifier: rt::Field<::std::string::String>,
    /// Identifier for the user that tried to enroll the device.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// The collection property of AppLogUploadRequest.
    ///
    /// CSDL: containment navigation property `appLogCollectionRequests`: `Collection(microsoft.graph.appLogCollectionRequest)`, not nullable.
    pub app_log_collection_requests: rt::Field<
        ::std::vec::Vec<crate::beta::AppLogCollectionRequest>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MobileAppTroubleshootingEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            additional_information: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            event_name: rt::Field::Absent,
            troubleshooting_error_details: rt::Field::Absent,
            application_id: rt::Field::Absent,
            history: rt::Field::Absent,
            managed_device_identifier: rt::Field::Absent,
            user_id: rt::Field::Absent,
            app_log_collection_requests: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MobileAppTroubleshootingEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppTroubleshootingEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "additionalInformation",
        "correlationId",
        "eventDateTime",
        "eventName",
        "troubleshootingErrorDetails",
        "applicationId",
        "history",
        "managedDeviceIdentifier",
        "userId",
        "appLogCollectionRequests",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"additionalInformation\":        ",
        ",\"correlationId\":                ",
        ",\"eventDateTime\":                ",
        ",\"eventName\":                    ",
        ",\"troubleshootingErrorDetails\":  ",
        ",\"applicationId\":                ",
        ",\"history\":                      ",
        ",\"managedDeviceIdentifier\":      ",
        ",\"userId\":                       ",
        ",\"appLogCollectionRequests\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppTroubleshootingEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "additional_information", &self.additional_information);
        v.field(2usize, "correlation_id", &self.correlation_id);
        v.field(3usize, "event_date_time", &self.event_date_time);
        v.field(4usize, "event_name", &self.event_name);
        v.field(
            5usize,
            "troubleshooting_error_details",
            &self.troubleshooting_error_details,
        );
        v.field(6usize, "application_id", &self.application_id);
        v.field(7usize, "history", &self.history);
        v.field(8usize, "managed_device_identifier", &self.managed_device_identifier);
        v.field(9usize, "user_id", &self.user_id);
        v.field(
            10usize,
            "app_log_collection_requests",
            &self.app_log_collection_requests,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MobileAppTroubleshootingEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.additional_information.read_from(r),
            2usize => self.correlation_id.read_from(r),
            3usize => self.event_date_time.read_from(r),
            4usize => self.event_name.read_from(r),
            5usize => self.troubleshooting_error_details.read_from(r),
            6usize => self.application_id.read_from(r),
            7usize => self.history.read_from(r),
            8usize => self.managed_device_identifier.read_from(r),
            9usize => self.user_id.read_from(r),
            10usize => self.app_log_collection_requests.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.additional_information);
        w.field(2usize, &self.correlation_id);
        w.field(3usize, &self.event_date_time);
        w.field(4usize, &self.event_name);
        w.field(5usize, &self.troubleshooting_error_details);
        w.field(6usize, &self.application_id);
        w.field(7usize, &self.history);
        w.field(8usize, &self.managed_device_identifier);
        w.field(9usize, &self.user_id);
        w.field(10usize, &self.app_log_collection_requests);
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
rt::impl_object!(MobileAppTroubleshootingEvent);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MobileAppTroubleshootingEvent { with_id id : ::std::string::String;
    with_additional_information additional_information : ::std::vec::Vec < crate
    ::beta::KeyValuePair >; with_correlation_id correlation_id : ::std::string::String;
    with_event_date_time event_date_time : rt::edm::DateTimeOffset; with_event_name
    event_name : ::std::string::String; with_troubleshooting_error_details
    troubleshooting_error_details : crate
    ::beta::DeviceManagementTroubleshootingErrorDetails; with_application_id
    application_id : ::std::string::String; with_history history : ::std::vec::Vec <
    crate ::beta::AnyMobileAppTroubleshootingHistoryItem >;
    with_managed_device_identifier managed_device_identifier : ::std::string::String;
    with_user_id user_id : ::std::string::String; with_app_log_collection_requests
    app_log_collection_requests : ::std::vec::Vec < crate ::beta::AppLogCollectionRequest
    >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppTroubleshootingEvent);
#[cfg(msgraph_beta_core)]
/// History Item contained in the Mobile App Troubleshooting Event.
///
/// CSDL: `microsoft.graph.mobileAppTroubleshootingHistoryItem`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MobileAppTroubleshootingHistoryItem {
    /// Time when the history item occurred.
    ///
    /// CSDL: property `occurrenceDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub occurrence_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Object containing detailed information about the error and its remediation.
    ///
    /// CSDL: property `troubleshootingErrorDetails`: `microsoft.graph.deviceManagementTroubleshootingErrorDetails`, nullable.
    pub troubleshooting_error_details: rt::Field<
        crate::beta::DeviceManagementTroubleshootingErrorDetails,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MobileAppTroubleshootingHistoryItem {
    #[inline]
    fn default() -> Self {
        Self {
            occurrence_date_time: rt::Field::Absent,
            troubleshooting_error_details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MobileAppTroubleshootingHistoryItem {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppTroubleshootingHistoryItem";
    const KEYS: &'static [&'static str] = &[
        "occurrenceDateTime",
        "troubleshootingErrorDetails",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"occurrenceDateTime\":           ",
        ",\"troubleshootingErrorDetails\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppTroubleshootingHistoryItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "occurrence_date_time", &self.occurrence_date_time);
        v.field(
            1usize,
            "troubleshooting_error_details",
            &self.troubleshooting_error_details,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MobileAppTroubleshootingHistoryItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.occurrence_date_time.read_from(r),
            1usize => self.troubleshooting_error_details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.occurrence_date_time);
        w.field(1usize, &self.troubleshooting_error_details);
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
rt::impl_object!(MobileAppTroubleshootingHistoryItem);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MobileAppTroubleshootingHistoryItem { with_occurrence_date_time occurrence_date_time
    : rt::edm::DateTimeOffset; with_troubleshooting_error_details
    troubleshooting_error_details : crate
    ::beta::DeviceManagementTroubleshootingErrorDetails; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppTroubleshootingHistoryItem);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.mobileAppTroubleshootingHistoryItem` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMobileAppTroubleshootingHistoryItem {
    MobileAppTroubleshootingHistoryItem(
        ::std::boxed::Box<crate::beta::MobileAppTroubleshootingHistoryItem>,
    ),
    MobileAppTroubleshootingAppPolicyCreationHistory(
        ::std::boxed::Box<crate::beta::MobileAppTroubleshootingAppPolicyCreationHistory>,
    ),
    MobileAppTroubleshootingAppStateHistory(
        ::std::boxed::Box<crate::beta::MobileAppTroubleshootingAppStateHistory>,
    ),
    MobileAppTroubleshootingAppTargetHistory(
        ::std::boxed::Box<crate::beta::MobileAppTroubleshootingAppTargetHistory>,
    ),
    MobileAppTroubleshootingAppUpdateHistory(
        ::std::boxed::Box<crate::beta::MobileAppTroubleshootingAppUpdateHistory>,
    ),
    MobileAppTroubleshootingDeviceCheckinHistory(
        ::std::boxed::Box<crate::beta::MobileAppTroubleshootingDeviceCheckinHistory>,
    ),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyMobileAppTroubleshootingHistoryItem {
    #[inline]
    fn default() -> Self {
        Self::MobileAppTroubleshootingHistoryItem(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppTroubleshootingHistoryItem>
for AnyMobileAppTroubleshootingHistoryItem {
    #[inline]
    fn from(v: crate::beta::MobileAppTroubleshootingHistoryItem) -> Self {
        Self::MobileAppTroubleshootingHistoryItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppTroubleshootingAppPolicyCreationHistory>
for AnyMobileAppTroubleshootingHistoryItem {
    #[inline]
    fn from(v: crate::beta::MobileAppTroubleshootingAppPolicyCreationHistory) -> Self {
        Self::MobileAppTroubleshootingAppPolicyCreationHistory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppTroubleshootingAppStateHistory>
for AnyMobileAppTroubleshootingHistoryItem {
    #[inline]
    fn from(v: crate::beta::MobileAppTroubleshootingAppStateHistory) -> Self {
        Self::MobileAppTroubleshootingAppStateHistory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppTroubleshootingAppTargetHistory>
for AnyMobileAppTroubleshootingHistoryItem {
    #[inline]
    fn from(v: crate::beta::MobileAppTroubleshootingAppTargetHistory) -> Self {
        Self::MobileAppTroubleshootingAppTargetHistory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppTroubleshootingAppUpdateHistory>
for AnyMobileAppTroubleshootingHistoryItem {
    #[inline]
    fn from(v: crate::beta::MobileAppTroubleshootingAppUpdateHistory) -> Self {
        Self::MobileAppTroubleshootingAppUpdateHistory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppTroubleshootingDeviceCheckinHistory>
for AnyMobileAppTroubleshootingHistoryItem {
    #[inline]
    fn from(v: crate::beta::MobileAppTroubleshootingDeviceCheckinHistory) -> Self {
        Self::MobileAppTroubleshootingDeviceCheckinHistory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyMobileAppTroubleshootingHistoryItem {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyMobileAppTroubleshootingHistoryItem {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyMobileAppTroubleshootingHistoryItem {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyMobileAppTroubleshootingHistoryItem {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyMobileAppTroubleshootingHistoryItem {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::MobileAppTroubleshootingHistoryItem>();
    rt::object::auto_traits::<
        crate::beta::MobileAppTroubleshootingAppPolicyCreationHistory,
    >();
    rt::object::auto_traits::<crate::beta::MobileAppTroubleshootingAppStateHistory>();
    rt::object::auto_traits::<crate::beta::MobileAppTroubleshootingAppTargetHistory>();
    rt::object::auto_traits::<crate::beta::MobileAppTroubleshootingAppUpdateHistory>();
    rt::object::auto_traits::<
        crate::beta::MobileAppTroubleshootingDeviceCheckinHistory,
    >();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyMobileAppTroubleshootingHistoryItem {
    const BASE_NAME: &'static str = "microsoft.graph.mobileAppTroubleshootingHistoryItem";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.mobileAppTroubleshootingAppPolicyCreationHistory",
            ) => {
                Self::MobileAppTroubleshootingAppPolicyCreationHistory(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.mobileAppTroubleshootingAppStateHistory",
            ) => Self::MobileAppTroubleshootingAppStateHistory(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.mobileAppTroubleshootingAppTargetHistory",
            ) => Self::MobileAppTroubleshootingAppTargetHistory(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.mobileAppTroubleshootingAppUpdateHistory",
            ) => Self::MobileAppTroubleshootingAppUpdateHistory(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.mobileAppTroubleshootingDeviceCheckinHistory",
            ) => {
                Self::MobileAppTroubleshootingDeviceCheckinHistory(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::MobileAppTroubleshootingHistoryItem(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MobileAppTroubleshootingHistoryItem(v) => &**v,
            Self::MobileAppTroubleshootingAppPolicyCreationHistory(v) => &**v,
            Self::MobileAppTroubleshootingAppStateHistory(v) => &**v,
            Self::MobileAppTroubleshootingAppTargetHistory(v) => &**v,
            Self::MobileAppTroubleshootingAppUpdateHistory(v) => &**v,
            Self::MobileAppTroubleshootingDeviceCheckinHistory(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MobileAppTroubleshootingHistoryItem(v) => &mut **v,
            Self::MobileAppTroubleshootingAppPolicyCreationHistory(v) => &mut **v,
            Self::MobileAppTroubleshootingAppStateHistory(v) => &mut **v,
            Self::MobileAppTroubleshootingAppTargetHistory(v) => &mut **v,
            Self::MobileAppTroubleshootingAppUpdateHistory(v) => &mut **v,
            Self::MobileAppTroubleshootingDeviceCheckinHistory(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyMobileAppTroubleshootingHistoryItem {
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
    /// `occurrenceDateTime` of any variant.
    #[inline]
    pub fn occurrence_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MobileAppTroubleshootingHistoryItem(v) => &v.occurrence_date_time,
            Self::MobileAppTroubleshootingAppPolicyCreationHistory(v) => {
                &v.occurrence_date_time
            }
            Self::MobileAppTroubleshootingAppStateHistory(v) => &v.occurrence_date_time,
            Self::MobileAppTroubleshootingAppTargetHistory(v) => &v.occurrence_date_time,
            Self::MobileAppTroubleshootingAppUpdateHistory(v) => &v.occurrence_date_time,
            Self::MobileAppTroubleshootingDeviceCheckinHistory(v) => {
                &v.occurrence_date_time
            }
        }
    }
    /// `occurrenceDateTime` of any variant.
    #[inline]
    pub fn occurrence_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MobileAppTroubleshootingHistoryItem(v) => &mut v.occurrence_date_time,
            Self::MobileAppTroubleshootingAppPolicyCreationHistory(v) => {
                &mut v.occurrence_date_time
            }
            Self::MobileAppTroubleshootingAppStateHistory(v) => {
                &mut v.occurrence_date_time
            }
            Self::MobileAppTroubleshootingAppTargetHistory(v) => {
                &mut v.occurrence_date_time
            }
            Self::MobileAppTroubleshootingAppUpdateHistory(v) => {
                &mut v.occurrence_date_time
            }
            Self::MobileAppTroubleshootingDeviceCheckinHistory(v) => {
                &mut v.occurrence_date_time
            }
        }
    }
    /// `troubleshootingErrorDetails` of any variant.
    #[inline]
    pub fn troubleshooting_error_details(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementTroubleshootingErrorDetails> {
        match self {
            Self::MobileAppTroubleshootingHistoryItem(v) => {
                &v.troubleshooting_error_details
            }
            Self::MobileAppTroubleshootingAppPolicyCreationHistory(v) => {
                &v.troubleshooting_error_details
            }
            Self::MobileAppTroubleshootingAppStateHistory(v) => {
                &v.troubleshooting_error_details
            }
            Self::MobileAppTroubleshootingAppTargetHistory(v) => {
                &v.troubleshooting_error_details
            }
            Self::MobileAppTroubleshootingAppUpdateHistory(v) => {
                &v.troubleshooting_error_details
            }
            Self::MobileAppTroubleshootingDeviceCheckinHistory(v) => {
                &v.troubleshooting_error_details
            }
        }
    }
    /// `troubleshootingErrorDetails` of any variant.
    #[inline]
    pub fn troubleshooting_error_details_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementTroubleshootingErrorDetails> {
        match self {
            Self::MobileAppTroubleshootingHistoryItem(v) => {
                &mut v.troubleshooting_error_details
            }
            Self::MobileAppTroubleshootingAppPolicyCreationHistory(v) => {
                &mut v.troubleshooting_error_details
            }
            Self::MobileAppTroubleshootingAppStateHistory(v) => {
                &mut v.troubleshooting_error_details
            }
            Self::MobileAppTroubleshootingAppTargetHistory(v) => {
                &mut v.troubleshooting_error_details
            }
            Self::MobileAppTroubleshootingAppUpdateHistory(v) => {
                &mut v.troubleshooting_error_details
            }
            Self::MobileAppTroubleshootingDeviceCheckinHistory(v) => {
                &mut v.troubleshooting_error_details
            }
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyMobileAppTroubleshootingHistoryItem);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMobileAppTroubleshootingHistoryItem);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// An abstract class that represents a contained app in a mobileApp acting as a package.
///
/// CSDL: `microsoft.graph.mobileContainedApp`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileContainedApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MobileContainedApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MobileContainedApp {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileContainedApp";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.mobileContainedApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MobileContainedApp {
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(MobileContainedApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(MobileContainedApp { with_id id : ::std::string::String; });
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileContainedApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// `microsoft.graph.mobileContainedApp` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMobileContainedApp {
    MobileContainedApp(::std::boxed::Box<crate::beta::MobileContainedApp>),
    MicrosoftStoreForBusinessContainedApp(
        ::std::boxed::Box<crate::beta::MicrosoftStoreForBusinessContainedApp>,
    ),
    WindowsUniversalAppXContainedApp(
        ::std::boxed::Box<crate::beta::WindowsUniversalAppXContainedApp>,
    ),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AnyMobileContainedApp {
    #[inline]
    fn default() -> Self {
        Self::MobileContainedApp(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileContainedApp> for AnyMobileContainedApp {
    #[inline]
    fn from(v: crate::beta::MobileContainedApp) -> Self {
        Self::MobileContainedApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MicrosoftStoreForBusinessContainedApp>
for AnyMobileContainedApp {
    #[inline]
    fn from(v: crate::beta::MicrosoftStoreForBusinessContainedApp) -> Self {
        Self::MicrosoftStoreForBusinessContainedApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsUniversalAppXContainedApp>
for AnyMobileContainedApp {
    #[inline]
    fn from(v: crate::beta::WindowsUniversalAppXContainedApp) -> Self {
        Self::WindowsUniversalAppXContainedApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyMobileContainedApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyMobileContainedApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyMobileContainedApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyMobileContainedApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyMobileContainedApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::MobileContainedApp>();
    rt::object::auto_traits::<crate::beta::MicrosoftStoreForBusinessContainedApp>();
    rt::object::auto_traits::<crate::beta::WindowsUniversalAppXContainedApp>();
};
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Poly for AnyMobileContainedApp {
    const BASE_NAME: &'static str = "microsoft.graph.mobileContainedApp";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.microsoftStoreForBusinessContainedApp",
            ) => Self::MicrosoftStoreForBusinessContainedApp(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsUniversalAppXContainedApp",
            ) => Self::WindowsUniversalAppXContainedApp(rt::object::new_boxed()),
            _ => Self::MobileContainedApp(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MobileContainedApp(v) => &**v,
            Self::MicrosoftStoreForBusinessContainedApp(v) => &**v,
            Self::WindowsUniversalAppXContainedApp(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MobileContainedApp(v) => &mut **v,
            Self::MicrosoftStoreForBusinessContainedApp(v) => &mut **v,
            Self::WindowsUniversalAppXContainedApp(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl AnyMobileContainedApp {
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
            Self::MobileContainedApp(v) => &v.id,
            Self::MicrosoftStoreForBusinessContainedApp(v) => &v.id,
            Self::WindowsUniversalAppXContainedApp(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileContainedApp(v) => &mut v.id,
            Self::MicrosoftStoreForBusinessContainedApp(v) => &mut v.id,
            Self::WindowsUniversalAppXContainedApp(v) => &mut v.id,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_poly!(AnyMobileContainedApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMobileContainedApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// An abstract base class containing properties for all mobile line of business apps.
///
/// CSDL: `microsoft.graph.mobileLobApp`, entity type, derived from `microsoft.graph.mobileApp`, abstract, key `id`.
///
/// Request builders: [`MobileLobAppPath`](requests/trait.MobileLobAppPath.html), what a path to one (`EntityPath<AnyMobileLobApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MobileLobApp {
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
    /// The internal committed content version.
    ///
    /// CSDL: property `committedContentVersion`: `Edm.String`, nullable.
    pub committed_content_version: rt::Field<::std::string::String>,
    /// The name of the main Lob application file.
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// The total size, including all uploaded files.
    ///
    /// CSDL: property `size`: `Edm.Int64`, not nullable.
    pub size: rt::Field<i64>,
    /// The list of content versions for this app.
    ///
    /// CSDL: containment navigation property `contentVersions`: `Collection(microsoft.graph.mobileAppContent)`, not nullable.
    pub content_versions: rt::Field<::std::vec::Vec<crate::beta::MobileAppContent>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MobileLobApp {
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
            committed_content_version: rt::Field::Absent,
            file_name: rt::Field::Absent,
            size: rt::Field::Absent,
            content_versions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MobileLobApp {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileLobApp";
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
        "committedContentVersion",
        "fileName",
        "size",
        "contentVersions",
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
        ",\"committedContentVersion\":      ",
        ",\"fileName\":                     ",
        ",\"size\":                         ",
        ",\"contentVersions\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileLobApp\"";
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
        v.field(26usize, "committed_content_version", &self.committed_content_version);
        v.field(27usize, "file_name", &self.file_name);
        v.field(28usize, "size", &self.size);
        v.field(29usize, "content_versions", &self.content_versions);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MobileLobApp {
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
            26usize => self.committed_content_version.read_from(r),
            27usize => self.file_name.read_from(r),
            28usize => self.size.read_from(r),
            29usize => self.content_versions.read_from(r),
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
        w.field(26usize, &self.committed_content_version);
        w.field(27usize, &self.file_name);
        w.field(28usize, &self.size);
        w.field(29usize, &self.content_versions);
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
rt::impl_object!(MobileLobApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MobileLobApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_dependent_app_count
    dependent_app_count : i32; with_description description : ::std::string::String;
    with_developer developer : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_information_url information_url : ::std::string::String;
    with_is_assigned is_assigned : bool; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::beta::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::beta::MobileAppPublishingState; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >;
    with_superseded_app_count superseded_app_count : i32; with_superseding_app_count
    superseding_app_count : i32; with_upload_state upload_state : i32; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::MobileAppAssignment >; with_categories
    categories : ::std::vec::Vec < crate ::beta::MobileAppCategory >;
    with_device_statuses device_statuses : ::std::vec::Vec < crate
    ::beta::MobileAppInstallStatus >; with_install_summary install_summary : crate
    ::beta::MobileAppInstallSummary; with_relationships relationships : ::std::vec::Vec <
    crate ::beta::AnyMobileAppRelationship >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >;
    with_committed_content_version committed_content_version : ::std::string::String;
    with_file_name file_name : ::std::string::String; with_size size : i64;
    with_content_versions content_versions : ::std::vec::Vec < crate
    ::beta::MobileAppContent >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileLobApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// `microsoft.graph.mobileLobApp` or any type derived from it, selected by `@odata.type` (11 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMobileLobApp {
    MobileLobApp(::std::boxed::Box<crate::beta::MobileLobApp>),
    AndroidLobApp(::std::boxed::Box<crate::beta::AndroidLobApp>),
    IosLobApp(::std::boxed::Box<crate::beta::IosLobApp>),
    MacOsLobApp(::std::boxed::Box<crate::beta::MacOsLobApp>),
    Win32LobApp(::std::boxed::Box<crate::beta::Win32LobApp>),
    WindowsAppX(::std::boxed::Box<crate::beta::WindowsAppX>),
    WindowsMobileMsi(::std::boxed::Box<crate::beta::WindowsMobileMsi>),
    WindowsPhone81AppX(::std::boxed::Box<crate::beta::WindowsPhone81AppX>),
    WindowsPhone81AppXBundle(::std::boxed::Box<crate::beta::WindowsPhone81AppXBundle>),
    WindowsPhoneXap(::std::boxed::Box<crate::beta::WindowsPhoneXap>),
    WindowsUniversalAppX(::std::boxed::Box<crate::beta::WindowsUniversalAppX>),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AnyMobileLobApp {
    #[inline]
    fn default() -> Self {
        Self::MobileLobApp(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileLobApp> for AnyMobileLobApp {
    #[inline]
    fn from(v: crate::beta::MobileLobApp) -> Self {
        Self::MobileLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidLobApp> for AnyMobileLobApp {
    #[inline]
    fn from(v: crate::beta::AndroidLobApp) -> Self {
        Self::AndroidLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosLobApp> for AnyMobileLobApp {
    #[inline]
    fn from(v: crate::beta::IosLobApp) -> Self {
        Self::IosLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsLobApp> for AnyMobileLobApp {
    #[inline]
    fn from(v: crate::beta::MacOsLobApp) -> Self {
        Self::MacOsLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Win32LobApp> for AnyMobileLobApp {
    #[inline]
    fn from(v: crate::beta::Win32LobApp) -> Self {
        Self::Win32LobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsAppX> for AnyMobileLobApp {
    #[inline]
    fn from(v: crate::beta::WindowsAppX) -> Self {
        Self::WindowsAppX(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsMobileMsi> for AnyMobileLobApp {
    #[inline]
    fn from(v: crate::beta::WindowsMobileMsi) -> Self {
        Self::WindowsMobileMsi(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81AppX> for AnyMobileLobApp {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81AppX) -> Self {
        Self::WindowsPhone81AppX(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81AppXBundle> for AnyMobileLobApp {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81AppXBundle) -> Self {
        Self::WindowsPhone81AppXBundle(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhoneXap> for AnyMobileLobApp {
    #[inline]
    fn from(v: crate::beta::WindowsPhoneXap) -> Self {
        Self::WindowsPhoneXap(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsUniversalAppX> for AnyMobileLobApp {
    #[inline]
    fn from(v: crate::beta::WindowsUniversalAppX) -> Self {
        Self::WindowsUniversalAppX(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyMobileLobApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyMobileLobApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyMobileLobApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyMobileLobApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyMobileLobApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::MobileLobApp>();
    rt::object::auto_traits::<crate::beta::AndroidLobApp>();
    rt::object::auto_traits::<crate::beta::IosLobApp>();
    rt::object::auto_traits::<crate::beta::MacOsLobApp>();
    rt::object::auto_traits::<crate::beta::Win32LobApp>();
    rt::object::auto_traits::<crate::beta::WindowsAppX>();
    rt::object::auto_traits::<crate::beta::WindowsMobileMsi>();
    rt::object::auto_traits::<crate::beta::WindowsPhone81AppX>();
    rt::object::auto_traits::<crate::beta::WindowsPhone81AppXBundle>();
    rt::object::auto_traits::<crate::beta::WindowsPhoneXap>();
    rt::object::auto_traits::<crate::beta::WindowsUniversalAppX>();
};
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Poly for AnyMobileLobApp {
    const BASE_NAME: &'static str = "microsoft.graph.mobileLobApp";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.androidLobApp") => {
                Self::AndroidLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosLobApp") => {
                Self::IosLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.macOSLobApp") => {
                Self::MacOsLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.win32LobApp") => {
                Self::Win32LobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsAppX") => {
                Self::WindowsAppX(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsMobileMSI") => {
                Self::WindowsMobileMsi(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsPhone81AppX") => {
                Self::WindowsPhone81AppX(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsPhone81AppXBundle") => {
                Self::WindowsPhone81AppXBundle(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsPhoneXAP") => {
                Self::WindowsPhoneXap(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windowsUniversalAppX") => {
                Self::WindowsUniversalAppX(rt::object::new_boxed())
            }
            _ => Self::MobileLobApp(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MobileLobApp(v) => &**v,
            Self::AndroidLobApp(v) => &**v,
            Self::IosLobApp(v) => &**v,
            Self::MacOsLobApp(v) => &**v,
            Self::Win32LobApp(v) => &**v,
            Self::WindowsAppX(v) => &**v,
            Self::WindowsMobileMsi(v) => &**v,
            Self::WindowsPhone81AppX(v) => &**v,
            Self::WindowsPhone81AppXBundle(v) => &**v,
            Self::WindowsPhoneXap(v) => &**v,
            Self::WindowsUniversalAppX(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MobileLobApp(v) => &mut **v,
            Self::AndroidLobApp(v) => &mut **v,
            Self::IosLobApp(v) => &mut **v,
            Self::MacOsLobApp(v) => &mut **v,
            Self::Win32LobApp(v) => &mut **v,
            Self::WindowsAppX(v) => &mut **v,
            Self::WindowsMobileMsi(v) => &mut **v,
            Self::WindowsPhone81AppX(v) => &mut **v,
            Self::WindowsPhone81AppXBundle(v) => &mut **v,
            Self::WindowsPhoneXap(v) => &mut **v,
            Self::WindowsUniversalAppX(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl AnyMobileLobApp {
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
            Self::MobileLobApp(v) => &v.id,
            Self::AndroidLobApp(v) => &v.id,
            Self::IosLobApp(v) => &v.id,
            Self::MacOsLobApp(v) => &v.id,
            Self::Win32LobApp(v) => &v.id,
            Self::WindowsAppX(v) => &v.id,
            Self::WindowsMobileMsi(v) => &v.id,
            Self::WindowsPhone81AppX(v) => &v.id,
            Self::WindowsPhone81AppXBundle(v) => &v.id,
            Self::WindowsPhoneXap(v) => &v.id,
            Self::WindowsUniversalAppX(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &mut v.id,
            Self::AndroidLobApp(v) => &mut v.id,
            Self::IosLobApp(v) => &mut v.id,
            Self::MacOsLobApp(v) => &mut v.id,
            Self::Win32LobApp(v) => &mut v.id,
            Self::WindowsAppX(v) => &mut v.id,
            Self::WindowsMobileMsi(v) => &mut v.id,
            Self::WindowsPhone81AppX(v) => &mut v.id,
            Self::WindowsPhone81AppXBundle(v) => &mut v.id,
            Self::WindowsPhoneXap(v) => &mut v.id,
            Self::WindowsUniversalAppX(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MobileLobApp(v) => &v.created_date_time,
            Self::AndroidLobApp(v) => &v.created_date_time,
            Self::IosLobApp(v) => &v.created_date_time,
            Self::MacOsLobApp(v) => &v.created_date_time,
            Self::Win32LobApp(v) => &v.created_date_time,
            Self::WindowsAppX(v) => &v.created_date_time,
            Self::WindowsMobileMsi(v) => &v.created_date_time,
            Self::WindowsPhone81AppX(v) => &v.created_date_time,
            Self::WindowsPhone81AppXBundle(v) => &v.created_date_time,
            Self::WindowsPhoneXap(v) => &v.created_date_time,
            Self::WindowsUniversalAppX(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MobileLobApp(v) => &mut v.created_date_time,
            Self::AndroidLobApp(v) => &mut v.created_date_time,
            Self::IosLobApp(v) => &mut v.created_date_time,
            Self::MacOsLobApp(v) => &mut v.created_date_time,
            Self::Win32LobApp(v) => &mut v.created_date_time,
            Self::WindowsAppX(v) => &mut v.created_date_time,
            Self::WindowsMobileMsi(v) => &mut v.created_date_time,
            Self::WindowsPhone81AppX(v) => &mut v.created_date_time,
            Self::WindowsPhone81AppXBundle(v) => &mut v.created_date_time,
            Self::WindowsPhoneXap(v) => &mut v.created_date_time,
            Self::WindowsUniversalAppX(v) => &mut v.created_date_time,
        }
    }
    /// `dependentAppCount` of any variant.
    #[inline]
    pub fn dependent_app_count(&self) -> &rt::Field<i32> {
        match self {
            Self::MobileLobApp(v) => &v.dependent_app_count,
            Self::AndroidLobApp(v) => &v.dependent_app_count,
            Self::IosLobApp(v) => &v.dependent_app_count,
            Self::MacOsLobApp(v) => &v.dependent_app_count,
            Self::Win32LobApp(v) => &v.dependent_app_count,
            Self::WindowsAppX(v) => &v.dependent_app_count,
            Self::WindowsMobileMsi(v) => &v.dependent_app_count,
            Self::WindowsPhone81AppX(v) => &v.dependent_app_count,
            Self::WindowsPhone81AppXBundle(v) => &v.dependent_app_count,
            Self::WindowsPhoneXap(v) => &v.dependent_app_count,
            Self::WindowsUniversalAppX(v) => &v.dependent_app_count,
        }
    }
    /// `dependentAppCount` of any variant.
    #[inline]
    pub fn dependent_app_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::MobileLobApp(v) => &mut v.dependent_app_count,
            Self::AndroidLobApp(v) => &mut v.dependent_app_count,
            Self::IosLobApp(v) => &mut v.dependent_app_count,
            Self::MacOsLobApp(v) => &mut v.dependent_app_count,
            Self::Win32LobApp(v) => &mut v.dependent_app_count,
            Self::WindowsAppX(v) => &mut v.dependent_app_count,
            Self::WindowsMobileMsi(v) => &mut v.dependent_app_count,
            Self::WindowsPhone81AppX(v) => &mut v.dependent_app_count,
            Self::WindowsPhone81AppXBundle(v) => &mut v.dependent_app_count,
            Self::WindowsPhoneXap(v) => &mut v.dependent_app_count,
            Self::WindowsUniversalAppX(v) => &mut v.dependent_app_count,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &v.description,
            Self::AndroidLobApp(v) => &v.description,
            Self::IosLobApp(v) => &v.description,
            Self::MacOsLobApp(v) => &v.description,
            Self::Win32LobApp(v) => &v.description,
            Self::WindowsAppX(v) => &v.description,
            Self::WindowsMobileMsi(v) => &v.description,
            Self::WindowsPhone81AppX(v) => &v.description,
            Self::WindowsPhone81AppXBundle(v) => &v.description,
            Self::WindowsPhoneXap(v) => &v.description,
            Self::WindowsUniversalAppX(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &mut v.description,
            Self::AndroidLobApp(v) => &mut v.description,
            Self::IosLobApp(v) => &mut v.description,
            Self::MacOsLobApp(v) => &mut v.description,
            Self::Win32LobApp(v) => &mut v.description,
            Self::WindowsAppX(v) => &mut v.description,
            Self::WindowsMobileMsi(v) => &mut v.description,
            Self::WindowsPhone81AppX(v) => &mut v.description,
            Self::WindowsPhone81AppXBundle(v) => &mut v.description,
            Self::WindowsPhoneXap(v) => &mut v.description,
            Self::WindowsUniversalAppX(v) => &mut v.description,
        }
    }
    /// `developer` of any variant.
    #[inline]
    pub fn developer(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &v.developer,
            Self::AndroidLobApp(v) => &v.developer,
            Self::IosLobApp(v) => &v.developer,
            Self::MacOsLobApp(v) => &v.developer,
            Self::Win32LobApp(v) => &v.developer,
            Self::WindowsAppX(v) => &v.developer,
            Self::WindowsMobileMsi(v) => &v.developer,
            Self::WindowsPhone81AppX(v) => &v.developer,
            Self::WindowsPhone81AppXBundle(v) => &v.developer,
            Self::WindowsPhoneXap(v) => &v.developer,
            Self::WindowsUniversalAppX(v) => &v.developer,
        }
    }
    /// `developer` of any variant.
    #[inline]
    pub fn developer_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &mut v.developer,
            Self::AndroidLobApp(v) => &mut v.developer,
            Self::IosLobApp(v) => &mut v.developer,
            Self::MacOsLobApp(v) => &mut v.developer,
            Self::Win32LobApp(v) => &mut v.developer,
            Self::WindowsAppX(v) => &mut v.developer,
            Self::WindowsMobileMsi(v) => &mut v.developer,
            Self::WindowsPhone81AppX(v) => &mut v.developer,
            Self::WindowsPhone81AppXBundle(v) => &mut v.developer,
            Self::WindowsPhoneXap(v) => &mut v.developer,
            Self::WindowsUniversalAppX(v) => &mut v.developer,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &v.display_name,
            Self::AndroidLobApp(v) => &v.display_name,
            Self::IosLobApp(v) => &v.display_name,
            Self::MacOsLobApp(v) => &v.display_name,
            Self::Win32LobApp(v) => &v.display_name,
            Self::WindowsAppX(v) => &v.display_name,
            Self::WindowsMobileMsi(v) => &v.display_name,
            Self::WindowsPhone81AppX(v) => &v.display_name,
            Self::WindowsPhone81AppXBundle(v) => &v.display_name,
            Self::WindowsPhoneXap(v) => &v.display_name,
            Self::WindowsUniversalAppX(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &mut v.display_name,
            Self::AndroidLobApp(v) => &mut v.display_name,
            Self::IosLobApp(v) => &mut v.display_name,
            Self::MacOsLobApp(v) => &mut v.display_name,
            Self::Win32LobApp(v) => &mut v.display_name,
            Self::WindowsAppX(v) => &mut v.display_name,
            Self::WindowsMobileMsi(v) => &mut v.display_name,
            Self::WindowsPhone81AppX(v) => &mut v.display_name,
            Self::WindowsPhone81AppXBundle(v) => &mut v.display_name,
            Self::WindowsPhoneXap(v) => &mut v.display_name,
            Self::WindowsUniversalAppX(v) => &mut v.display_name,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &v.information_url,
            Self::AndroidLobApp(v) => &v.information_url,
            Self::IosLobApp(v) => &v.information_url,
            Self::MacOsLobApp(v) => &v.information_url,
            Self::Win32LobApp(v) => &v.information_url,
            Self::WindowsAppX(v) => &v.information_url,
            Self::WindowsMobileMsi(v) => &v.information_url,
            Self::WindowsPhone81AppX(v) => &v.information_url,
            Self::WindowsPhone81AppXBundle(v) => &v.information_url,
            Self::WindowsPhoneXap(v) => &v.information_url,
            Self::WindowsUniversalAppX(v) => &v.information_url,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &mut v.information_url,
            Self::AndroidLobApp(v) => &mut v.information_url,
            Self::IosLobApp(v) => &mut v.information_url,
            Self::MacOsLobApp(v) => &mut v.information_url,
            Self::Win32LobApp(v) => &mut v.information_url,
            Self::WindowsAppX(v) => &mut v.information_url,
            Self::WindowsMobileMsi(v) => &mut v.information_url,
            Self::WindowsPhone81AppX(v) => &mut v.information_url,
            Self::WindowsPhone81AppXBundle(v) => &mut v.information_url,
            Self::WindowsPhoneXap(v) => &mut v.information_url,
            Self::WindowsUniversalAppX(v) => &mut v.information_url,
        }
    }
    /// `isAssigned` of any variant.
    #[inline]
    pub fn is_assigned(&self) -> &rt::Field<bool> {
        match self {
            Self::MobileLobApp(v) => &v.is_assigned,
            Self::AndroidLobApp(v) => &v.is_assigned,
            Self::IosLobApp(v) => &v.is_assigned,
            Self::MacOsLobApp(v) => &v.is_assigned,
            Self::Win32LobApp(v) => &v.is_assigned,
            Self::WindowsAppX(v) => &v.is_assigned,
            Self::WindowsMobileMsi(v) => &v.is_assigned,
            Self::WindowsPhone81AppX(v) => &v.is_assigned,
            Self::WindowsPhone81AppXBundle(v) => &v.is_assigned,
            Self::WindowsPhoneXap(v) => &v.is_assigned,
            Self::WindowsUniversalAppX(v) => &v.is_assigned,
        }
    }
    /// `isAssigned` of any variant.
    #[inline]
    pub fn is_assigned_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::MobileLobApp(v) => &mut v.is_assigned,
            Self::AndroidLobApp(v) => &mut v.is_assigned,
            Self::IosLobApp(v) => &mut v.is_assigned,
            Self::MacOsLobApp(v) => &mut v.is_assigned,
            Self::Win32LobApp(v) => &mut v.is_assigned,
            Self::WindowsAppX(v) => &mut v.is_assigned,
            Self::WindowsMobileMsi(v) => &mut v.is_assigned,
            Self::WindowsPhone81AppX(v) => &mut v.is_assigned,
            Self::WindowsPhone81AppXBundle(v) => &mut v.is_assigned,
            Self::WindowsPhoneXap(v) => &mut v.is_assigned,
            Self::WindowsUniversalAppX(v) => &mut v.is_assigned,
        }
    }
    /// `isFeatured` of any variant.
    #[inline]
    pub fn is_featured(&self) -> &rt::Field<bool> {
        match self {
            Self::MobileLobApp(v) => &v.is_featured,
            Self::AndroidLobApp(v) => &v.is_featured,
            Self::IosLobApp(v) => &v.is_featured,
            Self::MacOsLobApp(v) => &v.is_featured,
            Self::Win32LobApp(v) => &v.is_featured,
            Self::WindowsAppX(v) => &v.is_featured,
            Self::WindowsMobileMsi(v) => &v.is_featured,
            Self::WindowsPhone81AppX(v) => &v.is_featured,
            Self::WindowsPhone81AppXBundle(v) => &v.is_featured,
            Self::WindowsPhoneXap(v) => &v.is_featured,
            Self::WindowsUniversalAppX(v) => &v.is_featured,
        }
    }
    /// `isFeatured` of any variant.
    #[inline]
    pub fn is_featured_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::MobileLobApp(v) => &mut v.is_featured,
            Self::AndroidLobApp(v) => &mut v.is_featured,
            Self::IosLobApp(v) => &mut v.is_featured,
            Self::MacOsLobApp(v) => &mut v.is_featured,
            Self::Win32LobApp(v) => &mut v.is_featured,
            Self::WindowsAppX(v) => &mut v.is_featured,
            Self::WindowsMobileMsi(v) => &mut v.is_featured,
            Self::WindowsPhone81AppX(v) => &mut v.is_featured,
            Self::WindowsPhone81AppXBundle(v) => &mut v.is_featured,
            Self::WindowsPhoneXap(v) => &mut v.is_featured,
            Self::WindowsUniversalAppX(v) => &mut v.is_featured,
        }
    }
    /// `largeIcon` of any variant.
    #[inline]
    pub fn large_icon(&self) -> &rt::Field<crate::beta::MimeContent> {
        match self {
            Self::MobileLobApp(v) => &v.large_icon,
            Self::AndroidLobApp(v) => &v.large_icon,
            Self::IosLobApp(v) => &v.large_icon,
            Self::MacOsLobApp(v) => &v.large_icon,
            Self::Win32LobApp(v) => &v.large_icon,
            Self::WindowsAppX(v) => &v.large_icon,
            Self::WindowsMobileMsi(v) => &v.large_icon,
            Self::WindowsPhone81AppX(v) => &v.large_icon,
            Self::WindowsPhone81AppXBundle(v) => &v.large_icon,
            Self::WindowsPhoneXap(v) => &v.large_icon,
            Self::WindowsUniversalAppX(v) => &v.large_icon,
        }
    }
    /// `largeIcon` of any variant.
    #[inline]
    pub fn large_icon_mut(&mut self) -> &mut rt::Field<crate::beta::MimeContent> {
        match self {
            Self::MobileLobApp(v) => &mut v.large_icon,
            Self::AndroidLobApp(v) => &mut v.large_icon,
            Self::IosLobApp(v) => &mut v.large_icon,
            Self::MacOsLobApp(v) => &mut v.large_icon,
            Self::Win32LobApp(v) => &mut v.large_icon,
            Self::WindowsAppX(v) => &mut v.large_icon,
            Self::WindowsMobileMsi(v) => &mut v.large_icon,
            Self::WindowsPhone81AppX(v) => &mut v.large_icon,
            Self::WindowsPhone81AppXBundle(v) => &mut v.large_icon,
            Self::WindowsPhoneXap(v) => &mut v.large_icon,
            Self::WindowsUniversalAppX(v) => &mut v.large_icon,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MobileLobApp(v) => &v.last_modified_date_time,
            Self::AndroidLobApp(v) => &v.last_modified_date_time,
            Self::IosLobApp(v) => &v.last_modified_date_time,
            Self::MacOsLobApp(v) => &v.last_modified_date_time,
            Self::Win32LobApp(v) => &v.last_modified_date_time,
            Self::WindowsAppX(v) => &v.last_modified_date_time,
            Self::WindowsMobileMsi(v) => &v.last_modified_date_time,
            Self::WindowsPhone81AppX(v) => &v.last_modified_date_time,
            Self::WindowsPhone81AppXBundle(v) => &v.last_modified_date_time,
            Self::WindowsPhoneXap(v) => &v.last_modified_date_time,
            Self::WindowsUniversalAppX(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::MobileLobApp(v) => &mut v.last_modified_date_time,
            Self::AndroidLobApp(v) => &mut v.last_modified_date_time,
            Self::IosLobApp(v) => &mut v.last_modified_date_time,
            Self::MacOsLobApp(v) => &mut v.last_modified_date_time,
            Self::Win32LobApp(v) => &mut v.last_modified_date_time,
            Self::WindowsAppX(v) => &mut v.last_modified_date_time,
            Self::WindowsMobileMsi(v) => &mut v.last_modified_date_time,
            Self::WindowsPhone81AppX(v) => &mut v.last_modified_date_time,
            Self::WindowsPhone81AppXBundle(v) => &mut v.last_modified_date_time,
            Self::WindowsPhoneXap(v) => &mut v.last_modified_date_time,
            Self::WindowsUniversalAppX(v) => &mut v.last_modified_date_time,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &v.notes,
            Self::AndroidLobApp(v) => &v.notes,
            Self::IosLobApp(v) => &v.notes,
            Self::MacOsLobApp(v) => &v.notes,
            Self::Win32LobApp(v) => &v.notes,
            Self::WindowsAppX(v) => &v.notes,
            Self::WindowsMobileMsi(v) => &v.notes,
            Self::WindowsPhone81AppX(v) => &v.notes,
            Self::WindowsPhone81AppXBundle(v) => &v.notes,
            Self::WindowsPhoneXap(v) => &v.notes,
            Self::WindowsUniversalAppX(v) => &v.notes,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &mut v.notes,
            Self::AndroidLobApp(v) => &mut v.notes,
            Self::IosLobApp(v) => &mut v.notes,
            Self::MacOsLobApp(v) => &mut v.notes,
            Self::Win32LobApp(v) => &mut v.notes,
            Self::WindowsAppX(v) => &mut v.notes,
            Self::WindowsMobileMsi(v) => &mut v.notes,
            Self::WindowsPhone81AppX(v) => &mut v.notes,
            Self::WindowsPhone81AppXBundle(v) => &mut v.notes,
            Self::WindowsPhoneXap(v) => &mut v.notes,
            Self::WindowsUniversalAppX(v) => &mut v.notes,
        }
    }
    /// `owner` of any variant.
    #[inline]
    pub fn owner(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &v.owner,
            Self::AndroidLobApp(v) => &v.owner,
            Self::IosLobApp(v) => &v.owner,
            Self::MacOsLobApp(v) => &v.owner,
            Self::Win32LobApp(v) => &v.owner,
            Self::WindowsAppX(v) => &v.owner,
            Self::WindowsMobileMsi(v) => &v.owner,
            Self::WindowsPhone81AppX(v) => &v.owner,
            Self::WindowsPhone81AppXBundle(v) => &v.owner,
            Self::WindowsPhoneXap(v) => &v.owner,
            Self::WindowsUniversalAppX(v) => &v.owner,
        }
    }
    /// `owner` of any variant.
    #[inline]
    pub fn owner_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &mut v.owner,
            Self::AndroidLobApp(v) => &mut v.owner,
            Self::IosLobApp(v) => &mut v.owner,
            Self::MacOsLobApp(v) => &mut v.owner,
            Self::Win32LobApp(v) => &mut v.owner,
            Self::WindowsAppX(v) => &mut v.owner,
            Self::WindowsMobileMsi(v) => &mut v.owner,
            Self::WindowsPhone81AppX(v) => &mut v.owner,
            Self::WindowsPhone81AppXBundle(v) => &mut v.owner,
            Self::WindowsPhoneXap(v) => &mut v.owner,
            Self::WindowsUniversalAppX(v) => &mut v.owner,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &v.privacy_information_url,
            Self::AndroidLobApp(v) => &v.privacy_information_url,
            Self::IosLobApp(v) => &v.privacy_information_url,
            Self::MacOsLobApp(v) => &v.privacy_information_url,
            Self::Win32LobApp(v) => &v.privacy_information_url,
            Self::WindowsAppX(v) => &v.privacy_information_url,
            Self::WindowsMobileMsi(v) => &v.privacy_information_url,
            Self::WindowsPhone81AppX(v) => &v.privacy_information_url,
            Self::WindowsPhone81AppXBundle(v) => &v.privacy_information_url,
            Self::WindowsPhoneXap(v) => &v.privacy_information_url,
            Self::WindowsUniversalAppX(v) => &v.privacy_information_url,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &mut v.privacy_information_url,
            Self::AndroidLobApp(v) => &mut v.privacy_information_url,
            Self::IosLobApp(v) => &mut v.privacy_information_url,
            Self::MacOsLobApp(v) => &mut v.privacy_information_url,
            Self::Win32LobApp(v) => &mut v.privacy_information_url,
            Self::WindowsAppX(v) => &mut v.privacy_information_url,
            Self::WindowsMobileMsi(v) => &mut v.privacy_information_url,
            Self::WindowsPhone81AppX(v) => &mut v.privacy_information_url,
            Self::WindowsPhone81AppXBundle(v) => &mut v.privacy_information_url,
            Self::WindowsPhoneXap(v) => &mut v.privacy_information_url,
            Self::WindowsUniversalAppX(v) => &mut v.privacy_information_url,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &v.publisher,
            Self::AndroidLobApp(v) => &v.publisher,
            Self::IosLobApp(v) => &v.publisher,
            Self::MacOsLobApp(v) => &v.publisher,
            Self::Win32LobApp(v) => &v.publisher,
            Self::WindowsAppX(v) => &v.publisher,
            Self::WindowsMobileMsi(v) => &v.publisher,
            Self::WindowsPhone81AppX(v) => &v.publisher,
            Self::WindowsPhone81AppXBundle(v) => &v.publisher,
            Self::WindowsPhoneXap(v) => &v.publisher,
            Self::WindowsUniversalAppX(v) => &v.publisher,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &mut v.publisher,
            Self::AndroidLobApp(v) => &mut v.publisher,
            Self::IosLobApp(v) => &mut v.publisher,
            Self::MacOsLobApp(v) => &mut v.publisher,
            Self::Win32LobApp(v) => &mut v.publisher,
            Self::WindowsAppX(v) => &mut v.publisher,
            Self::WindowsMobileMsi(v) => &mut v.publisher,
            Self::WindowsPhone81AppX(v) => &mut v.publisher,
            Self::WindowsPhone81AppXBundle(v) => &mut v.publisher,
            Self::WindowsPhoneXap(v) => &mut v.publisher,
            Self::WindowsUniversalAppX(v) => &mut v.publisher,
        }
    }
    /// `publishingState` of any variant.
    #[inline]
    pub fn publishing_state(&self) -> &rt::Field<crate::beta::MobileAppPublishingState> {
        match self {
            Self::MobileLobApp(v) => &v.publishing_state,
            Self::AndroidLobApp(v) => &v.publishing_state,
            Self::IosLobApp(v) => &v.publishing_state,
            Self::MacOsLobApp(v) => &v.publishing_state,
            Self::Win32LobApp(v) => &v.publishing_state,
            Self::WindowsAppX(v) => &v.publishing_state,
            Self::WindowsMobileMsi(v) => &v.publishing_state,
            Self::WindowsPhone81AppX(v) => &v.publishing_state,
            Self::WindowsPhone81AppXBundle(v) => &v.publishing_state,
            Self::WindowsPhoneXap(v) => &v.publishing_state,
            Self::WindowsUniversalAppX(v) => &v.publishing_state,
        }
    }
    /// `publishingState` of any variant.
    #[inline]
    pub fn publishing_state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::MobileAppPublishingState> {
        match self {
            Self::MobileLobApp(v) => &mut v.publishing_state,
            Self::AndroidLobApp(v) => &mut v.publishing_state,
            Self::IosLobApp(v) => &mut v.publishing_state,
            Self::MacOsLobApp(v) => &mut v.publishing_state,
            Self::Win32LobApp(v) => &mut v.publishing_state,
            Self::WindowsAppX(v) => &mut v.publishing_state,
            Self::WindowsMobileMsi(v) => &mut v.publishing_state,
            Self::WindowsPhone81AppX(v) => &mut v.publishing_state,
            Self::WindowsPhone81AppXBundle(v) => &mut v.publishing_state,
            Self::WindowsPhoneXap(v) => &mut v.publishing_state,
            Self::WindowsUniversalAppX(v) => &mut v.publishing_state,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::MobileLobApp(v) => &v.role_scope_tag_ids,
            Self::AndroidLobApp(v) => &v.role_scope_tag_ids,
            Self::IosLobApp(v) => &v.role_scope_tag_ids,
            Self::MacOsLobApp(v) => &v.role_scope_tag_ids,
            Self::Win32LobApp(v) => &v.role_scope_tag_ids,
            Self::WindowsAppX(v) => &v.role_scope_tag_ids,
            Self::WindowsMobileMsi(v) => &v.role_scope_tag_ids,
            Self::WindowsPhone81AppX(v) => &v.role_scope_tag_ids,
            Self::WindowsPhone81AppXBundle(v) => &v.role_scope_tag_ids,
            Self::WindowsPhoneXap(v) => &v.role_scope_tag_ids,
            Self::WindowsUniversalAppX(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::MobileLobApp(v) => &mut v.role_scope_tag_ids,
            Self::AndroidLobApp(v) => &mut v.role_scope_tag_ids,
            Self::IosLobApp(v) => &mut v.role_scope_tag_ids,
            Self::MacOsLobApp(v) => &mut v.role_scope_tag_ids,
            Self::Win32LobApp(v) => &mut v.role_scope_tag_ids,
            Self::WindowsAppX(v) => &mut v.role_scope_tag_ids,
            Self::WindowsMobileMsi(v) => &mut v.role_scope_tag_ids,
            Self::WindowsPhone81AppX(v) => &mut v.role_scope_tag_ids,
            Self::WindowsPhone81AppXBundle(v) => &mut v.role_scope_tag_ids,
            Self::WindowsPhoneXap(v) => &mut v.role_scope_tag_ids,
            Self::WindowsUniversalAppX(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supersededAppCount` of any variant.
    #[inline]
    pub fn superseded_app_count(&self) -> &rt::Field<i32> {
        match self {
            Self::MobileLobApp(v) => &v.superseded_app_count,
            Self::AndroidLobApp(v) => &v.superseded_app_count,
            Self::IosLobApp(v) => &v.superseded_app_count,
            Self::MacOsLobApp(v) => &v.superseded_app_count,
            Self::Win32LobApp(v) => &v.superseded_app_count,
            Self::WindowsAppX(v) => &v.superseded_app_count,
            Self::WindowsMobileMsi(v) => &v.superseded_app_count,
            Self::WindowsPhone81AppX(v) => &v.superseded_app_count,
            Self::WindowsPhone81AppXBundle(v) => &v.superseded_app_count,
            Self::WindowsPhoneXap(v) => &v.superseded_app_count,
            Self::WindowsUniversalAppX(v) => &v.superseded_app_count,
        }
    }
    /// `supersededAppCount` of any variant.
    #[inline]
    pub fn superseded_app_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::MobileLobApp(v) => &mut v.superseded_app_count,
            Self::AndroidLobApp(v) => &mut v.superseded_app_count,
            Self::IosLobApp(v) => &mut v.superseded_app_count,
            Self::MacOsLobApp(v) => &mut v.superseded_app_count,
            Self::Win32LobApp(v) => &mut v.superseded_app_count,
            Self::WindowsAppX(v) => &mut v.superseded_app_count,
            Self::WindowsMobileMsi(v) => &mut v.superseded_app_count,
            Self::WindowsPhone81AppX(v) => &mut v.superseded_app_count,
            Self::WindowsPhone81AppXBundle(v) => &mut v.superseded_app_count,
            Self::WindowsPhoneXap(v) => &mut v.superseded_app_count,
            Self::WindowsUniversalAppX(v) => &mut v.superseded_app_count,
        }
    }
    /// `supersedingAppCount` of any variant.
    #[inline]
    pub fn superseding_app_count(&self) -> &rt::Field<i32> {
        match self {
            Self::MobileLobApp(v) => &v.superseding_app_count,
            Self::AndroidLobApp(v) => &v.superseding_app_count,
            Self::IosLobApp(v) => &v.superseding_app_count,
            Self::MacOsLobApp(v) => &v.superseding_app_count,
            Self::Win32LobApp(v) => &v.superseding_app_count,
            Self::WindowsAppX(v) => &v.superseding_app_count,
            Self::WindowsMobileMsi(v) => &v.superseding_app_count,
            Self::WindowsPhone81AppX(v) => &v.superseding_app_count,
            Self::WindowsPhone81AppXBundle(v) => &v.superseding_app_count,
            Self::WindowsPhoneXap(v) => &v.superseding_app_count,
            Self::WindowsUniversalAppX(v) => &v.superseding_app_count,
        }
    }
    /// `supersedingAppCount` of any variant.
    #[inline]
    pub fn superseding_app_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::MobileLobApp(v) => &mut v.superseding_app_count,
            Self::AndroidLobApp(v) => &mut v.superseding_app_count,
            Self::IosLobApp(v) => &mut v.superseding_app_count,
            Self::MacOsLobApp(v) => &mut v.superseding_app_count,
            Self::Win32LobApp(v) => &mut v.superseding_app_count,
            Self::WindowsAppX(v) => &mut v.superseding_app_count,
            Self::WindowsMobileMsi(v) => &mut v.superseding_app_count,
            Self::WindowsPhone81AppX(v) => &mut v.superseding_app_count,
            Self::WindowsPhone81AppXBundle(v) => &mut v.superseding_app_count,
            Self::WindowsPhoneXap(v) => &mut v.superseding_app_count,
            Self::WindowsUniversalAppX(v) => &mut v.superseding_app_count,
        }
    }
    /// `uploadState` of any variant.
    #[inline]
    pub fn upload_state(&self) -> &rt::Field<i32> {
        match self {
            Self::MobileLobApp(v) => &v.upload_state,
            Self::AndroidLobApp(v) => &v.upload_state,
            Self::IosLobApp(v) => &v.upload_state,
            Self::MacOsLobApp(v) => &v.upload_state,
            Self::Win32LobApp(v) => &v.upload_state,
            Self::WindowsAppX(v) => &v.upload_state,
            Self::WindowsMobileMsi(v) => &v.upload_state,
            Self::WindowsPhone81AppX(v) => &v.upload_state,
            Self::WindowsPhone81AppXBundle(v) => &v.upload_state,
            Self::WindowsPhoneXap(v) => &v.upload_state,
            Self::WindowsUniversalAppX(v) => &v.upload_state,
        }
    }
    /// `uploadState` of any variant.
    #[inline]
    pub fn upload_state_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::MobileLobApp(v) => &mut v.upload_state,
            Self::AndroidLobApp(v) => &mut v.upload_state,
            Self::IosLobApp(v) => &mut v.upload_state,
            Self::MacOsLobApp(v) => &mut v.upload_state,
            Self::Win32LobApp(v) => &mut v.upload_state,
            Self::WindowsAppX(v) => &mut v.upload_state,
            Self::WindowsMobileMsi(v) => &mut v.upload_state,
            Self::WindowsPhone81AppX(v) => &mut v.upload_state,
            Self::WindowsPhone81AppXBundle(v) => &mut v.upload_state,
            Self::WindowsPhoneXap(v) => &mut v.upload_state,
            Self::WindowsUniversalAppX(v) => &mut v.upload_state,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>> {
        match self {
            Self::MobileLobApp(v) => &v.assignments,
            Self::AndroidLobApp(v) => &v.assignments,
            Self::IosLobApp(v) => &v.assignments,
            Self::MacOsLobApp(v) => &v.assignments,
            Self::Win32LobApp(v) => &v.assignments,
            Self::WindowsAppX(v) => &v.assignments,
            Self::WindowsMobileMsi(v) => &v.assignments,
            Self::WindowsPhone81AppX(v) => &v.assignments,
            Self::WindowsPhone81AppXBundle(v) => &v.assignments,
            Self::WindowsPhoneXap(v) => &v.assignments,
            Self::WindowsUniversalAppX(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>> {
        match self {
            Self::MobileLobApp(v) => &mut v.assignments,
            Self::AndroidLobApp(v) => &mut v.assignments,
            Self::IosLobApp(v) => &mut v.assignments,
            Self::MacOsLobApp(v) => &mut v.assignments,
            Self::Win32LobApp(v) => &mut v.assignments,
            Self::WindowsAppX(v) => &mut v.assignments,
            Self::WindowsMobileMsi(v) => &mut v.assignments,
            Self::WindowsPhone81AppX(v) => &mut v.assignments,
            Self::WindowsPhone81AppXBundle(v) => &mut v.assignments,
            Self::WindowsPhoneXap(v) => &mut v.assignments,
            Self::WindowsUniversalAppX(v) => &mut v.assignments,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>> {
        match self {
            Self::MobileLobApp(v) => &v.categories,
            Self::AndroidLobApp(v) => &v.categories,
            Self::IosLobApp(v) => &v.categories,
            Self::MacOsLobApp(v) => &v.categories,
            Self::Win32LobApp(v) => &v.categories,
            Self::WindowsAppX(v) => &v.categories,
            Self::WindowsMobileMsi(v) => &v.categories,
            Self::WindowsPhone81AppX(v) => &v.categories,
            Self::WindowsPhone81AppXBundle(v) => &v.categories,
            Self::WindowsPhoneXap(v) => &v.categories,
            Self::WindowsUniversalAppX(v) => &v.categories,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>> {
        match self {
            Self::MobileLobApp(v) => &mut v.categories,
            Self::AndroidLobApp(v) => &mut v.categories,
            Self::IosLobApp(v) => &mut v.categories,
            Self::MacOsLobApp(v) => &mut v.categories,
            Self::Win32LobApp(v) => &mut v.categories,
            Self::WindowsAppX(v) => &mut v.categories,
            Self::WindowsMobileMsi(v) => &mut v.categories,
            Self::WindowsPhone81AppX(v) => &mut v.categories,
            Self::WindowsPhone81AppXBundle(v) => &mut v.categories,
            Self::WindowsPhoneXap(v) => &mut v.categories,
            Self::WindowsUniversalAppX(v) => &mut v.categories,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>> {
        match self {
            Self::MobileLobApp(v) => &v.device_statuses,
            Self::AndroidLobApp(v) => &v.device_statuses,
            Self::IosLobApp(v) => &v.device_statuses,
            Self::MacOsLobApp(v) => &v.device_statuses,
            Self::Win32LobApp(v) => &v.device_statuses,
            Self::WindowsAppX(v) => &v.device_statuses,
            Self::WindowsMobileMsi(v) => &v.device_statuses,
            Self::WindowsPhone81AppX(v) => &v.device_statuses,
            Self::WindowsPhone81AppXBundle(v) => &v.device_statuses,
            Self::WindowsPhoneXap(v) => &v.device_statuses,
            Self::WindowsUniversalAppX(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>> {
        match self {
            Self::MobileLobApp(v) => &mut v.device_statuses,
            Self::AndroidLobApp(v) => &mut v.device_statuses,
            Self::IosLobApp(v) => &mut v.device_statuses,
            Self::MacOsLobApp(v) => &mut v.device_statuses,
            Self::Win32LobApp(v) => &mut v.device_statuses,
            Self::WindowsAppX(v) => &mut v.device_statuses,
            Self::WindowsMobileMsi(v) => &mut v.device_statuses,
            Self::WindowsPhone81AppX(v) => &mut v.device_statuses,
            Self::WindowsPhone81AppXBundle(v) => &mut v.device_statuses,
            Self::WindowsPhoneXap(v) => &mut v.device_statuses,
            Self::WindowsUniversalAppX(v) => &mut v.device_statuses,
        }
    }
    /// `installSummary` of any variant.
    #[inline]
    pub fn install_summary(&self) -> &rt::Field<crate::beta::MobileAppInstallSummary> {
        match self {
            Self::MobileLobApp(v) => &v.install_summary,
            Self::AndroidLobApp(v) => &v.install_summary,
            Self::IosLobApp(v) => &v.install_summary,
            Self::MacOsLobApp(v) => &v.install_summary,
            Self::Win32LobApp(v) => &v.install_summary,
            Self::WindowsAppX(v) => &v.install_summary,
            Self::WindowsMobileMsi(v) => &v.install_summary,
            Self::WindowsPhone81AppX(v) => &v.install_summary,
            Self::WindowsPhone81AppXBundle(v) => &v.install_summary,
            Self::WindowsPhoneXap(v) => &v.install_summary,
            Self::WindowsUniversalAppX(v) => &v.install_summary,
        }
    }
    /// `installSummary` of any variant.
    #[inline]
    pub fn install_summary_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::MobileAppInstallSummary> {
        match self {
            Self::MobileLobApp(v) => &mut v.install_summary,
            Self::AndroidLobApp(v) => &mut v.install_summary,
            Self::IosLobApp(v) => &mut v.install_summary,
            Self::MacOsLobApp(v) => &mut v.install_summary,
            Self::Win32LobApp(v) => &mut v.install_summary,
            Self::WindowsAppX(v) => &mut v.install_summary,
            Self::WindowsMobileMsi(v) => &mut v.install_summary,
            Self::WindowsPhone81AppX(v) => &mut v.install_summary,
            Self::WindowsPhone81AppXBundle(v) => &mut v.install_summary,
            Self::WindowsPhoneXap(v) => &mut v.install_summary,
            Self::WindowsUniversalAppX(v) => &mut v.install_summary,
        }
    }
    /// `relationships` of any variant.
    #[inline]
    pub fn relationships(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>> {
        match self {
            Self::MobileLobApp(v) => &v.relationships,
            Self::AndroidLobApp(v) => &v.relationships,
            Self::IosLobApp(v) => &v.relationships,
            Self::MacOsLobApp(v) => &v.relationships,
            Self::Win32LobApp(v) => &v.relationships,
            Self::WindowsAppX(v) => &v.relationships,
            Self::WindowsMobileMsi(v) => &v.relationships,
            Self::WindowsPhone81AppX(v) => &v.relationships,
            Self::WindowsPhone81AppXBundle(v) => &v.relationships,
            Self::WindowsPhoneXap(v) => &v.relationships,
            Self::WindowsUniversalAppX(v) => &v.relationships,
        }
    }
    /// `relationships` of any variant.
    #[inline]
    pub fn relationships_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>> {
        match self {
            Self::MobileLobApp(v) => &mut v.relationships,
            Self::AndroidLobApp(v) => &mut v.relationships,
            Self::IosLobApp(v) => &mut v.relationships,
            Self::MacOsLobApp(v) => &mut v.relationships,
            Self::Win32LobApp(v) => &mut v.relationships,
            Self::WindowsAppX(v) => &mut v.relationships,
            Self::WindowsMobileMsi(v) => &mut v.relationships,
            Self::WindowsPhone81AppX(v) => &mut v.relationships,
            Self::WindowsPhone81AppXBundle(v) => &mut v.relationships,
            Self::WindowsPhoneXap(v) => &mut v.relationships,
            Self::WindowsUniversalAppX(v) => &mut v.relationships,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>> {
        match self {
            Self::MobileLobApp(v) => &v.user_statuses,
            Self::AndroidLobApp(v) => &v.user_statuses,
            Self::IosLobApp(v) => &v.user_statuses,
            Self::MacOsLobApp(v) => &v.user_statuses,
            Self::Win32LobApp(v) => &v.user_statuses,
            Self::WindowsAppX(v) => &v.user_statuses,
            Self::WindowsMobileMsi(v) => &v.user_statuses,
            Self::WindowsPhone81AppX(v) => &v.user_statuses,
            Self::WindowsPhone81AppXBundle(v) => &v.user_statuses,
            Self::WindowsPhoneXap(v) => &v.user_statuses,
            Self::WindowsUniversalAppX(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>> {
        match self {
            Self::MobileLobApp(v) => &mut v.user_statuses,
            Self::AndroidLobApp(v) => &mut v.user_statuses,
            Self::IosLobApp(v) => &mut v.user_statuses,
            Self::MacOsLobApp(v) => &mut v.user_statuses,
            Self::Win32LobApp(v) => &mut v.user_statuses,
            Self::WindowsAppX(v) => &mut v.user_statuses,
            Self::WindowsMobileMsi(v) => &mut v.user_statuses,
            Self::WindowsPhone81AppX(v) => &mut v.user_statuses,
            Self::WindowsPhone81AppXBundle(v) => &mut v.user_statuses,
            Self::WindowsPhoneXap(v) => &mut v.user_statuses,
            Self::WindowsUniversalAppX(v) => &mut v.user_statuses,
        }
    }
    /// `committedContentVersion` of any variant.
    #[inline]
    pub fn committed_content_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &v.committed_content_version,
            Self::AndroidLobApp(v) => &v.committed_content_version,
            Self::IosLobApp(v) => &v.committed_content_version,
            Self::MacOsLobApp(v) => &v.committed_content_version,
            Self::Win32LobApp(v) => &v.committed_content_version,
            Self::WindowsAppX(v) => &v.committed_content_version,
            Self::WindowsMobileMsi(v) => &v.committed_content_version,
            Self::WindowsPhone81AppX(v) => &v.committed_content_version,
            Self::WindowsPhone81AppXBundle(v) => &v.committed_content_version,
            Self::WindowsPhoneXap(v) => &v.committed_content_version,
            Self::WindowsUniversalAppX(v) => &v.committed_content_version,
        }
    }
    /// `committedContentVersion` of any variant.
    #[inline]
    pub fn committed_content_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &mut v.committed_content_version,
            Self::AndroidLobApp(v) => &mut v.committed_content_version,
            Self::IosLobApp(v) => &mut v.committed_content_version,
            Self::MacOsLobApp(v) => &mut v.committed_content_version,
            Self::Win32LobApp(v) => &mut v.committed_content_version,
            Self::WindowsAppX(v) => &mut v.committed_content_version,
            Self::WindowsMobileMsi(v) => &mut v.committed_content_version,
            Self::WindowsPhone81AppX(v) => &mut v.committed_content_version,
            Self::WindowsPhone81AppXBundle(v) => &mut v.committed_content_version,
            Self::WindowsPhoneXap(v) => &mut v.committed_content_version,
            Self::WindowsUniversalAppX(v) => &mut v.committed_content_version,
        }
    }
    /// `fileName` of any variant.
    #[inline]
    pub fn file_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &v.file_name,
            Self::AndroidLobApp(v) => &v.file_name,
            Self::IosLobApp(v) => &v.file_name,
            Self::MacOsLobApp(v) => &v.file_name,
            Self::Win32LobApp(v) => &v.file_name,
            Self::WindowsAppX(v) => &v.file_name,
            Self::WindowsMobileMsi(v) => &v.file_name,
            Self::WindowsPhone81AppX(v) => &v.file_name,
            Self::WindowsPhone81AppXBundle(v) => &v.file_name,
            Self::WindowsPhoneXap(v) => &v.file_name,
            Self::WindowsUniversalAppX(v) => &v.file_name,
        }
    }
    /// `fileName` of any variant.
    #[inline]
    pub fn file_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MobileLobApp(v) => &mut v.file_name,
            Self::AndroidLobApp(v) => &mut v.file_name,
            Self::IosLobApp(v) => &mut v.file_name,
            Self::MacOsLobApp(v) => &mut v.file_name,
            Self::Win32LobApp(v) => &mut v.file_name,
            Self::WindowsAppX(v) => &mut v.file_name,
            Self::WindowsMobileMsi(v) => &mut v.file_name,
            Self::WindowsPhone81AppX(v) => &mut v.file_name,
            Self::WindowsPhone81AppXBundle(v) => &mut v.file_name,
            Self::WindowsPhoneXap(v) => &mut v.file_name,
            Self::WindowsUniversalAppX(v) => &mut v.file_name,
        }
    }
    /// `size` of any variant.
    #[inline]
    pub fn size(&self) -> &rt::Field<i64> {
        match self {
            Self::MobileLobApp(v) => &v.size,
            Self::AndroidLobApp(v) => &v.size,
            Self::IosLobApp(v) => &v.size,
            Self::MacOsLobApp(v) => &v.size,
            Self::Win32LobApp(v) => &v.size,
            Self::WindowsAppX(v) => &v.size,
            Self::WindowsMobileMsi(v) => &v.size,
            Self::WindowsPhone81AppX(v) => &v.size,
            Self::WindowsPhone81AppXBundle(v) => &v.size,
            Self::WindowsPhoneXap(v) => &v.size,
            Self::WindowsUniversalAppX(v) => &v.size,
        }
    }
    /// `size` of any variant.
    #[inline]
    pub fn size_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::MobileLobApp(v) => &mut v.size,
            Self::AndroidLobApp(v) => &mut v.size,
            Self::IosLobApp(v) => &mut v.size,
            Self::MacOsLobApp(v) => &mut v.size,
            Self::Win32LobApp(v) => &mut v.size,
            Self::WindowsAppX(v) => &mut v.size,
            Self::WindowsMobileMsi(v) => &mut v.size,
            Self::WindowsPhone81AppX(v) => &mut v.size,
            Self::WindowsPhone81AppXBundle(v) => &mut v.size,
            Self::WindowsPhoneXap(v) => &mut v.size,
            Self::WindowsUniversalAppX(v) => &mut v.size,
        }
    }
    /// `contentVersions` of any variant.
    #[inline]
    pub fn content_versions(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MobileAppContent>> {
        match self {
            Self::MobileLobApp(v) => &v.content_versions,
            Self::AndroidLobApp(v) => &v.content_versions,
            Self::IosLobApp(v) => &v.content_versions,
            Self::MacOsLobApp(v) => &v.content_versions,
            Self::Win32LobApp(v) => &v.content_versions,
            Self::WindowsAppX(v) => &v.content_versions,
            Self::WindowsMobileMsi(v) => &v.content_versions,
            Self::WindowsPhone81AppX(v) => &v.content_versions,
            Self::WindowsPhone81AppXBundle(v) => &v.content_versions,
            Self::WindowsPhoneXap(v) => &v.content_versions,
            Self::WindowsUniversalAppX(v) => &v.content_versions,
        }
    }
    /// `contentVersions` of any variant.
    #[inline]
    pub fn content_versions_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MobileAppContent>> {
        match self {
            Self::MobileLobApp(v) => &mut v.content_versions,
            Self::AndroidLobApp(v) => &mut v.content_versions,
            Self::IosLobApp(v) => &mut v.content_versions,
            Self::MacOsLobApp(v) => &mut v.content_versions,
            Self::Win32LobApp(v) => &mut v.content_versions,
            Self::WindowsAppX(v) => &mut v.content_versions,
            Self::WindowsMobileMsi(v) => &mut v.content_versions,
            Self::WindowsPhone81AppX(v) => &mut v.content_versions,
            Self::WindowsPhone81AppXBundle(v) => &mut v.content_versions,
            Self::WindowsPhoneXap(v) => &mut v.content_versions,
            Self::WindowsUniversalAppX(v) => &mut v.content_versions,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_poly!(AnyMobileLobApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMobileLobApp);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.moveAction`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MoveAction {
    /// CSDL: property `from`: `Edm.String`, nullable.
    pub from: rt::Field<::std::string::String>,
    /// CSDL: property `to`: `Edm.String`, nullable.
    pub to: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for MoveAction {
    #[inline]
    fn default() -> Self {
        Self {
            from: rt::Field::Absent,
            to: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for MoveAction {
    const TYPE_NAME: &'static str = "microsoft.graph.moveAction";
    const KEYS: &'static [&'static str] = &["from", "to"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"from\":                         ",
        ",\"to\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.moveAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "from", &self.from);
        v.field(1usize, "to", &self.to);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for MoveAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.from.read_from(r),
            1usize => self.to.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.from);
        w.field(1usize, &self.to);
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
rt::impl_object!(MoveAction);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    MoveAction { with_from from : ::std::string::String; with_to to :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(MoveAction);
