# run: python 308.py
import uvicorn
from fastapi import FastAPI, status
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/v1/orders")
def orders():
    return RedirectResponse("https://api.example.com/api/v1/orders", status.HTTP_308_PERMANENT_REDIRECT)


uvicorn.run(app, host="127.0.0.1", port=8000)
