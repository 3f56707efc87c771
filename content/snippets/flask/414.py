# run: python 414.py
from flask import Flask, abort, request

app = Flask(__name__)


@app.before_request
def limit_uri():
    if len(request.full_path) > 200:
        abort(414)


@app.get("/search")
def search():
    return {"ids": request.args["ids"].split(",")}


app.run(host="127.0.0.1", port=8000)
