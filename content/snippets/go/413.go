// run: go run 413.go
package main

import (
	"io"
	"net/http"
)

const limit = 524288000

func main() {
	http.HandleFunc("/v1/videos", func(w http.ResponseWriter, r *http.Request) {
		// answering before reading r.Body means no 100 Continue is sent
		if r.ContentLength > limit {
			w.Header().Set("Connection", "close")
			http.Error(w, "Videos are limited to 524288000 bytes.", http.StatusRequestEntityTooLarge)
			return
		}
		io.Copy(io.Discard, http.MaxBytesReader(w, r.Body, limit)) // stands in for storing it
		w.WriteHeader(http.StatusCreated)
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
