# run: python 103.py
# Probe: a Flask view returns 103 with its Link fields. WSGI has one response
# per request, so 103 goes out as the final response, and no 200 follows.
from flask import Flask

app = Flask(__name__)


@app.get("/dashboard")
def dashboard():
    return "", 103, {"Link": "</assets/app.css>; rel=preload; as=style"}


app.run(host="127.0.0.1", port=8000)
