# run: python 511.py
import uvicorn
from fastapi import FastAPI, status
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/{page:path}")
def portal(page: str):
    # captive portal: nothing gets through before the user signs in
    html = '<a href="https://login.example.net/">Sign in to use this network</a>'
    return HTMLResponse(html, status.HTTP_511_NETWORK_AUTHENTICATION_REQUIRED)


uvicorn.run(app, host="127.0.0.1", port=8000)
