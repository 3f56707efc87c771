# run: python 302.py
import uvicorn
from fastapi import FastAPI, status
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/account/settings")
def settings():
    # not signed in: send the browser to the login page for now
    return RedirectResponse("/login?next=%2Faccount%2Fsettings", status.HTTP_302_FOUND)


uvicorn.run(app, host="127.0.0.1", port=8000)
