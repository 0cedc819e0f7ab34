//! docs/article.schema.json must describe what the loader accepts: the
//! shipped article and the example in docs/article-format.md pass both, and
//! typical mistakes fail both.

use annotated_article::article::{load, SEED_JSON};
use serde_json::Value;

fn schema() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(include_str!("../docs/article.schema.json")).unwrap();
    jsonschema::validator_for(&schema).expect("the schema compiles")
}

fn doc_example() -> String {
    let doc = include_str!("../docs/article-format.md");
    let start = doc.find("```json\n").expect("an example") + "```json\n".len();
    let end = start + doc[start..].find("```").unwrap();
    doc[start..end].to_owned()
}

#[test]
fn the_seed_matches_the_schema() {
    let seed: Value = serde_json::from_str(SEED_JSON).unwrap();
    let schema = schema();
    let errors: Vec<String> = schema.iter_errors(&seed).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_documented_example_is_valid_for_schema_and_loader() {
    let example = doc_example();
    let value: Value = serde_json::from_str(&example).unwrap();
    assert!(schema().is_valid(&value));
    let article = load(example.as_bytes()).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(article.blocks_at(0).len(), 1);
    assert_eq!(article.blocks_at(1).len(), 2);
}

/// A named change that makes a valid article invalid.
type Mutation = (&'static str, fn(&mut Value));

#[test]
fn mistakes_fail_schema_and_loader_alike() {
    let base: Value = serde_json::from_str(&doc_example()).unwrap();
    let mutations: [Mutation; 5] = [
        ("unknown field", |v| v["blocks"][0]["anotations"] = Value::Array(vec![])),
        ("wrong version", |v| v["format_version"] = 3.into()),
        ("bad id", |v| v["blocks"][0]["id"] = "p 1".into()),
        ("javascript link", |v| v["people"][0]["sources"][0]["url"] = "javascript:alert(1)".into()),
        ("update without revision", |v| {
            v["blocks"][1]["annotations"][2].as_object_mut().unwrap().remove("revision");
        }),
    ];
    let schema = schema();
    for (name, mutate) in mutations {
        let mut v = base.clone();
        mutate(&mut v);
        assert!(!schema.is_valid(&v), "schema accepts: {name}");
        assert!(load(v.to_string().as_bytes()).is_err(), "loader accepts: {name}");
    }
}
