//! Types of `microsoft.graph` by the first letters of their names (`to_tr`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.todo`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TodoPath`](requests/trait.TodoPath.html), what a path to one (`EntityPath<Todo, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Todo {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `lists`: `Collection(microsoft.graph.todoTaskList)`, not nullable.
    pub lists: rt::Field<::std::vec::Vec<crate::v1::TodoTaskList>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Todo {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            lists: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Todo {
    const TYPE_NAME: &'static str = "microsoft.graph.todo";
    const KEYS: &'static [&'static str] = &["id", "lists"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lists\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.todo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "lists", &self.lists);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Todo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.lists.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.lists);
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
rt::impl_object!(Todo);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Todo { with_id id : ::std::string::String; with_lists lists : ::std::vec::Vec < crate
    ::v1::TodoTaskList >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Todo);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.todoTask`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TodoTaskPath`](requests/trait.TodoTaskPath.html), what a path to one (`EntityPath<TodoTask, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TodoTask {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, nullable.
    pub body: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `bodyLastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub body_last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `categories`: `Collection(Edm.String)`, nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `completedDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub completed_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `dueDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub due_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `importance`: `microsoft.graph.importance`, not nullable.
    pub importance: rt::Field<crate::v1::Importance>,
    /// CSDL: property `isReminderOn`: `Edm.Boolean`, not nullable.
    pub is_reminder_on: rt::Field<bool>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `recurrence`: `microsoft.graph.patternedRecurrence`, nullable.
    pub recurrence: rt::Field<crate::v1::PatternedRecurrence>,
    /// CSDL: property `reminderDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub reminder_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `startDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `status`: `microsoft.graph.taskStatus`, not nullable.
    pub status: rt::Field<crate::v1::TaskStatus>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `attachments`: `Collection(microsoft.graph.attachmentBase)`, not nullable.
    pub attachments: rt::Field<::std::vec::Vec<crate::v1::AnyAttachmentBase>>,
    /// CSDL: containment navigation property `attachmentSessions`: `Collection(microsoft.graph.attachmentSession)`, not nullable.
    pub attachment_sessions: rt::Field<::std::vec::Vec<crate::v1::AttachmentSession>>,
    /// CSDL: containment navigation property `checklistItems`: `Collection(microsoft.graph.checklistItem)`, not nullable.
    pub checklist_items: rt::Field<::std::vec::Vec<crate::v1::ChecklistItem>>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::v1::AnyExtension>>,
    /// CSDL: containment navigation property `linkedResources`: `Collection(microsoft.graph.linkedResource)`, not nullable.
    pub linked_resources: rt::Field<::std::vec::Vec<crate::v1::LinkedResource>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TodoTask {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            body: rt::Field::Absent,
            body_last_modified_date_time: rt::Field::Absent,
            categories: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            due_date_time: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            importance: rt::Field::Absent,
            is_reminder_on: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            recurrence: rt::Field::Absent,
            reminder_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            title: rt::Field::Absent,
            attachments: rt::Field::Absent,
            attachment_sessions: rt::Field::Absent,
            checklist_items: rt::Field::Absent,
            extensions: rt::Field::Absent,
            linked_resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TodoTask {
    const TYPE_NAME: &'static str = "microsoft.graph.todoTask";
    const KEYS: &'static [&'static str] = &[
        "id",
        "body",
        "bodyLastModifiedDateTime",
        "categories",
        "completedDateTime",
        "createdDateTime",
        "dueDateTime",
        "hasAttachments",
        "importance",
        "isReminderOn",
        "lastModifiedDateTime",
        "recurrence",
        "reminderDateTime",
        "startDateTime",
        "status",
        "title",
        "attachments",
        "attachmentSessions",
        "checklistItems",
        "extensions",
        "linkedResources",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"body\":                         ",
        ",\"bodyLastModifiedDateTime\":     ",
        ",\"categories\":                   ",
        ",\"completedDateTime\":            ",
        ",\"createdDateTime\":              ",
        ",\"dueDateTime\":                  ",
        ",\"hasAttachments\":               ",
        ",\"importance\":                   ",
        ",\"isReminderOn\":                 ",
        ",\"lastModifiedDateTime\":         ",
        ",\"recurrence\":                   ",
        ",\"reminderDateTime\":             ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
        ",\"title\":                        ",
        ",\"attachments\":                  ",
        ",\"attachmentSessions\":           ",
        ",\"checklistItems\":               ",
        ",\"extensions\":                   ",
        ",\"linkedResources\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.todoTask\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "body", &self.body);
        v.field(
            2usize,
            "body_last_modified_date_time",
            &self.body_last_modified_date_time,
        );
        v.field(3usize, "categories", &self.categories);
        v.field(4usize, "completed_date_time", &self.completed_date_time);
        v.field(5usize, "created_date_time", &self.created_date_time);
        v.field(6usize, "due_date_time", &self.due_date_time);
        v.field(7usize, "has_attachments", &self.has_attachments);
        v.field(8usize, "importance", &self.importance);
        v.field(9usize, "is_reminder_on", &self.is_reminder_on);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(11usize, "recurrence", &self.recurrence);
        v.field(12usize, "reminder_date_time", &self.reminder_date_time);
        v.field(13usize, "start_date_time", &self.start_date_time);
        v.field(14usize, "status", &self.status);
        v.field(15usize, "title", &self.title);
        v.field(16usize, "attachments", &self.attachments);
        v.field(17usize, "attachment_sessions", &self.attachment_sessions);
        v.field(18usize, "checklist_items", &self.checklist_items);
        v.field(19usize, "extensions", &self.extensions);
        v.field(20usize, "linked_resources", &self.linked_resources);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TodoTask {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.body.read_from(r),
            2usize => self.body_last_modified_date_time.read_from(r),
            3usize => self.categories.read_from(r),
            4usize => self.completed_date_time.read_from(r),
            5usize => self.created_date_time.read_from(r),
            6usize => self.due_date_time.read_from(r),
            7usize => self.has_attachments.read_from(r),
            8usize => self.importance.read_from(r),
            9usize => self.is_reminder_on.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.recurrence.read_from(r),
            12usize => self.reminder_date_time.read_from(r),
            13usize => self.start_date_time.read_from(r),
            14usize => self.status.read_from(r),
            15usize => self.title.read_from(r),
            16usize => self.attachments.read_from(r),
            17usize => self.attachment_sessions.read_from(r),
            18usize => self.checklist_items.read_from(r),
            19usize => self.extensions.read_from(r),
            20usize => self.linked_resources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.body);
        w.field(2usize, &self.body_last_modified_date_time);
        w.field(3usize, &self.categories);
        w.field(4usize, &self.completed_date_time);
        w.field(5usize, &self.created_date_time);
        w.field(6usize, &self.due_date_time);
        w.field(7usize, &self.has_attachments);
        w.field(8usize, &self.importance);
        w.field(9usize, &self.is_reminder_on);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.recurrence);
        w.field(12usize, &self.reminder_date_time);
        w.field(13usize, &self.start_date_time);
        w.field(14usize, &self.status);
        w.field(15usize, &self.title);
        w.field(16usize, &self.attachments);
        w.field(17usize, &self.attachment_sessions);
        w.field(18usize, &self.checklist_items);
        w.field(19usize, &self.extensions);
        w.field(20usize, &self.linked_resources);
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
rt::impl_object!(TodoTask);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TodoTask { with_id id : ::std::string::String; with_body body : crate ::v1::ItemBody;
    with_body_last_modified_date_time body_last_modified_date_time :
    rt::edm::DateTimeOffset; with_categories categories : ::std::vec::Vec <
    ::std::string::String >; with_completed_date_time completed_date_time : crate
    ::v1::DateTimeTimeZone; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_due_date_time due_date_time : crate
    ::v1::DateTimeTimeZone; with_has_attachments has_attachments : bool; with_importance
    importance : crate ::v1::Importance; with_is_reminder_on is_reminder_on : bool;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_recurrence recurrence : crate ::v1::PatternedRecurrence; with_reminder_date_time
    reminder_date_time : crate ::v1::DateTimeTimeZone; with_start_date_time
    start_date_time : crate ::v1::DateTimeTimeZone; with_status status : crate
    ::v1::TaskStatus; with_title title : ::std::string::String; with_attachments
    attachments : ::std::vec::Vec < crate ::v1::AnyAttachmentBase >;
    with_attachment_sessions attachment_sessions : ::std::vec::Vec < crate
    ::v1::AttachmentSession >; with_checklist_items checklist_items : ::std::vec::Vec <
    crate ::v1::ChecklistItem >; with_extensions extensions : ::std::vec::Vec < crate
    ::v1::AnyExtension >; with_linked_resources linked_resources : ::std::vec::Vec <
    crate ::v1::LinkedResource >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TodoTask);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.todoTaskList`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TodoTaskListPath`](requests/trait.TodoTaskListPath.html), what a path to one (`EntityPath<TodoTaskList, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TodoTaskList {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isOwner`: `Edm.Boolean`, not nullable.
    pub is_owner: rt::Field<bool>,
    /// CSDL: property `isShared`: `Edm.Boolean`, not nullable.
    pub is_shared: rt::Field<bool>,
    /// CSDL: property `wellknownListName`: `microsoft.graph.wellknownListName`, not nullable.
    pub wellknown_list_name: rt::Field<crate::v1::WellknownListName>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::v1::AnyExtension>>,
    /// CSDL: containment navigation property `tasks`: `Collection(microsoft.graph.todoTask)`, not nullable.
    pub tasks: rt::Field<::std::vec::Vec<crate::v1::TodoTask>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TodoTaskList {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_owner: rt::Field::Absent,
            is_shared: rt::Field::Absent,
            wellknown_list_name: rt::Field::Absent,
            extensions: rt::Field::Absent,
            tasks: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TodoTaskList {
    const TYPE_NAME: &'static str = "microsoft.graph.todoTaskList";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "isOwner",
        "isShared",
        "wellknownListName",
        "extensions",
        "tasks",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"isOwner\":                      ",
        ",\"isShared\":                     ",
        ",\"wellknownListName\":            ",
        ",\"extensions\":                   ",
        ",\"tasks\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.todoTaskList\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "is_owner", &self.is_owner);
        v.field(3usize, "is_shared", &self.is_shared);
        v.field(4usize, "wellknown_list_name", &self.wellknown_list_name);
        v.field(5usize, "extensions", &self.extensions);
        v.field(6usize, "tasks", &self.tasks);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TodoTaskList {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_owner.read_from(r),
            3usize => self.is_shared.read_from(r),
            4usize => self.wellknown_list_name.read_from(r),
            5usize => self.extensions.read_from(r),
            6usize => self.tasks.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_owner);
        w.field(3usize, &self.is_shared);
        w.field(4usize, &self.wellknown_list_name);
        w.field(5usize, &self.extensions);
        w.field(6usize, &self.tasks);
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
rt::impl_object!(TodoTaskList);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TodoTaskList { with_id id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_is_owner is_owner : bool; with_is_shared is_shared :
    bool; with_wellknown_list_name wellknown_list_name : crate ::v1::WellknownListName;
    with_extensions extensions : ::std::vec::Vec < crate ::v1::AnyExtension >; with_tasks
    tasks : ::std::vec::Vec < crate ::v1::TodoTask >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TodoTaskList);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.training`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TrainingPath`](requests/trait.TrainingPath.html), what a path to one (`EntityPath<Training, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Training {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `availabilityStatus`: `microsoft.graph.trainingAvailabilityStatus`, nullable.
    pub availability_status: rt::Field<crate::v1::TrainingAvailabilityStatus>,
    /// CSDL: property `createdBy`: `microsoft.graph.emailIdentity`, nullable.
    pub created_by: rt::Field<crate::v1::EmailIdentity>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `durationInMinutes`: `Edm.Int32`, nullable.
    pub duration_in_minutes: rt::Field<i32>,
    /// CSDL: property `hasEvaluation`: `Edm.Boolean`, nullable.
    pub has_evaluation: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.emailIdentity`, nullable.
    pub last_modified_by: rt::Field<crate::v1::EmailIdentity>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `source`: `microsoft.graph.simulationContentSource`, nullable.
    pub source: rt::Field<crate::v1::SimulationContentSource>,
    /// CSDL: property `supportedLocales`: `Collection(Edm.String)`, nullable.
    pub supported_locales: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `type`: `microsoft.graph.trainingType`, nullable.
    pub type_: rt::Field<crate::v1::TrainingType>,
    /// CSDL: containment navigation property `languageDetails`: `Collection(microsoft.graph.trainingLanguageDetail)`, not nullable.
    pub language_details: rt::Field<::std::vec::Vec<crate::v1::TrainingLanguageDetail>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Training {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            availability_status: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            duration_in_minutes: rt::Field::Absent,
            has_evaluation: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            source: rt::Field::Absent,
            supported_locales: rt::Field::Absent,
            tags: rt::Field::Absent,
            type_: rt::Field::Absent,
            language_details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Training {
    const TYPE_NAME: &'static str = "microsoft.graph.training";
    const KEYS: &'static [&'static str] = &[
        "id",
        "availabilityStatus",
        "createdBy",
        "createdDateTime",
        "description",
        "displayName",
        "durationInMinutes",
        "hasEvaluation",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "source",
        "supportedLocales",
        "tags",
        "type",
        "languageDetails",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"availabilityStatus\":           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"durationInMinutes\":            ",
        ",\"hasEvaluation\":                ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"source\":                       ",
        ",\"supportedLocales\":             ",
        ",\"tags\":                         ",
        ",\"type\":                         ",
        ",\"languageDetails\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.training\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "availability_status", &self.availability_status);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "description", &self.description);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "duration_in_minutes", &self.duration_in_minutes);
        v.field(7usize, "has_evaluation", &self.has_evaluation);
        v.field(8usize, "last_modified_by", &self.last_modified_by);
        v.field(9usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(10usize, "source", &self.source);
        v.field(11usize, "supported_locales", &self.supported_locales);
        v.field(12usize, "tags", &self.tags);
        v.field(13usize, "type_", &self.type_);
        v.field(14usize, "language_details", &self.language_details);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Training {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.availability_status.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.duration_in_minutes.read_from(r),
            7usize => self.has_evaluation.read_from(r),
            8usize => self.last_modified_by.read_from(r),
            9usize => self.last_modified_date_time.read_from(r),
            10usize => self.source.read_from(r),
            11usize => self.supported_locales.read_from(r),
            12usize => self.tags.read_from(r),
            13usize => self.type_.read_from(r),
            14usize => self.language_details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.availability_status);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.description);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.duration_in_minutes);
        w.field(7usize, &self.has_evaluation);
        w.field(8usize, &self.last_modified_by);
        w.field(9usize, &self.last_modified_date_time);
        w.field(10usize, &self.source);
        w.field(11usize, &self.supported_locales);
        w.field(12usize, &self.tags);
        w.field(13usize, &self.type_);
        w.field(14usize, &self.language_details);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(Training);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Training { with_id id : ::std::string::String; with_availability_status
    availability_status : crate ::v1::TrainingAvailabilityStatus; with_created_by
    created_by : crate ::v1::EmailIdentity; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_duration_in_minutes
    duration_in_minutes : i32; with_has_evaluation has_evaluation : bool;
    with_last_modified_by last_modified_by : crate ::v1::EmailIdentity;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_source source : crate ::v1::SimulationContentSource; with_supported_locales
    supported_locales : ::std::vec::Vec < ::std::string::String >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_type type_ : crate
    ::v1::TrainingType; with_language_details language_details : ::std::vec::Vec < crate
    ::v1::TrainingLanguageDetail >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Training);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.trainingAssignedTo`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TrainingAssignedTo {
    /// `none` (value 0).
    None,
    /// `allUsers` (value 1).
    AllUsers,
    /// `clickedPayload` (value 2).
    ClickedPayload,
    /// `compromised` (value 3).
    Compromised,
    /// `reportedPhish` (value 4).
    ReportedPhish,
    /// `readButNotClicked` (value 5).
    ReadButNotClicked,
    /// `didNothing` (value 6).
    DidNothing,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for TrainingAssignedTo {
    const TYPE_NAME: &'static str = "microsoft.graph.trainingAssignedTo";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "allUsers",
        "clickedPayload",
        "compromised",
        "reportedPhish",
        "readButNotClicked",
        "didNothing",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "allUsers" => Self::AllUsers,
                "clickedPayload" => Self::ClickedPayload,
                "compromised" => Self::Compromised,
                "reportedPhish" => Self::ReportedPhish,
                "readButNotClicked" => Self::ReadButNotClicked,
                "didNothing" => Self::DidNothing,
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
            Self::AllUsers => "allUsers",
            Self::ClickedPayload => "clickedPayload",
            Self::Compromised => "compromised",
            Self::ReportedPhish => "reportedPhish",
            Self::ReadButNotClicked => "readButNotClicked",
            Self::DidNothing => "didNothing",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(TrainingAssignedTo);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainingAssignedTo);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.trainingAvailabilityStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TrainingAvailabilityStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `notAvailable` (value 1).
    NotAvailable,
    /// `available` (value 2).
    Available,
    /// `archive` (value 3).
    Archive,
    /// `delete` (value 4).
    Delete,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for TrainingAvailabilityStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.trainingAvailabilityStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "notAvailable",
        "available",
        "archive",
        "delete",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "notAvailable" => Self::NotAvailable,
                "available" => Self::Available,
                "archive" => Self::Archive,
                "delete" => Self::Delete,
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
            Self::NotAvailable => "notAvailable",
            Self::Available => "available",
            Self::Archive => "archive",
            Self::Delete => "delete",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(TrainingAvailabilityStatus);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainingAvailabilityStatus);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.trainingCompletionDuration`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TrainingCompletionDuration {
    /// `week` (value 7).
    Week,
    /// `fortnite` (value 14).
    Fortnite,
    /// `month` (value 30).
    Month,
    /// `unknownFutureValue` (value 100).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for TrainingCompletionDuration {
    const TYPE_NAME: &'static str = "microsoft.graph.trainingCompletionDuration";
    const MEMBERS: &'static [&'static str] = &[
        "week",
        "fortnite",
        "month",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "week" => Self::Week,
                "fortnite" => Self::Fortnite,
                "month" => Self::Month,
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
            Self::Week => "week",
            Self::Fortnite => "fortnite",
            Self::Month => "month",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(TrainingCompletionDuration);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainingCompletionDuration);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.trainingEventsContent`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TrainingEventsContent {
    /// CSDL: property `assignedTrainingsInfos`: `Collection(microsoft.graph.assignedTrainingInfo)`, nullable.
    pub assigned_trainings_infos: rt::Field<
        ::std::vec::Vec<crate::v1::AssignedTrainingInfo>,
    >,
    /// CSDL: property `trainingsAssignedUserCount`: `Edm.Int32`, nullable.
    pub trainings_assigned_user_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TrainingEventsContent {
    #[inline]
    fn default() -> Self {
        Self {
            assigned_trainings_infos: rt::Field::Absent,
            trainings_assigned_user_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TrainingEventsContent {
    const TYPE_NAME: &'static str = "microsoft.graph.trainingEventsContent";
    const KEYS: &'static [&'static str] = &[
        "assignedTrainingsInfos",
        "trainingsAssignedUserCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"assignedTrainingsInfos\":       ",
        ",\"trainingsAssignedUserCount\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.trainingEventsContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assigned_trainings_infos", &self.assigned_trainings_infos);
        v.field(
            1usize,
            "trainings_assigned_user_count",
            &self.trainings_assigned_user_count,
        );
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TrainingEventsContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assigned_trainings_infos.read_from(r),
            1usize => self.trainings_assigned_user_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assigned_trainings_infos);
        w.field(1usize, &self.trainings_assigned_user_count);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(TrainingEventsContent);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TrainingEventsContent { with_assigned_trainings_infos assigned_trainings_infos :
    ::std::vec::Vec < crate ::v1::AssignedTrainingInfo >;
    with_trainings_assigned_user_count trainings_assigned_user_count : i32; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainingEventsContent);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.trainingLanguageDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TrainingLanguageDetailPath`](requests/trait.TrainingLanguageDetailPath.html), what a path to one (`EntityPath<TrainingLanguageDetail, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TrainingLanguageDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `content`: `Edm.String`, not nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.emailIdentity`, nullable.
    pub created_by: rt::Field<crate::v1::EmailIdentity>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isDefaultLangauge`: `Edm.Boolean`, nullable.
    pub is_default_langauge: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.emailIdentity`, nullable.
    pub last_modified_by: rt::Field<crate::v1::EmailIdentity>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `locale`: `Edm.String`, not nullable.
    pub locale: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TrainingLanguageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_default_langauge: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            locale: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TrainingLanguageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.trainingLanguageDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "content",
        "createdBy",
        "createdDateTime",
        "description",
        "displayName",
        "isDefaultLangauge",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "locale",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"content\":                      ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isDefaultLangauge\":            ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"locale\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.trainingLanguageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content", &self.content);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "description", &self.description);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "is_default_langauge", &self.is_default_langauge);
        v.field(7usize, "last_modified_by", &self.last_modified_by);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "locale", &self.locale);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TrainingLanguageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.is_default_langauge.read_from(r),
            7usize => self.last_modified_by.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.locale.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.description);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.is_default_langauge);
        w.field(7usize, &self.last_modified_by);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.locale);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(TrainingLanguageDetail);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TrainingLanguageDetail { with_id id : ::std::string::String; with_content content :
    ::std::string::String; with_created_by created_by : crate ::v1::EmailIdentity;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_is_default_langauge is_default_langauge : bool;
    with_last_modified_by last_modified_by : crate ::v1::EmailIdentity;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_locale locale : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainingLanguageDetail);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.trainingNotificationSetting`, complex type, derived from `microsoft.graph.endUserNotificationSetting`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TrainingNotificationSetting {
    /// CSDL: property `notificationPreference`: `microsoft.graph.endUserNotificationPreference`, nullable.
    pub notification_preference: rt::Field<crate::v1::EndUserNotificationPreference>,
    /// CSDL: property `positiveReinforcement`: `microsoft.graph.positiveReinforcementNotification`, nullable.
    pub positive_reinforcement: rt::Field<crate::v1::PositiveReinforcementNotification>,
    /// CSDL: property `settingType`: `microsoft.graph.endUserNotificationSettingType`, nullable.
    pub setting_type: rt::Field<crate::v1::EndUserNotificationSettingType>,
    /// CSDL: property `trainingAssignment`: `microsoft.graph.baseEndUserNotification`, nullable.
    pub training_assignment: rt::Field<crate::v1::AnyBaseEndUserNotification>,
    /// CSDL: property `trainingReminder`: `microsoft.graph.trainingReminderNotification`, nullable.
    pub training_reminder: rt::Field<crate::v1::TrainingReminderNotification>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TrainingNotificationSetting {
    #[inline]
    fn default() -> Self {
        Self {
            notification_preference: rt::Field::Absent,
            positive_reinforcement: rt::Field::Absent,
            setting_type: rt::Field::Absent,
            training_assignment: rt::Field::Absent,
            training_reminder: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TrainingNotificationSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.trainingNotificationSetting";
    const KEYS: &'static [&'static str] = &[
        "notificationPreference",
        "positiveReinforcement",
        "settingType",
        "trainingAssignment",
        "trainingReminder",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"notificationPreference\":       ",
        ",\"positiveReinforcement\":        ",
        ",\"settingType\":                  ",
        ",\"trainingAssignment\":           ",
        ",\"trainingReminder\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.trainingNotificationSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "notification_preference", &self.notification_preference);
        v.field(1usize, "positive_reinforcement", &self.positive_reinforcement);
        v.field(2usize, "setting_type", &self.setting_type);
        v.field(3usize, "training_assignment", &self.training_assignment);
        v.field(4usize, "training_reminder", &self.training_reminder);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TrainingNotificationSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.notification_preference.read_from(r),
            1usize => self.positive_reinforcement.read_from(r),
            2usize => self.setting_type.read_from(r),
            3usize => self.training_assignment.read_from(r),
            4usize => self.training_reminder.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.notification_preference);
        w.field(1usize, &self.positive_reinforcement);
        w.field(2usize, &self.setting_type);
        w.field(3usize, &self.training_assignment);
        w.field(4usize, &self.training_reminder);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(TrainingNotificationSetting);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TrainingNotificationSetting { with_notification_preference notification_preference :
    crate ::v1::EndUserNotificationPreference; with_positive_reinforcement
    positive_reinforcement : crate ::v1::PositiveReinforcementNotification;
    with_setting_type setting_type : crate ::v1::EndUserNotificationSettingType;
    with_training_assignment training_assignment : crate
    ::v1::AnyBaseEndUserNotification; with_training_reminder training_reminder : crate
    ::v1::TrainingReminderNotification; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainingNotificationSetting);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.trainingReminderNotification`, complex type, derived from `microsoft.graph.baseEndUserNotification`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TrainingReminderNotification {
    /// CSDL: property `defaultLanguage`: `Edm.String`, nullable.
    pub default_language: rt::Field<::std::string::String>,
    /// CSDL: navigation property `endUserNotification`: `microsoft.graph.endUserNotification`, nullable.
    pub end_user_notification: rt::Field<crate::v1::EndUserNotification>,
    /// CSDL: property `deliveryFrequency`: `microsoft.graph.notificationDeliveryFrequency`, nullable.
    pub delivery_frequency: rt::Field<crate::v1::NotificationDeliveryFrequency>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TrainingReminderNotification {
    #[inline]
    fn default() -> Self {
        Self {
            default_language: rt::Field::Absent,
            end_user_notification: rt::Field::Absent,
            delivery_frequency: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TrainingReminderNotification {
    const TYPE_NAME: &'static str = "microsoft.graph.trainingReminderNotification";
    const KEYS: &'static [&'static str] = &[
        "defaultLanguage",
        "endUserNotification",
        "deliveryFrequency",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"defaultLanguage\":              ",
        ",\"endUserNotification\":          ",
        ",\"deliveryFrequency\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.trainingReminderNotification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "default_language", &self.default_language);
        v.field(1usize, "end_user_notification", &self.end_user_notification);
        v.field(2usize, "delivery_frequency", &self.delivery_frequency);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TrainingReminderNotification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.default_language.read_from(r),
            1usize => self.end_user_notification.read_from(r),
            2usize => self.delivery_frequency.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.default_language);
        w.field(1usize, &self.end_user_notification);
        w.field(2usize, &self.delivery_frequency);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(TrainingReminderNotification);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TrainingReminderNotification { with_default_language default_language :
    ::std::string::String; with_end_user_notification end_user_notification : crate
    ::v1::EndUserNotification; with_delivery_frequency delivery_frequency : crate
    ::v1::NotificationDeliveryFrequency; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainingReminderNotification);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.trainingSetting`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TrainingSetting {
    /// CSDL: property `settingType`: `microsoft.graph.trainingSettingType`, nullable.
    pub setting_type: rt::Field<crate::v1::TrainingSettingType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TrainingSetting {
    #[inline]
    fn default() -> Self {
        Self {
            setting_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TrainingSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.trainingSetting";
    const KEYS: &'static [&'static str] = &["settingType"];
    const KEYS_JSON: &'static [&'static str] = &[",\"settingType\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.trainingSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "setting_type", &self.setting_type);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TrainingSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_type);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(TrainingSetting);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TrainingSetting { with_setting_type setting_type : crate ::v1::TrainingSettingType; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainingSetting);
#[cfg(msgraph_v1_search_or_security)]
/// `microsoft.graph.trainingSetting` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyTrainingSetting {
    TrainingSetting(::std::boxed::Box<crate::v1::TrainingSetting>),
    CustomTrainingSetting(::std::boxed::Box<crate::v1::CustomTrainingSetting>),
    MicrosoftCustomTrainingSetting(
        ::std::boxed::Box<crate::v1::MicrosoftCustomTrainingSetting>,
    ),
    MicrosoftManagedTrainingSetting(
        ::std::boxed::Box<crate::v1::MicrosoftManagedTrainingSetting>,
    ),
    MicrosoftTrainingAssignmentMapping(
        ::std::boxed::Box<crate::v1::MicrosoftTrainingAssignmentMapping>,
    ),
    NoTrainingSetting(::std::boxed::Box<crate::v1::NoTrainingSetting>),
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnyTrainingSetting {
    #[inline]
    fn default() -> Self {
        Self::TrainingSetting(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TrainingSetting> for AnyTrainingSetting {
    #[inline]
    fn from(v: crate::v1::TrainingSetting) -> Self {
        Self::TrainingSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomTrainingSetting> for AnyTrainingSetting {
    #[inline]
    fn from(v: crate::v1::CustomTrainingSetting) -> Self {
        Self::CustomTrainingSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MicrosoftCustomTrainingSetting>
for AnyTrainingSetting {
    #[inline]
    fn from(v: crate::v1::MicrosoftCustomTrainingSetting) -> Self {
        Self::MicrosoftCustomTrainingSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MicrosoftManagedTrainingSetting>
for AnyTrainingSetting {
    #[inline]
    fn from(v: crate::v1::MicrosoftManagedTrainingSetting) -> Self {
        Self::MicrosoftManagedTrainingSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MicrosoftTrainingAssignmentMapping>
for AnyTrainingSetting {
    #[inline]
    fn from(v: crate::v1::MicrosoftTrainingAssignmentMapping) -> Self {
        Self::MicrosoftTrainingAssignmentMapping(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::NoTrainingSetting> for AnyTrainingSetting {
    #[inline]
    fn from(v: crate::v1::NoTrainingSetting) -> Self {
        Self::NoTrainingSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Send for AnyTrainingSetting {}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Sync for AnyTrainingSetting {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::marker::Unpin for AnyTrainingSetting {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::UnwindSafe for AnyTrainingSetting {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::RefUnwindSafe for AnyTrainingSetting {}
#[cfg(msgraph_v1_search_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::TrainingSetting>();
    rt::object::auto_traits::<crate::v1::CustomTrainingSetting>();
    rt::object::auto_traits::<crate::v1::MicrosoftCustomTrainingSetting>();
    rt::object::auto_traits::<crate::v1::MicrosoftManagedTrainingSetting>();
    rt::object::auto_traits::<crate::v1::MicrosoftTrainingAssignmentMapping>();
    rt::object::auto_traits::<crate::v1::NoTrainingSetting>();
};
#[cfg(msgraph_v1_search_or_security)]
impl rt::Poly for AnyTrainingSetting {
    const BASE_NAME: &'static str = "microsoft.graph.trainingSetting";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.customTrainingSetting") => {
                Self::CustomTrainingSetting(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.microsoftCustomTrainingSetting",
            ) => Self::MicrosoftCustomTrainingSetting(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.microsoftManagedTrainingSetting",
            ) => Self::MicrosoftManagedTrainingSetting(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.microsoftTrainingAssignmentMapping",
            ) => Self::MicrosoftTrainingAssignmentMapping(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.noTrainingSetting") => {
                Self::NoTrainingSetting(rt::object::new_boxed())
            }
            _ => Self::TrainingSetting(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::TrainingSetting(v) => &**v,
            Self::CustomTrainingSetting(v) => &**v,
            Self::MicrosoftCustomTrainingSetting(v) => &**v,
            Self::MicrosoftManagedTrainingSetting(v) => &**v,
            Self::MicrosoftTrainingAssignmentMapping(v) => &**v,
            Self::NoTrainingSetting(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::TrainingSetting(v) => &mut **v,
            Self::CustomTrainingSetting(v) => &mut **v,
            Self::MicrosoftCustomTrainingSetting(v) => &mut **v,
            Self::MicrosoftManagedTrainingSetting(v) => &mut **v,
            Self::MicrosoftTrainingAssignmentMapping(v) => &mut **v,
            Self::NoTrainingSetting(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl AnyTrainingSetting {
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
    /// `settingType` of any variant.
    #[inline]
    pub fn setting_type(&self) -> &rt::Field<crate::v1::TrainingSettingType> {
        match self {
            Self::TrainingSetting(v) => &v.setting_type,
            Self::CustomTrainingSetting(v) => &v.setting_type,
            Self::MicrosoftCustomTrainingSetting(v) => &v.setting_type,
            Self::MicrosoftManagedTrainingSetting(v) => &v.setting_type,
            Self::MicrosoftTrainingAssignmentMapping(v) => &v.setting_type,
            Self::NoTrainingSetting(v) => &v.setting_type,
        }
    }
    /// `settingType` of any variant.
    #[inline]
    pub fn setting_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::TrainingSettingType> {
        match self {
            Self::TrainingSetting(v) => &mut v.setting_type,
            Self::CustomTrainingSetting(v) => &mut v.setting_type,
            Self::MicrosoftCustomTrainingSetting(v) => &mut v.setting_type,
            Self::MicrosoftManagedTrainingSetting(v) => &mut v.setting_type,
            Self::MicrosoftTrainingAssignmentMapping(v) => &mut v.setting_type,
            Self::NoTrainingSetting(v) => &mut v.setting_type,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_poly!(AnyTrainingSetting);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyTrainingSetting);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.trainingSettingType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TrainingSettingType {
    /// `microsoftCustom` (value 0).
    MicrosoftCustom,
    /// `microsoftManaged` (value 1).
    MicrosoftManaged,
    /// `noTraining` (value 2).
    NoTraining,
    /// `custom` (value 3).
    Custom,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for TrainingSettingType {
    const TYPE_NAME: &'static str = "microsoft.graph.trainingSettingType";
    const MEMBERS: &'static [&'static str] = &[
        "microsoftCustom",
        "microsoftManaged",
        "noTraining",
        "custom",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "microsoftCustom" => Self::MicrosoftCustom,
                "microsoftManaged" => Self::MicrosoftManaged,
                "noTraining" => Self::NoTraining,
                "custom" => Self::Custom,
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
            Self::MicrosoftCustom => "microsoftCustom",
            Self::MicrosoftManaged => "microsoftManaged",
            Self::NoTraining => "noTraining",
            Self::Custom => "custom",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(TrainingSettingType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainingSettingType);
#[cfg(msgraph_v1_reports_or_search_or_security)]
/// CSDL: `microsoft.graph.trainingStatus`, enum type.
///
/// Features: `v1`, or one of `v1-reports`, `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TrainingStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `assigned` (value 1).
    Assigned,
    /// `inProgress` (value 2).
    InProgress,
    /// `completed` (value 3).
    Completed,
    /// `overdue` (value 4).
    Overdue,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_reports_or_search_or_security)]
impl rt::StrEnum for TrainingStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.trainingStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "assigned",
        "inProgress",
        "completed",
        "overdue",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "assigned" => Self::Assigned,
                "inProgress" => Self::InProgress,
                "completed" => Self::Completed,
                "overdue" => Self::Overdue,
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
            Self::Assigned => "assigned",
            Self::InProgress => "inProgress",
            Self::Completed => "completed",
            Self::Overdue => "overdue",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_reports_or_search_or_security)]
rt::impl_enum!(TrainingStatus);
#[cfg(msgraph_v1_reports_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainingStatus);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.trainingType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TrainingType {
    /// `unknown` (value 0).
    Unknown,
    /// `phishing` (value 1).
    Phishing,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for TrainingType {
    const TYPE_NAME: &'static str = "microsoft.graph.trainingType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "phishing",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "phishing" => Self::Phishing,
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
            Self::Phishing => "phishing",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(TrainingType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainingType);
