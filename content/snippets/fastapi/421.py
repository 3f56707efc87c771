# run: python 421.py
import uvicorn
from fastapi import FastAPI, Header, HTTPException, Response, status

app = FastAPI()


@app.get("/img/{name}")
def image(name: str, host: str = Header()):
    if host != "www.example.com":
        detail = f"This connection does not serve {host}. Reconnect."
        raise HTTPException(status.HTTP_421_MISDIRECTED_REQUEST, detail)
    return Response(b"PNG...", media_type="image/png")


uvicorn.run(app, host="127.0.0.1", port=8000)
