# run: python 410.py
from flask import Flask, abort

app = Flask(__name__)


@app.get("/v1/weather")
def weather():
    # this API version was retired for good
    abort(410)


app.run(host="127.0.0.1", port=8000)
