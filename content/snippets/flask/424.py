# run: python 424.py
from flask import Flask

app = Flask(__name__)


@app.route("/reports/<name>", methods=["PROPPATCH"])
def proppatch(name):
    # another property in the same PROPPATCH failed, so this one was not applied
    return "The request failed because another part of it failed", 424


app.run(host="127.0.0.1", port=8000)
