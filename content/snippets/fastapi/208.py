# run: python 208.py
import uvicorn
from fastapi import FastAPI, Response, status

app = FastAPI()


@app.api_route("/projects/", methods=["PROPFIND"])
def propfind():
    # a member already listed under another binding is reported once, then 208
    xml = '<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"><d:response><d:href>/projects/shared/</d:href><d:status>HTTP/1.1 208 Already Reported</d:status></d:response></d:multistatus>'
    return Response(xml, status.HTTP_208_ALREADY_REPORTED, media_type='application/xml; charset="utf-8"')


uvicorn.run(app, host="127.0.0.1", port=8000)
