// run: go run 405.go
package main

import "net/http"

func main() {
	http.HandleFunc("/reports/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "Reports are read-only. Use GET or HEAD.", http.StatusMethodNotAllowed)
			return
		}
		w.Write([]byte(`{"year": 2024}`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
