// run: go run 423.go
package main

import "net/http"

func main() {
	http.HandleFunc("/projects/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", `application/xml; charset="utf-8"`)
		w.WriteHeader(http.StatusLocked)
		w.Write([]byte(`<?xml version="1.0" encoding="utf-8"?>
<D:error xmlns:D="DAV:">
  <D:lock-token-submitted><D:href>/projects/budget.xlsx</D:href></D:lock-token-submitted>
</D:error>`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
