# run: python 503.py
import uvicorn
from fastapi import FastAPI, HTTPException, status

app = FastAPI()


@app.get("/api/reports/{year}")
def report(year: int):
    maintenance = True
    if maintenance:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "Down for maintenance", {"Retry-After": "600"})
    return {"year": year}


uvicorn.run(app, host="127.0.0.1", port=8000)
