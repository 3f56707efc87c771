# run: python 406.py
from flask import Flask, abort, request

app = Flask(__name__)


@app.get("/reports/<int:year>")
def report(year):
    if not request.accept_mimetypes.accept_json:
        abort(406)  # JSON is all this resource comes in
    return {"year": year}, 200, {"Vary": "Accept"}


app.run(host="127.0.0.1", port=8000)
