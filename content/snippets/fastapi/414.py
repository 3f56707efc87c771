# run: python 414.py
import uvicorn
from fastapi import FastAPI, Request, status
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.middleware("http")
async def limit_uri(request: Request, call_next):
    if len(request.url.path) + len(request.url.query) > 200:
        return PlainTextResponse("URI too long", status.HTTP_414_REQUEST_URI_TOO_LONG)
    return await call_next(request)


@app.get("/search")
def search(ids: str):
    return {"ids": ids.split(",")}


uvicorn.run(app, host="127.0.0.1", port=8000)
