# run: python 203.py
from flask import Flask

app = Flask(__name__)


@app.get("/photos/<name>")
def photo(name):
    # a transforming proxy: the image is re-encoded, not as the origin sent it
    return b"RIFF....WEBP", 203, {"Content-Type": "image/webp", "Via": "1.1 gateway"}


app.run(host="127.0.0.1", port=8000)
