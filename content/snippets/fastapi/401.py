# run: python 401.py
import uvicorn
from fastapi import FastAPI, Header, HTTPException, status

app = FastAPI()


@app.get("/v1/invoices")
def invoices(authorization: str = Header("")):
    if authorization != "Bearer valid-token":
        challenge = 'Bearer realm="api", error="invalid_token"'
        detail = "The access token is missing or expired"
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail, {"WWW-Authenticate": challenge})
    return {"invoices": []}


uvicorn.run(app, host="127.0.0.1", port=8000)
