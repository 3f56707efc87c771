# run: python 412.py
import uvicorn
from fastapi import FastAPI, Header, HTTPException, Response, status

app = FastAPI()


@app.put("/docs/{name}")
def save_doc(name: str, if_match: str | None = Header(None)):
    current = '"v42"'
    if if_match is not None and current not in (if_match, "*"):
        headers = {"ETag": current}
        raise HTTPException(status.HTTP_412_PRECONDITION_FAILED, "The document changed since you read it", headers)
    return Response(status_code=status.HTTP_204_NO_CONTENT, headers={"ETag": '"v43"'})


uvicorn.run(app, host="127.0.0.1", port=8000)
