# run: python 304.py
from flask import Flask, request

app = Flask(__name__)
CSS = "body { font: 1rem/1.5 system-ui; }"


@app.get("/assets/app.css")
def stylesheet():
    response = app.response_class(CSS, mimetype="text/css")
    response.set_etag("5e1f-1a2b3c")
    response.headers["Cache-Control"] = "public, max-age=600"
    response.vary.add("Accept-Encoding")
    # 304 with no body when If-None-Match names the current ETag
    return response.make_conditional(request)


app.run(host="127.0.0.1", port=8000)
