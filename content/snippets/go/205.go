// run: go run 205.go
package main

import "net/http"

func main() {
	http.HandleFunc("/timesheet/entries", func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm() // save r.PostForm, then tell the browser to clear the form
		w.WriteHeader(http.StatusResetContent)
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
