// run: go run 408.go
package main

import (
	"errors"
	"io"
	"net/http"
	"os"
	"time"
)

func main() {
	http.HandleFunc("/uploads/", func(w http.ResponseWriter, r *http.Request) {
		_, err := io.Copy(io.Discard, r.Body) // stands in for storing the upload
		if errors.Is(err, os.ErrDeadlineExceeded) {
			w.Header().Set("Connection", "close")
			http.Error(w, "Request body not received within 5 seconds.", http.StatusRequestTimeout)
			return
		}
		w.WriteHeader(http.StatusCreated)
	})
	// ReadTimeout bounds reading the whole request, body included
	server := &http.Server{Addr: "127.0.0.1:8000", ReadTimeout: 5 * time.Second}
	server.ListenAndServe()
}
