# run: python 303.py
from flask import Flask, redirect

app = Flask(__name__)


@app.post("/orders")
def place_order():
    order_id = 1042  # saved from request.form
    return redirect(f"/orders/{order_id}", 303)


app.run(host="127.0.0.1", port=8000)
