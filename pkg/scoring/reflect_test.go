package scoring

import "reflect"

func countFloatFields(v any) int {
	t := reflect.TypeOf(v)
	n := 0
	for i := range t.NumField() {
		if t.Field(i).Type.Kind() == reflect.Float64 {
			n++
		}
	}
	return n
}

// weightKeys are the toml keys of Weights' fields.
func weightKeys() []string {
	t := reflect.TypeOf(Weights{})
	keys := make([]string, 0, t.NumField())
	for i := range t.NumField() {
		keys = append(keys, t.Field(i).Tag.Get("toml"))
	}
	return keys
}
