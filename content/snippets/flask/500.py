# run: python 500.py
from flask import Flask

app = Flask(__name__)


@app.post("/orders")
def place_order():
    raise RuntimeError("database down")  # Flask answers 500


app.run(host="127.0.0.1", port=8000)
