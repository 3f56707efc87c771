# run: python 226.py
from flask import Flask, request

app = Flask(__name__)
FEED = "<feed>...</feed>"


@app.get("/feeds/changelog.xml")
def changelog():
    if "vcdiff" not in request.headers.get("A-IM", ""):
        return FEED, 200, {"ETag": '"cl-1191"'}
    delta = b"\xd6\xc3\xc4\x00"  # a vcdiff from the client's version to the current one
    headers = {"ETag": '"cl-1191"', "IM": "vcdiff", "Delta-Base": request.headers["If-None-Match"]}
    return delta, 226, headers


app.run(host="127.0.0.1", port=8000)
