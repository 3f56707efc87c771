# run: python 201.py
from flask import Flask, request, url_for

app = Flask(__name__)


@app.post("/api/orders")
def create_order():
    order = request.get_json()
    order["id"] = 1043
    return order, 201, {"Location": url_for("order", order_id=1043)}


@app.get("/api/orders/<int:order_id>")
def order(order_id):
    return {"id": order_id}


app.run(host="127.0.0.1", port=8000)
