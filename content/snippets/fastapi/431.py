# run: python 431.py
import uvicorn
from fastapi import FastAPI, Request, status
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.middleware("http")
async def limit_cookies(request: Request, call_next):
    if len(request.headers.get("cookie", "")) > 48:  # a low limit, to show it
        code = status.HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE
        return PlainTextResponse("Your cookies are too large", code, {"Connection": "close"})
    return await call_next(request)


@app.get("/account")
def account():
    return "Your account"


uvicorn.run(app, host="127.0.0.1", port=8000)
