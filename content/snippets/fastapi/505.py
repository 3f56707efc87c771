# run: python 505.py
import uvicorn
from fastapi import FastAPI, Request, status
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.middleware("http")
async def http_versions(request: Request, call_next):
    # uvicorn passes any HTTP/x.y on; this app speaks HTTP/1.0 and 1.1
    if request.scope["http_version"] not in ("1.0", "1.1"):
        code = status.HTTP_505_HTTP_VERSION_NOT_SUPPORTED
        return PlainTextResponse("Use HTTP/1.1", code, {"Connection": "close"})
    return await call_next(request)


uvicorn.run(app, host="127.0.0.1", port=8000)
