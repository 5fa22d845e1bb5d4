//! Request builders of `msgraph-models`: paths compose at run time, keys and literals are
//! encoded per the OData URL conventions, query options are percent-encoded, capabilities
//! from the metadata decide which calls exist, and responses parse into typed values or
//! Graph errors.

use msgraph_core::http;
use msgraph_core::request::{Cloud, Literal, ResponseError, decode, parse_string_literal};
use msgraph_core::routes::RouteKind;
use msgraph_core::{DateTimeOffset, Field};
use msgraph_models::path::{Caps, CollCaps, CollectionPath, EntityPath};
use msgraph_models::{beta, v1};
use proptest::prelude::*;

/// `req` is `method path`, and the v1.0 route table resolves that line as `kind`.
fn assert_route<B, R>(
    req: &msgraph_core::request::Request<B, R>,
    method: http::Method,
    path: &str,
    kind: RouteKind,
) {
    assert_eq!((req.method(), req.path()), (&method, path));
    assert_eq!(
        resolved(method.as_str(), path).kind,
        kind,
        "{method} {path}"
    );
}

/// The v1.0 route of `method path`; a panic naming the line and the reason if none.
fn resolved(method: &str, path: &str) -> msgraph_core::routes::Resolved {
    v1::routes::TABLE
        .resolve(method, path)
        .unwrap_or_else(|e| panic!("{method} {path}: {e}"))
}

fn body_json(req: &http::Request<Vec<u8>>) -> serde_json::Value {
    serde_json::from_slice(req.body()).expect("JSON body")
}

#[test]
fn answer_a_call_builds_post_with_typed_parameters() {
    let params = v1::params::CallAnswerParams {
        callback_uri: Field::Value("https://bot.contoso.com/callback".into()),
        participant_capacity: Field::Null,
        ..Default::default()
    };
    let req = v1::api()
        .communications()
        .calls()
        .by_id("57dab8b1-894c-409a-b240-bd8beae78896")
        .answer(params)
        .to_http()
        .expect("request");
    assert_eq!(req.method(), http::Method::POST);
    assert_eq!(
        req.uri(),
        "https://graph.microsoft.com/v1.0/communications/calls/57dab8b1-894c-409a-b240-bd8beae78896/answer"
    );
    assert_eq!(req.headers()["content-type"], "application/json");
    // Absent members are not sent; an explicit null is.
    assert_eq!(
        body_json(&req),
        serde_json::json!({"callbackUri": "https://bot.contoso.com/callback", "participantCapacity": null})
    );
}

#[test]
fn create_call_on_the_beta_app_singleton() {
    let call: beta::Call = msgraph_core::from_str(
        r##"{"@odata.type":"#microsoft.graph.call","callbackUri":"https://bot.contoso.com/callback","requestedModalities":["audio"]}"##,
    )
    .expect("call");
    let req = beta::api()
        .app()
        .calls()
        .create(call)
        .to_http()
        .expect("request");
    assert_eq!(req.method(), http::Method::POST);
    assert_eq!(req.uri(), "https://graph.microsoft.com/beta/app/calls");
    assert_eq!(
        body_json(&req)["requestedModalities"],
        serde_json::json!(["audio"])
    );
}

#[test]
fn gets_and_deletes_have_no_body_and_no_content_type() {
    let req = v1::api()
        .communications()
        .calls()
        .by_id("x")
        .participants()
        .by_id("p")
        .delete();
    let http = req.to_http().expect("request");
    assert_eq!(http.method(), http::Method::DELETE);
    assert!(http.body().is_empty());
    assert!(http.headers().get("content-type").is_none());
    assert_eq!(req.path(), "/communications/calls/x/participants/p");
}

#[test]
fn national_clouds_and_custom_bases() {
    for (cloud, base) in [
        (Cloud::Global, "https://graph.microsoft.com"),
        (Cloud::UsGovL4, "https://graph.microsoft.us"),
        (Cloud::UsGovL5Dod, "https://dod-graph.microsoft.us"),
        (Cloud::China, "https://microsoftgraph.chinacloudapi.cn"),
        (
            Cloud::Custom("http://127.0.0.1:8080/".into()),
            "http://127.0.0.1:8080",
        ),
    ] {
        let url = v1::api_with(cloud).communications().calls().list().url();
        assert_eq!(url, format!("{base}/v1.0/communications/calls"));
    }
}

#[test]
fn functions_write_odata_literals() {
    let from = DateTimeOffset::parse("2019-11-01T00:00:00Z").expect("date");
    let to = DateTimeOffset::parse("2019-12-01T00:00:00Z").expect("date");
    let req = v1::api()
        .communications()
        .call_records()
        .get_pstn_calls(&from, &to);
    assert_eq!(
        req.path(),
        "/communications/callRecords/microsoft.graph.callRecords.getPstnCalls(fromDateTime=2019-11-01T00%3A00%3A00Z,toDateTime=2019-12-01T00%3A00%3A00Z)"
    );
    let r = v1::routes::TABLE.resolve("GET", req.path()).expect("route");
    assert_eq!(r.kind, RouteKind::Function);
    assert_eq!(
        r.response,
        Some("microsoft.graph.callRecords.pstnCallLogRow")
    );
    assert!(r.response_collection);
}

#[test]
fn query_options_are_percent_encoded() {
    let req = v1::api()
        .users()
        .list()
        .select(&["id", "displayName"])
        .filter("startswith(displayName,'A&B') and mail ne null")
        .orderby(&["displayName desc"])
        .top(5)
        .skip(10)
        .count(true)
        .search("\"display:A+B\"")
        .param("x-custom", "a=b#c")
        .consistency_eventual();
    let http = req.to_http().expect("request");
    assert_eq!(
        http.uri().query(),
        Some(
            "$select=id,displayName&$filter=startswith(displayName,'A%26B')%20and%20mail%20ne%20null\
             &$orderby=displayName%20desc&$top=5&$skip=10&$count=true&$search=%22display:A%2BB%22\
             &x-custom=a%3Db%23c"
        )
    );
    assert_eq!(http.headers()["consistencylevel"], "eventual");
}

#[test]
fn capabilities_decide_which_calls_exist() {
    // `applicationTemplates` is annotated Insertable=false in v1.0: no `create` (the type
    // says so; calling `.create(..)` does not compile) and the route table refuses POST.
    let _: CollectionPath<v1::ApplicationTemplate, CollCaps<false, false, false, false>> =
        v1::api().application_templates();
    let err = v1::routes::TABLE
        .resolve("POST", "/applicationTemplates")
        .expect_err("not insertable");
    assert!(err.reason.contains("not insertable"), "{err}");
    // A non-containment navigation offers `$ref`; with silent metadata it also offers
    // create, update and delete (see `non_contained_navigation_follows_capabilities`).
    let _: CollectionPath<v1::AnyDirectoryObject, CollCaps<true, true, true, true>> =
        v1::api().groups().by_id("g").members();
    let del = v1::api()
        .groups()
        .by_id("g")
        .members()
        .by_id("u")
        .delete_ref();
    assert_eq!(del.path(), "/groups/g/members/u/$ref");
    assert_eq!(
        v1::routes::TABLE
            .resolve("DELETE", del.path())
            .expect("route")
            .kind,
        RouteKind::DeleteRef
    );
    // Singletons can be read and updated, not deleted.
    let _: EntityPath<v1::CloudCommunications, Caps<true, false, false>> =
        v1::api().communications();
}

#[test]
fn each_entity_type_has_its_own_builder_trait() {
    // `by_id` and `cast` lead to an `EntityPath` of the entity type, which has what every
    // entity path allows and dereferences to the entity type's builder trait: its
    // navigation properties and bound operations (its own page in the documentation),
    // called on the path with nothing imported.
    let call: EntityPath<v1::Call, Caps<true, true, false>> =
        v1::api().communications().calls().by_id("c1");
    let builders: &dyn v1::requests::CallPath = &*call;
    let participants = builders.participants();
    assert_eq!(
        call.participants().list().path(),
        participants.list().path()
    );
    let p: EntityPath<v1::Participant, Caps<true, true, false>> = participants.by_id("p1");
    assert_eq!(p.get().path(), "/communications/calls/c1/participants/p1");
    assert_eq!(call.target().path(), "/communications/calls/c1");
    // Entity types of other namespaces have theirs in a module of the same name.
    let record: EntityPath<v1::call_records::CallRecord, _> =
        v1::api().communications().call_records().by_id("r1");
    let _: &dyn v1::requests::call_records::CallRecordPath = &*record;
    assert_eq!(
        record.sessions().list().path(),
        "/communications/callRecords/r1/sessions"
    );
    // A type cast leads to the derived type's builders.
    let user: EntityPath<v1::AnyUser, _> = v1::api()
        .directory_objects()
        .by_id("d1")
        .cast::<v1::AnyUser>();
    let _: &dyn v1::requests::UserPath = &*user;
    assert_eq!(
        user.manager().get().path(),
        "/directoryObjects/d1/microsoft.graph.user/manager"
    );
    assert_eq!(format!("{call:?}"), "EntityPath(/communications/calls/c1)");
}

#[test]
fn empty_keys_fail_instead_of_addressing_the_collection() {
    let err = v1::api()
        .users()
        .by_id("")
        .get()
        .to_http()
        .expect_err("empty key");
    assert!(err.to_string().contains("empty key"), "{err}");
}

#[test]
fn responses_parse_to_typed_values_and_graph_errors() {
    let mut headers = http::HeaderMap::new();
    headers.insert(
        "location",
        "https://graph.microsoft.com/v1.0/operations/1"
            .parse()
            .expect("header"),
    );
    let answer = v1::api()
        .communications()
        .calls()
        .by_id("x")
        .answer(Default::default());
    let done = answer.parse_response(202, &headers, b"").expect("202");
    assert_eq!(done.status, 202);
    assert_eq!(
        done.location.as_deref(),
        Some("https://graph.microsoft.com/v1.0/operations/1")
    );
    assert_eq!(
        answer
            .parse_response(204, &http::HeaderMap::new(), b"")
            .expect("204")
            .status,
        204
    );

    let list = v1::api()
        .communications()
        .calls()
        .by_id("x")
        .participants()
        .list();
    let page = list
        .parse_response(
            200,
            &http::HeaderMap::new(),
            br#"{"@odata.context":"ctx","value":[{"id":"p1","isMuted":true}],"@odata.nextLink":"https://next"}"#,
        )
        .expect("page");
    assert_eq!(page.value.len(), 1);
    assert_eq!(page.value[0].is_muted, Field::Value(true));
    assert_eq!(page.next_link.as_deref(), Some("https://next"));
    assert_eq!(
        page.extra.get("@odata.context").map(|r| r.as_str()),
        Some("\"ctx\"")
    );

    let get = v1::api().communications().calls().by_id("x").get();
    let err = get
        .parse_response(
            404,
            &http::HeaderMap::new(),
            br#"{"error":{"code":"NotFound","message":"gone","innerError":{"request-id":"r1"},"details":[1]}}"#,
        )
        .expect_err("404");
    let ResponseError::Graph(e) = err else {
        panic!("graph error expected")
    };
    assert_eq!(
        (e.status, e.code.as_str(), e.message.as_str()),
        (404, "NotFound", "gone")
    );
    assert_eq!(
        e.inner_error.as_ref().expect("innerError")["request-id"],
        "r1"
    );
    assert_eq!(e.extra["details"], serde_json::json!([1]));
    let wrong = get.parse_response(200, &http::HeaderMap::new(), br#"{"state":5}"#);
    assert!(matches!(wrong, Err(ResponseError::Decode(_))));
}

/// The key part of a URL built for `/users/{key}`.
fn key_segment(url: &str) -> &str {
    url.strip_prefix("https://graph.microsoft.com/v1.0/users/")
        .expect("prefix")
}

fn assert_one_segment(key: &str) {
    let req = v1::api().users().by_id(key).get();
    let url = req.url();
    let seg = key_segment(&url);
    assert!(!seg.contains(['/', '?', '#', ' ']), "{key:?} -> {url}");
    assert!(
        !seg.chars().any(|c| !c.is_ascii() || c.is_ascii_control()),
        "{key:?} -> {url}"
    );
    assert!(seg != "." && seg != "..", "{key:?} -> {url}");
    assert_eq!(decode(seg), key, "{url}");
    // The `http` crate agrees: the path has exactly three segments.
    let http = req.to_http().expect("request");
    assert_eq!(http.uri().path().split('/').count(), 4, "{url}");
    assert_eq!(http.uri().query(), None);
}

#[test]
fn hostile_keys_stay_one_segment() {
    for key in [
        "..", ".", "../../me", "a/b", "a?b=c", "a#b", "100%", "it's", "a b", "é✓", "%2F", "\u{0}x",
        "\r\n",
    ] {
        assert_one_segment(key);
    }
}

proptest! {
    #[test]
    fn any_key_is_exactly_one_segment_that_decodes_back(key in "\\PC+") {
        assert_one_segment(&key);
    }

    #[test]
    fn any_bytes_key(key in proptest::collection::vec(any::<char>(), 1..40)) {
        let key: String = key.into_iter().collect();
        assert_one_segment(&key);
    }

    #[test]
    fn string_literals_parse_back(value in "\\PC*") {
        let Literal::Inline(text) = Literal::string(&value) else { panic!("inline") };
        prop_assert!(!text.contains(['/', '?', '#', ' ', ',', ')', '(']));
        prop_assert_eq!(parse_string_literal(&decode(&text)), Some(value.clone()));
        // Inside a function call the value stays inside its parentheses.
        let req = v1::api().users().by_id("u").reminder_view(&value, "e");
        let path = req.path().to_string();
        let open = path.find("reminderView(").expect("function segment");
        prop_assert!(!path[open..].contains('/'), "{}", path);
        prop_assert!(path.ends_with(",EndDateTime='e')"), "{}", path);
    }
}

#[test]
fn non_contained_navigation_follows_capabilities() {
    let t = &v1::routes::TABLE;
    // Create a folder: POST to the (non-containment) `children` of a drive item.
    let req = v1::api()
        .me()
        .drive()
        .items()
        .by_id("i1")
        .children()
        .create(Default::default());
    assert_eq!(req.method(), http::Method::POST);
    assert_eq!(req.path(), "/me/drive/items/i1/children");
    let r = t.resolve("POST", req.path()).expect("create route");
    assert_eq!(
        (r.kind, r.body),
        (RouteKind::Create, Some("microsoft.graph.driveItem"))
    );
    for (method, path, kind) in [
        (
            "POST",
            "/directory/administrativeUnits/a1/members",
            RouteKind::Create,
        ),
        ("POST", "/me/drive/bundles", RouteKind::Create),
        ("DELETE", "/directory/deletedItems/d1", RouteKind::Delete),
    ] {
        assert_eq!(resolved(method, path).kind, kind, "{method} {path}");
    }
    let del = v1::api().directory().deleted_items().by_id("d1").delete();
    assert_eq!(
        (del.method(), del.path()),
        (&http::Method::DELETE, "/directory/deletedItems/d1")
    );
}

#[test]
fn refusals_name_an_annotation_only_where_there_is_one() {
    let t = &v1::routes::TABLE;
    // A singleton cannot be deleted: no Capabilities annotation is involved.
    let e = t.resolve("DELETE", "/me").expect_err("singleton");
    assert!(!e.reason.contains("Restrictions"), "{e}");
    assert!(e.reason.contains("singleton"), "{e}");
    // `applicationTemplates` does carry `InsertRestrictions/Insertable=false`.
    let e = t
        .resolve("POST", "/applicationTemplates")
        .expect_err("annotated");
    assert!(e.reason.contains("InsertRestrictions"), "{e}");
    // POST to one entity is refused as such, not as a restriction.
    let e = t.resolve("POST", "/users/u1").expect_err("entity");
    assert!(!e.reason.contains("Restrictions"), "{e}");
}

#[test]
fn remove_one_reference_from_a_collection() {
    let req = v1::api()
        .groups()
        .by_id("g1")
        .members()
        .remove_ref("https://graph.microsoft.com/v1.0/directoryObjects/u1");
    assert_eq!(
        req.url(),
        "https://graph.microsoft.com/v1.0/groups/g1/members/$ref?$id=https://graph.microsoft.com/v1.0/directoryObjects/u1"
    );
    let http = req.to_http().expect("request");
    assert_eq!(http.method(), http::Method::DELETE);
    assert!(http.body().is_empty());
    let t = &v1::routes::TABLE;
    let r = t
        .resolve(
            "DELETE",
            "/groups/g1/members/$ref?$id=https://graph.microsoft.com/v1.0/directoryObjects/u1",
        )
        .expect("route");
    assert_eq!(r.kind, RouteKind::DeleteRef);
    let r = t
        .resolve("DELETE", "/groups/g1/members/$ref?%24id=x")
        .expect("encoded $id");
    assert_eq!(r.kind, RouteKind::DeleteRef);
    let e = t
        .resolve("DELETE", "/groups/g1/members/$ref")
        .expect_err("no $id");
    assert!(e.reason.contains("$id"), "{e}");
}

#[test]
fn referenceable_contained_navigations_take_refs_and_others_do_not() {
    let t = &v1::routes::TABLE;
    // `featureRolloutPolicy.appliesTo` is contained but annotated `Referenceable`: the
    // builders have its `$ref` requests, as Graph documents them, and the table resolves them.
    let applies_to = v1::api()
        .policies()
        .feature_rollout_policies()
        .by_id("p1")
        .applies_to();
    let add = applies_to.add_ref("https://graph.microsoft.com/v1.0/directoryObjects/g1");
    assert_route(
        &add,
        http::Method::POST,
        "/policies/featureRolloutPolicies/p1/appliesTo/$ref",
        RouteKind::AddRef,
    );
    assert_eq!(
        body_json(&add.to_http().expect("request")),
        serde_json::json!({"@odata.id": "https://graph.microsoft.com/v1.0/directoryObjects/g1"})
    );
    assert_route(
        &applies_to.by_id("g1").delete_ref(),
        http::Method::DELETE,
        "/policies/featureRolloutPolicies/p1/appliesTo/g1/$ref",
        RouteKind::DeleteRef,
    );
    // A single-valued one: an assignment's rubric.
    let rubric = v1::api()
        .education()
        .classes()
        .by_id("c1")
        .assignments()
        .by_id("a1")
        .rubric();
    assert_route(
        &rubric.set_ref("https://graph.microsoft.com/v1.0/education/me/rubrics/r1"),
        http::Method::PUT,
        "/education/classes/c1/assignments/a1/rubric/$ref",
        RouteKind::SetRef,
    );
    // Contained and not annotated (a message's attachments), or an entity set: no `$ref`,
    // neither in the builders (the path type says so) nor in the table.
    let _: CollectionPath<v1::AnyAttachment, msgraph_models::path::caps::ListCreateDelete> =
        v1::api().me().messages().by_id("m1").attachments();
    for (method, path) in [
        ("POST", "/me/messages/m1/attachments/$ref"),
        ("GET", "/me/messages/m1/attachments/$ref"),
        ("DELETE", "/me/messages/m1/attachments/$ref?$id=x"),
        ("DELETE", "/me/messages/m1/attachments/a1/$ref"),
        ("GET", "/applications/$ref"),
        ("POST", "/applications/$ref"),
        ("DELETE", "/users/u1/$ref"),
    ] {
        let e = t.resolve(method, path).expect_err(path);
        assert!(
            e.reason.contains("not referenceable"),
            "{method} {path}: {e}"
        );
    }
}

#[test]
fn count_and_key_follow_the_metadata() {
    use msgraph_models::path::caps;
    let t = &v1::routes::TABLE;
    // `drives` carries `CountRestrictions/Countable=false`: no `count()` on its path type
    // (the type says so), and the table refuses `$count`; items by key as usual.
    let drives: CollectionPath<v1::Drive, caps::NoCount<caps::ListCreateUpdateDelete>> =
        v1::api().drives();
    assert_eq!(drives.by_id("d1").get().path(), "/drives/d1");
    let e = t
        .resolve("GET", "/drives/$count")
        .expect_err("not countable");
    assert!(e.reason.contains("not countable"), "{e}");
    // A user's `calendarView` is `IndexableByKey=false`: no `by_id`, no key in the table.
    let view: CollectionPath<v1::Event, caps::NoKey<caps::List>> =
        v1::api().users().by_id("u1").calendar_view();
    assert_eq!(view.count().path(), "/users/u1/calendarView/$count");
    assert!(t.resolve("GET", view.list().path()).is_ok());
    for path in [
        "/users/u1/calendarView/e1",
        "/users/u1/calendarView('e1')",
        "/invitations/i1",
    ] {
        let e = t.resolve("GET", path).expect_err(path);
        assert!(e.reason.contains("IndexableByKey"), "{path}: {e}");
    }
    // Silence allows both.
    let users = v1::api().users();
    assert_eq!(users.count().path(), "/users/$count");
    assert_eq!(users.by_id("u1").get().path(), "/users/u1");
    for path in ["/users/$count", "/users/u1", "/users('u1')"] {
        t.resolve("GET", path)
            .unwrap_or_else(|e| panic!("{path}: {e}"));
    }
}

#[test]
fn type_casts_build_and_resolve() {
    let groups = v1::api()
        .users()
        .by_id("u1")
        .member_of()
        .cast::<v1::Group>();
    let req = groups.list();
    assert_eq!(req.path(), "/users/u1/memberOf/microsoft.graph.group");
    let r = v1::routes::TABLE.resolve("GET", req.path()).expect("route");
    assert_eq!(
        (r.kind, r.response),
        (RouteKind::List, Some("microsoft.graph.group"))
    );
    // A cast of one entity keeps what the path allows and the derived type's methods.
    let one = v1::api()
        .directory_objects()
        .by_id("o1")
        .cast::<v1::AnyUser>();
    assert_eq!(
        one.get().path(),
        "/directoryObjects/o1/microsoft.graph.user"
    );
    assert_eq!(
        one.manager().target().path(),
        "/directoryObjects/o1/microsoft.graph.user/manager"
    );
}

/// A derived entity type that adds no builders to its base type's shares its base type's
/// builder trait (`EntityPath<InviteParticipantsOperation, C>` dereferences to `dyn
/// CommsOperationPath`), and one without any builders has `EntityPath`'s only: the same
/// methods as its base type's, the derived value type in the responses.
#[test]
fn derived_types_share_their_ancestors_builders_and_keep_their_value_type() {
    use msgraph_core::request::{Entity, NoBody, Request};
    let op: EntityPath<v1::InviteParticipantsOperation, _> = v1::api()
        .communications()
        .calls()
        .by_id("c1")
        .operations()
        .by_id("o1")
        .cast::<v1::InviteParticipantsOperation>();
    let get: Request<NoBody, Entity<v1::InviteParticipantsOperation>> = op.get();
    assert_eq!(
        get.path(),
        "/communications/calls/c1/operations/o1/microsoft.graph.inviteParticipantsOperation"
    );
    // The base type's builder, through the shared trait.
    let _: &dyn v1::requests::CommsOperationPath = &*op;
    assert_eq!(
        op.result_info().target().path(),
        "/communications/calls/c1/operations/o1/microsoft.graph.inviteParticipantsOperation/resultInfo"
    );
    assert_eq!(
        format!("{op:?}"),
        "EntityPath(/communications/calls/c1/operations/o1/microsoft.graph.inviteParticipantsOperation)"
    );
    // The base type's path: the same builders, its own value type.
    let base: EntityPath<v1::AnyCommsOperation, _> = v1::api()
        .communications()
        .calls()
        .by_id("c1")
        .operations()
        .by_id("o1");
    let _: Request<NoBody, Entity<v1::AnyCommsOperation>> = base.get();
    let _: &dyn v1::requests::CommsOperationPath = &*base;
    // No builders at all: `EntityPath`'s only (it dereferences to `()`).
    let acceptance: EntityPath<v1::AgreementAcceptance, _> =
        v1::api().agreement_acceptances().by_id("a1");
    let (): () = *acceptance;
    let same = acceptance.clone();
    assert_eq!(same.get().path(), "/agreementAcceptances/a1");
    assert_eq!(format!("{same:?}"), "EntityPath(/agreementAcceptances/a1)");
}

#[test]
fn complex_properties_are_addressable() {
    let settings = v1::api().me().mailbox_settings();
    assert_eq!(settings.get().path(), "/me/mailboxSettings");
    let req = settings.update(Default::default());
    assert_eq!(
        (req.method(), req.path()),
        (&http::Method::PATCH, "/me/mailboxSettings")
    );
    let t = &v1::routes::TABLE;
    let r = t.resolve("GET", "/me/mailboxSettings").expect("get");
    assert_eq!(
        (r.kind, r.response),
        (RouteKind::Get, Some("microsoft.graph.mailboxSettings"))
    );
    let r = t
        .resolve("PATCH", "/users/u1/mailboxSettings")
        .expect("patch");
    assert_eq!(
        (r.kind, r.body),
        (RouteKind::Update, Some("microsoft.graph.mailboxSettings"))
    );
    let e = t
        .resolve("DELETE", "/me/mailboxSettings")
        .expect_err("not deletable");
    assert!(e.reason.contains("structural property"), "{e}");
}

#[test]
fn route_resolution_covers_the_odata_url_forms() {
    let t = &v1::routes::TABLE;
    let check = |method: &str, path: &str, kind: RouteKind, template: &str| {
        let r = resolved(method, path);
        assert_eq!(
            (r.kind, r.template.as_str()),
            (kind, template),
            "{method} {path}"
        );
        r
    };
    let r = check("GET", "/users('a%2Fb')", RouteKind::Get, "/users/{user-id}");
    assert_eq!(r.response, Some("microsoft.graph.user"));
    check("GET", "/users/$count", RouteKind::Count, "/users/$count");
    check(
        "GET",
        "/users/u1/photo/$value",
        RouteKind::GetStream,
        "/users/{user-id}/photo/$value",
    );
    check(
        "GET",
        "/groups/g1/members/microsoft.graph.user",
        RouteKind::List,
        "/groups/{group-id}/members/microsoft.graph.user",
    );
    check(
        "POST",
        "/groups/g1/members/$ref",
        RouteKind::AddRef,
        "/groups/{group-id}/members/$ref",
    );
    check(
        "DELETE",
        "/groups/g1/members/u1/$ref",
        RouteKind::DeleteRef,
        "/groups/{group-id}/members/{directoryObject-id}/$ref",
    );
    check("GET", "/users/delta()", RouteKind::Function, "/users/delta");
    check(
        "GET",
        "/drives/d/items/i/content",
        RouteKind::GetStream,
        "/drives/{drive-id}/items/{driveItem-id}/content",
    );
    let r = check(
        "POST",
        "/communications/calls/c1/microsoft.graph.answer",
        RouteKind::Action,
        "/communications/calls/{call-id}/answer",
    );
    assert_eq!(r.body, Some("microsoft.graph.answer(microsoft.graph.call)"));
    assert!(v1::registry::lookup(r.body.expect("body")).is_some());
    let r = check(
        "POST",
        "/communications/calls",
        RouteKind::Create,
        "/communications/calls",
    );
    assert_eq!(r.body, Some("microsoft.graph.call"));
    let e = t
        .resolve("PATCH", "/communications/calls/c1/answer")
        .expect_err("actions are POST");
    assert!(e.reason.contains("POST only"), "{e}");
    let e = t
        .resolve("GET", "/communications/calls/c1/nope")
        .expect_err("unknown segment");
    assert_eq!(
        (e.segment.as_str(), e.parent),
        ("nope", Some("microsoft.graph.call"))
    );
}

/// OneDrive path addressing (issue 14, defect 3): `item_with_path` on any drive item path
/// gives the item at that path, which goes on with the usual drive item navigation and
/// operations; each built request resolves to the matching route.
#[test]
fn drive_items_by_path() {
    let root = v1::api().me().drive().root();
    let file = root.item_with_path("folder/file.txt");
    let cases: Vec<(http::Method, String, &str, RouteKind)> = vec![
        {
            let r = file.get();
            (
                r.method().clone(),
                r.url(),
                "/me/drive/root:/{item-path}:",
                RouteKind::Get,
            )
        },
        {
            let r = root.item_with_path("/folder/file.txt").content().get();
            (
                r.method().clone(),
                r.url(),
                "/me/drive/root:/{item-path}:/content",
                RouteKind::GetStream,
            )
        },
        {
            let r = v1::api()
                .drives()
                .by_id("d1")
                .items()
                .by_id("i1")
                .item_with_path("path/to/x")
                .content()
                .put(b"hello".to_vec());
            (
                r.method().clone(),
                r.url(),
                "/drives/{drive-id}/items/{driveItem-id}:/{item-path}:/content",
                RouteKind::PutStream,
            )
        },
        {
            let r = root.item_with_path("folder").children().list();
            (
                r.method().clone(),
                r.url(),
                "/me/drive/root:/{item-path}:/children",
                RouteKind::List,
            )
        },
        {
            let r = file.create_upload_session(Default::default());
            (
                r.method().clone(),
                r.url(),
                "/me/drive/root:/{item-path}:/createUploadSession",
                RouteKind::Action,
            )
        },
        {
            let r = file.update(Default::default());
            (
                r.method().clone(),
                r.url(),
                "/me/drive/root:/{item-path}:",
                RouteKind::Update,
            )
        },
        {
            let r = file.delete();
            (
                r.method().clone(),
                r.url(),
                "/me/drive/root:/{item-path}:",
                RouteKind::Delete,
            )
        },
        {
            // A path below a path-addressed item joins it.
            let r = file.item_with_path("b").get();
            (
                r.method().clone(),
                r.url(),
                "/me/drive/root:/{item-path}:",
                RouteKind::Get,
            )
        },
    ];
    let expected = [
        "https://graph.microsoft.com/v1.0/me/drive/root:/folder/file.txt:",
        "https://graph.microsoft.com/v1.0/me/drive/root:/folder/file.txt:/content",
        "https://graph.microsoft.com/v1.0/drives/d1/items/i1:/path/to/x:/content",
        "https://graph.microsoft.com/v1.0/me/drive/root:/folder:/children",
        "https://graph.microsoft.com/v1.0/me/drive/root:/folder/file.txt:/createUploadSession",
        "https://graph.microsoft.com/v1.0/me/drive/root:/folder/file.txt:",
        "https://graph.microsoft.com/v1.0/me/drive/root:/folder/file.txt:",
        "https://graph.microsoft.com/v1.0/me/drive/root:/folder/file.txt/b:",
    ];
    for ((method, url, template, kind), want) in cases.into_iter().zip(expected) {
        assert_eq!(url, want);
        let path = url
            .strip_prefix("https://graph.microsoft.com/v1.0")
            .expect("v1.0 URL");
        let r = resolved(method.as_str(), path);
        assert_eq!((r.template.as_str(), r.kind), (template, kind), "{path}");
    }
    // Beta has it too, and `create_upload_session` builds its typed body.
    let req = beta::api()
        .sites()
        .by_id("s1")
        .drive()
        .root()
        .item_with_path("a.txt")
        .create_upload_session(Default::default());
    assert_eq!(
        req.url(),
        "https://graph.microsoft.com/beta/sites/s1/drive/root:/a.txt:/createUploadSession"
    );
    assert!(req.to_http().is_ok());
}

/// What `item_with_path(path).content()` sends: an error naming the path, or a URL whose
/// item path sits between exactly the two colons, splits into the given segments, and
/// resolves to the content route.
fn check_item_path(path: &str) -> Result<(), String> {
    let req = v1::api()
        .me()
        .drive()
        .root()
        .item_with_path(path)
        .content()
        .get();
    let http = match req.to_http() {
        Ok(h) => h,
        Err(e @ msgraph_core::request::RequestError::InvalidItemPath { .. }) => {
            return Err(e.to_string());
        }
        Err(e) => panic!("{path:?}: {e}"),
    };
    let uri_path = http.uri().path().to_string();
    assert_eq!(http.uri().query(), None, "{path:?} -> {uri_path}");
    let inner = uri_path
        .strip_prefix("/v1.0/me/drive/root:/")
        .and_then(|p| p.strip_suffix(":/content"))
        .unwrap_or_else(|| panic!("{path:?} -> {uri_path}"));
    assert!(!inner.contains(':'), "{path:?} -> {uri_path}");
    let segs: Vec<String> = inner.split('/').map(decode).collect();
    let given: Vec<&str> = path.strip_prefix('/').unwrap_or(path).split('/').collect();
    assert_eq!(segs, given, "{path:?} -> {uri_path}");
    let r = v1::routes::TABLE
        .resolve("GET", &uri_path["/v1.0".len()..])
        .unwrap_or_else(|e| panic!("{path:?} -> {uri_path}: {e}"));
    assert_eq!(r.template, "/me/drive/root:/{item-path}:/content");
    Ok(())
}

#[test]
fn hostile_item_paths_stay_inside_their_colons() {
    for path in [
        "a b/c.txt",
        "what?.txt",
        "#1",
        "100%",
        "%2F..%2F",
        "a%3A",
        "it's (1).docx",
        "é✓/日本",
        "...",
        "\u{0}x",
        "\r\n",
        "a&b=c+d",
        "/lead/slash",
    ] {
        check_item_path(path).unwrap_or_else(|e| panic!("{path:?} refused: {e}"));
    }
    for (path, why) in [
        ("", "empty segment"),
        ("a//b", "empty segment"),
        ("a/", "empty segment"),
        ("../secret", "`.` or `..`"),
        ("a/./b", "`.` or `..`"),
        ("a:/content", "`:` in a name"),
        ("c:", "`:` in a name"),
        ("a\\..\\b", "`\\` in a name"),
    ] {
        let e = check_item_path(path).expect_err(path);
        assert!(
            e.contains(why) && e.contains("invalid drive item path"),
            "{path:?}: {e}"
        );
    }
}

proptest! {
    #[test]
    fn any_item_path_is_refused_or_stays_inside(path in "\\PC*") {
        let _ = check_item_path(&path);
    }

    #[test]
    fn any_chars_item_path(path in proptest::collection::vec(any::<char>(), 0..40)) {
        let path: String = path.into_iter().collect();
        let _ = check_item_path(&path);
    }
}

/// Real segments of v1.0 paths and hostile ones, for request lines made at random.
const SEGMENTS: &[&str] = &[
    "users",
    "me",
    "u1",
    "('u1')",
    "communications",
    "calls",
    "c1",
    "callRecords",
    "sessions",
    "segments",
    "drive",
    "drives",
    "root",
    "items",
    "children",
    "content",
    "root:",
    ":/content",
    "root:/a/b:",
    "$ref",
    "$count",
    "$value",
    "$batch",
    "microsoft.graph.user",
    "microsoft.graph.group",
    "memberOf",
    "manager",
    "answer",
    "microsoft.graph.answer",
    "operations",
    "calendarView",
    "events",
    "invitations",
    "policies",
    "featureRolloutPolicies",
    "appliesTo",
    "education",
    "classes",
    "assignments",
    "rubric",
    "categories",
    "messages",
    "attachments",
    "delta()",
    "reminderView(StartDateTime='a',EndDateTime='b')",
    "getSchedule",
    "(",
    ")",
    "()",
    "'",
    "''",
    ":",
    "%",
    "%2F",
    "%ZZ",
    "%28x%29",
    "\u{1F600}",
    "..",
    ".",
    "",
    "\0",
    " ",
];

/// A request line made of `SEGMENTS`, with an optional query.
fn request_line() -> impl Strategy<Value = (String, String)> {
    let method = prop::sample::select(vec!["GET", "POST", "PATCH", "PUT", "DELETE", "get", ""]);
    let segs = prop::collection::vec(prop::sample::select(SEGMENTS), 0..9);
    let query = prop::option::of(prop::sample::select(vec![
        "$id=x", "$top=1", "%24id=y", "?",
    ]));
    (method, segs, query).prop_map(|(m, segs, q)| {
        let mut path = String::new();
        for s in segs {
            path.push('/');
            path.push_str(s);
        }
        if let Some(q) = q {
            path.push('?');
            path.push_str(q);
        }
        (m.to_string(), path)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// Any request line resolves or says why not (no panic), and a resolved route's own
    /// template resolves to the same route (keys written `{…-id}`, item paths
    /// `:/{item-path}:`), except that a `DELETE .../$ref` keeps its `$id` only in the query.
    #[test]
    fn any_request_line_resolves_or_says_why((method, path) in request_line()) {
        let t = &v1::routes::TABLE;
        match t.resolve(&method, &path) {
            Ok(r) => {
                let again = t.resolve(&method, &r.template);
                if r.kind == RouteKind::DeleteRef && path.contains("$ref?") {
                    prop_assert!(again.is_err(), "{path}: {again:?}");
                } else {
                    prop_assert_eq!(again.as_ref().ok(), Some(&r), "{} -> {}", path, r.template);
                }
            }
            Err(e) => prop_assert!(!e.reason.is_empty(), "{path}"),
        }
    }
}

/// `UpdateRestrictions/UpdateMethod=PUT` (a group's `team`, a team's `schedule`, access
/// review definitions): `update` sends `PUT`, which the route table resolves as the update
/// there (not as a replace). A key keeps the method, another segment drops it, and silence
/// leaves `PATCH`.
#[test]
fn update_follows_the_update_method() {
    use http::Method;
    let team = v1::api().groups().by_id("g1").team();
    assert_route(
        &team.update(Default::default()),
        Method::PUT,
        "/groups/g1/team",
        RouteKind::Update,
    );
    let schedule = v1::api().teams().by_id("t1").schedule();
    assert_route(
        &schedule.update(Default::default()),
        Method::PUT,
        "/teams/t1/schedule",
        RouteKind::Update,
    );
    let definitions = v1::api()
        .identity_governance()
        .access_reviews()
        .definitions();
    assert_route(
        &definitions.by_id("d1").update(Default::default()),
        Method::PUT,
        "/identityGovernance/accessReviews/definitions/d1",
        RouteKind::Update,
    );
    // PATCH there is still an update (Graph documents it on some of these).
    assert_eq!(resolved("PATCH", "/groups/g1/team").kind, RouteKind::Update);
    // Below it, the metadata's silence: PATCH again; `replace` is PUT everywhere.
    assert_route(
        &team.channels().by_id("c1").update(Default::default()),
        Method::PATCH,
        "/groups/g1/team/channels/c1",
        RouteKind::Update,
    );
    let t1 = v1::api().teams().by_id("t1");
    assert_route(
        &t1.update(Default::default()),
        Method::PATCH,
        "/teams/t1",
        RouteKind::Update,
    );
    assert_route(
        &t1.replace(Default::default()),
        Method::PUT,
        "/teams/t1",
        RouteKind::Replace,
    );
}

/// A function can take a path to one entity whatever it allows (`C`), and call the entity
/// type's builders on it: `EntityPath<v1::Call, C>` dereferences to `dyn CallPath` for any
/// `C: 'static` (every capability marker is).
#[test]
fn builders_are_reachable_from_code_generic_over_the_capabilities() {
    fn play_prompt_on<C: 'static>(call: &EntityPath<v1::Call, C>) -> String {
        call.play_prompt(Default::default()).path().to_string()
    }
    let from_set = v1::api().communications().calls().by_id("c1");
    assert_eq!(
        play_prompt_on(&from_set),
        "/communications/calls/c1/playPrompt"
    );
    let other: EntityPath<v1::Call, msgraph_models::path::caps::Get> =
        EntityPath::new(from_set.target().clone());
    assert_eq!(
        play_prompt_on(&other),
        "/communications/calls/c1/playPrompt"
    );
}
