# run: python 203.py
import uvicorn
from fastapi import FastAPI, Response, status

app = FastAPI()


@app.get("/photos/{name}")
def photo(name: str):
    # a transforming proxy: the image is re-encoded, not as the origin sent it
    code = status.HTTP_203_NON_AUTHORITATIVE_INFORMATION
    return Response(b"RIFF....WEBP", code, {"Via": "1.1 gateway"}, "image/webp")


uvicorn.run(app, host="127.0.0.1", port=8000)
