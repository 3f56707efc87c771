# run: python 407.py
import uvicorn
from fastapi import FastAPI, Request, status
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.middleware("http")
async def proxy_login(request: Request, call_next):
    if "proxy-authorization" not in request.headers:
        headers = {"Proxy-Authenticate": 'Basic realm="proxy"'}
        return PlainTextResponse("Proxy login required", status.HTTP_407_PROXY_AUTHENTICATION_REQUIRED, headers)
    return await call_next(request)


uvicorn.run(app, host="127.0.0.1", port=8000)
