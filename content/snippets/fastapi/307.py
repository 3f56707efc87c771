# run: python 307.py
import uvicorn
from fastapi import FastAPI, status
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/v1/payments")
def payments():
    # this region is being drained: repeat the same POST there
    return RedirectResponse("https://api-eu2.example.com/v1/payments", status.HTTP_307_TEMPORARY_REDIRECT)


uvicorn.run(app, host="127.0.0.1", port=8000)
