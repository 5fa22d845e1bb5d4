//! msgraph-conformance: checks Microsoft Graph payloads against the generated
//! models (lossless round-trips, schema violations, unknown properties), on
//! any folder of Graph docs pages or plain-text pages.
//!
//! Pipeline: [`harvest`] finds every JSON body in the pages ([`Example`]),
//! [`lenient`] reads it (repairs are findings), [`run`] types it with the
//! declared version's generated type, writes it back, compares ([`same_json`])
//! and walks it against the schema ([`check`], [`schema`]), [`summary`] counts
//! the outcomes and [`report`] renders one example for snapshots.

//!
//! Without the default feature `kit`, only the parts that need no generated types are built
//! ([`harvest`], [`lenient`], [`example`], [`finding`], [`same_json`]): the round-trip
//! benchmark uses the harvester that way, without every type's code in its build.

#[cfg(feature = "kit")]
pub mod check;
pub mod example;
pub mod finding;
pub mod harvest;
#[cfg(feature = "kit")]
pub mod infer;
pub mod lenient;
#[cfg(feature = "kit")]
pub mod lines;
#[cfg(feature = "kit")]
pub mod report;
#[cfg(feature = "kit")]
pub mod run;
#[cfg(feature = "kit")]
pub mod schema;
#[cfg(feature = "kit")]
pub mod summary;

pub use example::{Block, Declared, Disposition, Example, Role, TypeSource, Version};
pub use finding::{Finding, Kind};
#[cfg(feature = "kit")]
pub use run::{Checked, Outcome};

use serde_json::Value;
use std::path::{Path, PathBuf};

/// JSON equality as the round-trip contract defines it: object key order
/// aside, numbers compared by exact value (`0` equals `0.0`, but
/// `9007199254740993` does not equal `9007199254740992`, as it would through `f64`).
pub fn same_json(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => same_number(x, y),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_json(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w)))
        }
        _ => a == b,
    }
}

fn integer(n: &serde_json::Number) -> Option<i128> {
    n.as_i64()
        .map(i128::from)
        .or_else(|| n.as_u64().map(i128::from))
}

fn same_number(x: &serde_json::Number, y: &serde_json::Number) -> bool {
    match (integer(x), integer(y)) {
        (Some(a), Some(b)) => a == b,
        (Some(i), None) => float_is_integer(y.as_f64(), i),
        (None, Some(i)) => float_is_integer(x.as_f64(), i),
        (None, None) => x.as_f64() == y.as_f64(),
    }
}

/// `f` is exactly the integer `i` (no rounding on either side).
fn float_is_integer(f: Option<f64>, i: i128) -> bool {
    f.is_some_and(|f| f.fract() == 0.0 && f.abs() < 1e38 && f as i128 == i && i as f64 == f)
}

/// The workspace root this crate was built in (the parent of `conformance/`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// A default input folder: `$env_var` if set, else `../shared/<name>` next to
/// the workspace root.
pub fn default_dir(env_var: &str, name: &str) -> PathBuf {
    std::env::var_os(env_var)
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("../shared").join(name))
}

#[cfg(test)]
mod tests {
    use super::same_json;
    use serde_json::json;

    #[test]
    fn numbers_by_value_keys_in_any_order() {
        assert!(same_json(
            &json!({"a": 0, "b": [1.5]}),
            &json!({"b": [1.5], "a": 0.0})
        ));
        assert!(!same_json(&json!({"a": 1}), &json!({"a": 2})));
        assert!(!same_json(&json!({"a": null}), &json!({})));
        assert!(!same_json(&json!([1, 2]), &json!([2, 1])));
        assert!(!same_json(&json!("1"), &json!(1)));
    }

    #[test]
    fn large_integers_compare_exactly() {
        let a: serde_json::Value = serde_json::from_str("9007199254740993").expect("json");
        let b: serde_json::Value = serde_json::from_str("9007199254740992").expect("json");
        assert!(!same_json(&a, &b));
        let f: serde_json::Value = serde_json::from_str("9007199254740992.0").expect("json");
        assert!(same_json(&b, &f));
        assert!(!same_json(&a, &f));
        assert!(!same_json(&json!(u64::MAX), &json!(-1)));
        assert!(same_json(&json!(-3), &json!(-3.0)));
        assert!(!same_json(&json!(1), &json!(1.5)));
    }
}
