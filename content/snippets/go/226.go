// run: go run 226.go
package main

import (
	"compress/gzip"
	"net/http"
	"strings"
)

const feed = `<?xml version="1.0"?><feed><entry>Release 11.91</entry></feed>`

func main() {
	http.HandleFunc("/feeds/changelog.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"cl-1191"`)
		w.Header().Set("Content-Type", "application/xml")
		if !strings.Contains(r.Header.Get("A-IM"), "gzip") {
			w.Write([]byte(feed))
			return
		}
		// the only instance manipulation offered here: the whole feed, gzip-compressed
		w.Header().Set("IM", "gzip")
		w.Header().Set("Cache-Control", "no-store, im")
		w.WriteHeader(http.StatusIMUsed)
		gz := gzip.NewWriter(w)
		gz.Write([]byte(feed))
		gz.Close()
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
