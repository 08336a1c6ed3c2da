package main

import (
	"fmt"
	"sort"
	"strings"
)

func render(v any, indent int, sb *strings.Builder) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", pad, k)
			render(x[k], indent+1, sb)
			if i < len(keys)-1 {
				sb.WriteString(",")
			}
			sb.WriteString("\n")
		}
		sb.WriteString(pad + "}")
	case []any:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[")
		for i, e := range x {
			if i > 0 {
				sb.WriteString(", ")
			}
			render(e, indent+1, sb)
		}
		sb.WriteString("]")
	case string:
		fmt.Fprintf(sb, "%q", x)
	case nil:
		sb.WriteString("null")
	case float64:
		fmt.Fprintf(sb, "%g", x)
	case int, bool:
		fmt.Fprintf(sb, "%v", x)
	default:
		fmt.Fprintf(sb, "\"<%T>\"", x)
	}
}

func count(v any) (n int) {
	switch x := v.(type) {
	case map[string]any:
		for _, e := range x {
			n += count(e)
		}
	case []any:
		for _, e := range x {
			n += count(e)
		}
	default:
		n = 1
	}
	return
}

func main() {
	doc := map[string]any{
		"name":    "goplay",
		"version": 1.5,
		"stable":  false,
		"tags":    []any{"go", "wasm", 3},
		"owner":   map[string]any{"login": "gopher", "id": 42, "emails": []any{}},
		"extra":   nil,
		"weird":   struct{}{},
		"quote":   "say \"hi\"\n",
	}
	var sb strings.Builder
	render(doc, 0, &sb)
	fmt.Println(sb.String())
	fmt.Println("leaves:", count(doc))
}
