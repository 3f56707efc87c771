# run: python 424.py
import uvicorn
from fastapi import FastAPI, HTTPException, status

app = FastAPI()


@app.api_route("/reports/{name}", methods=["PROPPATCH"])
def proppatch(name: str):
    # another property in the same PROPPATCH failed, so this one was not applied
    raise HTTPException(status.HTTP_424_FAILED_DEPENDENCY, "Another part of the request failed")


uvicorn.run(app, host="127.0.0.1", port=8000)
