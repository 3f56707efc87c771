// run: go run 104.go
package main

import (
	"fmt"
	"io"
	"net/http"
)

func main() {
	http.HandleFunc("/videos", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", "/uploads/7f3a9c") // where to resume if the upload breaks
		w.Header().Set("Upload-Draft-Interop-Version", "6")
		// interim response; Go 1.19 has no constant for 104
		w.WriteHeader(104)
		n, _ := io.Copy(io.Discard, r.Body) // stands in for storing the upload
		w.Header().Set("Upload-Offset", fmt.Sprint(n))
		w.WriteHeader(http.StatusCreated)
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
