# run: python 406.py
import uvicorn
from fastapi import FastAPI, Header, HTTPException, Response, status

app = FastAPI()


@app.get("/reports/{year}")
def report(year: int, response: Response, accept: str = Header("*/*")):
    if not any(kind in accept for kind in ("application/json", "*/*")):
        raise HTTPException(status.HTTP_406_NOT_ACCEPTABLE, "Only JSON is available")
    response.headers["Vary"] = "Accept"
    return {"year": year}


uvicorn.run(app, host="127.0.0.1", port=8000)
