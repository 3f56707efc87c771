# run: python 208.py
from flask import Flask

app = Flask(__name__)


@app.route("/projects/", methods=["PROPFIND"])
def propfind():
    # 208 is never a status line: it marks a binding already listed in this 207 body
    xml = '<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"><d:response><d:href>/projects/shared/</d:href><d:status>HTTP/1.1 208 Already Reported</d:status></d:response></d:multistatus>'
    return xml, 207, {"Content-Type": 'application/xml; charset="utf-8"'}


app.run(host="127.0.0.1", port=8000)
