package schema

import (
	"bytes"
	"fmt"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// ValidateTimeline checks a timeline JSON document against
// timeline.schema.json.
func ValidateTimeline(doc []byte) error {
	sch, err := jsonschema.UnmarshalJSON(bytes.NewReader(timelineSchema))
	if err != nil {
		return fmt.Errorf("timeline schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("timeline.schema.json", sch); err != nil {
		return fmt.Errorf("timeline schema: %w", err)
	}
	compiled, err := c.Compile("timeline.schema.json")
	if err != nil {
		return fmt.Errorf("timeline schema: %w", err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		return fmt.Errorf("timeline JSON: %w", err)
	}
	if err := compiled.Validate(inst); err != nil {
		return fmt.Errorf("timeline JSON does not follow schema/timeline.schema.json: %w", err)
	}
	return nil
}
