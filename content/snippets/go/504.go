// run: go run 504.go
package main

import "net/http"

func main() {
	http.HandleFunc("/reports/annual", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusGatewayTimeout)
		w.Write([]byte(`<p>The report server did not answer in time.</p>`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
