# run: python 415.py
from flask import Flask, request

app = Flask(__name__)


@app.post("/v1/orders")
def create_order():
    if not request.is_json:
        return {"title": "Send JSON"}, 415, {"Accept": "application/json"}
    return request.get_json(), 201


app.run(host="127.0.0.1", port=8000)
