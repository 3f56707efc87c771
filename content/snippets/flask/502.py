# run: python 502.py
from urllib.error import HTTPError
from urllib.request import urlopen

from flask import Flask

app = Flask(__name__)


@app.get("/dashboard")
def dashboard():
    try:
        return urlopen("http://127.0.0.1:9/dashboard", timeout=5).read()
    except HTTPError as error:  # a valid answer, a 404 or a 500 too: pass it on
        return error.read(), error.code
    except OSError:  # the upstream refused, timed out or answered nonsense
        return "The upstream server failed", 502


app.run(host="127.0.0.1", port=8000)
