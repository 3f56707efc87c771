# run: python 424.py
import uvicorn
from fastapi import FastAPI, Response, status

app = FastAPI()


@app.api_route("/reports/{name}", methods=["PROPPATCH"])
def proppatch(name: str):
    # getetag cannot be set, so the owner change is not applied: 424 inside a 207 body
    xml = '<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"><d:response><d:href>/reports/q1.pdf</d:href><d:propstat><d:prop><owner xmlns="urn:example:props"/></d:prop><d:status>HTTP/1.1 424 Failed Dependency</d:status></d:propstat><d:propstat><d:prop><d:getetag/></d:prop><d:status>HTTP/1.1 403 Forbidden</d:status></d:propstat></d:response></d:multistatus>'
    return Response(xml, status.HTTP_207_MULTI_STATUS, media_type='application/xml; charset="utf-8"')


uvicorn.run(app, host="127.0.0.1", port=8000)
