//! Exit codes and output of the `msgraph-conformance` command on hand-written
//! payloads (`tests/fixtures/`): 0 valid (unknown properties are findings), 3
//! schema violation or not strict JSON, 2 usage or I/O error; `check` exits 0
//! when every example is lossless or explained by findings. (Exit 1, a valid
//! payload that does not round-trip, needs a generator defect: none is known.)

use std::path::Path;
use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let out = Command::new(env!("CARGO_BIN_EXE_msgraph-conformance"))
        .args(args)
        .current_dir(&fixtures)
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn validate_valid_payload_exits_0() {
    let (code, out, _) = run(&[
        "validate",
        "--type",
        "microsoft.graph.call",
        "valid_call.json",
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("lossless"), "{out}");
}

#[test]
fn validate_unknown_property_is_a_finding_not_a_failure() {
    let (code, out, _) = run(&[
        "validate",
        "--type",
        "#microsoft.graph.call",
        "--version",
        "beta",
        "--format",
        "json",
        "unknown_property.json",
    ]);
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json output");
    assert_eq!(v["outcome"], "unknown_properties");
    assert_eq!(v["valid"], true);
    let f = &v["findings"][0];
    assert_eq!(f["kind"], "unknown_property");
    assert_eq!(f["path"], "$.source.notInSchema");
    assert_eq!(
        v["json"]["source"]["notInSchema"], true,
        "kept in the round-trip"
    );
}

#[test]
fn validate_schema_violation_exits_3_with_path() {
    let (code, out, _) = run(&[
        "validate",
        "--type",
        "microsoft.graph.call",
        "wrong_type.json",
    ]);
    assert_eq!(code, 3, "{out}");
    assert!(out.contains("schema_violation at $.callbackUri"), "{out}");
    assert!(out.contains("expected string"), "{out}");
}

/// Issue 14, 16: `callState` has `unknownFutureValue`, so Graph may send new
/// members: an unknown one is a finding (exit 0), not a violation.
#[test]
fn validate_unknown_member_of_an_evolvable_enum_is_a_finding() {
    let (code, out, _) = run(&[
        "validate",
        "--type",
        "microsoft.graph.call",
        "--format",
        "json",
        "unknown_enum.json",
    ]);
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json output");
    assert_eq!(v["outcome"], "unknown_enum_member");
    assert_eq!(v["findings"][0]["kind"], "unknown_enum_member");
    assert_eq!(v["findings"][0]["path"], "$.state");
    assert!(
        v["findings"][0]["expected"]
            .as_str()
            .unwrap()
            .contains("microsoft.graph.callState")
    );
    assert_eq!(v["findings"][0]["found"], "\"exploded\"");
}

/// `callDirection` has no `unknownFutureValue`: an unknown member stays a violation.
#[test]
fn validate_unknown_member_of_a_closed_enum_exits_3() {
    let (code, out, _) = run(&[
        "validate",
        "--type",
        "microsoft.graph.call",
        "--format",
        "json",
        "unknown_enum_closed.json",
    ]);
    assert_eq!(code, 3, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json output");
    assert_eq!(v["outcome"], "schema_violation");
    assert_eq!(v["findings"][0]["path"], "$.direction");
}

/// A member matching only case-insensitively is its own finding.
#[test]
fn validate_enum_casing_is_its_own_finding() {
    let (code, out, _) = run(&[
        "validate",
        "--type",
        "microsoft.graph.call",
        "--format",
        "json",
        "enum_casing.json",
    ]);
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json output");
    assert_eq!(v["findings"][0]["kind"], "enum_casing");
    assert_eq!(v["findings"][0]["path"], "$.state");
}

/// Issue 14, 18: every Edm type error is reported, not only the first.
#[test]
fn validate_reports_every_edm_error() {
    let (code, out, _) = run(&[
        "validate",
        "--type",
        "microsoft.graph.call",
        "three_wrong_members.json",
    ]);
    assert_eq!(code, 3, "{out}");
    for path in ["$.callbackUri", "$.myParticipantId", "$.callChainId"] {
        assert!(
            out.contains(&format!("schema_violation at {path}")),
            "{out}"
        );
    }
}

/// Issue 14, 18: output piped into `head` (a reader that closes early) is
/// not a panic.
#[test]
fn output_into_a_closed_pipe_does_not_panic() {
    use std::process::Stdio;
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for args in [
        &["check", "--docs", "docs"][..],
        &[
            "validate",
            "--type",
            "microsoft.graph.call",
            "three_wrong_members.json",
        ][..],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_msgraph-conformance"))
            .args(args)
            .current_dir(&fixtures)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary runs");
        // Close the read end before the program writes: like `| head -0`.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("exits");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_ne!(out.status.code(), Some(101), "{args:?}: {err}");
    }
}

#[test]
fn validate_not_strict_json_exits_3() {
    let (code, out, _) = run(&[
        "validate",
        "--type",
        "microsoft.graph.call",
        "trailing_comma.json",
    ]);
    assert_eq!(code, 3, "{out}");
    assert!(out.contains("trailing comma removed"), "{out}");
}

#[test]
fn usage_and_io_errors_exit_2() {
    assert_eq!(
        run(&[
            "validate",
            "--type",
            "microsoft.graph.noSuchType",
            "valid_call.json"
        ])
        .0,
        2
    );
    assert_eq!(
        run(&["validate", "--type", "microsoft.graph.call", "missing.json"]).0,
        2
    );
    assert_eq!(run(&["validate", "valid_call.json"]).0, 2);
    assert_eq!(run(&["frobnicate"]).0, 2);
    assert_eq!(run(&["check", "--docs", "no/such/folder"]).0, 2);
}

#[test]
fn check_a_docs_folder() {
    let (code, out, err) = run(&["check", "--docs", "docs", "--format", "json"]);
    assert_eq!(code, 0, "{out}{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json output");
    let ex = v["examples"].as_array().unwrap();
    assert_eq!(ex.len(), 2);
    // The request is typed through the route table (answer's parameters) and repaired.
    assert_eq!(ex[0]["role"], "request");
    assert_eq!(ex[0]["type"]["from"], "route");
    assert_eq!(ex[0]["outcome"], "lossless");
    assert_eq!(ex[0]["findings"][0]["kind"], "repair");
    assert_eq!(ex[1]["outcome"], "schema_violation");
    assert_eq!(ex[1]["findings"][0]["path"], "$.callbackUri");
    let (code, table, _) = run(&["check", "--docs", "docs", "--version", "beta"]);
    assert_eq!(code, 0);
    assert!(table.contains("0 examples"), "{table}");
    // The request-line tally (issue 14).
    let (_, table, _) = run(&["check", "--docs", "docs"]);
    assert!(
        table.contains("| request lines | v1.0 | beta | total |"),
        "{table}"
    );
    let lines = &v["request_lines"];
    assert!(lines["lines"].as_u64().is_some(), "{lines}");
}

/// The binary needs no CSDL (issue 14, defect 18): the schema is compiled in. Run from a
/// folder holding only the payload, with `$GRAPH_METADATA_DIR` (which the kit used to
/// read before its compiled-in default) naming an empty folder, it gives the same answers.
#[test]
fn runs_with_nothing_but_the_binary() {
    let dir =
        std::env::temp_dir().join(format!("msgraph-conformance-alone-{}", std::process::id()));
    let empty = dir.join("no-metadata");
    std::fs::create_dir_all(&empty).expect("temp dir");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for f in ["valid_call.json", "unknown_enum_closed.json"] {
        std::fs::copy(fixtures.join(f), dir.join(f)).expect("copy fixture");
    }
    let alone = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_msgraph-conformance"))
            .args(args)
            .current_dir(&dir)
            .env("GRAPH_METADATA_DIR", &empty)
            .output()
            .expect("the binary runs");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    for (file, code) in [("valid_call.json", 0), ("unknown_enum_closed.json", 3)] {
        let args = [
            "validate",
            "--type",
            "microsoft.graph.call",
            "--format",
            "json",
            file,
        ];
        let (c, out) = alone(&args);
        assert_eq!(c, code, "{file}: {out}");
        let (c2, out2, _) = run(&args);
        assert_eq!((c, &out), (c2, &out2), "{file}");
    }
    let docs = fixtures.join("docs");
    let docs = docs.to_str().expect("utf-8 path");
    let (c, out) = alone(&["check", "--docs", docs, "--format", "json"]);
    assert_eq!(c, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json output");
    assert_eq!(v["examples"].as_array().map(Vec::len), Some(2), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}
