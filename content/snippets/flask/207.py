# run: python 207.py
from flask import Flask

app = Flask(__name__)


@app.route("/docs/", methods=["PROPFIND"])
def propfind():
    xml = '<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"><d:response><d:href>/docs/</d:href><d:status>HTTP/1.1 200 OK</d:status></d:response></d:multistatus>'
    return xml, 207, {"Content-Type": 'application/xml; charset="utf-8"'}


app.run(host="127.0.0.1", port=8000)
