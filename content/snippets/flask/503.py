# run: python 503.py
from flask import Flask

app = Flask(__name__)


@app.get("/api/reports/<int:year>")
def report(year):
    maintenance = True
    if maintenance:
        return {"title": "Down for maintenance"}, 503, {"Retry-After": "600"}
    return {"year": year}


app.run(host="127.0.0.1", port=8000)
