// run: go run 402.go
package main

import "net/http"

func main() {
	http.HandleFunc("/v1/reports", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusPaymentRequired)
		w.Write([]byte(`{"title": "Plan limit reached", "detail": "Report export needs the Pro plan."}`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
