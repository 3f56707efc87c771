// run: go run 300.go
package main

import "net/http"

func main() {
	http.HandleFunc("/reports/annual-2024", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", "/reports/annual-2024.pdf")
		w.Header().Add("Link", `</reports/annual-2024.pdf>; rel="alternate"; type="application/pdf"`)
		w.Header().Add("Link", `</reports/annual-2024.csv>; rel="alternate"; type="text/csv"`)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusMultipleChoices)
		w.Write([]byte(`<ul>
<li><a href="/reports/annual-2024.pdf">Annual report 2024 (PDF)</a></li>
<li><a href="/reports/annual-2024.csv">Annual report 2024 data (CSV)</a></li>
</ul>`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
