# run: python 428.py
from flask import Flask, request

app = Flask(__name__)


@app.put("/documents/<int:doc_id>")
def save(doc_id):
    current = '"d41-v3"'
    if not request.if_match:
        return {"title": "Send If-Match with the ETag you read"}, 428
    if not request.if_match.contains_raw(current):
        return {"title": "The document changed"}, 412, {"ETag": current}
    return "", 204


app.run(host="127.0.0.1", port=8000)
