# run: python 208.py
import uvicorn
from fastapi import FastAPI, Response, status

app = FastAPI()


@app.api_route("/projects/", methods=["PROPFIND"])
def propfind():
    # 208 is never a status line: it marks a binding already listed in this 207 body
    xml = '<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"><d:response><d:href>/projects/shared/</d:href><d:status>HTTP/1.1 208 Already Reported</d:status></d:response></d:multistatus>'
    return Response(xml, status.HTTP_207_MULTI_STATUS, media_type='application/xml; charset="utf-8"')


uvicorn.run(app, host="127.0.0.1", port=8000)
