# run: python 505.py
# Probe: abort(505) for every request; the server answers HTTP/4.2 before Flask runs.
from flask import Flask, abort

app = Flask(__name__)


@app.get("/")
def index():
    abort(505)


app.run(host="127.0.0.1", port=8000)
