# run: python 506.py
import uvicorn
from fastapi import FastAPI, HTTPException, status

app = FastAPI()


@app.get("/docs/manual")
def manual():
    # the variant chosen for this request is itself set up to negotiate: a loop
    raise HTTPException(status.HTTP_506_VARIANT_ALSO_NEGOTIATES, "Server misconfigured")


uvicorn.run(app, host="127.0.0.1", port=8000)
