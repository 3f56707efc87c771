# run: python 451.py
from flask import Flask

app = Flask(__name__)


@app.get("/articles/<slug>")
def article(slug):
    blocked = {"leaked-report"}  # by court order
    if slug in blocked:
        return "Blocked by a court order", 451, {"Link": '<https://example.net/legal>; rel="blocked-by"'}
    return f"Article {slug}"


app.run(host="127.0.0.1", port=8000)
