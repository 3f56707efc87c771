# run: python 207.py
import uvicorn
from fastapi import FastAPI, Response, status

app = FastAPI()


@app.api_route("/docs/", methods=["PROPFIND"])
def propfind():
    xml = '<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"><d:response><d:href>/docs/</d:href><d:status>HTTP/1.1 200 OK</d:status></d:response></d:multistatus>'
    return Response(xml, status.HTTP_207_MULTI_STATUS, media_type='application/xml; charset="utf-8"')


uvicorn.run(app, host="127.0.0.1", port=8000)
