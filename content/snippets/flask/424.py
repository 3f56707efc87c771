# run: python 424.py
from flask import Flask

app = Flask(__name__)


@app.route("/reports/<name>", methods=["PROPPATCH"])
def proppatch(name):
    # getetag cannot be set, so the owner change is not applied: 424 inside a 207 body
    xml = '<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"><d:response><d:href>/reports/q1.pdf</d:href><d:propstat><d:prop><owner xmlns="urn:example:props"/></d:prop><d:status>HTTP/1.1 424 Failed Dependency</d:status></d:propstat><d:propstat><d:prop><d:getetag/></d:prop><d:status>HTTP/1.1 403 Forbidden</d:status></d:propstat></d:response></d:multistatus>'
    return xml, 207, {"Content-Type": 'application/xml; charset="utf-8"'}


app.run(host="127.0.0.1", port=8000)
