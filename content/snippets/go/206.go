// run: truncate -s 73400320 keynote.mp4 && go run 206.go
package main

import "net/http"

func main() {
	http.HandleFunc("/media/keynote.mp4", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "video/mp4")
		w.Header().Set("ETag", `"kn-2026-v3"`)
		w.Header().Set("Cache-Control", "public, max-age=86400")
		// ServeFile answers Range with 206 and Content-Range (416 when unsatisfiable)
		http.ServeFile(w, r, "keynote.mp4")
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
