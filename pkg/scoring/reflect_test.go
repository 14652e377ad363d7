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
