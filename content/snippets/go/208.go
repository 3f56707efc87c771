// run: go run 208.go
package main

import "net/http"

// 208 is never a status line: it marks a binding already listed in this 207 body.
const listing = `<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:">
  <D:response><D:href>/projects/</D:href>
    <D:propstat><D:prop><D:resource-id><D:href>urn:uuid:0b7d4e21</D:href></D:resource-id></D:prop>
      <D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
  <D:response><D:href>/projects/shared/loop/</D:href>
    <D:propstat><D:prop><D:resource-id><D:href>urn:uuid:0b7d4e21</D:href></D:resource-id></D:prop>
      <D:status>HTTP/1.1 208 Already Reported</D:status></D:propstat></D:response>
</D:multistatus>`

func main() {
	http.HandleFunc("/projects/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", `application/xml; charset="utf-8"`)
		w.WriteHeader(http.StatusMultiStatus)
		w.Write([]byte(listing))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
