# run: python 429.py
from flask import Flask

app = Flask(__name__)


@app.get("/v1/search")
def search():
    used, limit = 100, 100  # requests this minute, from your rate limiter
    if used >= limit:
        return {"title": "Too many requests"}, 429, {"Retry-After": "30"}
    return {"results": []}


app.run(host="127.0.0.1", port=8000)
