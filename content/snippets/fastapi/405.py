# run: python 405.py
import uvicorn
from fastapi import FastAPI

app = FastAPI()


@app.get("/reports/{year}")
def report(year: int):
    # FastAPI answers any other method with 405 and Allow: GET
    return {"year": year}


uvicorn.run(app, host="127.0.0.1", port=8000)
