# run: python 304.py
import uvicorn
from fastapi import FastAPI, Header, Response, status

app = FastAPI()
CSS = "body { font: 1rem/1.5 system-ui; }"
ETAG = '"5e1f-1a2b3c"'


@app.get("/assets/app.css")
def stylesheet(if_none_match: str | None = Header(None)):
    headers = {"ETag": ETAG, "Cache-Control": "public, max-age=600", "Vary": "Accept-Encoding"}
    if if_none_match == ETAG:  # the client's copy is current: no body
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers=headers)
    return Response(CSS, media_type="text/css", headers=headers)


uvicorn.run(app, host="127.0.0.1", port=8000)
