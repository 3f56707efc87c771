# run: python 508.py
from flask import Flask

app = Flask(__name__)


@app.route("/Coll/", methods=["PROPFIND"])
def propfind():
    # Depth: infinity met a binding that leads back to /Coll/
    return "Loop found under /Coll/", 508


app.run(host="127.0.0.1", port=8000)
