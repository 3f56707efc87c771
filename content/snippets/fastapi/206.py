# run: python 206.py
from pathlib import Path

import uvicorn
from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
Path("keynote.mp4").write_bytes(bytes(73400320))  # stands for the real file


@app.get("/media/keynote.mp4")
def keynote():
    # FileResponse answers a Range request with 206 and Content-Range
    headers = {"Cache-Control": "public, max-age=86400"}
    return FileResponse("keynote.mp4", media_type="video/mp4", headers=headers)


uvicorn.run(app, host="127.0.0.1", port=8000)
