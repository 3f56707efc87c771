# run: python 208.py
from flask import Flask

app = Flask(__name__)


@app.route("/projects/", methods=["PROPFIND"])
def propfind():
    # a member already listed under another binding is reported once, then 208
    xml = '<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"><d:response><d:href>/projects/shared/</d:href><d:status>HTTP/1.1 208 Already Reported</d:status></d:response></d:multistatus>'
    return xml, 208, {"Content-Type": 'application/xml; charset="utf-8"'}


app.run(host="127.0.0.1", port=8000)
