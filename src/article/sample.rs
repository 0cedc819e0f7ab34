//! The one builder of small articles for tests (native only: it writes the
//! JSON with serde_json and reads it back through `load`, as an editor's
//! file would be). It starts from the least a valid file holds; each test
//! adds what it is about.

use serde_json::{json, Value};

use super::format::{FORMAT_NAME, FORMAT_VERSION};
use super::{load, Article};

pub struct Sample(Value);

impl Default for Sample {
    fn default() -> Self {
        Sample::new()
    }
}

impl Sample {
    /// Id "t", publication "P", headline "H", one revision ("o", archived,
    /// 1 January 2025), nobody, no blocks.
    pub fn new() -> Sample {
        Sample(json!({
            "format": FORMAT_NAME, "format_version": FORMAT_VERSION, "id": "t",
            "publication": { "name": "P" }, "published": "2025-01-01", "headline": "H",
            "revisions": [{ "id": "o", "timestamp": "2025-01-01", "provenance": { "kind": "archived" } }],
            "people": [],
            "blocks": []
        }))
    }

    /// Updates after the original, one a day from 2 January 2025, archived;
    /// each `(id, marker)` prints its marker when it has one.
    pub fn updates(mut self, updates: &[(&str, Option<&str>)]) -> Sample {
        for (day, (id, marker)) in (2..).zip(updates) {
            let mut revision = json!({ "id": id, "timestamp": format!("2025-01-{day:02}"), "provenance": { "kind": "archived" } });
            if let Some(m) = marker {
                revision["marker"] = json!(m);
            }
            self.push("revisions", revision);
        }
        self
    }

    /// Named people, as `(id, name)`.
    pub fn people(mut self, people: &[(&str, &str)]) -> Sample {
        for (id, name) in people {
            self.push("people", json!({ "id": id, "name": name, "sourcing": { "kind": "named" } }));
        }
        self
    }

    pub fn blocks(self, blocks: Value) -> Sample {
        self.with("blocks", blocks)
    }

    /// Replaces a top-level field.
    pub fn with(mut self, field: &str, value: Value) -> Sample {
        self.0[field] = value;
        self
    }

    fn push(&mut self, list: &str, item: Value) {
        if let Some(items) = self.0[list].as_array_mut() {
            items.push(item);
        }
    }

    pub fn json(self) -> Value {
        self.0
    }

    /// The article, which must be valid.
    pub fn load(self) -> Article {
        load(self.0.to_string().as_bytes()).unwrap_or_else(|errors| panic!("the sample should be valid: {errors:#?}"))
    }
}
