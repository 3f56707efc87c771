# run: python 402.py
import uvicorn
from fastapi import FastAPI, HTTPException, status

app = FastAPI()


@app.post("/v1/reports")
def create_report():
    credits = 0  # the account's balance
    if credits < 1:
        raise HTTPException(status.HTTP_402_PAYMENT_REQUIRED, "Your plan has no report credits left")
    return {"report": 1}


uvicorn.run(app, host="127.0.0.1", port=8000)
