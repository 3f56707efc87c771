// run: go run 507.go
package main

import (
	"io"
	"net/http"
)

const quotaLeft = 500 << 20 // bytes this user may still store

func main() {
	http.HandleFunc("/remote.php/dav/files/", func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > quotaLeft {
			w.Header().Set("Connection", "close")
			http.Error(w, "Not enough storage left for this file.", http.StatusInsufficientStorage)
			return
		}
		io.Copy(io.Discard, r.Body) // stands in for storing the file
		w.WriteHeader(http.StatusCreated)
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
