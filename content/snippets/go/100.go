// run: go run 100.go
package main

import (
	"io"
	"net/http"
	"os"
	"path"
)

func main() {
	http.HandleFunc("/backups/", func(w http.ResponseWriter, r *http.Request) {
		f, err := os.Create(path.Base(r.URL.Path))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		defer f.Close()
		// the first read of r.Body sends 100 Continue when the client asked for it
		if _, err := io.Copy(f, r.Body); err != nil {
			return
		}
		w.Header().Set("Location", r.URL.Path)
		w.WriteHeader(http.StatusCreated)
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
