// run: go run 451.go
package main

import "net/http"

func main() {
	http.HandleFunc("/articles/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Link", `<https://authority.example/orders/42>; rel="blocked-by"`)
		w.WriteHeader(http.StatusUnavailableForLegalReasons)
		w.Write([]byte(`This article is unavailable here by court order.`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
