// run: go run 508.go
package main

import "net/http"

func main() {
	http.HandleFunc("/Coll/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusLoopDetected)
		w.Write([]byte(`Depth: infinity meets a binding loop under /Coll/.`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
