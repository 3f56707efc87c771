# run: python 400.py
from flask import Flask, request

app = Flask(__name__)


@app.post("/orders")
def place_order():
    order = request.get_json(silent=True)
    if not isinstance(order, dict) or not isinstance(order.get("quantity"), int):
        return {"title": "quantity must be a whole number"}, 400
    return order, 201


app.run(host="127.0.0.1", port=8000)
