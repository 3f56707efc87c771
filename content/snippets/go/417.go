// run: go run 417.go
package main

import (
	"io"
	"net/http"
)

func main() {
	http.HandleFunc("/backups/", func(w http.ResponseWriter, r *http.Request) {
		// Go answers other Expect values with 417 itself; 100-continue is left to the handler
		if r.Header.Get("Expect") != "" {
			msg := "This gateway does not support Expect; send the body directly."
			http.Error(w, msg, http.StatusExpectationFailed)
			return
		}
		io.Copy(io.Discard, r.Body) // stands in for storing the backup
		w.WriteHeader(http.StatusCreated)
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
