# run: python 405.py
from flask import Flask

app = Flask(__name__)


@app.get("/reports/<int:year>")
def report(year):
    # Flask answers any other method with 405 and Allow: GET, HEAD, OPTIONS
    return {"year": year}


app.run(host="127.0.0.1", port=8000)
