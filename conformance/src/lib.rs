//! msgraph-conformance: checks Microsoft Graph payloads against the generated
//! models (lossless round-trips, schema violations, unknown properties).

use serde_json::Value;

/// JSON equality as the round-trip contract defines it: object key order
/// aside, numbers compared by value (`0` equals `0.0`).
pub fn same_json(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y || x.as_f64() == y.as_f64(),
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
}
