# run: python 416.py
from pathlib import Path

import uvicorn
from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
Path("debian-12.iso").write_bytes(bytes(1048576))  # stands for the real file


@app.get("/downloads/debian-12.iso")
def iso():
    # a Range past the end gets 416 with Content-Range: bytes */<length>
    return FileResponse("debian-12.iso", media_type="application/octet-stream")


uvicorn.run(app, host="127.0.0.1", port=8000)
