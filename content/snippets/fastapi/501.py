# run: python 501.py
import uvicorn
from fastapi import FastAPI, Request, status
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.middleware("http")
async def known_methods(request: Request, call_next):
    if request.method not in ("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"):
        return PlainTextResponse("Not implemented", status.HTTP_501_NOT_IMPLEMENTED)
    return await call_next(request)


uvicorn.run(app, host="127.0.0.1", port=8000)
