package schema

import _ "embed"

//go:embed timeline.schema.json
var timelineSchema []byte

// TimelineJSONSchema is the JSON Schema (draft 2020-12) of eventgraph's
// timeline JSON.
func TimelineJSONSchema() []byte { return append([]byte(nil), timelineSchema...) }
