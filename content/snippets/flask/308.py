# run: python 308.py
from flask import Flask, redirect

app = Flask(__name__)


@app.post("/v1/orders")
def orders():
    return redirect("https://api.example.com/api/v1/orders", 308)


app.run(host="127.0.0.1", port=8000)
