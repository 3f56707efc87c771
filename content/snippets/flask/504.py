# run: python 504.py
import socket
from urllib.request import urlopen

from flask import Flask

app = Flask(__name__)
upstream = socket.create_server(("127.0.0.1", 0))  # accepts, never answers


@app.get("/reports/annual")
def report():
    try:
        return urlopen(f"http://127.0.0.1:{upstream.getsockname()[1]}/", timeout=1).read()
    except TimeoutError:
        return "The upstream server did not answer in time", 504


app.run(host="127.0.0.1", port=8000)
