// run: go run 304.go
package main

import (
	"net/http"
	"strings"
	"time"
)

const css = "body { margin: 0 }\n"

var modified = time.Date(2025, 3, 4, 9, 12, 0, 0, time.UTC)

func main() {
	http.HandleFunc("/assets/app.css", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"5e1f-1a2b3c"`)
		w.Header().Set("Cache-Control", "public, max-age=600")
		w.Header().Set("Vary", "Accept-Encoding")
		// ServeContent answers 304 with no body when If-None-Match matches the ETag
		http.ServeContent(w, r, "app.css", modified, strings.NewReader(css))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
