# run: python 200.py
from flask import Flask

app = Flask(__name__)


@app.get("/api/orders/<int:order_id>")
def order(order_id):
    return {"id": order_id, "status": "shipped"}, 200, {"ETag": '"a3f9c2"'}


app.run(host="127.0.0.1", port=8000)
